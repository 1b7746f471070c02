// The e-mail route on /bidra: a mailto: address to the editors that carries the practice file
// while it fits, and otherwise a short message that asks for the downloaded file.
import { describe, expect, it } from "vitest";
import { fullBody, MAILTO_LIMIT, mailSubject, mailtoLink, shortBody } from "../src/lib/contribute/email";

const editors = "kunskapsbanken@lansstyrelsen.se";
const file = "---\nid: malmo-sprakcafe\ntitle: Språkcafé & läxhjälp\n---\n\n## Vad är det?\n\nFika = 20 kr? Ja #1 100%.\n";
const content = { title: "Språkcafé & läxhjälp", fileName: "malmo-sprakcafe.md", text: file };

/** The parts of a mailto: address as a mail program reads them. */
function read(url: string): { address: string; subject?: string; body?: string } {
  const [address, query] = url.replace(/^mailto:/, "").split("?") as [string, string];
  const params = Object.fromEntries(query.split("&").map((pair) => pair.split("=").map(decodeURIComponent) as [string, string]));
  return { address: decodeURIComponent(address), subject: params.subject, body: params.body };
}

describe("the e-mail to the editors", () => {
  it("carries the whole file, every character escaped, while it fits", () => {
    const link = mailtoLink(editors, content);
    expect(link.complete).toBe(true);
    expect(link.url.startsWith(`mailto:${editors}?subject=`)).toBe(true);
    // Each value holds only characters a mailto: address allows as they are (RFC 6068), the rest percent-encoded.
    const values = link.url.slice(link.url.indexOf("?") + 1).split("&");
    expect(values.map((pair) => pair.split("=")[0])).toEqual(["subject", "body"]);
    for (const pair of values) expect(pair.split("=")[1]).toMatch(/^(?:[A-Za-z0-9\-_.!~*'()]|%[0-9A-F]{2})+$/);
    const parts = read(link.url);
    expect(parts.address).toBe(editors);
    expect(parts.subject).toBe("Gott exempel till Kunskapsbanken: Språkcafé & läxhjälp");
    // Line breaks as CRLF (RFC 6068); the file itself between the dashes, unchanged.
    expect(parts.body).toBe(fullBody(content).replace(/\n/g, "\r\n"));
    expect(parts.body?.replace(/\r\n/g, "\n")).toContain(`----\n${file.trimEnd()}\n----`);
    expect(link.url.length).toBeLessThanOrEqual(MAILTO_LIMIT);
  });

  it("asks for the downloaded file when the file does not fit", () => {
    const long = { ...content, text: `${file}${"Mer text med å, ä och ö. ".repeat(100)}` };
    const link = mailtoLink(editors, long);
    expect(link.complete).toBe(false);
    expect(link.url.length).toBeLessThanOrEqual(MAILTO_LIMIT);
    const parts = read(link.url);
    expect(parts.body).toBe(shortBody(long).replace(/\n/g, "\r\n"));
    expect(parts.body).toContain("Filen malmo-sprakcafe.md är bifogad.");
    expect(parts.body).not.toContain("Mer text");
  });

  it("stays under the limit with a title too long for the subject", () => {
    const link = mailtoLink(editors, { ...content, title: "Å".repeat(2000), text: "x".repeat(5000) });
    expect(link.complete).toBe(false);
    expect(link.url.length).toBeLessThanOrEqual(MAILTO_LIMIT);
    expect(read(link.url).subject).toBe(mailSubject(""));
  });

  it("has a subject without a title for an empty form", () => {
    expect(mailSubject("  ")).toBe("Gott exempel till Kunskapsbanken");
    expect(read(mailtoLink(editors, { title: "", fileName: "exempel.md", text: "---\n---\n" }).url).subject).toBe(
      "Gott exempel till Kunskapsbanken",
    );
  });
});
