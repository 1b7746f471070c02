// Replaces the docs theme's DocItem/Content: the same title + Markdown, plus the
// facts panel and related practices for a practice, or — first — the municipality's
// practices, then its figures, text and lists for a municipality profile. Everything
// comes from the page's own frontMatter.
import clsx from "clsx";
import type { ReactNode } from "react";
import { ThemeClassNames } from "@docusaurus/theme-common";
import { useDoc } from "@docusaurus/plugin-content-docs/client";
import useDocusaurusContext from "@docusaurus/useDocusaurusContext";
import Heading from "@theme/Heading";
import MDXContent from "@theme/MDXContent";
import FactsPanel from "../../../components/FactsPanel";
import MunicipalityFigures from "../../../components/MunicipalityFigures";
import PracticeActions from "../../../components/PracticeActions";
import ProfileLists from "../../../components/ProfileLists";
import ProfilePractices from "../../../components/profile/ProfilePractices";
import RelatedPractices from "../../../components/RelatedPractices";
import StillAccurate from "../../../components/contribute/StillAccurate";
import type { Practice, MunicipalityProfile } from "@kunskapsbanken/content-schema";
import type { PracticeExtras, ProfileExtras } from "../../../plugins/kunskapsbanken/types";

type FrontMatter = { kb?: PracticeExtras | ProfileExtras } & Partial<Practice> & Partial<MunicipalityProfile>;

export default function DocItemContent({ children }: { children: ReactNode }): ReactNode {
  const { metadata, frontMatter, contentTitle } = useDoc();
  const { siteConfig } = useDocusaurusContext();
  const fm = frontMatter as unknown as FrontMatter;
  const kb = fm.kb;
  const permanentLink = `${siteConfig.url.replace(/\/$/, "")}${metadata.permalink}`;
  return (
    <div className={clsx(ThemeClassNames.docs.docMarkdown, "markdown")}>
      {contentTitle === undefined && (
        <header>
          <Heading as="h1">{metadata.title}</Heading>
          {fm.summary && <p className="lead">{fm.summary}</p>}
        </header>
      )}
      <p className="print-only permanent-link">Permanent länk: {permanentLink}</p>
      {kb?.kind === "practice" && kb.freshnessNotice && (
        <p className="freshness-notice" role="note">
          <strong>Obs!</strong> {kb.freshnessNotice} Kontrollera med kontakten innan du går vidare.
        </p>
      )}
      {kb?.kind === "practice" && fm.id && <PracticeActions id={fm.id} title={metadata.title} />}
      {kb?.kind === "practice" && fm.period && fm.contact && (
        <FactsPanel extras={kb} period={fm.period} partners={fm.partners ?? []} contact={fm.contact} />
      )}
      {kb?.kind === "profile" && fm.id && <ProfilePractices id={fm.id} name={kb.name} practices={kb.practices} />}
      {kb?.kind === "profile" && fm.quota && (
        <MunicipalityFigures
          name={kb.name}
          profile={{
            quota: fm.quota,
            nationalQuota: fm.nationalQuota,
            assignments: fm.assignments ?? [],
            figures: fm.figures ?? [],
            zeroQuotaReason: fm.zeroQuotaReason,
            asOf: fm.asOf,
          }}
        />
      )}
      <MDXContent>{children}</MDXContent>
      {kb?.kind === "profile" && (
        <ProfileLists
          successFactors={fm.successFactors ?? []}
          challenges={fm.challenges ?? []}
          visit={fm.visit}
          integrationStrategy={fm.integrationStrategy}
          keepsYouthsTurning18={fm.keepsYouthsTurning18}
        />
      )}
      {kb?.kind === "practice" && fm.id && <StillAccurate id={fm.id} title={metadata.title} />}
      {kb?.kind === "practice" && (
        <>
          <RelatedPractices id="relaterade" title="Relaterade exempel" practices={kb.related} />
          <RelatedPractices id="liknande" title="Liknande exempel i andra kommuner" practices={kb.similar} />
        </>
      )}
    </div>
  );
}
