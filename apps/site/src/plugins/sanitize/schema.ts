// What contributed Markdown may become on a page. `kb validate` already refuses anything
// beyond plain CommonMark + GFM; these schemas are the second line: whatever reaches the
// page is reduced to the elements and attributes that such Markdown produces, so markup
// that slipped past validation cannot run code, restyle or cover the page, or submit data.
import type { Schema } from "hast-util-sanitize";

/**
 * Heading ids as Docusaurus writes them (slugs of the heading text, or `{#custom-id}`):
 * letters, digits, `-` and `_`. A leading `__` is refused so that no heading can take the
 * id of Docusaurus' own elements (`__docusaurus`, `__docusaurus_skipToContent_fallback`).
 */
const HEADING_ID = /^(?!__)[\p{L}\p{N}_-]+$/u;

/** Elements whose content is removed with them rather than shown as text. */
const strip = [
  "script",
  "style",
  "template",
  "noscript",
  "noembed",
  "noframes",
  "xmp",
  "textarea",
  "title",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "svg",
  "math",
  "select",
];

const headingAttributes: Schema["attributes"] = Object.fromEntries(
  ["h1", "h2", "h3", "h4", "h5", "h6"].map((tag) => [tag, [["id", HEADING_ID]]]),
);

/** The body of a practice or profile page. */
export const sanitizeSchema: Schema = {
  // Only what CommonMark + GFM produce (paragraphs, headings, lists, task lists, links,
  // emphasis, strikethrough, quotes, tables, code, breaks, rules). No img, form, button,
  // iframe, svg, math, details, div/span or footnote sections.
  tagNames: [
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "a",
    "em",
    "strong",
    "del",
    "blockquote",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "code",
    "pre",
    "br",
    "hr",
    "input",
  ],
  attributes: {
    ...headingAttributes,
    // Link target and Markdown's optional link title; no target, rel (added afterwards),
    // class, style or handlers.
    a: ["href", "title"],
    // Fenced code: the language class and Docusaurus' `metastring` (code block titles).
    code: [["className", /^language-[\w+#.-]+$/], "metastring"],
    ol: ["start", ["className", "contains-task-list"]],
    ul: [["className", "contains-task-list"]],
    li: [["className", "task-list-item"]],
    // GFM task list boxes: a disabled checkbox, ticked or not.
    input: [["type", "checkbox"], ["disabled", true], "checked"],
    th: [["align", "left", "center", "right"]],
    td: [["align", "left", "center", "right"]],
  },
  // Every task-list input is a disabled checkbox, whatever the source said.
  required: { input: { type: "checkbox", disabled: true } },
  // Links may go to the web or an e-mail address; relative links (the site's own pages)
  // have no scheme and are kept. javascript:, data:, vbscript: and anything with control
  // characters in the scheme ("java\tscript:") do not match and lose their href.
  protocols: { href: ["http", "https", "mailto"] },
  ancestors: {
    li: ["ul", "ol"],
    input: ["li"],
    thead: ["table"],
    tbody: ["table"],
    tr: ["table"],
    th: ["table"],
    td: ["table"],
  },
  // Ids are kept unprefixed so heading anchors and the table of contents work; they are
  // allowed only on headings and only in the slug form above, and no `name` is allowed at
  // all, so nothing can clobber the page's globals or Docusaurus' own element ids.
  clobber: [],
  clobberPrefix: "",
  strip,
  allowComments: false,
  allowDoctypes: false,
};

/**
 * A table-of-contents entry: Docusaurus builds it as an HTML string from the heading and
 * the theme renders it with innerHTML, so it gets the heading's inline formatting and
 * nothing else (no links: the entry itself is a link).
 */
export const tocSchema: Schema = {
  tagNames: ["code", "em", "strong", "del"],
  attributes: {},
  protocols: {},
  clobber: [],
  clobberPrefix: "",
  strip,
  allowComments: false,
  allowDoctypes: false,
};
