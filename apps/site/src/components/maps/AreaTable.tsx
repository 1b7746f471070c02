import { formatNumber } from "../../lib/format";
import type { MapArea } from "../../plugins/maps/types";
import styles from "./maps.module.css";

interface Props {
  /** What the table shows, e.g. "Exempel per län". */
  caption: string;
  /** Heading of the first column, e.g. "Län" or "Kommun". */
  areaHeading: string;
  areas: readonly Pick<MapArea, "id" | "name">[];
  counts: Readonly<Record<string, number>>;
  hrefOf: (id: string) => string;
}

/** The numbers of an AreaMap as a table, one row an area, for screen readers and for reading. */
export default function AreaTable({ caption, areaHeading, areas, counts, hrefOf }: Props) {
  return (
    <table className={styles.table}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{areaHeading}</th>
          <th scope="col">Antal exempel</th>
        </tr>
      </thead>
      <tbody>
        {areas.map((area) => (
          <tr key={area.id}>
            <th scope="row">
              <a href={hrefOf(area.id)}>{area.name}</a>
            </th>
            <td>{formatNumber(counts[area.id] ?? 0)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
