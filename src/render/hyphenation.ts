import { Element, parseFragment, proseTextNodes, serializeFragment, type Text } from '../markup/html-tree.js';
import { hyphenatorFor, type WordHyphenator } from './hyphenation-patterns.js';

/**
 * Hyphenation of the print edition: soft hyphens (U+00AD) at the break points the language's
 * patterns allow, in the prose of the article, so that Chromium can break long words at line ends
 * (`hyphens: manual`). Only the print page gets them: the web page and the EPUB leave hyphenation to
 * the reader's software and window width.
 *
 * Left alone: headings (headlines are not hyphenated, and Chromium's bookmarks would carry the marks),
 * code and other verbatim text, abbreviations and `<time>` (see `proseTextNodes`), URLs, e-mail
 * addresses and file names, words in capitals or with inner capitals (acronyms, brand names), words
 * next to digits, and text in a language Colophon has no patterns for.
 */

export const SOFT_HYPHEN = '\u00ad';

export interface HyphenationRules {
  /** Words shorter than this (in characters) are never broken. */
  minWordLength: number;
  /** Characters kept before a break, at least. */
  minBefore: number;
  /** Characters carried over after a break, at least. */
  minAfter: number;
}

/** Usual typesetting minima (TeX's for English and French: 2 before, 3 after). */
export const DEFAULT_HYPHENATION_RULES: HyphenationRules = { minWordLength: 6, minBefore: 2, minAfter: 3 };

const NOT_HYPHENATED = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style']);
/** A run of letters (with their combining marks): what the patterns apply to. */
const WORD = /[\p{L}\p{M}]+/gu;
/** Whitespace-separated chunks, each a URL, an address or ordinary text with its punctuation. */
const CHUNK = /\S+/gu;

/**
 * The article HTML with soft hyphens in its prose, in each text's language (the nearest `lang`,
 * else `language`). Unchanged when no text is in a language with patterns.
 */
export function hyphenateArticleHtml(html: string, language: string, rules = DEFAULT_HYPHENATION_RULES): string {
  const tree = parseFragment(html);
  let changed = false;
  for (const { node, language: textLanguage } of proseTextNodes(tree, language)) {
    if (insideUnhyphenatedElement(node)) continue;
    const hyphenator = hyphenatorFor(textLanguage);
    if (!hyphenator) continue;
    const hyphenated = hyphenateText(node.data, hyphenator, rules);
    if (hyphenated !== node.data) {
      node.data = hyphenated;
      changed = true;
    }
  }
  return changed ? serializeFragment(tree) : html;
}

/** Plain text with soft hyphens in the words that may be broken (see the module's comment for what is not). */
export function hyphenateText(text: string, hyphenator: WordHyphenator, rules = DEFAULT_HYPHENATION_RULES): string {
  return text.replace(CHUNK, (chunk) => (isAddressLike(chunk) ? chunk : chunk.replace(WORD, (word, offset: number) => {
    const before = chunk[offset - 1] ?? '';
    const after = chunk[offset + word.length] ?? '';
    if (/\d/.test(before) || /\d/.test(after) || before === SOFT_HYPHEN || after === SOFT_HYPHEN) return word;
    return hyphenateWord(word, hyphenator, rules);
  })));
}

function hyphenateWord(word: string, hyphenator: WordHyphenator, rules: HyphenationRules): string {
  const characters = Array.from(word);
  if (characters.length < rules.minWordLength || hasCapitalsInside(characters)) return word;
  const breaks = hyphenator(word).filter((at) => at >= rules.minBefore && at <= characters.length - rules.minAfter);
  if (breaks.length === 0) return word;
  let out = '';
  let from = 0;
  for (const at of breaks) {
    out += characters.slice(from, at).join('') + SOFT_HYPHEN;
    from = at;
  }
  return out + characters.slice(from).join('');
}

/** `OTAN`, `iPhone`, `McDonald`: an upper-case letter after the first one. */
function hasCapitalsInside(characters: readonly string[]): boolean {
  return characters.slice(1).some((character) => character !== character.toLowerCase());
}

/** URLs, e-mail addresses, domain and file names, paths, identifiers: never broken by a hyphen, which would change them. */
function isAddressLike(chunk: string): boolean {
  return /[/@\\_]|:\/\/|^www\.|\p{L}\.\p{L}/iu.test(chunk);
}

function insideUnhyphenatedElement(node: Text): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent instanceof Element && (NOT_HYPHENATED.has(parent.name) || parent.attribs['translate'] === 'no')) return true;
  }
  return false;
}
