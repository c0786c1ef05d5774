/**
 * What the web-page reader took out of a saved page before or during extraction, as data: the findings
 * (src/ingest/web-page/dropped-findings.ts) are made from it once the file's name is known.
 */
export type DroppedPart =
  /** Media, an embed, a form or inline SVG inside the article's main content: reported one by one. */
  | { reason: 'content'; element: string; text: number; path: string }
  /** Page furniture dropped by design (navigation, cookie notice, share buttons…): reported grouped by kind. */
  | { reason: 'furniture'; kind: string; text: number; path: string };

/** The blocks of text Readability judged not part of the article (what it left out of the page once furniture was gone). */
export interface LeftOutBlocks {
  blocks: number;
  characters: number;
  /** Where the first few stood in the page. */
  paths: string[];
}

/** An element's text as a reader sees it: whitespace collapsed, trimmed. */
export function textLength(element: Element): number {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}
