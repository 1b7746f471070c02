// The 404 page: the theme's page with the title written in Swedish sentence case
// (the theme's Swedish translation capitalises every word).
import { PageMetadata } from "@docusaurus/theme-common";
import Layout from "@theme/Layout";
import NotFoundContent from "@theme/NotFound/Content";

export default function NotFound() {
  return (
    <>
      <PageMetadata title="Sidan hittades inte" />
      <Layout>
        <NotFoundContent />
      </Layout>
    </>
  );
}
