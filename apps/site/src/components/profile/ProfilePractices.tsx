import Heading from "@theme/Heading";
import PracticeList from "../PracticeList";
import SearchLink from "../SearchLink";
import { searchPathFor } from "../browseSearch";
import type { PracticeCard } from "../../plugins/kunskapsbanken/types";
import { practicesHeading, profileAnchors } from "./profileToc";
import { municipalityPath } from "@kunskapsbanken/domain";

/** A municipality page leads with the municipality's own practices, and says how many. */
export default function ProfilePractices({ id, name, practices }: { id: string; name: string; practices: readonly PracticeCard[] }) {
  const search = searchPathFor(municipalityPath(id));
  return (
    <section aria-labelledby={profileAnchors.practices} className="profile-practices">
      <Heading as="h2" id={profileAnchors.practices}>
        {practicesHeading(name, practices.length)}
      </Heading>
      {search && practices.length > 1 && <SearchLink to={search} count={practices.length} />}
      <PracticeList practices={practices} emptyText="Inga exempel från kommunen ännu." withListButtons />
    </section>
  );
}
