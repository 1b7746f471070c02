import type { MunicipalityProfile } from "@kunskapsbanken/content-schema";
import Heading from "@theme/Heading";
import BarChart from "./BarChart";
import { profileAnchors } from "./profile/profileToc";
import { formatDate, formatNumber } from "../lib/format";
import { formatMonth } from "@kunskapsbanken/domain";

interface Props {
  profile: Pick<MunicipalityProfile, "quota" | "nationalQuota" | "assignments" | "figures"> &
    Partial<Pick<MunicipalityProfile, "zeroQuotaReason" | "asOf">>;
  name: string;
}

/** True when a chart would show a kommuntal of 0, which needs its reason beside it. */
function showsZeroQuota(profile: Props["profile"]): boolean {
  return Object.values(profile.quota).includes(0) || profile.assignments.some((overview) => overview.quota === 0);
}

/** Kommuntal and anvisningar as charts, with the numbers also in tables. */
export default function MunicipalityFigures({ profile, name }: Props) {
  const years = Object.keys(profile.quota).sort();
  return (
    <section className="municipality-figures" aria-labelledby={profileAnchors.figures}>
      <Heading as="h2" id={profileAnchors.figures}>
        Mottagandet i siffror
      </Heading>
      {profile.asOf && <p className="municipality-figures__as-of">Uppgifterna gäller {formatMonth(profile.asOf)}.</p>}
      {showsZeroQuota(profile) && profile.zeroQuotaReason && (
        <p className="municipality-figures__zero" role="note">
          <strong>Varför 0?</strong> {profile.zeroQuotaReason}
        </p>
      )}
      {years.length > 0 && (
        <BarChart
          title={`Kommuntal för ${name} ${years[0]}${years.length > 1 ? `–${years[years.length - 1]}` : ""}`}
          unit="personer"
          bars={years.map((year) => ({ label: year, value: profile.quota[year] ?? 0 }))}
          caption={`Kommuntal för ${name} per år: hur många nyanlända kommunen ska ta emot enligt bosättningslagen.`}
        />
      )}
      {profile.assignments.map((overview) => (
        <div key={overview.date}>
          <BarChart
            title={`Anvisningar den ${formatDate(overview.date)}`}
            unit="personer"
            bars={[
              { label: "Kommuntal", value: overview.quota },
              { label: "Anvisade", value: overview.assigned },
              { label: "Avräknade", value: overview.counted },
              { label: "Kvar att avräkna", value: overview.remaining },
            ]}
            caption={`Migrationsverkets anvisningar mot årets kommuntal, läget den ${formatDate(overview.date)}.`}
          />
        </div>
      ))}
      {profile.figures.length > 0 && (
        <div className="table-wrapper">
          <table>
            <caption>Övriga siffror ur rapporten</caption>
            <thead>
              <tr>
                <th scope="col">Uppgift</th>
                <th scope="col">Värde</th>
                <th scope="col">År</th>
              </tr>
            </thead>
            <tbody>
              {profile.figures.map((figure) => (
                <tr key={figure.label}>
                  <th scope="row">{figure.label}</th>
                  <td>
                    {formatNumber(figure.value)} {figure.unit ?? ""}
                  </td>
                  <td>{figure.year ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
