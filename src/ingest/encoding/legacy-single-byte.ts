/**
 * Which Western single-byte encoding a non-UTF-8 text most likely uses.
 *
 * - Bytes 0x80–0x9F are control codes in ISO-8859-1/-15 and never stand in real text, but they are
 *   ’ “ ” – — … € œ Œ in Windows-1252: their presence says Windows-1252.
 * - ISO-8859-15 differs from ISO-8859-1 in eight places (0xA4 € for ¤, 0xBD œ for ½, 0xBC Œ for ¼…).
 *   Those bytes between letters (c½ur → cœur) or ¤ beside a number (5 ¤ → 5 €) say ISO-8859-15;
 *   ½ ¼ ¾ beside digits say ISO-8859-1.
 * - Otherwise ISO-8859-1 and Windows-1252 decode the text identically; we say Windows-1252
 *   (the WHATWG reading of "ISO-8859-1").
 *
 * Detector packages were measured on French samples: chardet reads ISO-8859-15 as ISO-8859-1 (œ → ½, € → ¤)
 * and jschardet answers with confidence below 0.1, so this rule is ours.
 */
export type LegacyEncoding = 'windows-1252' | 'iso-8859-15';

export interface LegacyGuess {
  encoding: LegacyEncoding;
  /** Why: named in the warning, so that a reader can judge the guess. */
  evidence: string;
}

/** Bytes whose character differs between ISO-8859-1 and ISO-8859-15. */
const ISO_8859_15_DIFFERENT = new Set([0xa4, 0xa6, 0xa8, 0xb4, 0xb8, 0xbc, 0xbd, 0xbe]);
const FRACTIONS = new Set([0xbc, 0xbd, 0xbe]);

export function guessLegacyEncoding(bytes: Uint8Array): LegacyGuess {
  let windowsPunctuation = 0;
  let votesFor15 = 0;
  let votesForLatin1 = 0;
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index] ?? 0;
    if (byte >= 0x80 && byte <= 0x9f) windowsPunctuation += 1;
    if (!ISO_8859_15_DIFFERENT.has(byte)) continue;
    const before = bytes[index - 1] ?? 0x20;
    const after = bytes[index + 1] ?? 0x20;
    if (FRACTIONS.has(byte) && (isDigit(before) || isDigit(after))) votesForLatin1 += 1;
    else if (isLetter(before) || isLetter(after)) votesFor15 += 1;
    else if (byte === 0xa4 && (isDigit(before) || isDigit(after) || before === 0x20)) votesFor15 += 1;
  }
  if (windowsPunctuation > 0) {
    return { encoding: 'windows-1252', evidence: `${windowsPunctuation} byte(s) in 0x80–0x9F, which only Windows-1252 uses for text (’ “ ” – € œ…)` };
  }
  if (votesFor15 > votesForLatin1) {
    return { encoding: 'iso-8859-15', evidence: `${votesFor15} byte(s) read as œ, Œ, €, š, ž or Ÿ only make sense in ISO-8859-15` };
  }
  return { encoding: 'windows-1252', evidence: 'nothing in the bytes tells ISO-8859-1 from Windows-1252; both give the same letters here' };
}

function isDigit(byte: number): boolean {
  return byte >= 0x30 && byte <= 0x39;
}

/** ASCII letters and the Latin-1 letters À–ÿ (except × and ÷). */
function isLetter(byte: number): boolean {
  return (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || (byte >= 0xc0 && byte !== 0xd7 && byte !== 0xf7);
}
