// Replaces the docs theme's DocItem/Content for municipality profiles (the only docs pages;
// practices have pages of their own, components/pages/PracticePage.tsx): the same title +
// Markdown with — first — the municipality's practices, then its figures, text and lists.
// Everything comes from the page's own frontMatter.
import clsx from "clsx";
import type { ReactNode } from "react";
import { ThemeClassNames } from "@docusaurus/theme-common";
import { useDoc } from "@docusaurus/plugin-content-docs/client";
import useDocusaurusContext from "@docusaurus/useDocusaurusContext";
import Heading from "@theme/Heading";
import MDXContent from "@theme/MDXContent";
import MunicipalityFigures from "../../../components/MunicipalityFigures";
import ProfileLists from "../../../components/ProfileLists";
import ProfilePractices from "../../../components/profile/ProfilePractices";
import type { MunicipalityProfile } from "@kunskapsbanken/content-schema";
import type { ProfileExtras } from "../../../plugins/kunskapsbanken/types";

type FrontMatter = { kb?: ProfileExtras } & Partial<MunicipalityProfile>;

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
    </div>
  );
}
