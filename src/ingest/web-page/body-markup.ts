import { checkLinkUrl, safeHref } from '../../sanitize/url-policy.js';
import { removePagePositions } from './page-paths.js';

const SEQ = 'data-colophon-seq';

/**
 * Tidies the extracted body into Colophon's semantic HTML before the sanitizer sees it:
 * the page's article and main elements and the wrapper divs extraction leaves are unwrapped (a div that carries `lang` or `dir` stays),
 * headings start at h2 and never skip a level, links are made absolute against the page's own URL
 * (a link that cannot be becomes its text), and ids nothing links to are dropped (they could clash with Colophon's).
 */
export function tidyBody(body: Element, pageUrl: string | undefined): string {
  // Colophon's document is the one <article>: the page's own article and main wrappers go (a lang or dir moves to a div).
  for (const wrapper of Array.from(body.querySelectorAll('article, main'))) {
    const div = wrapper.ownerDocument.createElement('div');
    for (const name of ['lang', 'dir']) if (wrapper.hasAttribute(name)) div.setAttribute(name, wrapper.getAttribute(name) ?? '');
    div.append(...Array.from(wrapper.childNodes));
    wrapper.replaceWith(div);
  }
  for (const div of Array.from(body.querySelectorAll('div')).reverse()) {
    if (!div.hasAttribute('lang') && !div.hasAttribute('dir')) div.replaceWith(...Array.from(div.childNodes));
  }
  normalizeHeadings(body);
  const targets = new Set<string>();
  for (const link of Array.from(body.querySelectorAll('a'))) {
    const href = absoluteHref(link.getAttribute('href'), pageUrl);
    if (href === undefined) link.replaceWith(...Array.from(link.childNodes));
    else if (href.startsWith('#')) targets.add(href.slice(1));
    if (href !== undefined) link.setAttribute('href', href);
    for (const name of link.getAttributeNames()) if (!['href', 'hreflang', 'lang', 'dir', 'title'].includes(name)) link.removeAttribute(name);
  }
  for (const element of Array.from(body.querySelectorAll('[id]'))) {
    if (!targets.has(element.getAttribute('id') ?? '') && !/^figure-\d+$/.test(element.getAttribute('id') ?? '')) element.removeAttribute('id');
  }
  for (const element of Array.from(body.querySelectorAll(`[${SEQ}]`))) element.removeAttribute(SEQ);
  removePagePositions(body);
  for (const paragraph of Array.from(body.querySelectorAll('p'))) {
    if ((paragraph.textContent ?? '').trim() === '' && !paragraph.querySelector('img')) paragraph.remove();
  }
  for (const node of Array.from(body.childNodes)) {
    if (node.nodeType === 3 && (node.textContent ?? '').trim() === '') node.textContent = '\n';
  }
  return body.innerHTML.trim();
}

function normalizeHeadings(body: Element): void {
  const headings = Array.from(body.querySelectorAll('h1, h2, h3, h4, h5, h6'));
  const levels = [...new Set(headings.map((heading) => Number(heading.tagName.slice(1))))].sort();
  // Each level used maps to the next free level from h2: h1,h3 → h2,h3; h3,h5 → h2,h3.
  const target = new Map(levels.map((level, index) => [level, Math.min(6, index + 2)]));
  for (const heading of headings) {
    const level = target.get(Number(heading.tagName.slice(1))) ?? 2;
    if (`h${level}` === heading.tagName.toLowerCase()) continue;
    const replacement = heading.ownerDocument.createElement(`h${level}`);
    for (const name of heading.getAttributeNames()) replacement.setAttribute(name, heading.getAttribute(name) ?? '');
    replacement.append(...Array.from(heading.childNodes));
    heading.replaceWith(replacement);
  }
}

/**
 * The link made absolute against the page's address when the one URL policy allows it. A link with a scheme the policy
 * refuses (`javascript:`…) is kept as written: ingest reports it (url-refused) and the sanitizer then removes it.
 */
function absoluteHref(href: string | null, pageUrl: string | undefined): string | undefined {
  if (!href) return undefined;
  if (href.startsWith('#')) return href.length > 1 ? href : undefined;
  const checked = checkLinkUrl(href);
  if (!checked.ok && checked.scheme !== undefined) return href;
  try {
    return safeHref((pageUrl ? new URL(href, pageUrl) : new URL(href)).href);
  } catch {
    return undefined;
  }
}
