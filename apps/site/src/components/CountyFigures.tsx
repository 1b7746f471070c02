import Link from "@docusaurus/Link";
import BarChart from "./BarChart";
import { formatDate, formatNumber } from "../lib/format";
import { municipalityPath } from "@kunskapsbanken/domain";
import { answerLabels, type Answer } from "@kunskapsbanken/content-schema/text";
import type { CountyData } from "../plugins/kunskapsbanken/types";

const cell = (value: number | null) => (value === null ? "–" : formatNumber(value));
const yesNo = (value: Answer | null) => (value === null ? "–" : answerLabels[value]);

/** A county's figures from its profiles (Södermanland's from the 2017 visits): the municipalities side by side, as tables and charts. */
export default function CountyFigures({ data }: { data: CountyData }) {
  const rows = data.municipalities;
  const withAssignments = rows.filter((row) => row.latestAssignment);
  const lastYear = data.years.length - 1;
  const assignmentDates = [...new Set(withAssignments.map((row) => row.latestAssignment!.date))].sort();
  const assignmentsWhen =
    assignmentDates.length === 1
      ? `den ${formatDate(assignmentDates[0]!)}`
      : `${formatDate(assignmentDates[0] ?? "")}–${formatDate(assignmentDates[assignmentDates.length - 1] ?? "")}`;
  const assignmentYears = [...new Set(assignmentDates.map((date) => date.slice(0, 4)))].join("–");
  const visitDates = rows.flatMap((row) => (row.visitDate ? [row.visitDate] : [])).sort();
  const withZero = rows.filter((row) => row.quotas.includes(0));
  return (
    <section aria-labelledby="lansiffror">
      <h2 id="lansiffror">Mottagandet i siffror</h2>
      {data.county && (
        <p>
          {data.county.summary} <Link to={municipalityPath(data.county.id)}>Läs hela länsprofilen</Link>.
        </p>
      )}
      {visitDates.length > 0 && (
        <p className="county-page__as-of">
          Siffrorna och svaren gäller läget vid länsstyrelsens besök i kommunerna mellan {formatDate(visitDates[0]!)} och{" "}
          {formatDate(visitDates[visitDates.length - 1]!)} och har inte uppdaterats här sedan dess.
        </p>
      )}
      <h3>Kommuntal {data.years.join(" och ")}</h3>
      {withZero.length > 0 && (
        <p className="county-page__zero" role="note">
          <strong>Om 0:</strong> ett kommuntal på 0 är ingen saknad uppgift. Det betyder att kommunen inte behövde ta emot några anvisade
          nyanlända det året. Skälet står på kommunens sida:{" "}
          {withZero.map((row, i) => (
            <span key={row.id}>
              {i > 0 && ", "}
              <Link to={municipalityPath(row.id)}>{row.name}</Link>
            </span>
          ))}
          .
        </p>
      )}
      <div className="chart-grid">
        {data.years.map((year, i) => (
          <BarChart
            key={year}
            title={`Kommuntal ${year}`}
            unit="personer"
            bars={rows.map((r) => ({ label: r.name, value: r.quotas[i] ?? 0 }))}
          />
        ))}
      </div>
      <div className="table-wrapper">
        <table>
          <caption>Kommunerna jämförda</caption>
          <thead>
            <tr>
              <th scope="col">Kommun</th>
              {data.years.map((year) => (
                <th key={year} scope="col">
                  Kommuntal {year}
                </th>
              ))}
              <th scope="col">Besök</th>
              <th scope="col">Integrationsstrategi</th>
              <th scope="col">Behåller ensamkommande som fyller 18</th>
              <th scope="col">Goda exempel</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <Link to={municipalityPath(row.id)}>{row.name}</Link>
                </th>
                {row.quotas.map((quota, i) => (
                  <td key={data.years[i]}>{cell(quota)}</td>
                ))}
                <td>{row.visitDate ? formatDate(row.visitDate) : "–"}</td>
                <td>{yesNo(row.integrationStrategy)}</td>
                <td>{yesNo(row.keepsYouths)}</td>
                <td>{row.practiceCount}</td>
              </tr>
            ))}
          </tbody>
          {data.county && (
            <tfoot>
              <tr>
                <th scope="row">Länet</th>
                {data.county.quotas.map((quota, i) => (
                  <td key={data.years[i]}>{cell(quota)}</td>
                ))}
                <td colSpan={4}>
                  {lastYear >= 0 &&
                    data.county.nationalQuotas[lastYear] != null &&
                    `Riket ${data.years[lastYear]}: ${formatNumber(data.county.nationalQuotas[lastYear]!)}`}
                </td>
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      {withAssignments.length > 0 && (
        <>
          <h3>Anvisningar {assignmentYears}</h3>
          <BarChart
            title={`Anvisade personer ${assignmentsWhen}`}
            unit="personer"
            bars={withAssignments.map((r) => ({ label: r.name, value: r.latestAssignment?.assigned ?? 0 }))}
          />
          <div className="table-wrapper">
            <table>
              <caption>Migrationsverkets anvisningar {assignmentsWhen}, senaste uppgift per kommun</caption>
              <thead>
                <tr>
                  <th scope="col">Kommun</th>
                  <th scope="col">Datum</th>
                  <th scope="col">Kommuntal</th>
                  <th scope="col">Anvisade</th>
                  <th scope="col">Avräknade</th>
                  <th scope="col">Kvar att avräkna</th>
                </tr>
              </thead>
              <tbody>
                {withAssignments.map((row) => {
                  const a = row.latestAssignment!;
                  return (
                    <tr key={row.id}>
                      <th scope="row">{row.name}</th>
                      <td>{formatDate(a.date)}</td>
                      <td>{formatNumber(a.quota)}</td>
                      <td>{formatNumber(a.assigned)}</td>
                      <td>{formatNumber(a.counted)}</td>
                      <td>{formatNumber(a.remaining)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
