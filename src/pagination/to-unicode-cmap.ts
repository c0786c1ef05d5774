/**
 * A font's `/ToUnicode` CMap (ISO 32000-1, 9.10.3): which text each character code stands for.
 * Chromium embeds fonts as subsets whose codes mean nothing by themselves (`<0088>` is a glyph
 * number), so this CMap is the only way from the page's strings back to the words.
 *
 * Only the mappings are read (`bfchar` and `bfrange` blocks); the code width comes from the font
 * (see `pdf-page-text.ts`), not from `codespacerange`, and `usecmap` is not followed (ToUnicode
 * CMaps are self-contained in practice).
 */

/** Character code → the text it stands for (one or more characters: a ligature maps to "fi"). */
export type ToUnicodeMap = ReadonlyMap<number, string>;

// Blocks are found with plain patterns rather than a PostScript reader: a CMap may hold procedures
// (`{ … }`) that a content-stream tokenizer refuses, and between `begin…`/`end…` there are only
// hex strings and arrays of them.
const BFCHAR_BLOCK = /beginbfchar([\s\S]*?)endbfchar/g;
const BFRANGE_BLOCK = /beginbfrange([\s\S]*?)endbfrange/g;
const BLOCK_TOKEN = /<([0-9A-Fa-f\s]*)>|\[|\]/g;

/** Reads the CMap's text (its bytes are ASCII). Mappings the CMap gets wrong are left out, not guessed. */
export function parseToUnicodeCMap(bytes: Uint8Array): ToUnicodeMap {
  const source = new TextDecoder('latin1').decode(bytes);
  const map = new Map<number, string>();
  for (const [, block = ''] of source.matchAll(BFCHAR_BLOCK)) addCharMappings(map, blockTokens(block));
  for (const [, block = ''] of source.matchAll(BFRANGE_BLOCK)) addRangeMappings(map, blockTokens(block));
  return map;
}

/** A hex string's bytes, or the brackets of an array. */
type BlockToken = Uint8Array | '[' | ']';

function blockTokens(block: string): BlockToken[] {
  return Array.from(block.matchAll(BLOCK_TOKEN), ([token, hex]) => (hex === undefined ? (token as '[' | ']') : hexBytes(hex)));
}

/** `<code> <text>` pairs. */
function addCharMappings(map: Map<number, string>, tokens: readonly BlockToken[]): void {
  for (let index = 0; index + 1 < tokens.length; index += 2) {
    const [code, text] = [tokens[index], tokens[index + 1]];
    if (code instanceof Uint8Array && text instanceof Uint8Array) setMapping(map, codeOf(code), utf16Text(text));
  }
}

/**
 * `<low> <high> <text>`: codes low…high stand for text, text + 1, …, the last character counting up;
 * `<low> <high> [<text> <text> …]`: each code has its own text, in order.
 */
function addRangeMappings(map: Map<number, string>, tokens: readonly BlockToken[]): void {
  let index = 0;
  while (index + 2 < tokens.length) {
    const [low, high, destination] = [tokens[index], tokens[index + 1], tokens[index + 2]];
    if (!(low instanceof Uint8Array) || !(high instanceof Uint8Array)) return;
    const [first, last] = [codeOf(low), codeOf(high)];
    if (destination instanceof Uint8Array) {
      addCountingRange(map, first, last, utf16Text(destination));
      index += 3;
    } else if (destination === '[') {
      const end = tokens.indexOf(']', index + 3);
      if (end < 0) return;
      tokens.slice(index + 3, end).forEach((text, offset) => {
        if (text instanceof Uint8Array && first + offset <= last) setMapping(map, first + offset, utf16Text(text));
      });
      index = end + 1;
    } else return;
  }
}

function addCountingRange(map: Map<number, string>, first: number, last: number, text: string): void {
  if (text === '') return;
  const stem = text.slice(0, -1);
  const lastUnit = text.charCodeAt(text.length - 1);
  for (let code = first; code <= last; code += 1) setMapping(map, code, stem + String.fromCharCode(lastUnit + code - first));
}

/** U+0000 is what Chromium writes for glyphs that stand for no text: they are left unmapped. */
function setMapping(map: Map<number, string>, code: number, text: string): void {
  if (text !== '' && text !== '\u0000') map.set(code, text);
}

function codeOf(bytes: Uint8Array): number {
  return bytes.reduce((code, byte) => code * 256 + byte, 0);
}

/** UTF-16BE code units, surrogate pairs included; an odd leading byte (`<20>`) is one unit. */
export function utf16Text(bytes: Uint8Array, from = 0): string {
  const units: number[] = [];
  let index = from;
  if ((bytes.length - from) % 2 === 1) units.push(bytes[index++]!);
  for (; index + 1 < bytes.length; index += 2) units.push((bytes[index]! << 8) | bytes[index + 1]!);
  return String.fromCharCode(...units);
}

function hexBytes(hex: string): Uint8Array {
  const digits = hex.replace(/\s+/g, '');
  // A final odd digit is followed by an implied 0 (ISO 32000-1, 7.3.4.3).
  const padded = digits.length % 2 === 1 ? `${digits}0` : digits;
  const bytes = new Uint8Array(padded.length / 2);
  for (let index = 0; index < bytes.length; index += 1) bytes[index] = Number.parseInt(padded.slice(index * 2, index * 2 + 2), 16);
  return bytes;
}
