import { useEffect, useState } from "react";

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
      .then(async (module) => {
        const QRCode = (module as { default?: typeof import("qrcode") }).default ?? module;
        const made = await Promise.all(
          wanted.map(
            async (text) =>
              [
                text,
                await QRCode.toString(text, {
                  type: "svg",
                  errorCorrectionLevel: "M",
                  margin: 2,
                  color: { dark: "#000000", light: "#ffffff" },
                }),
              ] as const,
          ),
        );
        if (!cancelled) setSvgs(new Map(made));
      })
      .catch(() => {
        // Without codes the sheet still prints every short link as text.
      });
    return () => {
      cancelled = true;
    };
  }, [key]);
  return svgs;
}
