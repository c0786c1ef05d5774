/**
 * A `<meta http-equiv="refresh" content="…">` as a browser reads it: the HTML standard's "shared declarative
 * refresh steps" (https://html.spec.whatwg.org/#shared-declarative-refresh-steps). `seconds` is the whole part
 * of the delay; `url` the address it goes to, resolved against `base` (the document's own when the content
 * names none). Undefined when a browser would not refresh at all (no delay, or an address that does not parse).
 *
 * Read by the audit, not by the sanitizer (which removes every `<meta http-equiv>`): the `unsafe-url-scheme`
 * rule reads a refresh's address more loosely on purpose, as a lax reading system might.
 */
export interface DeclaredRefresh {
  seconds: number;
  url: string;
}

const WHITESPACE = /[\t\n\f\r ]/;

export function parseDeclaredRefresh(content: string, base: string): DeclaredRefresh | undefined {
  let position = 0;
  const at = () => content[position] ?? '';
  const skipWhitespace = () => {
    while (position < content.length && WHITESPACE.test(at())) position += 1;
  };
  skipWhitespace();
  const start = position;
  while (/[0-9]/.test(at())) position += 1;
  const time = content.slice(start, position);
  if (time === '' && at() !== '.') return undefined;
  const seconds = time === '' ? 0 : Number.parseInt(time, 10);
  while (/[0-9.]/.test(at())) position += 1;
  let urlString: string | undefined;
  if (position < content.length) {
    if (!/[;,\t\n\f\r ]/.test(at())) return undefined;
    skipWhitespace();
    if (at() === ';' || at() === ',') position += 1;
    skipWhitespace();
  }
  if (position < content.length) urlString = addressOf(content, position);
  try {
    return { seconds, url: new URL(urlString ?? base, base).href };
  } catch {
    return undefined;
  }
}

/** Step 11 of the standard's steps, from `position`: an optional `url =` and quotes around the address. */
function addressOf(content: string, start: number): string {
  let position = start;
  const at = () => content[position] ?? '';
  const whole = content.slice(start);
  if (!/[Uu]/.test(at())) return unquoted(content, position);
  position += 1;
  if (!/[Rr]/.test(at())) return whole;
  position += 1;
  if (!/[Ll]/.test(at())) return whole;
  position += 1;
  while (WHITESPACE.test(at())) position += 1;
  if (at() !== '=') return whole;
  position += 1;
  while (WHITESPACE.test(at())) position += 1;
  return unquoted(content, position);
}

/** "Skip quotes": an opening quote is dropped, and the address ends at the same quote if it comes again. */
function unquoted(content: string, position: number): string {
  const quote = content[position] === '"' || content[position] === "'" ? content[position] : '';
  const rest = content.slice(position + quote.length);
  const end = quote === '' ? -1 : rest.indexOf(quote);
  return end === -1 ? rest : rest.slice(0, end);
}
