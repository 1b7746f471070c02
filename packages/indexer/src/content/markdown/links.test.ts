// Link targets one by one: what a browser would run or fetch is refused with its own message.
import { describe, expect, it } from "vitest";
import { checkLinkTarget, linkMessages } from "./links.js";

const verdict = (url: string) => {
  const result = checkLinkTarget(url);
  return result.ok ? "ok" : result.message;
};

describe("checkLinkTarget", () => {
  it.each([
    ["https://www.flen.se", "ok"],
    ["http://flen.se/sida?x=1#del", "ok"],
    ["HTTPS://WWW.FLEN.SE", "ok"],
    ["mailto:integration@flen.se", "ok"],
    ["MAILTO:integration@flen.se", "ok"],
    ["/praktik/flen-sprakvanner", "ok"],
    ["java\u0000script:alert(1)", linkMessages.script],
    ["\u007fjavascript:alert(1)", linkMessages.script],
    ["java\u009fscript:alert(1)", linkMessages.script],
    [" javascript:alert(1)", linkMessages.script],
    ["livescript:x", linkMessages.script],
    ["data:text/html,x", linkMessages.script],
    ["tel:0701234567", linkMessages.scheme("tel:")],
    ["C:\\bilaga.pdf", linkMessages.scheme("c:")],
    ["mailto:a@b@c.se", linkMessages.mail],
    ["mailto:a b@c.se", linkMessages.mail],
    ["mailto:@c.se", linkMessages.mail],
    ["mailto:a@", linkMessages.mail],
    ["mailto:a@c.se ", linkMessages.mail],
    [" mailto:a@c.se", linkMessages.mail],
    ["xjavascript:alert(1)", linkMessages.scheme("xjavascript:")],
    ["https://", linkMessages.noHost],
    ["https:/www.flen.se", linkMessages.noHost],
    ["http:www.flen.se", linkMessages.noHost],
    ["#rubrik", linkMessages.anchor],
    ["//evil.example/x", linkMessages.file],
    ["bilaga.pdf", linkMessages.file],
    ["a/b:c", linkMessages.file],
    ["?q=1", linkMessages.file],
    ["/okand/sida", linkMessages.unknownPage("/okand/sida")],
  ])("%j → %s", (url, expected) => {
    expect(verdict(url)).toBe(expected);
  });

  it("a link to a site page says which page", () => {
    expect(checkLinkTarget("/kommun/flen")).toEqual({ ok: true, site: expect.objectContaining({ id: "flen" }) });
    expect(checkLinkTarget("https://www.flen.se")).toEqual({ ok: true });
  });
});
