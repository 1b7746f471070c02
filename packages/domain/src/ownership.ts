// Who reviews what: each county's practices sit in their own folder (see layout.ts), so the
// county's people can be asked to review exactly those. The repository's CODEOWNERS file is
// generated from the county list here (`kb codeowners`), and a content test keeps it in step.
import { counties } from "@kunskapsbanken/content-schema/vocabularies";
import { folderOf } from "./layout.js";
import { wholeCountry } from "./places.js";

/** The GitHub organisation whose teams review. Replace it (and create the teams) when the repository moves. */
const ORGANISATION = "kunskapsbanken";

/** The team for a county's folder: `@kunskapsbanken/redaktion-skane-lan`. */
export const reviewTeamOf = (folder: string) => `@${ORGANISATION}/redaktion-${folder}`;

const EDITORS = `@${ORGANISATION}/redaktion`;
const DEVELOPERS = `@${ORGANISATION}/utveckling`;

/** The text of .github/CODEOWNERS. Later lines win, so a county folder's line overrides the general one. */
export function codeownersText(): string {
  const practices = `/content/${folderOf("practice")}`;
  const pad = (path: string) => path.padEnd(48);
  return [
    "# Vem som granskar vad. Skapad av `npx kb codeowners` från länslistan; ändra inte för hand.",
    "# En pull request som ändrar filerna nedan behöver godkännas av ägaren innan den kan slås",
    '# ihop (slå på "Require review from Code Owners" för main). Teamnamnen byts ut i',
    "# packages/domain/src/ownership.ts när förrådet får sin riktiga organisation.",
    "",
    "# Allt innehåll: den nationella redaktionen.",
    `${pad("/content/")}${EDITORS}`,
    "",
    "# Varje läns exempel granskas av länets egna, tillsammans med den nationella redaktionen.",
    ...counties.map((county) => `${pad(`${practices}/${county.id}/`)}${reviewTeamOf(county.id)} ${EDITORS}`),
    `${pad(`${practices}/${wholeCountry.id}/`)}${EDITORS}`,
    "",
    "# Ordlistor (kommuner, ämnen, målgrupper …) och schemat för fälten.",
    `${pad("/packages/content-schema/data/")}${EDITORS} ${DEVELOPERS}`,
    "",
    "# Kod, arbetsflöden och webbplats.",
    `${pad("/packages/")}${DEVELOPERS}`,
    `${pad("/apps/")}${DEVELOPERS}`,
    `${pad("/.github/")}${DEVELOPERS}`,
    "",
  ].join("\n");
}
