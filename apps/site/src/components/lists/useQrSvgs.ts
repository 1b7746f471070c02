import { useEffect, useState } from "react";

/**
 * QR codes made in the browser with the `qrcode` package, the same settings as the
 * collections' build-time codes (medium error correction, so a creased print still scans).
 * Codes are made one at a time, so a text that cannot become a code (too long) costs only its
 * own code. Returns the SVGs made so far, keyed by the text they hold.
 */
export function useQrSvgs(texts: readonly string[]): ReadonlyMap<string, string> {
  const [svgs, setSvgs] = useState<ReadonlyMap<string, string>>(new Map());
  const key = texts.join("\n");
  useEffect(() => {
    let cancelled = false;
    const wanted = key ? key.split("\n") : [];
    import("qrcode")
      .then(async (module) => {
        const QRCode = (module as { default?: typeof import("qrcode") }).default ?? module;
        const made = new Map<string, string>();
        for (const text of wanted) {
          if (cancelled) return;
          try {
            made.set(
              text,
              await QRCode.toString(text, {
                type: "svg",
                errorCorrectionLevel: "M",
                margin: 2,
                color: { dark: "#000000", light: "#ffffff" },
              }),
            );
          } catch {
            // This text has no code; the sheet prints its short link as text.
            continue;
          }
          if (!cancelled) setSvgs(new Map(made));
        }
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
