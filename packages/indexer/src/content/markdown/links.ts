// Which link targets a practice may use: web addresses, e-mail, and the site's own pages.
// Anything else (a relative file path, javascript:, data:, a bare #anchor) is refused,
// because Docusaurus would bundle a relative file into the published site.
import { parseSitePath, type SiteTarget } from "@kunskapsbanken/domain";

export type LinkVerdict = { ok: true; site?: SiteTarget } | { ok: false; message: string };

const WEB_OR_MAIL = new Set(["https:", "http:", "mailto:"]);
const SCRIPT = new Set(["javascript:", "vbscript:", "data:", "livescript:"]);
const EXAMPLES = "/praktik/id, /kommun/id, /amne/id, /malgrupp/id, /samling/id eller /p/id";

export const linkMessages = {
  script: "länkar som börjar med javascript:, data: eller liknande är inte tillåtna. Länka till en webbadress som börjar med https://",
  scheme: (scheme: string) =>
    `länkar med ${scheme} är inte tillåtna. Länka till en webbadress som börjar med https:// eller en e-postadress med mailto:`,
  file: "länkar till filer (t.ex. ../bilaga.pdf) är inte tillåtna: filen skulle publiceras som den är. Länka till en webbadress som börjar med https://",
  anchor: "länkar till en rubrik (#…) stöds inte. Länka till hela sidan i stället",
  unknownPage: (path: string) =>
    `"${path}" är ingen sida på webbplatsen. Länka till ${EXAMPLES}, eller till en webbadress som börjar med https://`,
  noHost: "webbadressen saknar ett domännamn. Skriv hela adressen, t.ex. https://www.flen.se",
  mail: "mailto: ska följas av en e-postadress, t.ex. mailto:integration@kommun.se",
} as const;

/** The scheme as a browser reads it: it ignores control characters and white space inside. */
function schemeOf(url: string): string | undefined {
  const match = /^([^:/?#]+):/.exec(url.replace(/[\u0000-\u0020\u007f-\u009f]/g, ""));
  return match ? `${match[1]!.toLowerCase()}:` : undefined;
}

export function checkLinkTarget(url: string): LinkVerdict {
  const scheme = schemeOf(url);
  if (scheme) {
    if (SCRIPT.has(scheme)) return { ok: false, message: linkMessages.script };
    if (!WEB_OR_MAIL.has(scheme)) return { ok: false, message: linkMessages.scheme(scheme) };
    if (scheme === "mailto:") return /^mailto:[^@\s]+@[^@\s]+$/i.test(url) ? { ok: true } : { ok: false, message: linkMessages.mail };
    try {
      const parsed = new URL(url);
      return parsed.hostname && url.toLowerCase().startsWith(`${scheme}//`) ? { ok: true } : { ok: false, message: linkMessages.noHost };
    } catch {
      return { ok: false, message: linkMessages.noHost };
    }
  }
  if (url.startsWith("#")) return { ok: false, message: linkMessages.anchor };
  if (!url.startsWith("/") || url.startsWith("//")) return { ok: false, message: linkMessages.file };
  const site = parseSitePath(url);
  return site ? { ok: true, site } : { ok: false, message: linkMessages.unknownPage(url) };
}
