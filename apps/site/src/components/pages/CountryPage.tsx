import Layout from "@theme/Layout";
import Heading from "@theme/Heading";
import { countyPath } from "@kunskapsbanken/domain";
import AreaMap from "../maps/AreaMap";
import AreaTable from "../maps/AreaTable";
import PracticeList from "../PracticeList";
import type { CountryData } from "../../plugins/kunskapsbanken/types";

/** /lan: Sweden's 21 counties, shaded by how many practices each has, every county a link. */
export default function CountryPage({ data }: { data: CountryData }) {
  const counts = Object.fromEntries(data.counties.map((county) => [county.id, county.count]));
  const withPractices = data.counties.filter((county) => county.count > 0).length;
  return (
    <Layout title="Län" description="Sveriges 21 län: goda exempel på mottagande och etablering i varje län och kommun.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Sveriges län</Heading>
        <p className="lead">
          Goda exempel finns hittills från {withPractices === 1 ? "ett län" : `${withPractices} av 21 län`}. Välj ett län på kartan eller i
          tabellen för att se dess kommuner och exempel.
        </p>
        {data.figuresMovedTo.map((county) => (
          <p key={county.id}>
            Kommuntal och anvisningar för {county.name} som tidigare fanns här finns nu på{" "}
            <a href={`${countyPath(county.id)}#lansiffror`}>{county.name}s sida</a>.
          </p>
        ))}
        <div className="place-overview">
          <AreaMap title="Sveriges län: antal goda exempel" map={data.map} counts={counts} hrefOf={countyPath} />
          <AreaTable caption="Exempel per län" areaHeading="Län" areas={data.counties} counts={counts} hrefOf={countyPath} />
        </div>
        {data.national.length > 0 && (
          <section aria-labelledby="nationellt">
            <h2 id="nationellt">Nationella program</h2>
            <PracticeList practices={data.national} headingLevel="h3" withListButtons />
          </section>
        )}
      </main>
    </Layout>
  );
}
