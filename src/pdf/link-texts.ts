import { getElementsByTagName, textContent } from 'domutils';
import { parseFragment } from '../markup/html-tree.js';

/**
 * The text of each link of the article, by its `href` (`https://…` or `#id`): what a link
 * annotation's /Contents should say. The first link wins when several share an href; soft hyphens
 * (print hyphenation) are dropped and whitespace collapsed.
 */
export function linkTextsOf(articleHtml: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const anchor of getElementsByTagName('a', parseFragment(articleHtml).children, true)) {
    const href = anchor.attribs['href']?.trim();
    const text = textContent(anchor).replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();
    if (href && text && !texts.has(href)) texts.set(href, text);
  }
  return texts;
}
