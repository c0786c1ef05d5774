/**
 * A PDF content stream as operations (operands, then the operator), read by this small tokenizer of the tests'
 * own, so that the outside judge (tests/pdf/outside-judge.test.ts) shares no parser with Colophon.
 * Operands are kept as simple values: numbers, names ("/Name"), strings (their raw bytes as Latin-1),
 * arrays and dictionaries (keys without the slash's loss: "/MCID").
 */
export type Operand = number | string | boolean | null | Operand[] | { [key: string]: Operand };

export interface Operation {
  operator: string;
  operands: Operand[];
}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([...'()<>[]{}/%'].map((character) => character.charCodeAt(0)));

export function contentOperations(bytes: Uint8Array): Operation[] {
  const text = Buffer.from(bytes).toString('latin1');
  let at = 0;
  const operations: Operation[] = [];

  const skipSpace = (): void => {
    while (at < text.length) {
      const code = text.charCodeAt(at);
      if (WHITESPACE.has(code)) at += 1;
      else if (code === 0x25) while (at < text.length && text[at] !== '\n' && text[at] !== '\r') at += 1;
      else break;
    }
  };
  const regular = (): string => {
    const start = at;
    while (at < text.length && !WHITESPACE.has(text.charCodeAt(at)) && !DELIMITERS.has(text.charCodeAt(at))) at += 1;
    return text.slice(start, at);
  };
  const literalString = (): string => {
    let depth = 1;
    let out = '';
    at += 1;
    while (at < text.length && depth > 0) {
      const character = text[at]!;
      if (character === '\\') {
        out += text.slice(at, at + 2);
        at += 2;
        continue;
      }
      if (character === '(') depth += 1;
      if (character === ')') depth -= 1;
      if (depth > 0) out += character;
      at += 1;
    }
    return out;
  };
  /** One operand, or an operator word (returned as `{ word }`). */
  const next = (): Operand | { word: string } | undefined => {
    skipSpace();
    if (at >= text.length) return undefined;
    const character = text[at]!;
    if (character === '(') return literalString();
    if (character === '/') {
      at += 1;
      return `/${regular()}`;
    }
    if (character === '[') {
      at += 1;
      const items: Operand[] = [];
      for (;;) {
        skipSpace();
        if (text[at] === ']' || at >= text.length) break;
        const item = next();
        if (item === undefined) break;
        items.push(isWord(item) ? item.word : item);
      }
      at += 1;
      return items;
    }
    if (text.startsWith('<<', at)) {
      at += 2;
      const dict: { [key: string]: Operand } = {};
      for (;;) {
        skipSpace();
        if (text.startsWith('>>', at) || at >= text.length) break;
        const key = next();
        const value = next();
        if (typeof key === 'string' && value !== undefined) dict[key] = isWord(value) ? value.word : value;
      }
      at += 2;
      return dict;
    }
    if (character === '<') {
      const end = text.indexOf('>', at);
      const hex = text.slice(at + 1, end).replace(/\s/g, '');
      at = end + 1;
      return Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex').toString('latin1');
    }
    if (character === ']' || character === ')' || character === '>' || character === '{' || character === '}') {
      at += 1;
      return { word: character };
    }
    const word = regular();
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) return Number(word);
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null') return null;
    return { word };
  };

  let operands: Operand[] = [];
  for (;;) {
    const token = next();
    if (token === undefined) break;
    if (!isWord(token)) {
      operands.push(token);
      continue;
    }
    if (token.word === 'BI') {
      // Inline image: key/value pairs up to ID, then binary data up to an EI standing alone.
      const end = text.slice(at).search(/\sID[\s]/);
      const dataStart = at + end + 4;
      const finish = /\sEI(?=[\s]|$)/g;
      finish.lastIndex = dataStart;
      const match = finish.exec(text);
      at = match ? match.index + 3 : text.length;
      operations.push({ operator: 'BI', operands: [] });
      operands = [];
      continue;
    }
    operations.push({ operator: token.word, operands });
    operands = [];
  }
  return operations;
}

function isWord(token: unknown): token is { word: string } {
  return typeof token === 'object' && token !== null && !Array.isArray(token) && 'word' in token && Object.keys(token).length === 1;
}
