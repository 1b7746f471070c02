// The Content-Security-Policy of every page. The site is static, so the policy travels in
// each page as <meta http-equiv="Content-Security-Policy"> (see ./html.ts). Directives a
// meta element cannot carry (frame-ancestors, report-uri, sandbox) belong to the host's
// response headers, if it offers them.

/** Directive → sources. The per-page hashes of inline scripts are added to script-src. */
export const CONTENT_SECURITY_POLICY = {
  // Anything not named below (fonts, manifests, workers, frames, media): this site only.
  "default-src": ["'self'"],
  // The site's own bundles under /assets/js; Docusaurus' inline scripts (colour mode,
  // data attributes) are allowed by their sha256 hashes, computed per page at build time.
  // No 'unsafe-inline', no 'unsafe-eval': injected markup cannot run script.
  "script-src": ["'self'"],
  // The site's stylesheets, plus 'unsafe-inline' for the style attributes React and the
  // theme set (e.g. the hidden SVG sprite, collapsible sections). Contributed Markdown can
  // carry no style at all (rehype-sanitize removes it), so this opens nothing to it.
  "style-src": ["'self'", "'unsafe-inline'"],
  // The site's own images, and data: URIs that the theme's CSS uses for small icons.
  "img-src": ["'self'", "data:"],
  // fetch() and XHR: only the site's own files (the search index and open data).
  "connect-src": ["'self'"],
  // No plugins: <object> and <embed> load nothing.
  "object-src": ["'none'"],
  // A <base> element cannot point the page's relative links at another site.
  "base-uri": ["'self'"],
  // Forms submit only to this site or to GitHub (suggesting a change to a practice).
  "form-action": ["'self'", "https://github.com"],
} as const satisfies Record<string, readonly string[]>;

/** The policy as a header value, with `script-src` extended by the given inline-script hashes ("sha256-…"). */
export function policyWithScriptHashes(hashes: readonly string[]): string {
  return Object.entries(CONTENT_SECURITY_POLICY)
    .map(([directive, sources]) => {
      const all = directive === "script-src" ? [...sources, ...hashes.map((hash) => `'${hash}'`)] : sources;
      return `${directive} ${all.join(" ")}`;
    })
    .join("; ");
}
