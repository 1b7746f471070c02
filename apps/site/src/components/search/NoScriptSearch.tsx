import Link from "@docusaurus/Link";

/** What /sok says without JavaScript: the form still goes to the page, but finding and filtering need JavaScript. */
export default function NoScriptSearch() {
  return (
    <noscript>
      <div className="search-page__noscript">
        <p>
          Sökningen och filtren behöver JavaScript, som är avstängt i din webbläsare. Sökordet finns kvar i adressen, så
          sökningen fungerar om du öppnar länken i en webbläsare med JavaScript.
        </p>
        <p>Utan JavaScript kan du bläddra bland exemplen:</p>
        <ul>
          <li>
            <Link to="/praktiker">Alla exempel</Link>
          </li>
          <li>
            <Link to="/kommuner">Efter kommun</Link>
          </li>
          <li>
            <Link to="/amne">Efter ämne</Link>
          </li>
          <li>
            <Link to="/malgrupp">Efter målgrupp</Link>
          </li>
        </ul>
      </div>
    </noscript>
  );
}
