// The body of every practice follows the same headings as `kb new` writes. The form shows
// each heading with the template's hint and a short example of the kind of text that fits.
import { bodySections } from "@kunskapsbanken/indexer/check";

/** Examples in the style of the existing practices, keyed by heading. */
const examples: Readonly<Record<string, string>> = {
  "Vad är det?":
    "Nyanlända och etablerade invånare träffas i små grupper kring en aktivitet de tycker om, till exempel matlagning eller fiske.",
  "Vilket problem löser det?":
    "Många nyanlända har få tillfällen att tala svenska utanför SFI, och det är svårt att hitta ideella som orkar träffas en och en.",
  "Så fungerar det":
    "1. Kommunen samlar förslag på aktiviteter.\n2. Deltagarna anmäler sig till en grupp.\n3. Gruppen träffas varannan vecka med en ledare från en förening.",
  "Vem gör vad": "Integrationsenheten samordnar, studieförbundet ordnar lokaler och föreningarna leder grupperna.",
  Finansiering: "§37-medel från Länsstyrelsen för 2017–2018, därefter kommunens egen budget (cirka 200 000 kronor per år).",
  Resultat: "Under 2018 deltog 140 personer i 12 grupper. Någon uppföljning av språket har inte gjorts.",
  "Att tänka på om ni vill göra likadant":
    "- Börja i intressen som redan finns i kommunen.\n- Räkna med att det tar tid att hitta ledare till grupperna.",
  Källa: "Kommunens uppföljning 2019 och Länsstyrelsens kommunbesök hösten 2017.",
};

export interface SectionGuide {
  heading: string;
  hint: string;
  example: string;
}

/** The headings in order, with what to write and an example. */
export const sectionGuides: readonly SectionGuide[] = bodySections.map(({ heading, hint }) => ({
  heading,
  // The template's hint speaks of "sources i fälten ovan"; in the form that is the source section.
  hint: hint.replace("under sources i fälten ovan", "under Källor ovan"),
  example: examples[heading] ?? "",
}));
