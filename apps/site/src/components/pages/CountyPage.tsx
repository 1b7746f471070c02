import Link from "@docusaurus/Link";
import Layout from "@theme/Layout";
import Heading from "@theme/Heading";
import BarChart from "../BarChart";
import { formatDate, formatNumber } from "../../lib/format";
import { municipalityPath } from "@kunskapsbanken/domain";
import { answerLabels, type Answer } from "@kunskapsbanken/content-schema/text";
import type { CountyData } from "../../plugins/kunskapsbanken/types";

const cell = (value: number | null) => (value === null ? "–" : formatNumber(value));
const yesNo = (value: Answer | null) => (value === null ? "–" : answerLabels[value]);

/** The county overview: the nine municipalities side by side, as tables and charts. */
export default function CountyPage({ data }: { data: CountyData }) {
  const rows = data.municipalities;
  const withAssignments = rows.filter((row) => row.latestAssignment);
  const name = data.county?.name ?? "länet";
  const lastYear = data.years.length - 1;
  const assignmentDates = [...new Set(withAssignments.map((row) => row.latestAssignment!.date))].sort();
  const assignmentsWhen =
    assignmentDates.length === 1
      ? `den ${formatDate(assignmentDates[0]!)}`
      : `${formatDate(assignmentDates[0] ?? "")}–${formatDate(assignmentDates[assignmentDates.length - 1] ?? "")}`;
  const assignmentYears = [...new Set(assignmentDates.map((date) => date.slice(0, 4)))].join("–");
  return (
    <Layout title="Länsöversikt" description={`Kommunerna i ${name} jämförda: kommuntal, anvisningar och goda exempel.`}>
      <main className="container margin-vert--lg">
        <Heading as="h1">Länsöversikt: {name}</Heading>
        {data.county && (
          <p className="lead">
            {data.county.summary} <Link to={municipalityPath(data.county.id)}>Läs hela länsprofilen</Link>.
          </p>
        )}
        <h2>Kommuntal {data.years.join(" och ")}</h2>
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
            <h2>Anvisningar {assignmentYears}</h2>
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
      </main>
    </Layout>
  );
}
