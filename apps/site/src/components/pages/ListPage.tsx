import Link from "@docusaurus/Link";
import Layout from "@theme/Layout";
import Heading from "@theme/Heading";
import PracticeList from "../PracticeList";
import Pager, { PageRange } from "../Pager";
import SearchLink from "../SearchLink";
import { searchPathFor } from "../browseSearch";
import { formatNumber } from "../../lib/format";
import type { ListData } from "../../plugins/kunskapsbanken/types";
import { formatMonth } from "@kunskapsbanken/domain";

/** ", med uppgifter från september–oktober 2017": how old the listed facts are, across the whole listing. */
function ageOf(span: ListData["span"]): string {
  if (!span) return "";
  const [oldest, newest] = [formatMonth(span.oldest), formatMonth(span.newest)];
  return oldest === newest ? `, med uppgifter från ${oldest}` : `, med uppgifter från ${oldest} till ${newest}`;
}

/**
 * A topic, a target group or all practices, one page of them: a plain list of links, the pager
 * to the other pages, and the way on to the search to narrow them. Also the further pages of a
 * county's or a municipality's practices, which name the page they belong to.
 */
export default function ListPage({ data }: { data: ListData }) {
  const { page } = data;
  const search = searchPathFor(page.basePath);
  const title = page.number > 1 ? `${data.title} – sida ${page.number}` : data.title;
  return (
    <Layout title={title} description={data.description ?? data.title}>
      <main className="container margin-vert--lg">
        {data.parent && (
          <p>
            <Link to={data.parent.path}>{data.parent.label}</Link>
          </p>
        )}
        <Heading as="h1">{title}</Heading>
        {data.description && <p className="lead">{data.description}</p>}
        <p className="list-page__total">
          {page.total === 1 ? "1 exempel" : `${formatNumber(page.total)} exempel`}
          {ageOf(data.span)}
        </p>
        {search && page.total > 1 && <SearchLink to={search} count={page.total} />}
        <PageRange page={page} />
        <PracticeList practices={data.practices} headingLevel="h2" withListButtons />
        <Pager page={page} />
      </main>
    </Layout>
  );
}
