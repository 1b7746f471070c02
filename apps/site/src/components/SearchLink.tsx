import Link from "@docusaurus/Link";
import { formatNumber } from "../lib/format";

/** The link from a browse page to the same practices on the search page, where they can be narrowed further. */
export default function SearchLink({ to, count }: { to: string; count: number }) {
  return (
    <p className="search-link">
      <Link to={to}>Sök och filtrera bland {count === 1 ? "det här exemplet" : `de här ${formatNumber(count)} exemplen`}</Link> – på kommun,
      ämne, målgrupp, finansiering och status.
    </p>
  );
}
