// The one place that says where the site is published, which repository it is built
// from, and where contributions by e-mail go. docusaurus.config.ts reads it; pages get it through siteConfig.customFields.
// Printed QR codes, the feed, the open data and the contribution form all depend on it,
// so a publishing build refuses the placeholders instead of shipping them.

export const PLACEHOLDER_SITE_URL = "https://kunskapsbanken.example.se";
const PLACEHOLDER_REPOSITORY = "kunskapsbanken/kunskapsbanken";
/**
 * The editors' address when KB_EDITORS_EMAIL is not set: the public registry address of the
 * County Administrative Board of Södermanland, which runs Kunskapsbanken and reads every
 * message that reaches it.
 */
export const DEFAULT_EDITORS_EMAIL = "sodermanland@lansstyrelsen.se";

export interface Repository {
  owner: string;
  name: string;
  /** The branch contributions are proposed against. */
  branch: string;
}

export interface SiteAddress {
  /** Public address without a trailing slash, e.g. https://kunskapsbanken.lansstyrelsen.se */
  siteUrl: string;
  repository: Repository;
  /** Where "Skicka med e-post" on /bidra sends a practice, e.g. kunskapsbanken@lansstyrelsen.se. */
  editorsEmail: string;
  /** True when either value is still the placeholder: fine locally, refused when publishing. */
  placeholder: boolean;
}

export type Env = Readonly<Record<string, string | undefined>>;

/** `PUBLISH=true` marks a build that will be published (set in .github/workflows/publish.yml). */
const isPublishing = (env: Env) => /^(1|true|yes)$/i.test(env.PUBLISH ?? "");

/** A plain address: no spaces, no characters a mailto: address or a mail program would read as more than an address. */
const EMAIL = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

/**
 * Reads SITE_URL, KB_REPOSITORY (owner/name), KB_BRANCH and KB_EDITORS_EMAIL. Throws, in Swedish, on a
 * malformed value, and on a placeholder when publishing.
 */
export function siteAddress(env: Env): SiteAddress {
  const siteUrl = (env.SITE_URL?.trim() || PLACEHOLDER_SITE_URL).replace(/\/+$/, "");
  const slug = env.KB_REPOSITORY?.trim() || PLACEHOLDER_REPOSITORY;
  const branch = env.KB_BRANCH?.trim() || "main";
  const editorsEmail = env.KB_EDITORS_EMAIL?.trim() || DEFAULT_EDITORS_EMAIL;

  if (!/^https?:\/\/[^/\s]+(\/[^\s]*)?$/.test(siteUrl)) {
    throw new Error(`SITE_URL ska vara en webbadress som börjar med https://, men är "${siteUrl}"`);
  }
  const match = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)$/.exec(slug);
  if (!match)
    throw new Error(`KB_REPOSITORY ska skrivas som ägare/förråd, t.ex. lansstyrelsen-sodermanland/kunskapsbanken, men är "${slug}"`);
  if (!EMAIL.test(editorsEmail))
    throw new Error(`KB_EDITORS_EMAIL ska vara en e-postadress, t.ex. kunskapsbanken@lansstyrelsen.se, men är "${editorsEmail}"`);

  const placeholder = siteUrl === PLACEHOLDER_SITE_URL || slug === PLACEHOLDER_REPOSITORY;
  if (isPublishing(env)) {
    const missing = [
      siteUrl === PLACEHOLDER_SITE_URL &&
        `SITE_URL (webbplatsens adress; QR-koderna på utskrifterna pekar dit) är platshållaren ${PLACEHOLDER_SITE_URL}`,
      slug === PLACEHOLDER_REPOSITORY && `KB_REPOSITORY (förrådet som bidrag skickas till) är platshållaren ${PLACEHOLDER_REPOSITORY}`,
      !siteUrl.startsWith("https://") && `SITE_URL ska börja med https:// när webbplatsen publiceras`,
    ].filter(Boolean);
    if (missing.length > 0) {
      throw new Error(
        `Webbplatsen kan inte publiceras: ${missing.join("; ")}. I .github/workflows/publish.yml kommer SITE_URL från förrådets variabel SITE_URL (Settings → Secrets and variables → Actions → Variables) och KB_REPOSITORY från förrådets eget namn.`,
      );
    }
  }
  return { siteUrl, repository: { owner: match[1]!, name: match[2]!, branch }, editorsEmail, placeholder };
}

export const repositoryUrl = (repository: Repository) => `https://github.com/${repository.owner}/${repository.name}`;

/** The base of "edit this page" links for a folder in content/. */
export const editUrlBase = (repository: Repository) => `${repositoryUrl(repository)}/edit/${repository.branch}/content`;
