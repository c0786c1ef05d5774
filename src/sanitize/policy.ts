import type { IOptions } from 'sanitize-html';
import { MATHML_TAGS, MathContext, isOutOfPlace, mathmlAttributes } from './mathml-allowlist.js';
import { ALIGNMENT_CLASSES, withAlignmentClass } from './table-alignment.js';
import { LINK_SCHEMES } from './url-policy.js';

/** Image sources the outputs can resolve: Colophon's own in-memory assets. Nothing else may be loaded. */
export const ASSET_IMAGE_PATH = /^images\/[a-z0-9][a-z0-9-]*\.(png|jpg|gif|webp|svg)$/;

/** ARIA roles the semantic document uses (DPUB-ARIA for publishing structures). */
export const ALLOWED_ROLES = [
  'doc-footnote', 'doc-endnotes', 'doc-noteref', 'doc-backlink', 'doc-pagebreak', 'doc-subtitle',
  'doc-credit', 'doc-epigraph', 'doc-pullquote', 'doc-abstract', 'note', 'presentation', 'none',
  // A book's divisions (src/book/assemble-book.ts): the EPUB makes their documents, epub:type and landmarks from these.
  'doc-chapter', 'doc-dedication', 'doc-foreword', 'doc-preface', 'doc-acknowledgments', 'doc-appendix', 'doc-glossary', 'doc-bibliography',
];

/**
 * The one sanitize-html policy every article goes through before any output is made.
 * It keeps the semantic elements the outputs need and nothing that can execute or fetch:
 * no script, style, iframe, object, form, base, meta or link; no event handler or style attribute;
 * links only to the URL policy's schemes (http, https, mailto); images only from Colophon's own assets;
 * Presentation MathML inside `<math>` only, without links, actions or HTML (src/sanitize/mathml-allowlist.ts).
 */
const ALLOWED_TAGS = [
    'article', 'section', 'header', 'footer', 'aside', 'div',
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr',
    'figure', 'figcaption', 'img', 'blockquote', 'q', 'cite', 'abbr', 'dfn',
    'ul', 'ol', 'li', 'dl', 'dt', 'dd',
    'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
    'a', 'em', 'strong', 'i', 'b', 'u', 's', 'small', 'mark', 'sup', 'sub', 'span', 'time', 'code', 'pre', 'kbd', 'samp', 'var',
    'del', 'ins', 'bdi', 'bdo', 'wbr',
    ...MATHML_TAGS,
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
    ...mathmlAttributes(),
};

/**
 * The policy for one sanitizing run (it tracks whether the parser is inside `<math>`: a fresh one per run).
 * With `assetPaths`, an image must also be one of the article's own assets (a dangling path is dropped).
 */
export function sanitizePolicy(assetPaths?: ReadonlySet<string>): IOptions {
  const math = new MathContext();
  let insideMath = false;
  // The attribute objects of elements out of place (see isOutOfPlace): sanitize-html keeps the object transformTags
  // returns as the element's frame.attribs, so exclusiveFilter can tell them and drop their tag, keeping their text.
  const outOfPlace = new WeakSet<Record<string, string>>();
  return {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      '*': ['id', 'lang', 'dir', 'title', 'role', 'aria-label', 'aria-labelledby', 'aria-describedby', 'aria-hidden'],
      ...ATTRIBUTES_BY_TAG,
    },
    onOpenTag: (name) => {
      insideMath = math.enter(name);
    },
    onCloseTag: (name) => math.leave(name),
    // A role is kept only when it is one of ALLOWED_ROLES (sanitize-html checks attribute values only for named
    // elements, and leaves an emptied attribute behind, so the check is made here, before its own filtering).
    // MathML is kept only inside <math>, and only MathML inside it (isOutOfPlace). A table cell's alignment
    // (`style="text-align:right"`, `align="right"`) becomes a class, since no style attribute passes.
    transformTags: {
      '*': (tagName, attribs) => {
        const { role, ...rest } = attribs;
        const kept = role !== undefined && ALLOWED_ROLES.includes(role) ? { ...rest, role } : rest;
        const result = tagName === 'th' || tagName === 'td' ? withAlignmentClass(kept) : { ...kept };
        if (isOutOfPlace(tagName, insideMath)) outOfPlace.add(result);
        return { tagName, attribs: result };
      },
    },
    allowedClasses: {
      p: ['standfirst', 'byline'],
      span: ['credit'],
      section: ['attribution', 'footnotes'],
      th: [...ALIGNMENT_CLASSES],
      td: [...ALIGNMENT_CLASSES],
    },
    // The one list of link schemes (src/sanitize/url-policy.ts): content links follow the same policy as metadata links.
    allowedSchemes: [...LINK_SCHEMES],
    allowedSchemesByTag: { img: [] },
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    // Removed with everything inside them (their text is never article text).
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'title', 'iframe', 'object', 'embed', 'svg', 'head', 'select', 'button', 'annotation-xml', 'mglyph'],
    exclusiveFilter: (frame) => {
      if (outOfPlace.has(frame.attribs)) return 'excludeTag';
      return frame.tag === 'img' && !(ASSET_IMAGE_PATH.test(frame.attribs['src'] ?? '') && (assetPaths?.has(frame.attribs['src'] ?? '') ?? true));
    },
    enforceHtmlBoundary: false,
    parser: { lowerCaseTags: true, lowerCaseAttributeNames: true },
  };
}

/** The policy without an article's assets (any path of Colophon's asset form is kept), for those who read it. */
export const SANITIZE_POLICY: Readonly<IOptions> = sanitizePolicy();

/** The policy for one article: images must also be among the article's own assets (a dangling path is dropped). */
export function policyForAssets(assetPaths: ReadonlySet<string>): IOptions {
  return sanitizePolicy(assetPaths);
}
