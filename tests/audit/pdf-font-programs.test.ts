import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { auditPdf } from '../../src/audit/pdf/audit-pdf.js';
import { CHARSTRING_KEY, EEXEC_KEY, decryptType1 } from '../../src/audit/pdf/eexec.js';
import { readType1Program } from '../../src/audit/pdf/type1-program.js';

/**
 * Type 1 font programs (/FontFile), which veraPDF's PDF/UA-1 corpus does not exercise (its CharSet files hold CFF):
 * the eexec decryption, the /CharStrings and hsbw widths read from the decrypted private part, and the three glyph
 * rules on a PDF embedding such a program. The programs are made here, encrypted with the inverse of the algorithm.
 */
const GLYPH_RULES = ['pdfua-7.21.4.1-t02', 'pdfua-7.21.4.2-t01', 'pdfua-7.21.5-t01'];

/** Type 1 encryption (Adobe Type 1 Font Format, 7.2): the inverse of decryptType1, with `padding` leading bytes. */
function encrypt(plain: Uint8Array, key: number, padding: number): Uint8Array {
  const input = new Uint8Array([...new Array<number>(padding).fill(0x2a), ...plain]);
  const cipher = new Uint8Array(input.length);
  let r = key;
  input.forEach((byte, at) => {
    const c = byte ^ (r >> 8);
    cipher[at] = c;
    r = ((c + r) * 52845 + 22719) & 0xffff;
  });
  return cipher;
}

/** A Type 1 charstring number (-107…1131 here). */
function charStringNumber(value: number): number[] {
  if (value >= -107 && value <= 107) return [value + 139];
  return [247 + ((value - 108) >> 8), (value - 108) & 0xff];
}

/** A Type 1 program whose glyphs have these advance widths (`0 w hsbw endchar` each), its eexec part binary or hex. */
function type1Program(widths: Record<string, number>, options: { hex?: boolean } = {}): { bytes: Uint8Array; length1: number } {
  const latin1 = (text: string): number[] => [...text].map((character) => character.charCodeAt(0));
  const clear = latin1('%!PS-AdobeFont-1.0: Fixture 001.000\n/FontType 1 def\n/FontMatrix [0.001 0 0 0.001 0 0] readonly def\n/Encoding StandardEncoding def\ncurrentfile eexec\n');
  const names = Object.keys(widths);
  const privatePart = [...latin1(`dup /Private 8 dict dup begin\n/lenIV 4 def\n/CharStrings ${names.length} dict dup begin\n`)];
  for (const name of names) {
    const charString = encrypt(new Uint8Array([...charStringNumber(0), ...charStringNumber(widths[name]!), 13, 14]), CHARSTRING_KEY, 4);
    privatePart.push(...latin1(`/${name} ${charString.length} RD `), ...charString, ...latin1(' ND\n'));
  }
  privatePart.push(...latin1('end\nend\nmark currentfile closefile\n'));
  const cipher = encrypt(new Uint8Array(privatePart), EEXEC_KEY, 4);
  const eexec = options.hex ? latin1([...cipher].map((byte) => byte.toString(16).padStart(2, '0')).join('').replace(/.{64}/g, '$&\n')) : [...cipher];
  return { bytes: new Uint8Array([...clear, ...eexec]), length1: clear.length };
}

interface FontCase {
  baseFont?: string;
  charSet?: string;
  /** /Widths for codes 65 (A), 66 (B), 67 (C). */
  widths?: [number, number, number];
  text?: string;
  program?: { bytes: Uint8Array; length1: number };
}

/** A one-page PDF showing `text` in a WinAnsi Type 1 font embedding a program with glyphs A (600) and B (700). */
async function pdfWithType1(options: FontCase = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const { context } = pdf;
  const page = pdf.addPage([595, 842]);
  const program = options.program ?? type1Program({ '.notdef': 250, A: 600, B: 700 });
  const fontFile = context.flateStream(program.bytes, { Length1: program.length1, Length2: program.bytes.length - program.length1, Length3: 0 });
  const baseFont = options.baseFont ?? 'ABCDEF+Fixture';
  const descriptor = context.obj({ Type: 'FontDescriptor', FontName: baseFont, Flags: 32, FontFile: context.register(fontFile) });
  if (options.charSet !== undefined) descriptor.set(PDFName.of('CharSet'), PDFString.of(options.charSet));
  const font = context.obj({
    Type: 'Font',
    Subtype: 'Type1',
    BaseFont: baseFont,
    Encoding: 'WinAnsiEncoding',
    FirstChar: 65,
    LastChar: 67,
    Widths: options.widths ?? [600, 700, 0],
    FontDescriptor: context.register(descriptor),
  });
  page.node.set(PDFName.of('Resources'), context.obj({ Font: { F1: context.register(font) } }));
  page.node.set(PDFName.of('Contents'), context.register(context.flateStream(`BT /F1 12 Tf 72 700 Td (${options.text ?? 'AB'}) Tj ET`)));
  return pdf.save({ useObjectStreams: false });
}

async function glyphRuleIds(bytes: Uint8Array): Promise<string[]> {
  return (await auditPdf(bytes, { file: 'type1.pdf' })).map((finding) => finding.ruleId).filter((id) => GLYPH_RULES.includes(id));
}

describe('Type 1 font programs', () => {
  it('decrypts eexec as Adobe specifies: the first bytes of FreeEuro’s private part (groff) read "dup /Private"', () => {
    // 24 bytes of FreeEuro (Werner Lemberg, GPL), after `currentfile eexec`: 4 random bytes, then the private dictionary.
    // Fails when eexec.ts's key update (r = (c + r) * c1 + c2) uses the plain byte instead of the cipher byte, or another key.
    const cipher = Uint8Array.from(Buffer.from('743f8413f3636ca85a9ffefb50b4bb27302a5a63f932884e', 'hex'));
    expect(new TextDecoder('latin1').decode(decryptType1(cipher, EEXEC_KEY, 4))).toBe('dup\n/Private 14 dict');
  });

  it('reads the glyph names and hsbw widths of the private part, binary or hexadecimal', () => {
    for (const hex of [false, true]) {
      const { bytes, length1 } = type1Program({ '.notdef': 250, A: 600, B: 1131 }, { hex });
      const program = readType1Program(bytes, length1);
      expect([...(program?.glyphByName?.keys() ?? [])]).toEqual(['.notdef', 'A', 'B']);
      expect([0, 1, 2].map((glyph) => program?.width(glyph))).toEqual([250, 600, 1131]);
    }
  });

  it('a subset Type 1 font whose CharSet, glyphs and widths agree with its program passes the glyph rules', async () => {
    expect(await glyphRuleIds(await pdfWithType1({ charSet: '/A/B' }))).toEqual([]);
  });

  // Fails when read-pdf-glyphs.ts's charSet does not get the names of a Type 1 program (checked: names undefined for format 'type1').
  it('pdfua-7.21.4.2-t01: a CharSet that leaves out a glyph of the program, or lists one it lacks', async () => {
    expect(await glyphRuleIds(await pdfWithType1({ charSet: '/A' }))).toEqual(['pdfua-7.21.4.2-t01']);
    expect(await glyphRuleIds(await pdfWithType1({ charSet: '/A/B/C' }))).toEqual(['pdfua-7.21.4.2-t01']);
    // Not a subset (no ABCDEF+ prefix): the profile does not ask.
    expect(await glyphRuleIds(await pdfWithType1({ charSet: '/A', baseFont: 'Fixture' }))).toEqual([]);
  });

  // Fails when glyph-widths.ts's comparison always says no. (type1-program.ts's advanceWidth returning the side bearing
  // instead of wx fails the reading test and the clean PDF above.)
  it('pdfua-7.21.5-t01: a /Widths entry that disagrees with the hsbw width', async () => {
    expect(await glyphRuleIds(await pdfWithType1({ widths: [600, 650, 0] }))).toEqual(['pdfua-7.21.5-t01']);
  });

  // Fails when read-pdf-glyphs.ts's simpleGlyphs takes a name the program does not have for glyph 0 (`?? -1` → `?? 0`).
  it('pdfua-7.21.4.1-t02: a code whose glyph name (C) the program does not have', async () => {
    expect(await glyphRuleIds(await pdfWithType1({ text: 'ABC' }))).toEqual(['pdfua-7.21.4.1-t02']);
  });
});
