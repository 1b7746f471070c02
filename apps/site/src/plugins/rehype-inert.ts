// Defence in depth for contributed Markdown. `kb validate` and the build's frontmatter
// hook already reject HTML, scripts and MDX; this rehype plugin runs after Docusaurus'
// rehype-raw, so even markup that slipped past them reaches the page inert: no script,
// style or embedded frames, no on* handlers, no javascript: links, and external links
// that cannot reach back into the page (rel="noopener noreferrer").

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** Elements that run code, restyle the page or embed other pages. */
const removedElements = new Set(["script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "link", "meta", "base", "form", "template"]);

/** Properties that take a URL. */
const urlProperties = ["href", "src", "action", "formAction", "xLinkHref", "poster", "data", "cite", "background"];

const DANGEROUS_URL = /^(?:javascript|vbscript|data):/i;

/** Browsers ignore control characters and white space inside a URL scheme ("java\tscript:"). */
const schemeOf = (url: string) => url.replace(/[\u0000-\u0020\u007f-\u009f]+/g, "");

function isExternal(href: unknown): boolean {
  return typeof href === "string" && /^(?:https?:)?\/\//i.test(href.trim());
}

function clean(node: HastNode): void {
  if (!node.children) return;
  node.children = node.children.filter((child) => !(child.type === "element" && removedElements.has(child.tagName ?? "")));
  for (const child of node.children) {
    if (child.type === "element" && child.properties) {
      const properties = child.properties;
      for (const name of Object.keys(properties)) {
        if (/^on/i.test(name)) delete properties[name];
      }
      for (const name of urlProperties) {
        const value = properties[name];
        if (typeof value === "string" && DANGEROUS_URL.test(schemeOf(value))) delete properties[name];
      }
      if (child.tagName === "a" && isExternal(properties.href)) properties.rel = ["noopener", "noreferrer"];
    }
    clean(child);
  }
}

/** A rehype plugin: `rehypePlugins: [rehypeInert]`. */
export default function rehypeInert() {
  return (tree: HastNode) => clean(tree);
}
