import { Parser } from 'htmlparser2';
import { ColophonError } from '../errors.js';

/**
 * How deep an article's elements may nest. Articles nest a dozen levels, web pages a few dozen; thousands of
 * levels (5,000 `<div>`s, or blockquotes) are an attack on the readers: Readability's extraction grows with the cube
 * of the depth (1,000 levels: over 30 s), dom-serializer and other tree walks recurse, and libxml2, under many EPUB
 * readers, refuses XML nested deeper than 256.
 */
export const MAX_NESTING = 200;

/**
 * Throws INPUT_TOO_DEEP when `html` nests elements deeper than MAX_NESTING. The count is htmlparser2's, the
 * parser linkedom builds its tree with, in one streaming pass that keeps no tree and no call stack.
 */
export function assertNestingWithin(html: string, origin: string): void {
  let depth = 0;
  const parser = new Parser(
    {
      onopentag() {
        depth += 1;
        if (depth > MAX_NESTING) {
          throw new ColophonError('INPUT_TOO_DEEP', `${origin}: elements are nested more than ${MAX_NESTING} deep.`, {
            hint: `Colophon reads articles nested at most ${MAX_NESTING} levels deep (blockquotes, lists, divs): flatten the nesting, or save the page again from the browser.`,
          });
        }
      },
      onclosetag() {
        depth -= 1;
      },
    },
    { decodeEntities: false },
  );
  parser.write(html);
  parser.end();
}
