// Wraps the docs theme's DocItem so a municipality page's table of contents also lists the
// sections DocItem/Content adds around the Markdown (practices, figures, success factors).
import { useMemo } from "react";
import DocItem from "@theme-original/DocItem";
import type { Props } from "@theme/DocItem";
import { profileToc, type TocEntry } from "../../components/profile/profileToc";
import type { ProfileExtras } from "../../plugins/kunskapsbanken/types";

type Content = Props["content"];

interface ProfileFrontMatter {
  kb?: ProfileExtras | { kind: string };
  quota?: Record<string, number>;
  successFactors?: string[];
  challenges?: string[];
}

/** The same MDX content with a longer TOC; DocItem reads the TOC from the content's static fields. */
function withProfileToc(content: Content): Content {
  const fm = content.frontMatter as unknown as ProfileFrontMatter;
  const kb = fm.kb;
  if (kb?.kind !== "profile") return content;
  const profile = kb as ProfileExtras;
  const toc = profileToc(
    {
      name: profile.name,
      practiceCount: profile.practices.length,
      hasFigures: Boolean(fm.quota),
      hasSuccessFactors: (fm.successFactors ?? []).length > 0,
      hasChallenges: (fm.challenges ?? []).length > 0,
    },
    content.toc as readonly TocEntry[],
  );
  const Wrapped = ((props: object) => {
    const Original = content;
    return <Original {...props} />;
  }) as unknown as Content;
  return Object.assign(Wrapped, {
    metadata: content.metadata,
    frontMatter: content.frontMatter,
    assets: content.assets,
    contentTitle: content.contentTitle,
    toc,
  });
}

export default function DocItemWrapper(props: Props) {
  const content = useMemo(() => withProfileToc(props.content), [props.content]);
  return <DocItem {...props} content={content} />;
}
