/**
 * A reader for PDF content streams (ISO 32000-1, 7.8.2): the bytes become a list of operations,
 * each an operator with its operands and the byte range it takes in the stream, so that a rewrite
 * can copy the original bytes and only insert between operations.
 *
 * Handles what a content stream may hold: numbers, names (with `#xx` escapes), literal strings
 * (escapes, balanced and escaped parentheses), hex strings, arrays, dictionaries (BDC property
 * lists), comments, and inline images (`BI … ID <binary> EI`), whose data is kept as raw bytes.
 */

export type ContentOperand =
  | { kind: 'number'; value: number }
  | { kind: 'name'; value: string }
  | { kind: 'string'; bytes: Uint8Array }
  | { kind: 'keyword'; value: string }
  | { kind: 'array'; items: ContentOperand[] }
  | { kind: 'dict'; entries: Map<string, ContentOperand> };

export interface ContentOperation {
  operator: string;
  operands: ContentOperand[];
  /** Offset of the first operand (or of the operator when it has none). */
  start: number;
  /** Offset just past the operator (for an inline image, past `EI`). */
  end: number;
}

type Token =
  | { type: 'operand'; operand: ContentOperand; start: number }
  | { type: 'open-array' | 'close-array' | 'open-dict' | 'close-dict'; start: number }
  | { type: 'word'; value: string; start: number; end: number };

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;
const LITERAL_KEYWORDS = new Set(['true', 'false', 'null']);
const ESCAPES: Readonly<Record<string, number>> = { n: 0x0a, r: 0x0d, t: 0x09, b: 0x08, f: 0x0c };

export class ContentSyntaxError extends Error {}

/** The operations of a content stream, in order. Operands left without an operator at the end are dropped. */
export function parseContentStream(bytes: Uint8Array): ContentOperation[] {
  const lexer = new ContentLexer(bytes);
  const operations: ContentOperation[] = [];
  let operands: ContentOperand[] = [];
  let start = -1;
  for (let token = lexer.next(); token; token = lexer.next()) {
    if (start < 0) start = token.start;
    if (token.type !== 'word') {
      operands.push(lexer.operandFrom(token));
      continue;
    }
    if (LITERAL_KEYWORDS.has(token.value)) {
      operands.push({ kind: 'keyword', value: token.value });
      continue;
    }
    if (token.value === 'BI') {
      const image = lexer.inlineImage();
      operations.push({ operator: 'BI', operands: [image.parameters, image.data], start, end: image.end });
    } else {
      operations.push({ operator: token.value, operands, start, end: token.end });
    }
    operands = [];
    start = -1;
  }
  return operations;
}

class ContentLexer {
  private position = 0;

  constructor(private readonly bytes: Uint8Array) {}

  next(): Token | undefined {
    this.skipWhitespaceAndComments();
    const start = this.position;
    const byte = this.bytes[start];
    if (byte === undefined) return undefined;
    if (byte === 0x2f) return { type: 'operand', operand: { kind: 'name', value: this.name() }, start };
    if (byte === 0x28) return { type: 'operand', operand: { kind: 'string', bytes: this.literalString() }, start };
    if (byte === 0x5b || byte === 0x5d) {
      this.position += 1;
      return { type: byte === 0x5b ? 'open-array' : 'close-array', start };
    }
    if (byte === 0x3c || byte === 0x3e) {
      if (this.bytes[start + 1] === byte) {
        this.position += 2;
        return { type: byte === 0x3c ? 'open-dict' : 'close-dict', start };
      }
      if (byte === 0x3c) return { type: 'operand', operand: { kind: 'string', bytes: this.hexString() }, start };
      throw new ContentSyntaxError(`Unexpected '>' at offset ${start}.`);
    }
    if (DELIMITERS.has(byte)) {
      // `{` and `}` only occur in PostScript calculator functions, never in page content.
      throw new ContentSyntaxError(`Unexpected '${String.fromCharCode(byte)}' at offset ${start}.`);
    }
    const value = this.regularRun();
    if (NUMBER.test(value)) return { type: 'operand', operand: { kind: 'number', value: Number(value) }, start };
    return { type: 'word', value, start, end: this.position };
  }

  /** The operand a token starts: arrays and dictionaries are read to their end. */
  operandFrom(token: Token): ContentOperand {
    if (token.type === 'operand') return token.operand;
    if (token.type === 'word') return LITERAL_KEYWORDS.has(token.value) ? { kind: 'keyword', value: token.value } : fail(token);
    if (token.type === 'open-array') {
      const items: ContentOperand[] = [];
      for (let item = this.next(); item?.type !== 'close-array'; item = this.next()) {
        if (!item) throw new ContentSyntaxError('Unterminated array.');
        items.push(this.operandFrom(item));
      }
      return { kind: 'array', items };
    }
    if (token.type === 'open-dict') return { kind: 'dict', entries: this.dictionaryEntries('close-dict') };
    return fail(token);
  }

  /** `BI` was read: the image dictionary up to `ID`, then the data up to an `EI` that stands alone. */
  inlineImage(): { parameters: ContentOperand; data: ContentOperand; end: number } {
    const parameters = { kind: 'dict' as const, entries: this.dictionaryEntries('ID') };
    // One whitespace byte separates ID from the data.
    this.position += 1;
    const dataStart = this.position;
    for (let at = dataStart; at + 1 < this.bytes.length; at += 1) {
      const before = at === dataStart ? 0x20 : this.bytes[at - 1];
      if (this.bytes[at] !== 0x45 || this.bytes[at + 1] !== 0x49 || before === undefined || !WHITESPACE.has(before)) continue;
      const after = this.bytes[at + 2];
      if (after !== undefined && !WHITESPACE.has(after) && !DELIMITERS.has(after)) continue;
      this.position = at + 2;
      const data = this.bytes.slice(dataStart, Math.max(dataStart, at - 1));
      return { parameters, data: { kind: 'string', bytes: data }, end: at + 2 };
    }
    throw new ContentSyntaxError('Inline image without EI.');
  }

  private dictionaryEntries(closer: 'close-dict' | 'ID'): Map<string, ContentOperand> {
    const entries = new Map<string, ContentOperand>();
    for (;;) {
      const key = this.next();
      if (!key) throw new ContentSyntaxError('Unterminated dictionary.');
      if (key.type === 'close-dict' && closer === 'close-dict') return entries;
      if (key.type === 'word' && key.value === closer) return entries;
      if (key.type !== 'operand' || key.operand.kind !== 'name') fail(key);
      const value = this.next();
      if (!value) throw new ContentSyntaxError('Unterminated dictionary.');
      entries.set((key.operand as { value: string }).value, this.operandFrom(value));
    }
  }

  private skipWhitespaceAndComments(): void {
    for (let byte = this.bytes[this.position]; byte !== undefined; byte = this.bytes[this.position]) {
      if (WHITESPACE.has(byte)) this.position += 1;
      else if (byte === 0x25) {
        while (this.position < this.bytes.length && this.bytes[this.position] !== 0x0a && this.bytes[this.position] !== 0x0d) this.position += 1;
      } else return;
    }
  }

  private regularRun(): string {
    const start = this.position;
    while (this.position < this.bytes.length && !isBoundary(this.bytes[this.position])) this.position += 1;
    return latin1(this.bytes.subarray(start, this.position));
  }

  private name(): string {
    this.position += 1;
    return this.regularRun().replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }

  private literalString(): Uint8Array {
    const out: number[] = [];
    let depth = 0;
    this.position += 1;
    for (;;) {
      const byte = this.bytes[this.position++];
      if (byte === undefined) throw new ContentSyntaxError('Unterminated string.');
      if (byte === 0x5c) this.escape(out);
      else if (byte === 0x28) depth += 1;
      else if (byte === 0x29 && depth-- === 0) return Uint8Array.from(out);
      if (byte !== 0x5c) out.push(byte);
    }
  }

  /** After a backslash: `\n \r \t \b \f \( \) \\`, up to three octal digits, or a line continuation. */
  private escape(out: number[]): void {
    const byte = this.bytes[this.position++];
    if (byte === undefined) return;
    const char = String.fromCharCode(byte);
    if (ESCAPES[char] !== undefined) out.push(ESCAPES[char]);
    else if (byte >= 0x30 && byte <= 0x37) {
      let octal = char;
      while (octal.length < 3 && (this.bytes[this.position] ?? 0) >= 0x30 && (this.bytes[this.position] ?? 0) <= 0x37) {
        octal += String.fromCharCode(this.bytes[this.position++] ?? 0);
      }
      out.push(parseInt(octal, 8) & 0xff);
    } else if (byte === 0x0d) {
      if (this.bytes[this.position] === 0x0a) this.position += 1;
    } else if (byte !== 0x0a) out.push(byte);
  }

  private hexString(): Uint8Array {
    const end = this.bytes.indexOf(0x3e, this.position);
    if (end < 0) throw new ContentSyntaxError('Unterminated hex string.');
    const digits = latin1(this.bytes.subarray(this.position + 1, end)).replace(/[^0-9A-Fa-f]/g, '');
    this.position = end + 1;
    const padded = digits.length % 2 === 0 ? digits : `${digits}0`;
    return Uint8Array.from(padded.match(/../g) ?? [], (pair) => parseInt(pair, 16));
  }
}

function isBoundary(byte: number | undefined): boolean {
  return byte === undefined || WHITESPACE.has(byte) || DELIMITERS.has(byte);
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

function fail(token: Token): never {
  const what = token.type === 'word' ? `operator ${token.value}` : token.type;
  throw new ContentSyntaxError(`Unexpected ${what} at offset ${token.start}.`);
}
