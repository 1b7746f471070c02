import { useLocation } from "@docusaurus/router";
import Layout from "@theme/Layout";
import Heading from "@theme/Heading";
import PracticeList from "../PracticeList";
import SearchLink from "../SearchLink";
import { searchPathFor } from "../browseSearch";
import type { ListData } from "../../plugins/kunskapsbanken/types";
import { formatMonth } from "@kunskapsbanken/domain";

/** ", med uppgifter från september–oktober 2017": how old the listed facts are. */
function ageOf(practices: ListData["practices"]): string {
  const dates = practices.map((card) => card.latest).sort();
  if (dates.length === 0) return "";
  const [oldest, newest] = [formatMonth(dates[0]!), formatMonth(dates[dates.length - 1]!)];
  return oldest === newest ? `, med uppgifter från ${oldest}` : `, med uppgifter från ${oldest} till ${newest}`;
}

/** A topic, a target group or all practices: a plain list of links, and the way on to the search to narrow it. */
export default function ListPage({ data }: { data: ListData }) {
  const search = searchPathFor(useLocation().pathname);
  const count = data.practices.length;
  return (
    <Layout title={data.title} description={data.description ?? data.title}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{data.title}</Heading>
        {data.description && <p className="lead">{data.description}</p>}
        <p className="list-page__total">
          {count === 1 ? "1 exempel" : `${count} exempel`}
          {ageOf(data.practices)}
        </p>
        {search && count > 1 && <SearchLink to={search} count={count} />}
        <PracticeList practices={data.practices} headingLevel="h2" withListButtons />
      </main>
    </Layout>
  );
}
