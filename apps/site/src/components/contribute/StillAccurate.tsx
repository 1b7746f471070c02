// "Stämmer det här fortfarande?" under every practice: a way to propose a correction in the
// form (which starts from the practice as published) or to tell the editors by a tip.
import Link from "@docusaurus/Link";
import useDocusaurusContext from "@docusaurus/useDocusaurusContext";
import { updateTipLink, type Repository } from "../../lib/contribute/github";
import styles from "./contribute.module.css";
import { sitePages } from "@kunskapsbanken/domain";

export default function StillAccurate({ id, title }: { id: string; title: string }) {
  const { siteConfig } = useDocusaurusContext();
  const repository = siteConfig.customFields?.repository as Repository;
  const pageUrl = `${siteConfig.url.replace(/\/$/, "")}/praktik/${id}`;
  return (
    <aside className={styles.stillAccurate} aria-labelledby="stammer-det">
      <h2 id="stammer-det">Stämmer det här fortfarande?</h2>
      <p>Har något ändrats, till exempel status, siffror, kontakt eller finansiering? Hjälp andra att få rätt uppgifter.</p>
      <ul>
        <li>
          <Link to={`${sitePages.contribute}?uppdatera=${encodeURIComponent(id)}`}>Föreslå en ändring</Link> i formuläret, där exemplet
          redan är ifyllt.
        </li>
        <li>
          <a href={updateTipLink(repository, title, pageUrl)} rel="noopener noreferrer">
            Tipsa redaktionen
          </a>{" "}
          med några rader om vad som har ändrats.
        </li>
      </ul>
    </aside>
  );
}
