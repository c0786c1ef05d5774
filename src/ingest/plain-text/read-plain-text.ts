import type { IngestWarning } from '../../model/document.js';
import { type CaptionLine, parseCaptionLine } from './caption-rule.js';
import { classifyTrailingLine, leftoverStart } from './leftover-rule.js';

/** A caption block keeps its whole `line`: when no image goes with it, the line stays a paragraph, credit included. */
export type TextBlock = { kind: 'paragraph'; text: string } | ({ kind: 'caption'; line: string } & CaptionLine);

export interface PlainTextArticle {
  standfirst?: string;
  blocks: TextBlock[];
  /** The leftover lines that were dropped, for the report. */
  dropped: string[];
  warnings: IngestWarning[];
}

/**
 * Reads plain text shaped like a scraped news article: line 1 the standfirst, caption lines
 * (ending with a credit) wherever they stand, body paragraphs, and scrape leftovers at the end.
 */
export function readPlainText(text: string): PlainTextArticle {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\t \u00a0]+/gu, ' ').trim())
    .filter((line) => line.length > 0);
  const end = leftoverStart(lines);
  const dropped = lines.slice(end);
  const kept = lines.slice(0, end);
  const warnings: IngestWarning[] = [];
  const last = kept.at(-1);
  if (last !== undefined && classifyTrailingLine(last) === 'unsure') {
    warnings.push({ code: 'LEFTOVER_UNSURE', message: `The last line "${last}" may be page furniture rather than article text; it was kept.` });
  }
  const [first, ...rest] = kept;
  const startsWithStandfirst = first !== undefined && rest.length > 0 && parseCaptionLine(first) === undefined;
  const body = startsWithStandfirst ? rest : kept;
  const article: PlainTextArticle = { blocks: body.map(toBlock), dropped, warnings };
  if (startsWithStandfirst) article.standfirst = first;
  return article;
}

function toBlock(line: string): TextBlock {
  const caption = parseCaptionLine(line);
  return caption ? { kind: 'caption', line, ...caption } : { kind: 'paragraph', text: line };
}
