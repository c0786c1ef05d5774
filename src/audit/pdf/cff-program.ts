import * as fontkit from 'fontkit';
import type { FontProgram } from './font-program.js';

/** What is read here of fontkit's CFF table (fontkit decodes CFF inside OpenType; its table objects are untyped). */
interface CffTable {
  isCIDFont: boolean;
  stream: { pos: number; readBuffer(length: number): Uint8Array };
  globalSubrIndex?: Array<{ offset: number; length: number }>;
  topDict: {
    CharStrings: Array<{ offset: number; length: number }>;
    FontMatrix?: number[];
    FDArray?: Array<{ FontMatrix?: number[] }>;
    charset?: { version?: number; glyphs?: ArrayLike<number>; ranges?: Array<{ first: number; offset: number; nLeft: number }> };
  };
  getCharString(glyph: number): Uint8Array;
  getGlyphName(glyph: number): string | null;
  privateDictForGlyph(glyph: number): { defaultWidthX?: number; nominalWidthX?: number; Subrs?: Array<{ offset: number; length: number }> } | null;
}

/**
 * A bare CFF program (/FontFile3 /Type1C or /CIDFontType0C; ISO 32000-1 9.9), read with fontkit: fontkit reads CFF only
 * inside OpenType, so the program is given to it in a one-table OpenType wrapper. Glyph names (name-keyed) or CIDs
 * (CID-keyed, through the charset), and each glyph's advance width: nominalWidthX plus the operand a Type 2 charstring
 * may put before its first stem, move or endchar, else defaultWidthX (Adobe TN 5177, 4.1), through the /FontMatrix.
 * Undefined when it is not a CFF program fontkit reads.
 */
export function readCffProgram(program: Uint8Array): FontProgram | undefined {
  const cff = cffTable(program);
  if (!cff) return undefined;
  const glyphCount = cff.topDict.CharStrings.length;
  const matrix = cff.topDict.FontMatrix?.[0] ?? 0.001;
  // A CID-keyed font's FDs may carry their own matrices (multiplied with the top one): widths are then not judged.
  const scale = cff.topDict.FDArray?.some((fd) => fd.FontMatrix) ? undefined : matrix * 1000;
  const widths = new Map<number, number | undefined>();
  const fact: FontProgram = {
    format: 'cff',
    glyphCount,
    width: (glyph) => {
      if (scale === undefined || glyph < 0 || glyph >= glyphCount) return undefined;
      if (!widths.has(glyph)) widths.set(glyph, charStringWidth(cff, glyph));
      const width = widths.get(glyph);
      return width === undefined ? undefined : width * scale;
    },
  };
  if (cff.isCIDFont) {
    const glyphByCid = new Map<number, number>([[0, 0]]);
    for (let glyph = 1; glyph < glyphCount; glyph += 1) {
      const cid = cidOf(cff, glyph);
      if (cid !== undefined) glyphByCid.set(cid, glyph);
    }
    fact.glyphOfCid = (cid) => glyphByCid.get(cid);
  } else {
    fact.glyphByName = glyphsByName(cff, glyphCount);
  }
  return fact;
}

/** A name-keyed CFF's glyph index by glyph name (CFF inside OpenType, or bare CFF wrapped as such). */
export function glyphsByName(cff: NonNullable<ReturnType<typeof cffTable>>, glyphCount: number): Map<string, number> {
  const glyphByName = new Map<string, number>();
  for (let glyph = 0; glyph < glyphCount; glyph += 1) {
    const name = cff.getGlyphName(glyph);
    if (name) glyphByName.set(name, glyph);
  }
  return glyphByName;
}

/** The CFF table of a one-table OpenType font made around the program; undefined when fontkit cannot read it. */
export function cffTable(program: Uint8Array): CffTable | undefined {
  try {
    const header = new Uint8Array(28);
    const view = new DataView(header.buffer);
    header.set([0x4f, 0x54, 0x54, 0x4f]); // 'OTTO'
    view.setUint16(4, 1); // one table
    header.set([0x43, 0x46, 0x46, 0x20], 12); // 'CFF '
    view.setUint32(20, 28);
    view.setUint32(24, program.length);
    const wrapped = new Uint8Array(28 + program.length);
    wrapped.set(header);
    wrapped.set(program, 28);
    const font = fontkit.create(Buffer.from(wrapped.buffer)) as unknown as Record<string, unknown>;
    const cff = font['CFF '] as CffTable | undefined;
    return cff?.topDict?.CharStrings ? cff : undefined;
  } catch {
    return undefined;
  }
}

/** The CID of a glyph of a CID-keyed font: its charset entry (format 0 lists them, formats 1 and 2 give ranges). */
function cidOf(cff: CffTable, glyph: number): number | undefined {
  const charset = cff.topDict.charset;
  if (!charset) return glyph;
  if (charset.version === 0) return charset.glyphs?.[glyph - 1];
  for (const range of charset.ranges ?? []) {
    if (range.offset <= glyph - 1 && glyph - 1 <= range.offset + range.nLeft) return range.first + (glyph - 1 - range.offset);
  }
  return undefined;
}

/**
 * A Type 2 charstring's advance width in glyph units: read operands (following subroutine calls) up to the first
 * operator that clears the stack; an operand more than that operator takes is the width, added to nominalWidthX.
 */
function charStringWidth(cff: CffTable, glyph: number): number | undefined {
  const privateDict = cff.privateDictForGlyph(glyph) ?? {};
  const nominal = privateDict.nominalWidthX ?? 0;
  const defaultWidth = privateDict.defaultWidthX ?? 0;
  const local = privateDict.Subrs ?? [];
  const global = cff.globalSubrIndex ?? [];
  const stack: number[] = [];
  const read = (index: { offset: number; length: number } | undefined): Uint8Array | undefined => {
    if (!index) return undefined;
    cff.stream.pos = index.offset;
    return cff.stream.readBuffer(index.length);
  };
  const run = (code: Uint8Array, depth: number): number | undefined | 'continue' => {
    for (let at = 0; at < code.length; ) {
      const v = code[at]!;
      if (v === 28) (stack.push(((code[at + 1]! << 24) >> 16) | code[at + 2]!), (at += 3));
      else if (v >= 32 && v <= 246) (stack.push(v - 139), (at += 1));
      else if (v >= 247 && v <= 250) (stack.push((v - 247) * 256 + code[at + 1]! + 108), (at += 2));
      else if (v >= 251 && v <= 254) (stack.push(-(v - 251) * 256 - code[at + 1]! - 108), (at += 2));
      else if (v === 255) (stack.push(new DataView(code.buffer, code.byteOffset + at + 1, 4).getInt32(0) / 65536), (at += 5));
      else if (v === 10 || v === 29) {
        const subrs = v === 10 ? local : global;
        const bias = subrs.length < 1240 ? 107 : subrs.length < 33900 ? 1131 : 32768;
        const body = depth < 10 ? read(subrs[stack.pop()! + bias]) : undefined;
        if (!body) return undefined;
        const result = run(body, depth + 1);
        if (result !== 'continue') return result;
        at += 1;
      } else if (v === 11) return 'continue'; // return from a subroutine
      else {
        const takes = v === 21 ? 2 : v === 22 || v === 4 ? 1 : v === 14 ? (stack.length >= 4 ? 4 : 0) : [1, 3, 18, 23, 19, 20].includes(v) ? stack.length - (stack.length % 2) : stack.length;
        return stack.length > takes ? nominal + stack[0]! : defaultWidth;
      }
    }
    return 'continue';
  };
  try {
    const result = run(cff.getCharString(glyph), 0);
    return result === 'continue' ? undefined : result;
  } catch {
    return undefined;
  }
}
