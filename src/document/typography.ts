import type { TextVisit } from '../markup/html-tree.js';

const NBSP = '\u00a0';
const NARROW_NBSP = '\u202f';

/** Straight apostrophes between letters become typographic ones (l'OTAN → l’OTAN), in every language. */
export function curlApostrophes(text: string): string {
  return text.replace(/(\p{L})'(?=\p{L})/gu, '$1’');
}

/**
 * French spacing: a no-break space before the colon and inside « », a narrow no-break space before ; ! ?,
 * so that the mark never starts a line. Spaces already there are replaced; a missing one is added
 * when the mark ends a word (not in 14:30 or https://). Thousands are grouped with a narrow no-break space (4 200).
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \u00a0\u202f]*([;!?]+)(?=\s|$|[»)\]])/gu, (match, marks: string, offset: number) => (offset === 0 && match === marks ? marks : `${NARROW_NBSP}${marks}`))
    .replace(/(\S)[ \u00a0\u202f]*:(?=\s|$)/gu, `$1${NBSP}:`)
    .replace(/(?<![\d.,])(\d{1,3})[ \u00a0](?=\d{3}(?![\d.,]))/gu, `$1${NARROW_NBSP}`)
    .replace(/«[ \u00a0\u202f]*/gu, `«${NBSP}`)
    .replace(/[ \u00a0\u202f]*»/gu, `${NBSP}»`);
}

/** Applies the typography of each text's own language (a quotation in English inside French text keeps English rules). */
export function applyTypography(visits: readonly TextVisit[]): void {
  for (const { node, language } of visits) {
    let text = curlApostrophes(node.data);
    if (language.toLowerCase().startsWith('fr')) text = frenchSpacing(text);
    node.data = text;
  }
}

/** The same typography for a plain string (title, description), in the article's language. */
export function typesetText(text: string, language: string): string {
  const curled = curlApostrophes(text);
  return language.toLowerCase().startsWith('fr') ? frenchSpacing(curled) : curled;
}
