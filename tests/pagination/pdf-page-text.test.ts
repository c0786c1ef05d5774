import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pdfPageTexts } from '../../src/pagination/pdf-page-text.js';

/**
 * A Type0 font's ToUnicode CMap, as Chromium writes them (2-byte codes): bfchar with a space, a
 * ligature ("fi", two characters) and a character outside the BMP (a surrogate pair); a counting
 * bfrange (a…j) and an array bfrange (x, y, "OK"); and a glyph mapped to U+0000 (no text).
 */
const TYPE0_CMAP = `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
6 beginbfchar
<0001> <0020>
<0002> <0048>
<0141> <0051>
<0003> <00660069>
<0004> <D83DDE00>
<0005> <0000>
endbfchar
2 beginbfrange
<0010> <0019> <0061>
<0020> <0022> [<0078> <0079> <004F004B>]
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end`;

/** A simple font's CMap (1-byte codes): capital letters' codes stand for small letters, so the CMap is seen to be used. */
const SIMPLE_CMAP = `begincmap
1 beginbfchar
<20> <0020>
endbfchar
1 beginbfrange
<41> <5A> <0061>
endbfrange
endcmap`;

/** One page per content stream, with `/F1` (Type0, Identity-H) and `/F2` (TrueType) in its resources. */
async function pdfOf(...contents: string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = (subtype: string, cmap: string) =>
    pdf.context.register(pdf.context.obj({ Type: 'Font', Subtype: subtype, BaseFont: 'Test', ToUnicode: pdf.context.register(pdf.context.stream(cmap)) }));
  const resources = pdf.context.obj({ Font: { F1: font('Type0', TYPE0_CMAP), F2: font('TrueType', SIMPLE_CMAP) } });
  for (const content of contents) {
    const page = pdf.addPage([600, 800]);
    page.node.set(PDFName.of('Resources'), resources);
    page.node.set(PDFName.of('Contents'), pdf.context.register(pdf.context.stream(content)));
  }
  return pdf.save();
}

/** Text drawn with `/F1` at 10 pt in a text object of its own, on the baseline at `y`. */
const line = (shown: string, y = 700, x = 72, size = 10): string => `BT /F1 ${size} Tf 1 0 0 1 ${x} ${y} Tm ${shown} ET\n`;

async function textOf(content: string): Promise<string> {
  const [page] = await pdfPageTexts(await pdfOf(content));
  return page!.text;
}

describe('pdfPageTexts: the ToUnicode CMap', () => {
  it('reads bfchar codes, a ligature to two characters and a surrogate pair, two bytes a code in a Type0 font', async () => {
    expect(await textOf(line('<0002> Tj <0003> Tj <0001> Tj <00020004> Tj'))).toBe('Hfi H\u{1F600}');
  });

  it('reads a Type0 font\'s codes whole, not byte by byte', async () => {
    // Read a byte at a time, <0141> would be <01> (a space) and <41> (unmapped).
    expect(await textOf(line('<0002> Tj <0141> Tj'))).toBe('HQ');
  });

  it('gives no text for a glyph mapped to U+0000', async () => {
    expect(await textOf(line('<0002> Tj <0005> Tj <0002> Tj'))).toBe('HH');
  });

  it('reads a counting bfrange, the last character counting up from the first code', async () => {
    expect(await textOf(line('<0010> Tj <00110012> Tj <0019> Tj'))).toBe('abcj');
  });

  it('reads an array bfrange, each code with its own text', async () => {
    expect(await textOf(line('<0020> Tj <0021> Tj <0022> Tj'))).toBe('xyOK');
  });

  it('reads one byte a code in a simple font', async () => {
    expect(await textOf('BT /F2 10 Tf 1 0 0 1 72 700 Tm (HELLO WORLD) Tj ET')).toBe('hello world');
  });

  it('joins runs of spaces into one and trims the page text', async () => {
    expect(await textOf(line('<0001> Tj <0010> Tj <0001> Tj <0001> Tj <0011> Tj <0001> Tj'))).toBe('a b');
  });
});

describe('pdfPageTexts: marked content', () => {
  it('reads a sequence with an ActualText as its ActualText, once, instead of its glyphs', async () => {
    const content = line('<0010> Tj /Span <</ActualText <FEFF00AD>>> BDC <0011> Tj <0012> Tj EMC <0013> Tj');
    expect(await textOf(content)).toBe('a\u00ADd');
  });

  it('reads a sequence with an empty ActualText as nothing', async () => {
    expect(await textOf(line('<0010> Tj /Span <</ActualText ()>> BDC <0011> Tj EMC <0012> Tj'))).toBe('ac');
  });

  it.each(['Artifact', 'Figure', 'Lbl'])('leaves out text inside %s, at any depth', async (tag) => {
    const nested = `/${tag} <</MCID 1>> BDC /Span BMC /Span <</ActualText (x)>> BDC <0010> Tj EMC <0011> Tj EMC <0012> Tj EMC`;
    expect(await textOf(`/P <</MCID 0>> BDC ${line('<0002> Tj')} EMC ${line(nested)} /P <</MCID 2>> BDC ${line('<0002> Tj')} EMC`)).toBe('HH');
  });

  it('counts the Figure sequences opened before the first text, one a structure id', async () => {
    const figure = (mcid: number) => `/Figure <</MCID ${mcid}>> BDC ${line('<0010> Tj')} EMC\n`;
    const furniture = `/Artifact BMC ${line('<0011> Tj', 780)} EMC\n`;
    const content = furniture + figure(3) + figure(3) + figure(4) + line('<0001> Tj') + figure(5) + line('<0002> Tj') + figure(6);
    const [page] = await pdfPageTexts(await pdfOf(content));
    expect(page).toEqual({ page: 1, text: 'H', leadingFigures: 3 });
  });

  it('counts no leading Figure on a page that opens with text', async () => {
    const [page] = await pdfPageTexts(await pdfOf(line('<0002> Tj') + `/Figure <</MCID 1>> BDC EMC`));
    expect(page?.leadingFigures).toBe(0);
  });
});

describe('pdfPageTexts: where lines change', () => {
  it('puts a space between text objects on different lines', async () => {
    expect(await textOf(line('<0010> Tj', 700) + line('<0011> Tj', 688))).toBe('a b');
  });

  it('puts no space between text objects on the same line (an italic run)', async () => {
    expect(await textOf(line('<0010> Tj', 700) + line('<0011> Tj', 700, 78))).toBe('ab');
  });

  it('puts no space before a raised superscript', async () => {
    expect(await textOf(line('<0010> Tj', 700) + line('<0011> Tj', 703, 78, 7))).toBe('ab');
  });

  it('puts a space after Td, T* and apostrophe when they move to another line, and none after a Td along the line', async () => {
    expect(await textOf(line('<0010> Tj 5 0 Td <0011> Tj'))).toBe('ab');
    expect(await textOf(line('<0010> Tj 0 -12 Td <0011> Tj'))).toBe('a b');
    expect(await textOf(line('12 TL <0010> Tj T* <0011> Tj'))).toBe('a b');
    expect(await textOf(line("12 TL <0010> Tj <0011> '"))).toBe('a b');
  });

  it('compares lines on the page, through the CTM', async () => {
    expect(await textOf(`${line('<0010> Tj')} q 1 0 0 1 0 -12 cm ${line('<0011> Tj')} Q ${line('<0012> Tj')}`)).toBe('a b c');
    expect(await textOf(`q 1 0 0 1 0 -12 cm ${line('<0010> Tj')} Q ${line('<0011> Tj', 688, 80)}`)).toBe('ab');
  });

  it('numbers the pages from 1', async () => {
    const pages = await pdfPageTexts(await pdfOf(line('<0010> Tj'), line('<0011> Tj')));
    expect(pages).toEqual([
      { page: 1, text: 'a', leadingFigures: 0 },
      { page: 2, text: 'b', leadingFigures: 0 },
    ]);
  });
});
