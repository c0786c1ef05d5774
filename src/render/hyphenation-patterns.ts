import { createRequire } from 'node:module';

/**
 * Liang hyphenation patterns from the `hyphen` package (ported from CTAN's TeX patterns), chosen by
 * the article's BCP 47 language tag. Debian's Chromium ships no hyphenation dictionaries, so CSS
 * `hyphens: auto` does nothing there: Colophon finds the break points itself (see `hyphenation.ts`).
 *
 * The language comes from the article's metadata, so it never reaches `require` as such: only the
 * pattern files listed here can be loaded. Each is read once per process, on first use (German's is 750 kB).
 */

/** The `hyphen` package's pattern files Colophon uses, by the language tag (lower case) that selects each. */
const PATTERN_FILES: Readonly<Record<string, string>> = {
  fr: 'fr',
  en: 'en-us',
  'en-us': 'en-us',
  'en-gb': 'en-gb',
  'en-au': 'en-gb',
  'en-nz': 'en-gb',
  'en-ie': 'en-gb',
  'en-za': 'en-gb',
  de: 'de-1996',
  es: 'es',
  it: 'it',
  pt: 'pt',
  ca: 'ca',
  nl: 'nl',
  da: 'da',
  sv: 'sv',
  nb: 'nb',
  nn: 'nn',
  no: 'nb',
  fi: 'fi',
  pl: 'pl',
  cs: 'cs',
  sk: 'sk',
  sl: 'sl',
  hr: 'hr',
  hu: 'hu',
  ro: 'ro',
  et: 'et',
  lv: 'lv',
  lt: 'lt',
  eu: 'eu',
  gl: 'gl',
  ga: 'ga',
  cy: 'cy',
  is: 'is',
  ru: 'ru',
  uk: 'uk',
  bg: 'bg',
  el: 'el-monoton',
  tr: 'tr',
};

/** Where a word may break: the number of characters (code points) before each possible break, ascending. */
export type WordHyphenator = (word: string) => number[];

type PackageHyphenator = (text: string) => string;
type CreateHyphenator = (patterns: unknown, options: { html: boolean; minWordLength: number; hyphenChar: string }) => PackageHyphenator;

const BREAK_MARK = '\u00ad';
const require = createRequire(import.meta.url);
const loaded = new Map<string, WordHyphenator>();

/** The pattern file for a language tag (`fr`, `fr-CA`, `en-GB`, `de-CH`…), or undefined when there is none. */
export function patternFileFor(language: string): string | undefined {
  const subtags = language.trim().toLowerCase().replace(/_/g, '-').split('-');
  const primary = subtags[0] ?? '';
  const region = subtags.find((subtag, index) => index > 0 && /^[a-z]{2}$/.test(subtag));
  if (region !== undefined && Object.hasOwn(PATTERN_FILES, `${primary}-${region}`)) return PATTERN_FILES[`${primary}-${region}`];
  return Object.hasOwn(PATTERN_FILES, primary) ? PATTERN_FILES[primary] : undefined;
}

/** The hyphenator for a language, or undefined when Colophon has no patterns for it (the text is then left as it is). */
export function hyphenatorFor(language: string): WordHyphenator | undefined {
  const file = patternFileFor(language);
  if (file === undefined) return undefined;
  let hyphenator = loaded.get(file);
  if (!hyphenator) {
    const createHyphenator = require('hyphen/hyphen.js') as CreateHyphenator;
    const patterns: unknown = require(`hyphen/patterns/${file}.js`);
    const renewed = renewedEvery(WORDS_PER_HYPHENATOR, () => createHyphenator(patterns, { html: false, minWordLength: 1, hyphenChar: BREAK_MARK }));
    hyphenator = (word) => breakOffsets(renewed(word));
    loaded.set(file, hyphenator);
  }
  return hyphenator;
}

/**
 * Words one of the package's hyphenators marks before it is replaced by a fresh one. The package keeps every
 * distinct word it has marked, for as long as the hyphenator lives: in a process that builds article after
 * article (a batch, a server), that would grow with the vocabulary of everything ever built.
 */
export const WORDS_PER_HYPHENATOR = 100_000;

/** A function made by `create`, made again after every `uses` calls (dropping whatever the previous one kept). */
export function renewedEvery<A, R>(uses: number, create: () => (argument: A) => R): (argument: A) => R {
  let current = create();
  let calls = 0;
  return (argument) => {
    if (calls >= uses) {
      current = create();
      calls = 0;
    }
    calls += 1;
    return current(argument);
  };
}

/** `se­cré­taire` → [2, 5]: the code-point offsets of the marks in the unmarked word. */
function breakOffsets(marked: string): number[] {
  const offsets: number[] = [];
  let length = 0;
  for (const character of marked) {
    if (character === BREAK_MARK) offsets.push(length);
    else length += 1;
  }
  return offsets;
}
