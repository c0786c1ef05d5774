/**
 * CSS values in SVG images (style attributes and presentation attributes such as `fill`) are read the way a
 * browser tokenizes them before they are judged: `u\72l(`, `u\000072 l(`, `\75rl(` and `u` + an empty comment + `rl(` are all
 * `url(` to a browser, and must be to the check too. A value is kept only in its decoded form, so what was checked is
 * exactly what a browser reads.
 */

/** The value with comments removed (outside strings) and every CSS escape decoded. */
export function decodeCss(value: string): string {
  let out = '';
  let quote: string | undefined;
  for (let index = 0; index < value.length; index += 1) {
    const char = value[index] as string;
    if (!quote && char === '/' && value[index + 1] === '*') {
      const end = value.indexOf('*/', index + 2);
      if (end === -1) break; // An unterminated comment runs to the end of the value.
      index = end + 1;
      continue;
    }
    if (char === '\\') {
      const hex = /^[0-9a-fA-F]{1,6}/.exec(value.slice(index + 1, index + 7))?.[0];
      if (hex) {
        const code = Number.parseInt(hex, 16);
        out += code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
        index += hex.length;
        // One whitespace after a hex escape belongs to the escape (`\r\n` counts as one).
        if (value[index + 1] === '\r' && value[index + 2] === '\n') index += 2;
        else if (/[ \t\n\r\f]/.test(value[index + 1] ?? '')) index += 1;
      } else if (/[\n\r\f]/.test(value[index + 1] ?? '')) {
        index += value[index + 1] === '\r' && value[index + 2] === '\n' ? 2 : 1; // An escaped newline is nothing.
      } else if (index + 1 < value.length) {
        out += value[index + 1];
        index += 1;
      }
      continue;
    }
    if (quote && char === quote) quote = undefined;
    else if (!quote && (char === '"' || char === "'")) quote = char;
    out += char;
  }
  return out;
}

/** Functions a drawing's CSS values may call: colours, transforms and arithmetic. None of them fetches. */
const SAFE_FUNCTIONS = new Set([
  'rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch',
  'matrix', 'translate', 'translatex', 'translatey', 'scale', 'scalex', 'scaley', 'rotate', 'skewx', 'skewy',
  'calc', 'min', 'max', 'clamp',
]);

/**
 * True when a decoded CSS value reaches nothing outside the drawing: `url()` only to `#id`, no other function but
 * SAFE_FUNCTIONS (so no `image-set()`, `image()`, `src()`, `expression()`), no at-rule, and nothing left that a
 * browser would decode again (a backslash, a comment opener) or that ends a declaration or a block.
 */
export function isSafeCssValue(decoded: string): boolean {
  if (/[\\@{};<>]|\/\*/.test(decoded)) return false;
  for (const match of decoded.matchAll(/([a-z_-][a-z0-9_-]*)?\s*\(/gi)) {
    const name = (match[1] ?? '').toLowerCase();
    if (name === 'url') {
      if (!/^\(\s*["']?#[^\s"'()]*["']?\s*\)/.test(decoded.slice((match.index ?? 0) + match[0].length - 1))) return false;
    } else if (!SAFE_FUNCTIONS.has(name)) {
      return false;
    }
  }
  return true;
}
