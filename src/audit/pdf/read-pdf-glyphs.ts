import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFString, decodePDFRawStream } from 'pdf-lib';
import { readCffProgram } from './cff-program.js';
import type { FontProgram } from './font-program.js';
import type { CharSetFact, FontProgramFacts, GlyphFact } from './pdf-facts.js';
import { readSfntProgram } from './sfnt-program.js';
import { readType1Program } from './type1-program.js';
import { unicodeOfGlyphName, winAnsiName } from './win-ansi-names.js';

/**
 * What the glyph rules read of a font and its embedded program (ISO 14289-1 7.21.4.1, 7.21.4.2, 7.21.5), worked out
 * lazily: nothing is parsed until a rule asks about a font text is shown in, the program is parsed once per font
 * dictionary (so once per file), and each code's glyph once. Undefined for Type 3 fonts and fonts with no program.
 */
export function fontProgramFacts(font: PDFDict, subtype: string): FontProgramFacts | undefined {
  if (subtype === 'Type3') return undefined;
  const cidFont = subtype === 'Type0' ? font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookupMaybe(0, PDFDict) : undefined;
  const descriptor = (cidFont ?? font).lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
  const file = (['FontFile', 'FontFile2', 'FontFile3'] as const).map((key) => ({ key, stream: descriptor?.lookup(PDFName.of(key)) })).find((entry) => entry.stream instanceof PDFRawStream);
  if (!descriptor || !file) return undefined;
  let program: FontProgram | undefined | null = null;
  const read = (): FontProgram | undefined => {
    if (program === null) program = readProgram(file.key, file.stream as PDFRawStream);
    return program;
  };
  const glyphs = new Map<number, GlyphFact | undefined>();
  let charSetFact: CharSetFact | undefined | null = null;
  const identity = subtype === 'Type0' && ['Identity-H', 'Identity-V'].includes(nameOf(font.get(PDFName.of('Encoding'))));
  const resolve = subtype === 'Type0' ? (identity && cidFont ? cidGlyphs(cidFont, read) : undefined) : simpleGlyphs(font, descriptor, subtype, read);
  const facts: FontProgramFacts = {
    glyph: (code) => {
      if (!resolve) return undefined;
      if (!glyphs.has(code)) glyphs.set(code, resolve(code));
      return glyphs.get(code);
    },
    charSet: () => {
      if (charSetFact === null) charSetFact = charSet(font, descriptor, subtype, read);
      return charSetFact;
    },
  };
  if (resolve) facts.codeBytes = subtype === 'Type0' ? 2 : 1;
  return facts;
}

function readProgram(key: 'FontFile' | 'FontFile2' | 'FontFile3', stream: PDFRawStream): FontProgram | undefined {
  let bytes: Uint8Array;
  try {
    bytes = decodePDFRawStream(stream).decode();
  } catch {
    return undefined;
  }
  if (key === 'FontFile') return readType1Program(bytes, numberOf(stream.dict.lookup(PDFName.of('Length1'))) ?? 0);
  if (key === 'FontFile2') return readSfntProgram(bytes);
  const format = nameOf(stream.dict.get(PDFName.of('Subtype')));
  return format === 'OpenType' ? readSfntProgram(bytes) : readCffProgram(bytes);
}

/**
 * A simple font's codes (ISO 32000-1 9.6.6): a glyph name from /Differences, the base encoding (WinAnsi here) or the
 * program's own encoding, looked up by name in a Type 1 or CFF program; a TrueType program is reached through its
 * 'cmap' as 9.6.6.4 says (name → Unicode → (3,1) for a nonsymbolic font; code, then 0xF000 + code, in (3,0), or
 * code in (1,0), for a symbolic one). A code that cannot be resolved that way is not judged.
 */
function simpleGlyphs(font: PDFDict, descriptor: PDFDict, subtype: string, read: () => FontProgram | undefined): (code: number) => GlyphFact | undefined {
  const widths = font.lookupMaybe(PDFName.of('Widths'), PDFArray);
  const firstChar = numberOf(font.lookup(PDFName.of('FirstChar'))) ?? 0;
  const missingWidth = numberOf(descriptor.lookup(PDFName.of('MissingWidth'))) ?? 0;
  const flags = numberOf(descriptor.lookup(PDFName.of('Flags'))) ?? 0;
  const symbolic = (flags & 4) === 4;
  const encoding = font.lookup(PDFName.of('Encoding'));
  const base = encoding instanceof PDFName ? encoding.decodeText() : encoding instanceof PDFDict ? nameOf(encoding.get(PDFName.of('BaseEncoding'))) : '';
  const differences = differencesOf(encoding instanceof PDFDict ? encoding.lookupMaybe(PDFName.of('Differences'), PDFArray) : undefined);
  return (code) => {
    const program = read();
    if (!program) return undefined;
    const nameOfCode = (): string | undefined =>
      differences.get(code) ?? (base === 'WinAnsiEncoding' ? winAnsiName(code) : undefined) ?? (base === '' || symbolic ? program.builtinEncoding?.get(code) : undefined);
    let glyph: number | undefined;
    if (program.glyphByName && subtype !== 'TrueType') {
      const name = nameOfCode();
      if (name === undefined) return undefined;
      glyph = program.glyphByName.get(name) ?? -1;
    } else if (program.cmap) {
      glyph = truetypeGlyph(program, code, symbolic, nameOfCode);
      if (glyph === undefined) return undefined;
      if (glyph === 0) glyph = -1; // the cmap maps the code to no glyph
    } else return undefined;
    const entry = code - firstChar;
    const width = widths && entry >= 0 && entry < widths.size() ? numberOf(widths.lookup(entry)) : missingWidth;
    return glyphFact(program, glyph, code === 0, width);
  };
}

/** ISO 32000-1 9.6.6.4: the glyph of a simple TrueType font's code (0: none); undefined when the way there is unknown. */
function truetypeGlyph(program: FontProgram, code: number, symbolic: boolean, nameOfCode: () => string | undefined): number | undefined {
  const unicode = program.cmap!(3, 1);
  const symbol = program.cmap!(3, 0);
  const mac = program.cmap!(1, 0);
  if (!symbolic && unicode) {
    const name = nameOfCode();
    const value = name === undefined ? undefined : unicodeOfGlyphName(name);
    return value === undefined ? undefined : unicode(value);
  }
  if (symbol) return [code, 0xf000 + code, 0xf100 + code, 0xf200 + code].map(symbol).find((glyph) => glyph !== 0) ?? 0;
  if (mac && symbolic) return mac(code);
  return undefined;
}

/**
 * A Type0 font with an Identity CMap: the code is the CID; the glyph is the CIDToGIDMap's (CIDFontType2) or the CFF
 * charset's (CID-keyed CIDFontType0); the dictionary width is /W's, else /DW (1000).
 */
function cidGlyphs(cidFont: PDFDict, read: () => FontProgram | undefined): (cid: number) => GlyphFact | undefined {
  const widths = cidWidths(cidFont.lookupMaybe(PDFName.of('W'), PDFArray));
  const defaultWidth = numberOf(cidFont.lookup(PDFName.of('DW'))) ?? 1000;
  const map = cidFont.lookup(PDFName.of('CIDToGIDMap'));
  let gids: Uint8Array | undefined | null = null;
  return (cid) => {
    const program = read();
    if (!program) return undefined;
    let glyph: number;
    if (program.glyphOfCid) glyph = program.glyphOfCid(cid) ?? -1;
    else if (map instanceof PDFRawStream) {
      if (gids === null) gids = decodedOrUndefined(map);
      if (!gids) return undefined;
      glyph = cid * 2 + 1 < gids.length ? (gids[cid * 2]! << 8) | gids[cid * 2 + 1]! : 0;
    } else glyph = cid;
    return glyphFact(program, glyph, cid === 0, widths.get(cid) ?? defaultWidth);
  };
}

function glyphFact(program: FontProgram, glyph: number, notdef: boolean, dictionaryWidth: number | undefined): GlyphFact {
  const present = notdef || (glyph >= 0 && glyph < program.glyphCount);
  const fact: GlyphFact = { present };
  const programWidth = present && glyph >= 0 ? program.width(glyph) : undefined;
  if (programWidth !== undefined && dictionaryWidth !== undefined) {
    fact.programWidth = programWidth;
    fact.dictionaryWidth = dictionaryWidth;
  }
  return fact;
}

/**
 * veraPDF's charSetListsAllGlyphs (GFPDType1Font), for an embedded subset Type 1 font (/Type1 or /MMType1, any
 * program) whose descriptor has a /CharSet: the names it lists and the program's glyph names, .notdef aside, are the
 * same. Undefined when the test does not apply, or (unlike veraPDF, which fails the font) when the program cannot be read.
 */
function charSet(font: PDFDict, descriptor: PDFDict, subtype: string, read: () => FontProgram | undefined): CharSetFact | undefined {
  if (subtype !== 'Type1' && subtype !== 'MMType1') return undefined;
  const value = descriptor.lookup(PDFName.of('CharSet'));
  const text = value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
  if (text === undefined || !/^[A-Z]{6}\+/.test(nameOf(font.get(PDFName.of('BaseFont'))))) return undefined;
  const names = read()?.glyphByName;
  if (!names) return undefined;
  const listed = new Set(text.split('/').map((name) => name.trim()).filter((name) => name !== '' && name !== '.notdef'));
  const inProgram = new Set([...names.keys()].filter((name) => name !== '.notdef'));
  return { unlisted: [...inProgram].filter((name) => !listed.has(name)), notInProgram: [...listed].filter((name) => !inProgram.has(name)) };
}

/** A CIDFont's /W array: `c [w1 w2 …]` and `cfirst clast w` entries (ISO 32000-1 9.7.4.3). */
function cidWidths(array: PDFArray | undefined): Map<number, number> {
  const widths = new Map<number, number>();
  const items = Array.from({ length: array?.size() ?? 0 }, (_, index) => array!.lookup(index));
  for (let at = 0; at < items.length; ) {
    const first = items[at];
    const next = items[at + 1];
    if (!(first instanceof PDFNumber)) break;
    if (next instanceof PDFArray) {
      for (let index = 0; index < next.size(); index += 1) {
        const value = numberOf(next.lookup(index));
        if (value !== undefined) widths.set(first.asNumber() + index, value);
      }
      at += 2;
    } else {
      const last = numberOf(next);
      const width = numberOf(items[at + 2]);
      if (last === undefined || width === undefined) break;
      for (let cid = first.asNumber(); cid <= last && cid - first.asNumber() < 0x10000; cid += 1) widths.set(cid, width);
      at += 3;
    }
  }
  return widths;
}

/** /Differences: code → glyph name. */
function differencesOf(differences: PDFArray | undefined): Map<number, string> {
  const names = new Map<number, string>();
  let code = 0;
  for (const item of differences?.asArray() ?? []) {
    if (item instanceof PDFNumber) code = item.asNumber();
    else if (item instanceof PDFName) names.set(code++, item.decodeText());
  }
  return names;
}

function decodedOrUndefined(stream: PDFRawStream): Uint8Array | undefined {
  try {
    return decodePDFRawStream(stream).decode();
  } catch {
    return undefined;
  }
}

function numberOf(value: unknown): number | undefined {
  return value instanceof PDFNumber ? value.asNumber() : undefined;
}

function nameOf(value: unknown): string {
  return value instanceof PDFName ? value.decodeText() : '';
}
