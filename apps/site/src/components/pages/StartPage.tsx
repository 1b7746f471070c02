import Link from "@docusaurus/Link";
import Layout from "@theme/Layout";
import Heading from "@theme/Heading";
import PracticeList from "../PracticeList";
import type { StartData, TermWithCount } from "../../plugins/kunskapsbanken/types";
import { routePrefixes, sitePages } from "@kunskapsbanken/domain";
import SearchForm from "../SearchForm";

function EntryList({ id, title, basePath, terms }: { id: string; title: string; basePath: string; terms: readonly TermWithCount[] }) {
  return (
    <section className="entry-points__group" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul className="term-list">
        {terms.map((term) => (
          <li key={term.id}>
            <Link to={`${basePath}/${term.id}`}>{term.label}</Link> <span className="term-list__count">({term.count})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function StartPage({ data }: { data: StartData }) {
  return (
    <Layout title="Start" description={`Goda exempel på mottagande och etablering av nyanlända i kommunerna i ${data.region}.`}>
      <main className="container margin-vert--lg">
        <section className="hero-intro" aria-labelledby="om-kunskapsbanken">
          <Heading as="h1" id="om-kunskapsbanken">
            Kunskapsbanken
          </Heading>
          <p className="lead">
            Kunskapsbanken samlar {data.total} goda exempel på mottagande och etablering av nyanlända från kommunerna i {data.region}: vad
            de gör, för vem, hur det finansieras och vem man kan fråga. Exemplen bygger på Länsstyrelsens kommunbesök och är till för
            kommunernas handläggare och länets samordnare.
          </p>
          <SearchForm inputId="start-sok" />
          <p>
            <Link to={sitePages.practices}>Se alla exempel</Link> · <Link to={sitePages.county}>Jämför kommunerna i länet</Link> ·{" "}
            <Link to={sitePages.contribute}>Tipsa om ett exempel</Link>
          </p>
        </section>
        <section className="meeting-entry" aria-labelledby="infor-motet">
          <h2 id="infor-motet">Inför ett möte</h2>
          <p>
            <Link to={sitePages.collections}>Samlingar</Link> är exempel samlade inför nätverksmöten, med en utskrift med QR-koder. Du kan
            också <Link to={sitePages.list}>göra en egen lista</Link>: lägg till exempel, ordna dem, skriv anteckningar, dela länken och
            skriv ut.
          </p>
        </section>
        <div className="entry-points">
          <EntryList id="efter-amne" title="Efter ämne" basePath={sitePages.topics} terms={data.topics} />
          <EntryList id="efter-kommun" title="Efter kommun" basePath={routePrefixes.municipality} terms={data.municipalities} />
          <EntryList id="efter-malgrupp" title="Efter målgrupp" basePath={sitePages.targetGroups} terms={data.targetGroups} />
        </div>
        <section aria-labelledby="senast-nya">
          <h2 id="senast-nya">Senast tillagda eller bekräftade exempel</h2>
          <PracticeList practices={data.recent} />
        </section>
      </main>
    </Layout>
  );
}
