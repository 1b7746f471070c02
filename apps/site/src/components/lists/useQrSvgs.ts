import { useEffect, useState } from "react";

/**
 * Makes a code for each text in turn and reports each as it is made. A text that cannot
 * become a code (too long for one) costs only its own code, never the others.
 */
export async function drawEach(
  texts: readonly string[],
  draw: (text: string) => Promise<string>,
  onDrawn: (made: ReadonlyMap<string, string>) => void,
  cancelled: () => boolean = () => false,
): Promise<void> {
  const made = new Map<string, string>();
  for (const text of texts) {
    if (cancelled()) return;
    try {
      made.set(text, await draw(text));
    } catch {
      // This text has no code; the sheet prints its short link as text.
      continue;
    }
    if (!cancelled()) onDrawn(new Map(made));
  }
}

/**
 * QR codes made in the browser with the `qrcode` package, the same settings as the
 * collections' build-time codes (medium error correction, so a creased print still scans).
 * Returns the SVGs made so far, keyed by the text they hold.
 */
export function useQrSvgs(texts: readonly string[]): ReadonlyMap<string, string> {
  const [svgs, setSvgs] = useState<ReadonlyMap<string, string>>(new Map());
  const key = texts.join("\n");
  useEffect(() => {
    let cancelled = false;
    const wanted = key ? key.split("\n") : [];
    import("qrcode")
      .then((module) => {
        const QRCode = (module as { default?: typeof import("qrcode") }).default ?? module;
        const draw = (text: string) =>
          QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#000000", light: "#ffffff" } });
        return drawEach(wanted, draw, setSvgs, () => cancelled);
      })
      .catch(() => {
        // Without the package there are no codes; the sheet still prints every short link as text.
      });
    return () => {
      cancelled = true;
    };
  }, [key]);
  return svgs;
}
