import { CHARSTRING_KEY, EEXEC_KEY, decryptType1, eexecBytes } from './eexec.js';
import type { FontProgram } from './font-program.js';

/**
 * A Type 1 font program as a PDF embeds it (/FontFile: /Length1 bytes of clear text, then /Length2 bytes of eexec
 * encrypted private part): the glyph names of its /CharStrings, each glyph's advance width (the hsbw or sbw command
 * that opens its charstring, through the /FontMatrix), and its built-in /Encoding. Undefined when it is not such a
 * program.
 */
export function readType1Program(program: Uint8Array, clearLength: number): FontProgram | undefined {
  const latin1 = new TextDecoder('latin1');
  const clearEnd = clearLength > 0 && clearLength < program.length ? clearLength : findEexec(program);
  if (clearEnd === undefined) return undefined;
  const clear = latin1.decode(program.subarray(0, clearEnd));
  if (!/%!(PS-AdobeFont|FontType1)|\/FontType\s+1\b/.test(clear)) return undefined;
  const priv = decryptType1(eexecBytes(program.subarray(clearEnd)), EEXEC_KEY, 4);
  const text = latin1.decode(priv);
  const lenIV = Number(/\/lenIV\s+(-?\d+)/.exec(text)?.[1] ?? 4);
  const start = /\/CharStrings\s+\d+\s+dict\s+dup\s+begin/.exec(text);
  if (!start) return undefined;
  const charStrings = readCharStrings(priv, text, start.index + start[0].length, lenIV);
  const scale = fontMatrixScale(clear);
  const names = [...charStrings.keys()];
  const glyphByName = new Map(names.map((name, index) => [name, index]));
  const widths = names.map((name) => advanceWidth(charStrings.get(name)!));
  const fact: FontProgram = { format: 'type1', glyphCount: names.length, glyphByName, width: (glyph) => (widths[glyph] === undefined ? undefined : widths[glyph]! * scale) };
  const encoding = builtinEncoding(clear);
  if (encoding) fact.builtinEncoding = encoding;
  return fact;
}

/** Where the clear text ends when /Length1 does not say: just after `eexec` and its end of line. */
function findEexec(program: Uint8Array): number | undefined {
  const text = new TextDecoder('latin1').decode(program.subarray(0, Math.min(program.length, 1 << 20)));
  const match = /currentfile\s+eexec[ \t]*(\r\n|\r|\n)?/.exec(text);
  return match ? match.index + match[0].length : undefined;
}

/** `/name length RD <length bytes> ND` entries (RD also spelt -|, ND also |- or noaccess def), decrypted. */
function readCharStrings(priv: Uint8Array, text: string, from: number, lenIV: number): Map<string, Uint8Array> {
  const entries = new Map<string, Uint8Array>();
  const entry = /\s*\/([^\s/[\]{}()<>%]+)\s+(\d+)\s+(RD|-\|)\s/y;
  let at = from;
  for (;;) {
    entry.lastIndex = at;
    const match = entry.exec(text);
    if (!match) break;
    const length = Number(match[2]);
    const begin = match.index + match[0].length;
    entries.set(match[1]!, lenIV < 0 ? priv.subarray(begin, begin + length) : decryptType1(priv.subarray(begin, begin + length), CHARSTRING_KEY, lenIV));
    at = begin + length;
    const end = /\s*(ND|\|-|noaccess\s+def)/y;
    end.lastIndex = at;
    const closing = end.exec(text);
    if (closing) at = closing.index + closing[0].length;
  }
  return entries;
}

/** The wx of the hsbw (13) or sbw (12 7) command a Type 1 charstring opens with; undefined when it opens otherwise. */
function advanceWidth(charString: Uint8Array): number | undefined {
  const stack: number[] = [];
  for (let at = 0; at < charString.length; ) {
    const v = charString[at]!;
    if (v >= 32) {
      if (v <= 246) (stack.push(v - 139), (at += 1));
      else if (v <= 250) (stack.push((v - 247) * 256 + charString[at + 1]! + 108), (at += 2));
      else if (v <= 254) (stack.push(-(v - 251) * 256 - charString[at + 1]! - 108), (at += 2));
      else (stack.push(new DataView(charString.buffer, charString.byteOffset + at + 1, 4).getInt32(0)), (at += 5));
      continue;
    }
    if (v === 13) return stack[1];
    if (v === 12 && charString[at + 1] === 7) return stack[2];
    return undefined;
  }
  return undefined;
}

/** Text space units per glyph unit × 1000, from /FontMatrix (0.001 by default: 1). */
function fontMatrixScale(clear: string): number {
  const matrix = /\/FontMatrix\s*[[{]\s*([-+.\deE]+)/.exec(clear);
  const first = matrix ? Number(matrix[1]) : 0.001;
  return Number.isFinite(first) && first > 0 ? first * 1000 : 1;
}

/** `/Encoding StandardEncoding def` (not spelt out here: undefined), or the `dup <code> /<name> put` entries. */
function builtinEncoding(clear: string): Map<number, string> | undefined {
  const at = clear.indexOf('/Encoding');
  if (at < 0 || /^\/Encoding\s+StandardEncoding/.test(clear.slice(at))) return undefined;
  const encoding = new Map<number, string>();
  const end = clear.indexOf('readonly def', at);
  for (const match of clear.slice(at, end < 0 ? undefined : end).matchAll(/dup\s+(\d+)\s*\/([^\s/[\]{}()<>%]+)\s+put/g)) encoding.set(Number(match[1]), match[2]!);
  return encoding.size > 0 ? encoding : undefined;
}
