import Layout from "@theme/Layout";
import Head from "@docusaurus/Head";
import Link from "@docusaurus/Link";
import useBaseUrl from "@docusaurus/useBaseUrl";
import type { PermalinkData } from "../../plugins/collections/types";

/**
 * The short permanent link /p/ID printed under QR codes: a static page that sends the
 * reader on to the practice with a meta refresh, so it works without JavaScript, and
 * shows the link in case the browser does not follow it.
 */
export default function PermalinkRedirect({ data }: { data: PermalinkData }) {
  const target = useBaseUrl(data.target);
  return (
    <Layout title={data.title} noFooter>
      <Head>
        <meta httpEquiv="refresh" content={`0; url=${target}`} />
        <meta name="robots" content="noindex" />
        <link rel="canonical" href={useBaseUrl(data.target, { absolute: true })} />
      </Head>
      <main className="container margin-vert--lg">
        <p>
          Du skickas vidare till <Link to={data.target}>{data.title}</Link>.
        </p>
      </main>
    </Layout>
  );
}
