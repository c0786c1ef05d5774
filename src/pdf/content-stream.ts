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

/** Brackets of arrays and dictionaries, as the lexer returns them. */
type Bracket = { kind: 'open-array' | 'close-array' | 'open-dict' | 'close-dict' };
const OPEN_ARRAY: Bracket = { kind: 'open-array' };
const CLOSE_ARRAY: Bracket = { kind: 'close-array' };
const OPEN_DICT: Bracket = { kind: 'open-dict' };
const CLOSE_DICT: Bracket = { kind: 'close-dict' };
/**
 * A token: an operand, a bracket, or a word (an operator or keyword) as a string. The lexer returns
 * it without a wrapper (a page of Chromium's text has about 20,000 tokens) and keeps where it starts
 * and ends in `tokenStart` / `position`.
 */
type Token = ContentOperand | Bracket | string;

/** Byte classes (ISO 32000-1, 7.2.2): whitespace, delimiters, and the bytes that may start or continue a number. */
const WHITE = 1;
const DELIMITER = 2;
const CLASS = new Uint8Array(256);
for (const byte of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[byte] = WHITE;
for (const byte of [0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]) CLASS[byte] = DELIMITER;
const LITERAL_KEYWORDS = new Set(['true', 'false', 'null']);
const ESCAPES: Readonly<Record<number, number>> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c };
/** Operators are a few bytes long and repeat thousands of times a page: their strings are made once. */
const SHORT_WORDS = new Map<number, string>();
/**
 * SHARED_OPERANDS: Chromium shows text one glyph at a time (`6.348 0 Td <0088> Tj`), so a page holds
 * thousands of operands that are the same few numbers and glyph codes. Those are made once and shared
 * (a 100-page book has about two million operands; allocating each made garbage collection the largest
 * cost of reading it). Operands are read-only for everyone: never change one in place.
 */
const NUMBERS = new Map<number, ContentOperand>();
const MOST_SHARED_NUMBERS = 65_536;
const GLYPH_STRINGS: Array<ContentOperand | undefined> = new Array(0x100 + 0x10000);

function numberOperand(value: number): ContentOperand {
  let operand = NUMBERS.get(value);
  if (operand === undefined) {
    if (NUMBERS.size >= MOST_SHARED_NUMBERS) NUMBERS.clear();
    operand = { kind: 'number', value };
    NUMBERS.set(value, operand);
  }
  return operand;
}

export class ContentSyntaxError extends Error {}

/** The operations of a content stream, in order. Operands left without an operator at the end are dropped. */
export function parseContentStream(bytes: Uint8Array): ContentOperation[] {
  const lexer = new ContentLexer(bytes);
  const operations: ContentOperation[] = [];
  // Operands gather here and are copied out at their operator in an array of their exact length: a page
  // of Chromium's text is ~9,000 operations of one to three operands, and arrays grown by `push` from
  // empty reserve 17 slots each (measured: half of what a parse allocated).
  const pending: ContentOperand[] = [];
  let start = -1;
  for (let token = lexer.next(); token !== undefined; token = lexer.next()) {
    if (start < 0) start = lexer.tokenStart;
    if (typeof token !== 'string') {
      pending.push(lexer.operandFrom(token));
      continue;
    }
    if (LITERAL_KEYWORDS.has(token)) {
      pending.push({ kind: 'keyword', value: token });
      continue;
    }
    if (token === 'BI') {
      const image = lexer.inlineImage();
      operations.push({ operator: 'BI', operands: [image.parameters, image.data], start, end: image.end });
    } else {
      operations.push({ operator: token, operands: pending.length === 0 ? NO_OPERANDS : pending.slice(), start, end: lexer.position });
    }
    pending.length = 0;
    start = -1;
  }
  return operations;
}

/** The operands of every operator that has none (shared: operands are read, never changed). */
const NO_OPERANDS: ContentOperand[] = Object.freeze([]) as unknown as ContentOperand[];

class ContentLexer {
  position = 0;
  /** Where the last token returned by `next` starts. */
  tokenStart = 0;

  constructor(private readonly bytes: Uint8Array) {}

  next(): Token | undefined {
    this.skipWhitespaceAndComments();
    const start = this.position;
    this.tokenStart = start;
    const byte = this.bytes[start];
    if (byte === undefined) return undefined;
    if (byte === 0x2f) return { kind: 'name', value: this.name() };
    if (byte === 0x28) return { kind: 'string', bytes: this.literalString() };
    if (byte === 0x5b || byte === 0x5d) {
      this.position += 1;
      return byte === 0x5b ? OPEN_ARRAY : CLOSE_ARRAY;
    }
    if (byte === 0x3c || byte === 0x3e) {
      if (this.bytes[start + 1] === byte) {
        this.position += 2;
        return byte === 0x3c ? OPEN_DICT : CLOSE_DICT;
      }
      if (byte === 0x3c) return this.hexOperand();
      throw new ContentSyntaxError(`Unexpected '>' at offset ${start}.`);
    }
    if (CLASS[byte] === DELIMITER) {
      // `{` and `}` only occur in PostScript calculator functions, never in page content.
      throw new ContentSyntaxError(`Unexpected '${String.fromCharCode(byte)}' at offset ${start}.`);
    }
    const end = this.runEnd(start);
    this.position = end;
    const number = numberIn(this.bytes, start, end);
    return number === undefined ? wordIn(this.bytes, start, end) : numberOperand(number);
  }

  /** The operand a token starts: arrays and dictionaries are read to their end. */
  operandFrom(token: Token): ContentOperand {
    if (typeof token === 'string') return LITERAL_KEYWORDS.has(token) ? { kind: 'keyword', value: token } : this.fail(token);
    if (token === OPEN_ARRAY) {
      const items: ContentOperand[] = [];
      for (let item = this.next(); item !== CLOSE_ARRAY; item = this.next()) {
        if (item === undefined) throw new ContentSyntaxError('Unterminated array.');
        items.push(this.operandFrom(item));
      }
      return { kind: 'array', items };
    }
    if (token === OPEN_DICT) return { kind: 'dict', entries: this.dictionaryEntries('close-dict') };
    if (token === CLOSE_ARRAY || token === CLOSE_DICT) return this.fail(token);
    return token as ContentOperand;
  }

  /** `BI` was read: the image dictionary up to `ID`, then the data up to an `EI` that stands alone. */
  inlineImage(): { parameters: ContentOperand; data: ContentOperand; end: number } {
    const parameters = { kind: 'dict' as const, entries: this.dictionaryEntries('ID') };
    // One whitespace byte separates ID from the data.
    this.position += 1;
    const dataStart = this.position;
    for (let at = dataStart; at + 1 < this.bytes.length; at += 1) {
      const before = at === dataStart ? 0x20 : this.bytes[at - 1];
      if (this.bytes[at] !== 0x45 || this.bytes[at + 1] !== 0x49 || before === undefined || CLASS[before] !== WHITE) continue;
      const after = this.bytes[at + 2];
      if (after !== undefined && CLASS[after] === 0) continue;
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
      if (key === undefined) throw new ContentSyntaxError('Unterminated dictionary.');
      if (key === CLOSE_DICT && closer === 'close-dict') return entries;
      if (key === 'ID' && closer === 'ID') return entries;
      if (typeof key === 'string' || key.kind !== 'name') return this.fail(key);
      const value = this.next();
      if (value === undefined) throw new ContentSyntaxError('Unterminated dictionary.');
      entries.set(key.value, this.operandFrom(value));
    }
  }

  private fail(token: Token): never {
    const what = typeof token === 'string' ? `operator ${token}` : token.kind;
    throw new ContentSyntaxError(`Unexpected ${what} at offset ${this.tokenStart}.`);
  }

  private skipWhitespaceAndComments(): void {
    const { bytes } = this;
    let at = this.position;
    while (at < bytes.length) {
      const byte = bytes[at] as number;
      if (CLASS[byte] === WHITE) at += 1;
      else if (byte === 0x25) {
        while (at < bytes.length && bytes[at] !== 0x0a && bytes[at] !== 0x0d) at += 1;
      } else break;
    }
    this.position = at;
  }

  /** Where the run of regular bytes starting at `start` ends. */
  private runEnd(start: number): number {
    const { bytes } = this;
    let at = start;
    while (at < bytes.length && CLASS[bytes[at] as number] === 0) at += 1;
    return at;
  }

  private name(): string {
    const start = this.position + 1;
    this.position = this.runEnd(start);
    const raw = wordIn(this.bytes, start, this.position);
    return raw.includes('#') ? raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : raw;
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
    const escaped = ESCAPES[byte];
    if (escaped !== undefined) out.push(escaped);
    else if (byte >= 0x30 && byte <= 0x37) {
      let value = byte - 0x30;
      for (let digits = 1; digits < 3; digits += 1) {
        const next = this.bytes[this.position] ?? 0;
        if (next < 0x30 || next > 0x37) break;
        value = value * 8 + (next - 0x30);
        this.position += 1;
      }
      out.push(value & 0xff);
    } else if (byte === 0x0d) {
      if (this.bytes[this.position] === 0x0a) this.position += 1;
    } else if (byte !== 0x0a) out.push(byte);
  }

  /** A hex string; the one- and two-byte strings that show one glyph each are shared (see `SHARED_OPERANDS`). */
  private hexOperand(): ContentOperand {
    const { bytes, position } = this;
    const digits = bytes[position + 3] === 0x3e ? 2 : bytes[position + 5] === 0x3e ? 4 : 0;
    if (digits > 0) {
      let code = 0;
      for (let at = position + 1; at <= position + digits; at += 1) {
        const nibble = HEX_VALUE[bytes[at] as number] as number;
        if (nibble > 15) return { kind: 'string', bytes: this.hexString() };
        code = code * 16 + nibble;
      }
      this.position = position + digits + 2;
      const key = digits === 2 ? code : 0x100 + code;
      let operand = GLYPH_STRINGS[key];
      if (operand === undefined) {
        operand = { kind: 'string', bytes: digits === 2 ? Uint8Array.of(code) : Uint8Array.of(code >> 8, code & 0xff) };
        GLYPH_STRINGS[key] = operand;
      }
      return operand;
    }
    return { kind: 'string', bytes: this.hexString() };
  }

  /** `<…>`: pairs of hex digits, whitespace ignored, a last odd digit completed with 0. */
  private hexString(): Uint8Array {
    const { bytes } = this;
    let nibbles = 0;
    let end = this.position + 1;
    for (; end < bytes.length && bytes[end] !== 0x3e; end += 1) if ((HEX_VALUE[bytes[end] as number] as number) < 16) nibbles += 1;
    if (end >= bytes.length) throw new ContentSyntaxError('Unterminated hex string.');
    const out = new Uint8Array((nibbles + 1) >> 1);
    let index = 0;
    for (let at = this.position + 1; at < end; at += 1) {
      const nibble = HEX_VALUE[bytes[at] as number] as number;
      if (nibble > 15) continue;
      out[index >> 1] = index % 2 === 0 ? nibble << 4 : (out[index >> 1] as number) | nibble;
      index += 1;
    }
    this.position = end + 1;
    return out;
  }
}

const HEX_VALUE = new Uint8Array(256).fill(255);
for (let digit = 0; digit < 16; digit += 1) {
  HEX_VALUE['0123456789abcdef'.charCodeAt(digit)] = digit;
  HEX_VALUE['0123456789ABCDEF'.charCodeAt(digit)] = digit;
}

/**
 * The number a run of regular bytes spells (`[+-]digits[.digits]` or `[+-].digits`), else undefined.
 * The digits make one integer divided once by a power of ten: for up to 15 digits both are exact, so
 * the result is the correctly rounded value `Number()` gives; longer runs go through `Number()`.
 */
function numberIn(bytes: Uint8Array, start: number, end: number): number | undefined {
  let at = start;
  const signed = bytes[at] === 0x2b || bytes[at] === 0x2d;
  if (signed) at += 1;
  let mantissa = 0;
  let scale = 1;
  let digits = 0;
  let point = false;
  for (; at < end; at += 1) {
    const byte = bytes[at] as number;
    if (byte === 0x2e && !point) {
      point = true;
      continue;
    }
    const digit = byte - 0x30;
    if (digit < 0 || digit > 9) return undefined;
    mantissa = mantissa * 10 + digit;
    if (point) scale *= 10;
    digits += 1;
  }
  if (digits === 0) return undefined;
  if (digits > 15) return Number(latin1(bytes.subarray(start, end)));
  const value = mantissa / scale;
  return signed && bytes[start] === 0x2d ? -value : value;
}

/** The bytes as a string, one character a byte; short ones (operators) from a cache. */
function wordIn(bytes: Uint8Array, start: number, end: number): string {
  const length = end - start;
  if (length > 0 && length <= 3) {
    let key = length;
    for (let at = start; at < end; at += 1) key = key * 256 + (bytes[at] as number);
    let word = SHORT_WORDS.get(key);
    if (word === undefined) {
      word = latin1(bytes.subarray(start, end));
      SHORT_WORDS.set(key, word);
    }
    return word;
  }
  return latin1(bytes.subarray(start, end));
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
