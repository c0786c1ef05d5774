import { comparableText } from './article-text.js';
import type { PdfPageText } from './pdf-page-text.js';

/** Where a page of the print edition begins in the article. */
export interface PageStart {
  /** 1-based page number in the PDF. */
  page: number;
  /** What the page-break marker says: the page number as printed in the folio. */
  label: string;
  /** Offset in the article's comparable text (see `ArticleText`) of the page's first character. */
  textOffset: number;
  /** Pictures the page opens with, before its first words: the page begins at the first of them. */
  leadingFigures: number;
  /** The first words of the page's text in the PDF (for people and tests; empty for a page without text). */
  firstWords: string;
}

/** A page whose text could not be found in the article. */
export interface UnplacedPage {
  page: number;
  firstWords: string;
}

export type PagePlacement = { placed: PageStart[]; unplaced: UnplacedPage[] };

// A page's opening is looked for with a long anchor, then a short one (a list number or a repeated
// table header inside the long anchor is not in the article); words the article lacks are skipped.
// A short anchor may occur anywhere: it is taken only near where the page is expected.
const LONG_ANCHOR = 32;
const SHORT_ANCHOR = 12;
const MOST_SKIPPED_WORDS = 12;
// The previous page's last characters, found right before a candidate, confirm it.
const TAIL_LENGTH = 12;
const FIRST_WORDS = 8;

/**
 * Finds each page's first words in the article, in order. Pages are searched for after the previous
 * page's start, near where the previous page's length says they should be; a page without text
 * starts where the previous page's text ends.
 */
export function placePages(pages: readonly PdfPageText[], article: string): PagePlacement {
  const placed: PageStart[] = [];
  const unplaced: UnplacedPage[] = [];
  // Searches start after `after`: the previous start, or just before it when the previous page had no text.
  let after = -1;
  let expected = 0;
  let previousTail = '';
  for (const page of pages) {
    const words = page.text.split(' ').filter((word) => comparableText(word) !== '');
    const firstWords = words.slice(0, FIRST_WORDS).join(' ');
    const comparable = comparableText(page.text);
    const found = page.page === 1 ? 0 : words.length === 0 ? Math.min(expected, article.length) : findOpening(words, article, { after, expected, length: comparable.length, previousTail });
    if (found === undefined) {
      unplaced.push({ page: page.page, firstWords });
      expected += comparable.length;
      continue;
    }
    placed.push({ page: page.page, label: String(page.page), textOffset: found, leadingFigures: page.leadingFigures, firstWords });
    after = words.length === 0 ? found - 1 : found;
    expected = found + comparable.length;
    if (comparable !== '') previousTail = comparable.slice(-TAIL_LENGTH);
  }
  return { placed, unplaced };
}

interface Expectation {
  /** The previous page's start: this page starts after it. */
  after: number;
  /** Where the previous page's length puts this page's start. */
  expected: number;
  /** This page's comparable length. */
  length: number;
  /** The last characters of the previous page with text. */
  previousTail: string;
}

/**
 * The page's opening: the first anchor (from the page's first word on, long then short) found where the
 * previous page's last characters end; failing that, the first anchor found near the expected place.
 */
function findOpening(words: readonly string[], article: string, expectation: Expectation): number | undefined {
  const nearby = Math.max(200, expectation.length / 2);
  let unconfirmed: number | undefined;
  for (let skipped = 0; skipped < Math.min(words.length, MOST_SKIPPED_WORDS); skipped += 1) {
    const rest = comparableText(words.slice(skipped).join(''));
    const anchors: Array<[string, number]> = [[rest.slice(0, LONG_ANCHOR), Infinity], ...(rest.length > SHORT_ANCHOR ? [[rest.slice(0, SHORT_ANCHOR), nearby] as [string, number]] : [])];
    for (const [anchor, distance] of anchors) {
      const found = occurrences(article, anchor, expectation.after).filter((at) => Math.abs(at - expectation.expected) <= distance);
      const confirmed = found.find((at) => expectation.previousTail !== '' && article.slice(at - expectation.previousTail.length, at) === expectation.previousTail);
      if (confirmed !== undefined) return confirmed;
      unconfirmed ??= nearest(found, expectation.expected);
    }
  }
  return unconfirmed;
}

function occurrences(article: string, anchor: string, after: number): number[] {
  const found: number[] = [];
  if (anchor === '') return found;
  for (let at = article.indexOf(anchor, after + 1); at !== -1; at = article.indexOf(anchor, at + 1)) found.push(at);
  return found;
}

function nearest(candidates: readonly number[], expected: number): number | undefined {
  return candidates.reduce<number | undefined>((best, at) => (best === undefined || Math.abs(at - expected) < Math.abs(best - expected) ? at : best), undefined);
}
