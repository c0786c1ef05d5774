import { francAll } from 'franc-min';
import type { IngestWarning } from '../model/document.js';

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

/** Below this many letters a trigram guess is not worth making. */
const MIN_LETTERS = 120;
/** The runner-up must score below this (the best scores 1): else the text is too close to call (es/pt, cs/sk…). */
const MAX_RUNNER_UP = 0.95;

export interface DetectedLanguage {
  language: string;
  warning: IngestWarning;
}

/**
 * The language of an article whose metadata does not give it, from its text (franc-min: trigrams, 82 languages).
 * Undefined when the text is too short, two languages score too close, or the answer is not a language Colophon can tag.
 */
export function detectLanguage(text: string, origin: string): DetectedLanguage | undefined {
  // franc reads at most 2048 characters.
  const sample = text.replace(/<[^>]*>/g, ' ').replace(/\s+/gu, ' ').trim().slice(0, 2048);
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return undefined;
  const [best, runnerUp] = francAll(sample, { minLength: MIN_LETTERS });
  if (!best || (runnerUp && runnerUp[1] >= MAX_RUNNER_UP)) return undefined;
  const language = BCP47[best[0]];
  if (!language) return undefined;
  return {
    language,
    warning: {
      code: 'LANGUAGE_DETECTED',
      message: `${origin} does not say its language; it was detected from the text as "${language}". Set \`language:\` in the metadata to be sure (it drives hyphenation, typography and screen readers).`,
    },
  };
}
