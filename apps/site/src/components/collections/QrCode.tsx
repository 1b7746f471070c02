import styles from "./collections.module.css";

/**
 * A QR code: an SVG string from the `qrcode` package, made at build time or in the browser.
 * It holds only paths (the link is encoded in them, never inserted as text), and the link
 * it holds is its accessible name.
 */
export default function QrCode({ svg, link }: { svg: string; link: string }) {
  return (
    <div
      className={styles.qr}
      role="img"
      aria-label={`QR-kod till ${link}`}
      data-qr-link={link}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG is made by the qrcode package from our own short link, never from contributed text
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
