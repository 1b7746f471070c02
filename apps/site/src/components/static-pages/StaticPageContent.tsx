import type { ReactNode } from "react";
import Layout from "@theme/Layout";
import NotFoundContent from "@theme/NotFound/Content";
import { usePageData } from "./usePageData";
import { PAGE_DATA_ELEMENT } from "./types";

/** JSON inside <script> must not be able to close the element or open a comment. */
const asScriptText = (data: unknown) => JSON.stringify(data).replace(/</g, "\\u003c");

/**
 * A page outside the route table: `render` draws it (its Layout included) from its data,
 * followed by that data as a JSON block (not run: `type="application/json"`) for the browser
 * to start from. After a link inside the site it says "Hämtar sidan …" until the data has come.
 */
export default function StaticPageContent<T>({ render }: { render: (data: T) => ReactNode }) {
  const { path, result } = usePageData<T>();
  if (result?.status === "found") {
    return (
      <>
        {render(result.data)}
        <script
          type="application/json"
          id={PAGE_DATA_ELEMENT}
          data-path={path}
          // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON of the build's own page data, with every "<" escaped
          dangerouslySetInnerHTML={{ __html: asScriptText(result.data) }}
        />
      </>
    );
  }
  if (result?.status === "missing") {
    return (
      <Layout title="Sidan hittades inte">
        <NotFoundContent />
      </Layout>
    );
  }
  return (
    <Layout>
      <main className="container margin-vert--lg">
        {result?.status === "failed" ? (
          <p role="alert">Sidan kunde inte hämtas. Kontrollera anslutningen och ladda om sidan.</p>
        ) : (
          <p role="status">Hämtar sidan …</p>
        )}
      </main>
    </Layout>
  );
}
