import Head from "@docusaurus/Head";
import Link from "@docusaurus/Link";
import { useHistory } from "@docusaurus/router";
import { PageMetadata } from "@docusaurus/theme-common";
import useBaseUrl from "@docusaurus/useBaseUrl";
import Layout from "@theme/Layout";
import { useEffect } from "react";
import type { PermalinkData } from "../../plugins/collections/types";
import StaticPageContent from "../static-pages/StaticPageContent";

/** The attribute value, escaped for HTML written by hand below. */
const attribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/**
 * The short permanent link /p/ID printed under QR codes: a static page that sends the reader
 * on to the practice, and shows the link in case nothing happens. It redirects exactly once:
 * with JavaScript the router replaces the address; without it, a meta refresh inside
 * <noscript> does. A refresh that also fired with JavaScript on would race the router and
 * abort one of the two navigations.
 */
function Redirect({ data }: { data: PermalinkData }) {
  const target = useBaseUrl(data.target);
  const history = useHistory();
  useEffect(() => history.replace(target), [history, target]);
  return (
    <>
      <PageMetadata title={data.title} />
      <Head>
        <meta name="robots" content="noindex" />
        <link rel="canonical" href={useBaseUrl(data.target, { absolute: true })} />
      </Head>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a fixed tag around our own route path, escaped; React would otherwise hoist the meta out of <noscript> */}
      <noscript dangerouslySetInnerHTML={{ __html: `<meta http-equiv="refresh" content="0; url=${attribute(target)}">` }} />
      <main className="container margin-vert--lg">
        <p>
          Du skickas vidare till <Link to={data.target}>{data.title}</Link>.
        </p>
      </main>
    </>
  );
}

/** The page outside the route table (plugins/static-pages): one client route for every short link. */
export default function PermalinkRedirect() {
  return (
    <StaticPageContent<PermalinkData>
      render={(data) => (
        <Layout noFooter>
          <Redirect data={data} />
        </Layout>
      )}
    />
  );
}
