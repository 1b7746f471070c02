import Link from "@docusaurus/Link";
import { sitePages } from "@kunskapsbanken/domain";

/** What /sok says without JavaScript: the form still goes to the page, but finding and filtering need JavaScript. */
export default function NoScriptSearch() {
  return (
    <noscript>
      <div className="search-page__noscript">
        <p>
          Sökningen och filtren behöver JavaScript, som är avstängt i din webbläsare. Sökordet finns kvar i adressen, så sökningen fungerar
          om du öppnar länken i en webbläsare med JavaScript.
        </p>
        <p>Utan JavaScript kan du bläddra bland exemplen:</p>
        <ul>
          <li>
            <Link to={sitePages.practices}>Alla exempel</Link>
          </li>
          <li>
            <Link to={sitePages.municipalities}>Efter kommun</Link>
          </li>
          <li>
            <Link to={sitePages.topics}>Efter ämne</Link>
          </li>
          <li>
            <Link to={sitePages.targetGroups}>Efter målgrupp</Link>
          </li>
        </ul>
      </div>
    </noscript>
  );
}
