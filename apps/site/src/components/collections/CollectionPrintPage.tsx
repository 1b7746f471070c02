import Layout from "@theme/Layout";
import Head from "@docusaurus/Head";
import Link from "@docusaurus/Link";
import { formatDate } from "../../lib/format";
import type { CollectionData } from "../../plugins/collections/types";
import QrCode from "./QrCode";
import styles from "./collections.module.css";

/** The agenda sheet to print for a meeting: one row per practice with its note and a QR code to the short link. */
export default function CollectionPrintPage({ data }: { data: CollectionData }) {
  return (
    <Layout title={`${data.title} – utskrift`} description={data.introduction} noFooter>
      <Head>
        <meta name="robots" content="noindex" />
      </Head>
      <main className={`container margin-vert--lg ${styles.sheet}`}>
        <p className={`${styles.screenOnly} ${styles.printHint}`}>
          Det här är utskriftsversionen. Skriv ut med Ctrl+P (Cmd+P på Mac). <Link to={data.path}>Tillbaka till samlingen</Link>
        </p>
        <header>
          <p className={styles.kicker}>
            {data.event} · <time dateTime={data.date}>{formatDate(data.date)}</time>
          </p>
          <h1 className={styles.sheetTitle}>{data.title}</h1>
          <p>{data.introduction}</p>
        </header>
        <ol className={styles.sheetList}>
          {data.items.map((item) => (
            <li key={item.id} className={styles.sheetItem} data-practice-id={item.id}>
              <div className={styles.sheetText}>
                <h2 className={styles.sheetItemTitle}>
                  <span className={styles.number}>{item.number}.</span> {item.title}
                </h2>
                <p className={styles.places}>{item.places.join(", ")}</p>
                <p>{item.note}</p>
                <p className={styles.link}>{item.permalink}</p>
              </div>
              <QrCode svg={item.qrSvg} link={item.permalink} />
            </li>
          ))}
        </ol>
        <footer className={styles.sheetFooter}>
          Kunskapsbanken – goda exempel på mottagande och etablering av nyanlända. Hela samlingen: {data.url}
        </footer>
      </main>
    </Layout>
  );
}
