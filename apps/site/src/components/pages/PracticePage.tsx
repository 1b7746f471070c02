// A practice's page: title and summary, the facts panel, the body, "Stämmer det här
// fortfarande?" and related practices, with a table of contents beside it (above it on a
// phone) and the edit link at the foot, as the docs theme laid out a doc page.
import { PageMetadata } from "@docusaurus/theme-common";
import useBrokenLinks from "@docusaurus/useBrokenLinks";
import useDocusaurusContext from "@docusaurus/useDocusaurusContext";
import EditThisPage from "@theme/EditThisPage";
import Heading from "@theme/Heading";
import Layout from "@theme/Layout";
import TOC from "@theme/TOC";
import TOCCollapsible from "@theme/TOCCollapsible";
import { practicePath } from "@kunskapsbanken/domain";
import FactsPanel from "../FactsPanel";
import PracticeActions from "../PracticeActions";
import RelatedPractices from "../RelatedPractices";
import StillAccurate from "../contribute/StillAccurate";
import StaticPageContent from "../static-pages/StaticPageContent";
import type { PracticePageData } from "../../plugins/kunskapsbanken/types";

function Practice({ data }: { data: PracticePageData }) {
  const { siteConfig } = useDocusaurusContext();
  const permanentLink = `${siteConfig.url.replace(/\/$/, "")}${practicePath(data.id)}`;
  const { extras } = data;
  // The body's headings are HTML from the build, not the theme's Heading; tell the build's link checker their anchors exist.
  const brokenLinks = useBrokenLinks();
  for (const { id } of data.toc) brokenLinks.collectAnchor(id);
  return (
    <main className="container margin-vert--lg practice-page">
      <PageMetadata title={data.title} description={data.summary} />
      <div className="row">
        <div className="col practice-page__main">
          {data.toc.length > 0 && <TOCCollapsible toc={data.toc} className="theme-doc-toc-mobile practice-page__toc-mobile" />}
          <article>
            <div className="theme-doc-markdown markdown">
              <header>
                <Heading as="h1">{data.title}</Heading>
                <p className="lead">{data.summary}</p>
              </header>
              <p className="print-only permanent-link">Permanent länk: {permanentLink}</p>
              {extras.freshnessNotice && (
                <p className="freshness-notice" role="note">
                  <strong>Obs!</strong> {extras.freshnessNotice} Kontrollera med kontakten innan du går vidare.
                </p>
              )}
              <PracticeActions id={data.id} title={data.title} />
              <FactsPanel extras={extras} period={data.period} partners={data.partners} contact={data.contact} />
              {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the body was validated by kb validate and sanitised by plugins/sanitize at build time (plugins/practices/body.ts) */}
              <div className="practice-body" dangerouslySetInnerHTML={{ __html: data.body }} />
              <StillAccurate id={data.id} title={data.title} />
              <RelatedPractices id="relaterade" title="Relaterade exempel" practices={extras.related} />
              <RelatedPractices id="liknande" title="Liknande exempel i andra kommuner" practices={extras.similar} />
            </div>
            <footer className="theme-doc-footer docusaurus-mt-lg">
              <EditThisPage editUrl={data.editUrl} />
            </footer>
          </article>
        </div>
        {data.toc.length > 0 && (
          <div className="col col--3 practice-page__toc">
            <TOC toc={data.toc} className="theme-doc-toc-desktop" />
          </div>
        )}
      </div>
    </main>
  );
}

export default function PracticePage() {
  return (
    <StaticPageContent<PracticePageData>
      render={(data) => (
        <Layout>
          <Practice data={data} />
        </Layout>
      )}
    />
  );
}
