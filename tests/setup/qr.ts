import jsQR from "jsqr";
import { PNG } from "pngjs";

/** The text a screenshot of a QR code holds, or undefined when it cannot be read. */
export function decodeQr(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height)?.data;
}
