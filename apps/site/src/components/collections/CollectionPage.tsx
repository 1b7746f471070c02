import Layout from "@theme/Layout";
import Heading from "@theme/Heading";
import Link from "@docusaurus/Link";
import { formatDate } from "../../lib/format";
import type { CollectionData } from "../../plugins/collections/types";
import styles from "./collections.module.css";
import { sitePages } from "@kunskapsbanken/domain";

/** A collection for a meeting: the introduction and the practices in agenda order, each with its note. */
export default function CollectionPage({ data }: { data: CollectionData }) {
  return (
    <Layout title={data.title} description={data.introduction}>
      <main className="container margin-vert--lg">
        <p className={styles.kicker}>
          Samling · {data.event} · <time dateTime={data.date}>{formatDate(data.date)}</time>
        </p>
        <Heading as="h1">{data.title}</Heading>
        <p className="lead">{data.introduction}</p>
        <p>
          <Link to={data.printPath}>Utskrift med QR-koder för mötet</Link> · Dela samlingen: <code>{data.url}</code>
        </p>
        <ol className={styles.agenda}>
          {data.items.map((item) => (
            <li key={item.id} className={styles.item}>
              <Heading as="h2" className={styles.itemTitle}>
                <Link to={item.path}>{item.title}</Link>
              </Heading>
              <p className={styles.places}>{item.places.join(", ")}</p>
              <p className={styles.note}>{item.note}</p>
              <p>{item.summary}</p>
            </li>
          ))}
        </ol>
        <p>
          <Link to={sitePages.collections}>Alla samlingar</Link>
        </p>
      </main>
    </Layout>
  );
}
