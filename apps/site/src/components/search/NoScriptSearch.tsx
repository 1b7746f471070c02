import Link from "@docusaurus/Link";
import { sitePages } from "@kunskapsbanken/domain";

/**
 * What /sok says without JavaScript. The site is static files and its policy lets only its own
 * scripts run, so without JavaScript nothing can read the address: the page cannot search, and
 * it cannot put the query back into the field either. Every search form on the site (this page's,
 * the navbar's, the start page's) still sends the query to /sok?q=…, where it stays in the address;
 * this note says so plainly and offers the browse pages, which work without JavaScript.
 */
export default function NoScriptSearch() {
  return (
    <noscript>
      <div className="search-page__noscript">
        <p>
          Sökningen och filtren behöver JavaScript, som är avstängt i din webbläsare. Därför visas inga träffar, och sökrutan är tom även
          när du har sökt. Det du sökte på finns kvar i adressen (efter <code>?q=</code>), så sökningen fungerar om du öppnar samma adress i
          en webbläsare med JavaScript.
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
