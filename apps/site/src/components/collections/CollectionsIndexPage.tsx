import Layout from "@theme/Layout";
import Heading from "@theme/Heading";
import Link from "@docusaurus/Link";
import { formatDate } from "../../lib/format";
import type { CollectionSummary } from "../../plugins/collections/types";
import { sitePages } from "@kunskapsbanken/domain";

/** Every collection, newest meeting first. */
export default function CollectionsIndexPage({ data }: { data: CollectionSummary[] }) {
  return (
    <Layout title="Samlingar" description="Goda exempel samlade inför nätverksmöten, konferenser och studiebesök.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Samlingar</Heading>
        <p className="lead">
          Goda exempel samlade inför nätverksmöten, konferenser och studiebesök, med en utskrift med QR-koder för mötet.
        </p>
        <ul>
          {data.map((c) => (
            <li key={c.id}>
              <Link to={c.path}>{c.title}</Link> – {c.event}, <time dateTime={c.date}>{formatDate(c.date)}</time> ({c.count} exempel)
            </li>
          ))}
        </ul>
        <h2>Gör en egen lista</h2>
        <p>
          Välj själv vilka exempel som ska tas upp: lägg till dem med <strong>Lägg till i lista</strong> på ett exempels sida eller i
          sökningen, ordna dem och skriv anteckningar på <Link to={sitePages.list}>din lista</Link>. Listan kan delas som en länk, skrivas
          ut med QR-koder och föreslås som en ny samling.
        </p>
      </main>
    </Layout>
  );
}
