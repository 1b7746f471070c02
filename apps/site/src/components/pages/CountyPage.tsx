import Link from "@docusaurus/Link";
import Layout from "@theme/Layout";
import Heading from "@theme/Heading";
import { contributePath, countyPath, municipalityPath, sitePages } from "@kunskapsbanken/domain";
import CountyFigures from "../CountyFigures";
import AreaMap from "../maps/AreaMap";
import AreaTable from "../maps/AreaTable";
import Pager, { PageRange } from "../Pager";
import { formatNumber } from "../../lib/format";
import PracticeList from "../PracticeList";
import SearchLink from "../SearchLink";
import { searchPathFor } from "../browseSearch";
import type { CountyPageData } from "../../plugins/kunskapsbanken/types";

/** /lan/ID: a county's municipalities on a map and in a table, its practices, and its figures where the profiles give them. */
export default function CountyPage({ data }: { data: CountyPageData }) {
  const { county } = data;
  const counts = Object.fromEntries(data.municipalities.map((m) => [m.id, m.count]));
  // Every practice of the county, not just this page's.
  const count = data.page.total;
  // The county filter on /sok (`/sok?lan=ID`): the same practices, to narrow further.
  const search = searchPathFor(countyPath(county.id));
  return (
    <Layout title={county.name} description={`Goda exempel på mottagande och etablering i ${county.name} och dess kommuner.`}>
      <main className="container margin-vert--lg">
        <p>
          <Link to={sitePages.county}>Alla län</Link>
        </p>
        <Heading as="h1">{county.name}</Heading>
        <p className="lead">
          {count === 0
            ? `Inga exempel från ${county.name} ännu.`
            : `${count === 1 ? "1 exempel" : `${formatNumber(count)} exempel`} från ${county.name} och dess ${data.municipalities.length} kommuner.`}{" "}
          Länskod {county.code}, länsbokstav {county.letter}. {county.authority}.
        </p>
        <div className="place-overview">
          <AreaMap title={`Kommunerna i ${county.name}: antal goda exempel`} map={data.map} counts={counts} hrefOf={municipalityPath} />
          <AreaTable
            caption={`Exempel per kommun i ${county.name}`}
            areaHeading="Kommun"
            areas={data.municipalities}
            counts={counts}
            hrefOf={municipalityPath}
          />
        </div>
        <section aria-labelledby="lanets-exempel">
          <h2 id="lanets-exempel">Exempel från länet</h2>
          {search && count > 1 && <SearchLink to={search} count={count} />}
          <PageRange page={data.page} />
          <PracticeList practices={data.practices} headingLevel="h3" withListButtons emptyText={`Inga exempel från ${county.name} ännu.`} />
          <Pager page={data.page} />
          <p>
            <Link to={contributePath({ place: county.id })}>Tipsa om ett exempel från {county.name}</Link>
          </p>
        </section>
        {data.overview && <CountyFigures data={data.overview} />}
      </main>
    </Layout>
  );
}
