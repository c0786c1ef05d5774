import { type ChildNode, type Document, type Element, isTag } from 'domhandler';
import { parseFragment, textOf } from '../markup/html-tree.js';
import type { IngestWarning } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import { contentRemovedFinding } from './content-removed-finding.js';
import { isOutOfPlace } from './mathml-allowlist.js';
import { ASSET_IMAGE_PATH, SANITIZE_POLICY } from './policy.js';

/** Dropped on purpose and never content: what runs, styles or describes the page. Not reported. */
const NEVER_CONTENT = new Set(['script', 'style', 'link', 'meta', 'base', 'title', 'head', 'html', 'body', 'noscript', 'template']);
/**
 * Not reported on their own: presentational wrappers whose tag alone goes (their text stays), and the parts of a
 * media element (which is reported) or of a picture (whose image is kept or reported).
 */
const PRESENTATIONAL = new Set(['font', 'center', 'big', 'tt', 'strike', 'nobr', 'blink', 'marquee', 'o:p', 'picture', 'source', 'track', 'param']);

const HELP = {
  withText: 'Colophon keeps text, figures, tables, lists, links and math; this element is none of these, so its text is gone. If it mattered, rewrite it as text (or, for media, as a figure with an image and a caption).',
  tagOnly: 'Colophon keeps the text but not this element: check that the article still reads as intended without it.',
  image: 'Only images read with the article (local files, or downloaded with --allow-remote) appear in the outputs: save the image beside the article and name it by its path.',
} as const;

/**
 * What the sanitize-html policy is about to drop from a body that carried text, media or structure, read off the
 * policy itself (its allowedTags, nonTextTags, image rule and the MathML context rule), before it runs: an iframe,
 * video, audio, form, inline SVG, an unknown element, an image that is not the article's own. Each becomes a
 * `content-removed` finding naming the element, the text it held and where it stood (its path in the body).
 */
export function removedContentFindings(bodyHtml: string, file: string, assetPaths: ReadonlySet<string>): Finding[] {
  const allowed = new Set(SANITIZE_POLICY.allowedTags || []);
  const dropsText = new Set(SANITIZE_POLICY.nonTextTags ?? []);
  const findings: Finding[] = [];
  const stack: Visit[] = children(parseFragment(bodyHtml), '', false, false);
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const { node, path, insideMath, inReported } = entry;
    if (!isTag(node)) continue;
    const name = node.name;
    const selector = path;
    const text = textOf(node).replace(/\s+/g, ' ').trim();
    if (dropsText.has(name)) {
      // Dropped with everything inside it: nothing below it is reported on its own.
      if (!NEVER_CONTENT.has(name)) findings.push(contentRemovedFinding({ what: `<${name}>`, textLost: text.length, location: { file, selector }, help: text ? HELP.withText : HELP.tagOnly }));
      continue;
    }
    const outOfPlace = allowed.has(name) && isOutOfPlace(name, insideMath);
    if (name === 'img' && !keptImage(node, assetPaths)) {
      findings.push(contentRemovedFinding({ what: `An image (${describeImage(node)})`, textLost: 0, location: { file, selector }, help: HELP.image }));
      continue;
    }
    // The tag goes, its content stays: reported once, for the outermost such element (a form, not each of its fields).
    const reported = (!allowed.has(name) || outOfPlace) && !NEVER_CONTENT.has(name) && !PRESENTATIONAL.has(name) && (text !== '' || !outOfPlace);
    if (reported && !inReported) {
      const where = outOfPlace ? (insideMath ? ' inside math' : ' outside math') : '';
      findings.push(contentRemovedFinding({ what: `<${name}>${where}`, textLost: 0, textKept: text.length > 0, location: { file, selector }, help: HELP.tagOnly }));
    }
    stack.push(...children(node, selector, insideMath || name === 'math', inReported || reported));
  }
  return findings;
}

/** The reader's notes on media it left out (a page's remote image, a figure without its image) as findings too. */
export function removedByReaderFindings(warnings: readonly IngestWarning[], file: string): Finding[] {
  const dropped = new Set(['IMAGE_REMOTE_DROPPED', 'IMAGE_DROPPED', 'FIGURE_DROPPED']);
  return warnings
    .filter((warning) => dropped.has(warning.code))
    .map((warning) => contentRemovedFinding({ what: `An image (${warning.code})`, textLost: 0, location: { file }, help: `${warning.message} ${HELP.image}` }));
}

function keptImage(img: Element, assetPaths: ReadonlySet<string>): boolean {
  const src = img.attribs['src'] ?? '';
  return ASSET_IMAGE_PATH.test(src) && assetPaths.has(src);
}

function describeImage(img: Element): string {
  const alt = (img.attribs['alt'] ?? '').trim();
  const src = (img.attribs['src'] ?? '').trim();
  const shownSrc = src.startsWith('data:') ? 'a data: URI' : JSON.stringify(src.length > 80 ? `${src.slice(0, 79)}…` : src);
  return alt ? `“${alt.length > 60 ? `${alt.slice(0, 59)}…` : alt}”, ${shownSrc}` : shownSrc;
}

interface Visit {
  node: ChildNode;
  /** Where it stands in the body: `p:nth-child(3) > iframe:nth-child(1)`. */
  path: string;
  insideMath: boolean;
  /** Inside an element already reported (whose tag goes, its content staying). */
  inReported: boolean;
}

/** The element children of a node, last first (for the stack), each with its path. */
function children(parent: Document | Element, path: string, insideMath: boolean, inReported: boolean): Visit[] {
  const elements = parent.children.filter(isTag);
  return elements
    .map((node, index) => ({ node: node as ChildNode, path: `${path ? `${path} > ` : ''}${node.name}:nth-child(${index + 1})`, insideMath, inReported }))
    .reverse();
}
