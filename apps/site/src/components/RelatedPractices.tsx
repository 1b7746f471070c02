import PracticeList from "./PracticeList";
import type { PracticeCard } from "../plugins/kunskapsbanken/types";

interface Props {
  id: string;
  title: string;
  practices: readonly PracticeCard[];
}

export default function RelatedPractices({ id, title, practices }: Props) {
  if (practices.length === 0) return null;
  return (
    <section className="related-practices" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <PracticeList practices={practices} />
    </section>
  );
}
