import Layout from "@theme/Layout";
import Heading from "@theme/Heading";
import PracticeList from "../PracticeList";
import type { ListData } from "../../plugins/kunskapsbanken/types";

/** A topic, a target group or all practices: a plain list of links. */
export default function ListPage({ data }: { data: ListData }) {
  return (
    <Layout title={data.title} description={data.description ?? data.title}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{data.title}</Heading>
        {data.description && <p className="lead">{data.description}</p>}
        <p>{data.practices.length === 1 ? "1 exempel" : `${data.practices.length} exempel`}</p>
        <PracticeList practices={data.practices} headingLevel="h2" />
      </main>
    </Layout>
  );
}
