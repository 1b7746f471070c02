import Link from "@docusaurus/Link";
import Layout from "@theme/Layout";
import Heading from "@theme/Heading";
import type { TermIndexData } from "../../plugins/kunskapsbanken/types";

export default function TermIndexPage({ data }: { data: TermIndexData }) {
  return (
    <Layout title={data.title} description={data.intro}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{data.title}</Heading>
        <p className="lead">{data.intro}</p>
        <ul className="term-index">
          {data.terms.map((term) => (
            <li key={term.id}>
              <Link to={`${data.basePath}/${term.id}`}>{term.label}</Link>{" "}
              <span className="term-list__count">({term.count === 1 ? "1 exempel" : `${term.count} exempel`})</span>
              {term.description && <p>{term.description}</p>}
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  );
}
