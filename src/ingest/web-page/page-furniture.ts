import type { DroppedPart } from './dropped-part.js';
import { textLength } from './dropped-part.js';
import { furnitureKind, namedFurnitureKind } from './furniture-kinds.js';
import { pagePath } from './page-paths.js';

/** The page's article: what counts as the main content when telling its media from the page's. */
export const ARTICLE_ROOT = 'article, main, [role="main"], [itemprop="articleBody"]';

/** What runs, styles or describes the page: never content, removed first and never reported. */
const NEVER_CONTENT = 'script, style, noscript, template, link, meta, base';
/**
 * Media, embeds, forms and inline SVG: removed with everything inside. In the article they are reported one by one
 * (minor; moderate when they held text); outside it, with the furniture. MathML is content, not on this list: it goes
 * on to Readability (which keeps it as phrasing content) and the sanitizer's MathML allowlist.
 */
const MEDIA_AND_FORMS = 'iframe, frame, frameset, object, embed, applet, form, input, button, select, textarea, canvas, audio, video, svg';
const FURNITURE_ELEMENTS = 'nav, aside, footer, dialog, [role="navigation"], [role="banner"], [role="contentinfo"], [role="search"], [role="complementary"], [role="dialog"], [role="alertdialog"], [hidden], [aria-hidden="true"]';

/**
 * Page furniture: what a news page holds besides its article. Removed before extraction, with everything inside:
 * what runs or styles the page; navigation, banners, footers, asides, dialogs and hidden elements; blocks whose class
 * or id names them as cookie notices, ads, share buttons, related links, newsletters, comments, kickers or bylines (the
 * byline is read into the metadata first); then media, embeds and forms. The article itself (`article`, `main`) is
 * never removed. Returns what went, for the report: furniture by kind, and the article's own media one by one.
 */
export function removePageFurniture(document: Document): DroppedPart[] {
  const dropped: DroppedPart[] = [];
  for (const element of Array.from(document.querySelectorAll(NEVER_CONTENT))) {
    if (!element.closest('head')) element.remove();
  }
  const body = document.body;
  if (!body) return dropped;
  const furniture = (element: Element, kind = furnitureKind(element)) => {
    if (!removable(element)) return;
    dropped.push({ reason: 'furniture', kind, text: textLength(element), path: pagePath(element) });
    element.remove();
  };
  for (const element of Array.from(body.querySelectorAll(FURNITURE_ELEMENTS))) furniture(element);
  // A site header; an article's own header (headline, lead) stays.
  for (const element of Array.from(body.querySelectorAll('header'))) {
    if (!element.closest(ARTICLE_ROOT)) furniture(element);
  }
  // Inside a figure, a class such as `photo-author` names the credit: the figure rule reads it.
  for (const element of Array.from(body.querySelectorAll('[class], [id]'))) {
    const kind = element.closest('figure') ? undefined : namedFurnitureKind(element);
    if (kind) furniture(element, kind);
  }
  // Furniture first, so that an icon or a form inside a share bar or a cookie notice goes with it, as furniture.
  const article = body.querySelector(ARTICLE_ROOT) ?? body;
  for (const element of Array.from(body.querySelectorAll(MEDIA_AND_FORMS))) {
    if (!element.isConnected) continue; // inside a form or an object already removed
    if (element.querySelector(`${ARTICLE_ROOT}, h1`)) {
      // A form around the whole page (ASP.NET wraps every page in one) holds the article: its tag goes, not the article.
      element.replaceWith(...Array.from(element.childNodes));
      continue;
    }
    const text = textLength(element);
    const path = pagePath(element);
    if (article.contains(element)) dropped.push({ reason: 'content', element: element.tagName.toLowerCase(), text, path });
    else dropped.push({ reason: 'furniture', kind: 'embeds and forms outside the article', text, path });
    element.remove();
  }
  return dropped;
}

/** Furniture is removed unless it is, or holds, the article (a headline, an article or main element). */
function removable(element: Element): boolean {
  if (!element.isConnected) return false;
  if (element.matches(`html, body, ${ARTICLE_ROOT}`)) return false;
  return !element.querySelector(`${ARTICLE_ROOT}, h1`);
}
