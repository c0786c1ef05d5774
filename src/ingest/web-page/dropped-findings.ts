import type { Finding } from '../../model/finding.js';
import { contentRemovedFinding } from '../../sanitize/content-removed-finding.js';
import type { DroppedPart, LeftOutBlocks } from './dropped-part.js';

const SHOWN_AT_MOST = 5;

const HELP = {
  content: 'Colophon keeps a saved page’s text, figures, tables, lists, links and math, never its media, embeds or forms: what they held is gone. If it mattered, add it as text (or, for media, as a figure with an image and a caption) and build again.',
  contentWithoutText: 'Colophon keeps a saved page’s text, figures, tables, lists, links and math, never its media, embeds or forms. Check that the article still reads as intended without it.',
  furniture: 'Page furniture is left out by design: it belongs to the web site, not to the article. If some of this text is the article’s, save the page with it inside the <article> element and without a class that names furniture (nav, share, related, ad, comments…), or convert the article to Markdown.',
  readability: 'Readability (the extraction Colophon reads saved pages with) keeps what reads as the article and leaves the rest out. If some of this text is the article’s, check the outputs; put it inside the page’s <article> element, or convert the article to Markdown.',
} as const;

/**
 * The saved page's drops as `content-removed` findings, so that nothing it loses goes unreported:
 * - media, embeds, forms and inline SVG of the article, one finding each with its place in the page (minor; moderate
 *   when they held text), as the sanitizer reports what it drops;
 * - page furniture dropped by design, one minor finding per kind ("navigation: 3 blocks"), and only when it held text:
 *   a news page's furniture is many elements, and a finding for each empty ad slot or icon would bury what matters;
 * - what Readability judged not part of the article, one minor summary finding for the page.
 */
export function droppedPartFindings(dropped: readonly DroppedPart[], leftOut: LeftOutBlocks | undefined, file: string): Finding[] {
  const findings: Finding[] = [];
  const kinds = new Map<string, { text: number; paths: string[] }>();
  for (const part of dropped) {
    if (part.reason === 'content') {
      findings.push(contentRemovedFinding({ what: `<${part.element}>`, textLost: part.text, location: { file, selector: part.path }, help: part.text > 0 ? HELP.content : HELP.contentWithoutText }));
    } else if (part.text > 0) {
      const kind = kinds.get(part.kind) ?? { text: 0, paths: [] };
      kind.text += part.text;
      kind.paths.push(part.path);
      kinds.set(part.kind, kind);
    }
  }
  for (const [kind, { text, paths }] of kinds) {
    findings.push(contentRemovedFinding({
      what: `Page furniture (${kind}: ${blocks(paths.length)})`,
      textLost: text,
      impact: 'minor',
      location: { file, selector: paths.slice(0, SHOWN_AT_MOST).join(', ') },
      help: HELP.furniture,
    }));
  }
  if (leftOut) {
    findings.push(contentRemovedFinding({
      what: `Text in ${blocks(leftOut.blocks)} that Readability judged not part of the article`,
      textLost: leftOut.characters,
      impact: 'minor',
      location: { file, selector: leftOut.paths.join(', ') },
      help: HELP.readability,
    }));
  }
  return findings;
}

function blocks(count: number): string {
  return `${count} block${count === 1 ? '' : 's'}`;
}
