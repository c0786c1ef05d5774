import { francAll } from 'franc-min';
import type { IngestWarning } from '../model/document.js';
import { languageSample } from './language-sample.js';

/** ISO 639-3 codes franc-min answers with → the BCP 47 tag (ISO 639-1 where one exists). */
const BCP47: Record<string, string> = {
  arb: 'ar', bel: 'be', ben: 'bn', bos: 'bs', bul: 'bg', ces: 'cs', cmn: 'zh', deu: 'de', ell: 'el', eng: 'en',
  fra: 'fr', guj: 'gu', hau: 'ha', hin: 'hi', hrv: 'hr', hun: 'hu', ibo: 'ig', ind: 'id', ita: 'it', jav: 'jv',
  jpn: 'ja', kan: 'kn', kaz: 'kk', kin: 'rw', kor: 'ko', lin: 'ln', mal: 'ml', mar: 'mr', mya: 'my', nld: 'nl',
  npi: 'ne', nya: 'ny', pan: 'pa', pes: 'fa', pol: 'pl', por: 'pt', ron: 'ro', run: 'rn', rus: 'ru', sin: 'si',
  som: 'so', spa: 'es', srp: 'sr', sun: 'su', swe: 'sv', swh: 'sw', tam: 'ta', tel: 'te', tgl: 'tl', tha: 'th',
  tur: 'tr', ukr: 'uk', urd: 'ur', uzn: 'uz', vie: 'vi', yor: 'yo', zlm: 'ms', zul: 'zu', amh: 'am', azj: 'az',
  ckb: 'ckb', plt: 'mg', pbu: 'ps',
};

/** Below this many letters a trigram guess is not worth making (in the whole text, and in one window). */
const MIN_LETTERS = 120;
/**
 * In one window, the runner-up must score below this (the best scores 1), else the window is too close to call
 * (es/pt, cs/sk…). franc scales scores by the text's length, so the threshold holds for windows of about
 * WINDOW characters only: that is why a long text is read in windows of that size, never in one piece.
 */
const MAX_RUNNER_UP = 0.95;
/** Fewer distinct words than this in the sample: the text repeats itself, and no language can be told from it. */
const MIN_DISTINCT_WORDS = 12;

export interface DetectedLanguage {
  language: string;
  warning: IngestWarning;
}

/** Why the language could not be told, in words for the error (“… because <reason>”). */
export interface UndetectedLanguage {
  reason: string;
}

/**
 * The language of an article whose metadata does not give it, from its text (franc-min: trigrams, 82 languages).
 * Undefined when it cannot be told (see detectLanguageOrReason for why).
 */
export function detectLanguage(text: string, origin: string): DetectedLanguage | undefined {
  const detection = detectLanguageOrReason(text, origin);
  return 'language' in detection ? detection : undefined;
}

/**
 * Reads a bounded sample of the text — windows of ~300 characters spread over all of it, with markup, code and
 * URLs left out — and lets each window vote: a language is told when most windows name it clearly. Otherwise the
 * reason says what was wrong: too few letters, words repeated, windows too close to call, or languages mixed.
 */
export function detectLanguageOrReason(text: string, origin: string): DetectedLanguage | UndetectedLanguage {
  const sample = languageSample(text);
  const letters = sample.windows.join(' ').match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) {
    return { reason: `the text has ${letters === 0 ? 'no letters' : `only ${letters} letters`} to read (at least ${MIN_LETTERS} are needed; numbers, markup and code do not count)` };
  }
  if (sample.distinctWords < MIN_DISTINCT_WORDS) {
    return { reason: `the text repeats the same ${sample.distinctWords} word${sample.distinctWords === 1 ? '' : 's'} over and over, and no language can be told from that` };
  }
  const votes = new Map<string, number>();
  const close: string[] = [];
  let counted = 0;
  for (const window of sample.windows) {
    if ((window.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) continue;
    counted += 1;
    const [best, runnerUp] = francAll(window, { minLength: MIN_LETTERS });
    if (!best || best[0] === 'und') continue;
    if (runnerUp && runnerUp[1] >= MAX_RUNNER_UP) {
      close.push(`${best[0]}/${runnerUp[0]}`);
      continue;
    }
    votes.set(best[0], (votes.get(best[0]) ?? 0) + 1);
  }
  const [winner, count = 0] = [...votes.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!winner || count * 2 <= counted) return { reason: undecided(votes, close, counted) };
  const language = BCP47[winner];
  if (!language) return { reason: `it reads as ISO 639-3 "${winner}", a language Colophon has no BCP 47 tag for` };
  return {
    language,
    warning: {
      code: 'LANGUAGE_DETECTED',
      message: `${origin} does not say its language; it was detected from the text as "${language}". Set \`language:\` in the metadata to be sure (it drives hyphenation, typography and screen readers).`,
    },
  };
}

function undecided(votes: ReadonlyMap<string, number>, close: readonly string[], counted: number): string {
  if (votes.size > 1) {
    const shares = [...votes.entries()].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${BCP47[code] ?? code} in ${n}`).join(', ');
    return `its passages read as different languages (${shares} of ${counted} passages), so no one language is clear`;
  }
  const pairs = [...new Set(close)].slice(0, 3).map((pair) => pair.split('/').map((code) => BCP47[code] ?? code).join(' or ')).join('; ');
  return pairs
    ? `it does not clearly read as any one language (passages could be ${pairs}): the words may not be a language Colophon knows, such as Latin placeholder text`
    : 'it does not read as any language Colophon knows';
}
