import Link from "@docusaurus/Link";
import Heading from "@theme/Heading";
import { profileAnchors } from "./profile/profileToc";
import { formatDate } from "../lib/format";
import { answerLabels, type Answer } from "@kunskapsbanken/content-schema/text";

interface Props {
  successFactors: readonly string[];
  challenges: readonly string[];
  visit?: { date: string; durationHours: number } | undefined;
  integrationStrategy?: { answer: Answer; note?: string | undefined; url?: string | undefined } | undefined;
  keepsYouthsTurning18?: { answer: Answer; note?: string | undefined } | undefined;
}

const yesNo = (answer: Answer) => answerLabels[answer];

/** The profile's tables: answers from the visit, success factors and challenges. */
export default function ProfileLists({ successFactors, challenges, visit, integrationStrategy, keepsYouthsTurning18 }: Props) {
  return (
    <>
      {(visit || integrationStrategy || keepsYouthsTurning18) && (
        <div className="table-wrapper">
          <table>
            <caption>Från Länsstyrelsens kommunbesök</caption>
            <tbody>
              {visit && (
                <tr>
                  <th scope="row">Besök</th>
                  <td>
                    {formatDate(visit.date)}, {String(visit.durationHours).replace(".", ",")} timmar
                  </td>
                </tr>
              )}
              {integrationStrategy && (
                <tr>
                  <th scope="row">Integrationsstrategi</th>
                  <td>
                    {yesNo(integrationStrategy.answer)}
                    {integrationStrategy.note ? ` – ${integrationStrategy.note}` : ""}
                    {integrationStrategy.url && (
                      <>
                        {" "}
                        (<Link href={integrationStrategy.url}>kommunens strategi, länk från 2017</Link>)
                      </>
                    )}
                  </td>
                </tr>
              )}
              {keepsYouthsTurning18 && (
                <tr>
                  <th scope="row">Behåller ensamkommande som fyller 18 år</th>
                  <td>
                    {yesNo(keepsYouthsTurning18.answer)}
                    {keepsYouthsTurning18.note ? ` – ${keepsYouthsTurning18.note}` : ""}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
      <div className="profile-columns">
        {successFactors.length > 0 && (
          <section aria-labelledby={profileAnchors.successFactors}>
            <Heading as="h2" id={profileAnchors.successFactors}>
              Framgångsfaktorer
            </Heading>
            <ul>
              {successFactors.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </section>
        )}
        {challenges.length > 0 && (
          <section aria-labelledby={profileAnchors.challenges}>
            <Heading as="h2" id={profileAnchors.challenges}>
              Utmaningar
            </Heading>
            <ul>
              {challenges.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </>
  );
}
