// The Content-Security-Policy goes into each built page before any script, allowing
// exactly that page's inline scripts by hash.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addContentSecurityPolicy, inlineScriptHashes } from "../src/plugins/csp/html";
import { CONTENT_SECURITY_POLICY, policyWithScriptHashes } from "../src/plugins/csp/policy";

const sha256 = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

const colourMode = '!function(){document.documentElement.setAttribute("data-theme","light")}()';
const withEntities = 'if (a < b && c) { x = "&amp;" }';
// Minified like Docusaurus' output: unquoted attributes, scripts in head and body.
const page = [
  "<!doctype html><html lang=sv><head><meta charset=UTF-8><title>Sida</title>",
  "<script src=/assets/js/main.js defer></script>",
  '<script type="application/ld+json">{"@type":"WebPage"}</script>',
  "</head><body>",
  `<script>${colourMode}</script>`,
  "<div id=__docusaurus><p>Text</p></div>",
  `<script>${withEntities}</script>`,
  `<script>${colourMode}</script>`,
  "</body></html>",
].join("");

describe("inline script hashes", () => {
  it("hash each inline script's text as the browser parses it, once, and skip scripts with src", () => {
    expect(inlineScriptHashes(page)).toEqual([sha256('{"@type":"WebPage"}'), sha256(colourMode), sha256(withEntities)]);
  });

  it("hash the text after the parser's newline normalisation", () => {
    expect(inlineScriptHashes("<html><head></head><body><script>a()\r\nb()</script></body></html>")).toEqual([sha256("a()\nb()")]);
  });
});

describe("the policy meta element", () => {
  it("comes right after <meta charset>, before every script, with the page's hashes", () => {
    const result = addContentSecurityPolicy(page);
    const policy = policyWithScriptHashes(inlineScriptHashes(page));
    const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, "&quot;")}">`;
    expect(result).toBe(page.replace("<meta charset=UTF-8>", `<meta charset=UTF-8>${meta}`));
    expect(result.indexOf("Content-Security-Policy")).toBeLessThan(result.indexOf("<script"));
  });

  it("is the first element of <head> when there is no charset to keep first", () => {
    const result = addContentSecurityPolicy("<!doctype html><html><head><title>x</title><script>go()</script></head><body></body></html>");
    expect(result).toMatch(/^<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="[^"]*'sha256-[^"]*"><title>/);
  });

  it("lists every directive with its sources, and the hashes under script-src only", () => {
    const policy = policyWithScriptHashes(["sha256-abc"]);
    expect(policy).toBe(
      [
        "default-src 'self'",
        "script-src 'self' 'sha256-abc'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self' https://github.com",
      ].join("; "),
    );
    expect(CONTENT_SECURITY_POLICY["script-src"]).not.toContain("'unsafe-inline'");
  });

  it("refuses a page it cannot protect", () => {
    expect(() => addContentSecurityPolicy(addContentSecurityPolicy(page))).toThrow(/already has/);
    expect(() => addContentSecurityPolicy("<p>fragment</p>")).toThrow(/no <head>/);
  });
});
