// Page 2, 3 … of a listing (/praktiker/sida/2, /amne/bostad/sida/2): a static page outside the
// client route table, with the same list page as the first.
import StaticPageContent from "../static-pages/StaticPageContent";
import type { ListData } from "../../plugins/kunskapsbanken/types";
import ListPage from "./ListPage";

export default function FurtherListPage() {
  return <StaticPageContent<ListData> render={(data) => <ListPage data={data} />} />;
}
