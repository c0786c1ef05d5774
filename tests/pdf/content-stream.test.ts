import { describe, expect, it } from 'vitest';
import { wrapUntaggedContent } from '../../src/pdf/artifact-wrapping.js';
import { ContentSyntaxError, parseContentStream } from '../../src/pdf/content-stream.js';
import { untaggedMarks } from '../../src/pdf/marked-content.js';

const bytes = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'latin1'));
const text = (data: Uint8Array): string => Buffer.from(data).toString('latin1');
const operators = (content: string): string[] => parseContentStream(bytes(content)).map((operation) => operation.operator);

describe('parseContentStream', () => {
  it('reads operators with their operands and byte ranges', () => {
    const source = 'q 1 0 0 -1 .5 -2.25 cm /G3 gs\nBT /F4 12 Tf <0088> Tj ET Q';
    const operations = parseContentStream(bytes(source));
    expect(operations.map((operation) => operation.operator)).toEqual(['q', 'cm', 'gs', 'BT', 'Tf', 'Tj', 'ET', 'Q']);
    const cm = operations[1]!;
    expect(cm.operands).toEqual([1, 0, 0, -1, 0.5, -2.25].map((value) => ({ kind: 'number', value })));
    expect(source.slice(cm.start, cm.end)).toBe('1 0 0 -1 .5 -2.25 cm');
    expect(operations[5]!.operands).toEqual([{ kind: 'string', bytes: Uint8Array.of(0x00, 0x88) }]);
  });

  it('reads literal strings with escaped and balanced parentheses, escapes and octal codes', () => {
    const [show] = parseContentStream(bytes('(a\\)b(c)d\\\\e\\n\\101\\0501) Tj'));
    expect(text((show!.operands[0] as { bytes: Uint8Array }).bytes)).toBe('a)b(c)d\\e\nA(1');
    // A ")" inside the string does not end it, so "EMC" there is not an operator.
    expect(operators('/P <</MCID 0>> BDC (EMC \\) ET) Tj EMC')).toEqual(['BDC', 'Tj', 'EMC']);
  });

  it('reads hex strings, names with #xx escapes, arrays, nested dictionaries and comments', () => {
    const operations = parseContentStream(bytes('% a comment with ) and EMC\n/Span <</ActualText <FEFF 201>/Sub <</A [1 (x) /N#20a]>> >> BDC [(A) -120 <42>] TJ EMC'));
    expect(operations.map((operation) => operation.operator)).toEqual(['BDC', 'TJ', 'EMC']);
    const properties = operations[0]!.operands[1];
    if (properties?.kind !== 'dict') throw new Error('no property list');
    expect(properties.entries.get('ActualText')).toEqual({ kind: 'string', bytes: Uint8Array.of(0xfe, 0xff, 0x20, 0x10) });
    expect(properties.entries.get('Sub')).toMatchObject({ kind: 'dict' });
    const inner = properties.entries.get('Sub');
    if (inner?.kind !== 'dict') throw new Error('no inner dictionary');
    expect(inner.entries.get('A')).toMatchObject({ kind: 'array', items: [{ kind: 'number' }, { kind: 'string' }, { kind: 'name', value: 'N a' }] });
  });

  it('skips the binary data of inline images, even where it holds "EI" or delimiters', () => {
    const source = 'q BI /W 2 /H 2 /BPC 8 /CS /G ID \x01EI)(<EI\x01 EI Q BT ET';
    const operations = parseContentStream(bytes(source));
    expect(operations.map((operation) => operation.operator)).toEqual(['q', 'BI', 'Q', 'BT', 'ET']);
    const image = operations[1]!;
    expect(text((image.operands[1] as { bytes: Uint8Array }).bytes)).toBe('\x01EI)(<EI\x01');
    expect(source.slice(image.start, image.end)).toMatch(/^BI .* EI$/);
  });

  it('fails clearly on a malformed stream', () => {
    expect(() => parseContentStream(bytes('(unterminated Tj'))).toThrow(ContentSyntaxError);
    expect(() => parseContentStream(bytes('BI /W 1 ID xyz'))).toThrow(/EI/);
  });
});

describe('untaggedMarks', () => {
  it('counts marks outside both MCID sequences and artifacts, not clipping paths', () => {
    const marks = untaggedMarks(
      parseContentStream(
        bytes('0 0 1 1 re W n 0 0 1 1 re f /P <</MCID 0>> BDC BT (a) Tj ET EMC /Artifact BMC (b) Tj EMC /Span <</ActualText (x)>> BDC /X Do EMC'),
      ),
    );
    expect(marks.map((mark) => [mark.kind, mark.operator])).toEqual([
      ['path', 'f'],
      ['xobject', 'Do'],
    ]);
  });
});

describe('wrapUntaggedContent', () => {
  const wrap = (source: string): string => text(wrapUntaggedContent(bytes(source)).bytes);
  const untagged = (source: string): number => untaggedMarks(parseContentStream(bytes(source))).length;

  it('wraps a background fill from the start of its path, and a whole text object without marked content', () => {
    const source = 'q 1 1 1 rg 0 0 603 943 re f Q q BT /F4 12 Tf (1 / 1) Tj ET Q /P <</MCID 0>> BDC BT (a) Tj ET EMC';
    const wrapped = wrap(source);
    expect(wrapped).toBe('q 1 1 1 rg /Artifact BMC\n0 0 603 943 re f Q q BT /F4 12 Tf (1 / 1) Tj ET Q \nEMC\n/P <</MCID 0>> BDC BT (a) Tj ET EMC');
    expect(untagged(source)).toBe(2);
    expect(untagged(wrapped)).toBe(0);
  });

  it('keeps an artifact inside a text object that also holds tagged content', () => {
    const source = 'BT (head) Tj /P <</MCID 0>> BDC (a) Tj EMC (tail) Tj ET';
    const wrapped = wrap(source);
    expect(wrapped).toBe('BT /Artifact BMC\n(head) Tj \nEMC\n/P <</MCID 0>> BDC (a) Tj EMC /Artifact BMC\n(tail) Tj \nEMC\nET');
    expect(untagged(wrapped)).toBe(0);
    expect(operators(wrapped).filter((operator) => operator === 'BT' || operator === 'ET')).toEqual(['BT', 'ET']);
  });

  it('leaves tagged sequences alone, also where they span q/Q, and returns an untouched stream unchanged', () => {
    const source = '/P <</MCID 0>> BDC q BT (a) Tj ET Q q 0 0 1 1 re W* n q EMC /Figure <</MCID 1>> BDC 0 0 5 5 re f EMC';
    const result = wrapUntaggedContent(bytes(source));
    expect(result.artifacts).toBe(0);
    expect(text(result.bytes)).toBe(source);
  });

  it('closes the artifact before a tagged sequence, and at the end of the stream', () => {
    const wrapped = wrap('0 0 1 1 re f /P <</MCID 0>> BDC (a) Tj EMC /Im1 Do');
    expect(wrapped).toBe('/Artifact BMC\n0 0 1 1 re f \nEMC\n/P <</MCID 0>> BDC (a) Tj EMC /Artifact BMC\n/Im1 Do\nEMC\n');
    expect(untagged(wrapped)).toBe(0);
  });

  it('puts an ActualText span of untagged text inside the artifact, and closes before an enclosing EMC', () => {
    const runningHead = 'BT (L) Tj /Span <</ActualText <FEFF2019>>> BDC (x) Tj EMC (OTAN) Tj ET';
    const wrapped = wrap(runningHead);
    expect(wrapped).toBe(`/Artifact BMC\n${runningHead}\nEMC\n`);
    expect(untagged(runningHead)).toBe(3);
    expect(untagged(wrapped)).toBe(0);
    const inSpan = wrap('/Span <</ActualText (a)>> BDC 0 0 1 1 re f EMC');
    expect(inSpan).toBe('/Span <</ActualText (a)>> BDC /Artifact BMC\n0 0 1 1 re f \nEMC\nEMC');
  });

  it('wraps inline images, whose data is copied byte for byte', () => {
    const source = 'q BI /W 1 /H 1 /BPC 8 /CS /G ID \xff\x00 EI Q';
    const wrapped = wrapUntaggedContent(bytes(source));
    expect(wrapped.artifacts).toBe(1);
    expect(text(wrapped.bytes)).toBe('q /Artifact BMC\nBI /W 1 /H 1 /BPC 8 /CS /G ID \xff\x00 EI Q\nEMC\n');
  });
});
