import type { IOptions } from 'sanitize-html';
import { LINK_SCHEMES } from './url-policy.js';

/** Image sources the outputs can resolve: Colophon's own in-memory assets. Nothing else may be loaded. */
export const ASSET_IMAGE_PATH = /^images\/[a-z0-9][a-z0-9-]*\.(png|jpg|gif|webp|svg)$/;

/** ARIA roles the semantic document uses (DPUB-ARIA for publishing structures). */
export const ALLOWED_ROLES = [
  'doc-footnote', 'doc-endnotes', 'doc-noteref', 'doc-backlink', 'doc-pagebreak', 'doc-subtitle',
  'doc-credit', 'doc-epigraph', 'doc-pullquote', 'doc-abstract', 'note', 'presentation', 'none',
];

/**
 * The one sanitize-html policy every article goes through before any output is made.
 * It keeps the semantic elements the outputs need and nothing that can execute or fetch:
 * no script, style, iframe, object, form, base, meta or link; no event handler or style attribute;
 * links only to the URL policy's schemes (http, https, mailto); images only from Colophon's own assets.
 */
const ALLOWED_TAGS = [
    'article', 'section', 'header', 'footer', 'aside', 'div',
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr',
    'figure', 'figcaption', 'img', 'blockquote', 'q', 'cite', 'abbr', 'dfn',
    'ul', 'ol', 'li', 'dl', 'dt', 'dd',
    'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
    'a', 'em', 'strong', 'i', 'b', 'u', 's', 'small', 'mark', 'sup', 'sub', 'span', 'time', 'code', 'pre', 'kbd', 'samp', 'var',
    'del', 'ins', 'bdi', 'bdo', 'wbr',
];

/** Attributes by element, besides the global ones. */
const ATTRIBUTES_BY_TAG: Record<string, string[]> = {
    a: ['href', 'hreflang'],
    img: ['src', 'alt', 'width', 'height'],
    th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
    td: ['colspan', 'rowspan', 'headers'],
    ol: ['start', 'reversed', 'type'],
    li: ['value'],
    time: ['datetime'],
    q: ['cite'],
    blockquote: ['cite'],
    del: ['datetime'],
    ins: ['datetime'],
};

export const SANITIZE_POLICY: Readonly<IOptions> = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    '*': ['id', 'lang', 'dir', 'title', 'role', 'aria-label', 'aria-labelledby', 'aria-describedby', 'aria-hidden'],
    ...ATTRIBUTES_BY_TAG,
  },
  // A role is kept only when it is one of ALLOWED_ROLES (sanitize-html checks attribute values only for named
  // elements, and leaves an emptied attribute behind, so the check is made here, before its own filtering).
  transformTags: {
    '*': (tagName, attribs) => {
      const { role, ...rest } = attribs;
      return { tagName, attribs: role !== undefined && ALLOWED_ROLES.includes(role) ? { ...rest, role } : rest };
    },
  },
  allowedClasses: {
    p: ['standfirst', 'byline'],
    span: ['credit'],
    section: ['attribution', 'footnotes'],
  },
  // The one list of link schemes (src/sanitize/url-policy.ts): content links follow the same policy as metadata links.
  allowedSchemes: [...LINK_SCHEMES],
  allowedSchemesByTag: { img: [] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Removed with everything inside them (their text is never article text).
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'title', 'iframe', 'object', 'embed', 'svg', 'math', 'head', 'select', 'button'],
  exclusiveFilter: (frame) => frame.tag === 'img' && !ASSET_IMAGE_PATH.test(frame.attribs['src'] ?? ''),
  enforceHtmlBoundary: false,
  parser: { lowerCaseTags: true, lowerCaseAttributeNames: true },
};

/** The policy for one article: images must also be among the article's own assets (a dangling path is dropped). */
export function policyForAssets(assetPaths: ReadonlySet<string>): IOptions {
  return {
    ...SANITIZE_POLICY,
    exclusiveFilter: (frame) => frame.tag === 'img' && !(ASSET_IMAGE_PATH.test(frame.attribs['src'] ?? '') && assetPaths.has(frame.attribs['src'] ?? '')),
  };
}
