import useDocusaurusContext from "@docusaurus/useDocusaurusContext";
import type { Repository } from "../../lib/contribute/github";
import { searchTipLink } from "./searchTip";

interface Props {
  query: string;
  /** The search as an address on the site, e.g. /sok?q=bostad&kommun=flen. */
  searchPath: string;
}

/** Under the hits on /sok, also when there are none: tell the editors what was missing. */
export default function SearchTip({ query, searchPath }: Props) {
  const { siteConfig } = useDocusaurusContext();
  const repository = siteConfig.customFields?.repository as Repository;
  const editorsEmail = siteConfig.customFields?.editorsEmail as string;
  const searchUrl = `${siteConfig.url.replace(/\/$/, "")}${searchPath}`;
  return (
    <aside className="search-tip" aria-labelledby="sok-tips-rubrik">
      <h2 id="sok-tips-rubrik" className="search-tip__title">
        Hittade du inte det du sökte?
      </h2>
      <p>
        <a href={searchTipLink(repository, query, searchUrl)} rel="noopener noreferrer">
          Tipsa redaktionen om vad du letade efter
        </a>
        . Tipsformuläret på GitHub öppnas med din sökning ifylld; du behöver ett konto på GitHub. Utan konto går det bra att mejla{" "}
        <a href={`mailto:${editorsEmail}`}>{editorsEmail}</a>.
      </p>
      <p className="search-tip__note">Webbplatsen sparar inte vad någon söker efter, så redaktionen vet bara det som skickas in så här.</p>
    </aside>
  );
}
