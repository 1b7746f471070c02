import Link from "@docusaurus/Link";
import Layout from "@theme/Layout";
import Heading from "@theme/Heading";
import { contributePath, countyPath } from "@kunskapsbanken/domain";
import Pager, { PageRange } from "../Pager";
import PracticeList from "../PracticeList";
import type { MunicipalityPageData } from "../../plugins/kunskapsbanken/types";

/** /kommun/ID for a municipality without a profile: what the bank has from it, or an honest "none yet", and its county's practices. */
export default function MunicipalityPage({ data }: { data: MunicipalityPageData }) {
  const { municipality, county } = data;
  return (
    <Layout title={municipality.name} description={`Goda exempel på mottagande och etablering från ${municipality.name}.`}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{municipality.name}</Heading>
        <p className="lead">
          Kommun i <Link to={countyPath(county.id)}>{county.name}</Link>, kommunkod {municipality.kommunkod}.
        </p>
        <section aria-labelledby="kommunens-exempel">
          <h2 id="kommunens-exempel">Exempel från {municipality.name}</h2>
          <PageRange page={data.page} />
          <PracticeList
            practices={data.practices}
            headingLevel="h3"
            withListButtons
            emptyText={`Inga exempel från ${municipality.name} ännu.`}
          />
          <Pager page={data.page} />
          <p>
            <Link to={contributePath({ place: municipality.id })}>Tipsa om ett exempel från {municipality.name}</Link>
          </p>
        </section>
        <section aria-labelledby="samma-lan">
          <h2 id="samma-lan">Från samma län</h2>
          <PracticeList practices={data.neighbours} headingLevel="h3" emptyText={`Inga exempel från ${county.name} ännu.`} />
          {data.moreNeighbours > 0 && (
            <p>
              <Link to={countyPath(county.id)}>
                {data.moreNeighbours === 1 ? "1 exempel till" : `${data.moreNeighbours} exempel till`} från {county.name}
              </Link>
            </p>
          )}
        </section>
      </main>
    </Layout>
  );
}
