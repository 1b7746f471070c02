// The 404 page in Swedish, with a search and the ways into the knowledge base.
import Link from "@docusaurus/Link";
import Heading from "@theme/Heading";
import { sitePages } from "@kunskapsbanken/domain";
import SearchForm from "../../../components/SearchForm";

export default function NotFoundContent({ className }: { className?: string }) {
  return (
    <main className={`container margin-vert--xl not-found ${className ?? ""}`}>
      <Heading as="h1">Sidan hittades inte</Heading>
      <p className="lead">Adressen leder inte till någon sida här. Den kan vara felstavad, eller så har sidan flyttats.</p>
      <SearchForm inputId="hittades-inte-sok" />
      <p>Eller börja här:</p>
      <ul>
        <li>
          <Link to="/">Startsidan</Link>
        </li>
        <li>
          <Link to={sitePages.practices}>Alla exempel</Link>
        </li>
        <li>
          <Link to={sitePages.municipalities}>Kommuner</Link>
        </li>
        <li>
          <Link to={sitePages.topics}>Ämnen</Link>
        </li>
        <li>
          <Link to={sitePages.collections}>Samlingar inför möten</Link>
        </li>
      </ul>
    </main>
  );
}
