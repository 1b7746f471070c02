// QR codes as SVG, made at build time with `qrcode`, so the printed sheet needs no script.
import { createRequire } from "node:module";
import type * as QRCodeModule from "qrcode";

// Loaded with Node's require, like the workspace packages, out of jiti's CommonJS interop.
const QRCode = createRequire(import.meta.url)("qrcode") as typeof QRCodeModule;

/** An SVG QR code for `text`, medium error correction so a creased or smudged print still scans. */
export async function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#000000", light: "#ffffff" } });
}
