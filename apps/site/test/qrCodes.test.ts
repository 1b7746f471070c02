// The list's QR codes are made one by one: a text that cannot become a code costs only its own.
import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { drawEach } from "../src/components/lists/useQrSvgs";

const draw = (text: string) => QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M" });

describe("drawing a list's QR codes", () => {
  it("draws every code that fits when one text is too long for a code", async () => {
    const texts = [`https://example.se/lista?p=${"a".repeat(5000)}`, "https://example.se/p/flen", "https://example.se/p/trosa"];
    let last: ReadonlyMap<string, string> = new Map();
    await drawEach(texts, draw, (made) => {
      last = made;
    });
    expect([...last.keys()]).toEqual(texts.slice(1));
    expect(last.get(texts[1]!)).toContain("<svg");
  });

  it("stops when cancelled", async () => {
    const reported: number[] = [];
    await drawEach(
      ["a", "b", "c"],
      draw,
      (made) => reported.push(made.size),
      () => reported.length >= 1,
    );
    expect(reported).toEqual([1]);
  });
});
