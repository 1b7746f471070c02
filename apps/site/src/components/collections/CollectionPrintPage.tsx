import Layout from "@theme/Layout";
import Head from "@docusaurus/Head";
import Link from "@docusaurus/Link";
import { formatDate } from "../../lib/format";
import type { CollectionData } from "../../plugins/collections/types";
import CollectionSheet from "./CollectionSheet";
import styles from "./collections.module.css";

/** The agenda sheet to print for a meeting: one row per practice with its note and a QR code to the short link. */
export default function CollectionPrintPage({ data }: { data: CollectionData }) {
  return (
    <Layout title={`${data.title} – utskrift`} description={data.introduction} noFooter>
      <Head>
        <meta name="robots" content="noindex" />
      </Head>
      <main className={`container margin-vert--lg ${styles.sheetPage}`}>
        <p className={`${styles.screenOnly} ${styles.printHint}`}>
          Det här är utskriftsversionen. Skriv ut med Ctrl+P (Cmd+P på Mac). <Link to={data.path}>Tillbaka till samlingen</Link>
        </p>
        <CollectionSheet
          kicker={
            <>
              {data.event} · <time dateTime={data.date}>{formatDate(data.date)}</time>
            </>
          }
          title={data.title}
          introduction={data.introduction}
          items={data.items}
          footer={<>Kunskapsbanken – goda exempel på mottagande och etablering av nyanlända. Hela samlingen: {data.url}</>}
        />
      </main>
    </Layout>
  );
}
