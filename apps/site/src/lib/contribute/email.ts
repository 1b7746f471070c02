// The e-mail route on /bidra, for contributors without a GitHub account: a mailto: address
// to the editors with the practice file in the message. Mail programs cut or refuse long
// mailto: addresses, so when the file does not fit the message is short and asks for the
// downloaded file as an attachment.

/** Longest mailto: address we hand to the mail program, everything encoded. */
export const MAILTO_LIMIT = 1800;

export interface MailtoLink {
  url: string;
  /** False when the file did not fit: the message asks the contributor to attach the downloaded file. */
  complete: boolean;
}

export interface MailContent {
  /** The practice's title as typed; may be empty. */
  title: string;
  /** The file's name, e.g. malmo-sprakcafe.md. */
  fileName: string;
  /** The whole practice file. */
  text: string;
}

/**
 * Percent-encodes a header value or the body for a mailto: address (RFC 6068): every
 * character outside the unreserved set, with line breaks as CRLF.
 */
const encode = (value: string) => encodeURIComponent(value.replace(/\r?\n/g, "\r\n"));

/** The address part: the local part and the domain each encoded, the @ kept. */
function encodeAddress(address: string): string {
  const at = address.lastIndexOf("@");
  return `${encodeURIComponent(address.slice(0, at))}@${encodeURIComponent(address.slice(at + 1))}`;
}

const mailto = (address: string, subject: string, body: string) =>
  `mailto:${encodeAddress(address)}?subject=${encode(subject)}&body=${encode(body)}`;

export function mailSubject(title: string): string {
  const trimmed = title.trim();
  return trimmed ? `Gott exempel till Kunskapsbanken: ${trimmed}` : "Gott exempel till Kunskapsbanken";
}

/** The message with the file in it. */
export function fullBody({ fileName, text }: MailContent): string {
  return [
    "Hej!",
    "",
    `Här är ett gott exempel till Kunskapsbanken, skrivet i formuläret på webbplatsen. Filen ${fileName} står mellan strecken.`,
    "",
    "----",
    text.trimEnd(),
    "----",
  ].join("\n");
}

/** The short message, for a file too long to go in the address: the file is attached instead. */
export function shortBody({ fileName }: MailContent): string {
  return [
    "Hej!",
    "",
    `Här är ett gott exempel till Kunskapsbanken, skrivet i formuläret på webbplatsen. Filen ${fileName} är bifogad.`,
    "",
    `(Glömde du bifoga filen? Ladda ner den med knappen Ladda ner filen på sidan Bidra och bifoga den till det här meddelandet.)`,
  ].join("\n");
}

/** A mailto: address to the editors with the file in the message when it fits, else the short message. */
export function mailtoLink(address: string, content: MailContent, limit = MAILTO_LIMIT): MailtoLink {
  const subject = mailSubject(content.title);
  const full = mailto(address, subject, fullBody(content));
  if (full.length <= limit) return { url: full, complete: true };
  const short = mailto(address, subject, shortBody(content));
  // A title so long that even the short message does not fit goes without it.
  return { url: short.length <= limit ? short : mailto(address, mailSubject(""), shortBody(content)), complete: false };
}
