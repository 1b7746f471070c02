// /bidra: contribute a good practice from the browser, without git. The form needs
// JavaScript; the server-rendered text it replaces tells everyone else the other ways in.
import BrowserOnly from "@docusaurus/BrowserOnly";
import useDocusaurusContext from "@docusaurus/useDocusaurusContext";
import Heading from "@theme/Heading";
import Layout from "@theme/Layout";
import { useLocation } from "@docusaurus/router";
import { contributeParams } from "@kunskapsbanken/domain";
import ContributeForm from "../components/contribute/ContributeForm";
import ResetBoundary from "../components/contribute/ResetBoundary";
import { browserStorage, setDraftAside } from "../lib/contribute/draft";
import { ISSUE_TEMPLATE, type Repository } from "../lib/contribute/github";

function OtherWays({ repository, editorsEmail }: { repository: Repository; editorsEmail: string }) {
  const base = `https://github.com/${repository.owner}/${repository.name}`;
  return (
    <ul>
      <li>
        Skriv till redaktionen med e-post, utan konto någonstans:{" "}
        <a href={`mailto:${editorsEmail}?subject=${encodeURIComponent("Gott exempel till Kunskapsbanken")}`}>{editorsEmail}</a>. Berätta vad
        som görs, var och av vem, så skriver redaktionen exemplet åt dig.
      </li>
      <li>
        <a href={`${base}/issues/new?template=${ISSUE_TEMPLATE}`}>Tipsa om ett gott exempel</a> med ett formulär på GitHub: berätta med egna
        ord, så skriver redaktionen exemplet åt dig.
      </li>
      <li>
        Skriv filen själv i webbläsaren på GitHub eller med git på din egen dator:{" "}
        <a href={`${base}/blob/${repository.branch}/CONTRIBUTING.md`}>så bidrar du till Kunskapsbanken</a>.
      </li>
      <li>
        Har ett exempel blivit inaktuellt? Klicka på <strong>Stämmer det här fortfarande?</strong> längst ned på exemplets sida.
      </li>
    </ul>
  );
}

export default function Bidra() {
  const { siteConfig } = useDocusaurusContext();
  const repository = siteConfig.customFields?.repository as Repository;
  const editorsEmail = siteConfig.customFields?.editorsEmail as string;
  const location = useLocation();
  const updating = new URLSearchParams(location.search).get(contributeParams.update);
  return (
    <Layout
      title="Bidra med ett gott exempel"
      description="Beskriv ett gott exempel på mottagande och etablering av nyanlända och skicka det till Kunskapsbanken."
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">Bidra med ett gott exempel</Heading>
        <p className="lead">
          Vet du om ett arbetssätt i mottagandet av nyanlända som andra kommuner kan lära av? Beskriv det här. Formuläret visar direkt om
          något saknas, och du ser hur sidan kommer att se ut. Länsstyrelsens redaktion granskar allt innan det publiceras.
        </p>
        <BrowserOnly
          fallback={
            <div className="alert alert--info" role="note">
              <p>
                <strong>Formuläret behöver JavaScript</strong>, som är avstängt eller inte har laddats i din webbläsare. Du kan bidra på
                andra sätt:
              </p>
              <OtherWays repository={repository} editorsEmail={editorsEmail} />
            </div>
          }
        >
          {() => (
            <ResetBoundary
              resetText="Börja om tömmer formuläret. Det du har skrivit sparas undan i webbläsaren, så att inget går förlorat."
              onReset={() => setDraftAside(browserStorage(), updating)}
            >
              <ContributeForm />
            </ResetBoundary>
          )}
        </BrowserOnly>
        <section aria-labelledby="andra-satt" className="margin-top--xl">
          <h2 id="andra-satt">Andra sätt att bidra</h2>
          <OtherWays repository={repository} editorsEmail={editorsEmail} />
        </section>
      </main>
    </Layout>
  );
}
