import { classWords } from './class-words.js';

/**
 * Page furniture: what a news page holds besides its article. Removed before extraction, with everything inside:
 * elements that run, fetch or take input; navigation, banners, footers and asides; and blocks whose class or id
 * names them as cookie banners, ads, share buttons, related links, newsletters, comments, kickers or bylines
 * (the byline is read into the metadata first). The article itself (`article`, `main`) is never removed.
 */
const NON_CONTENT = 'script, style, noscript, template, iframe, frame, frameset, object, embed, applet, link, meta, base, form, input, button, select, textarea, dialog, canvas, audio, video, svg, math';
const FURNITURE_ELEMENTS = 'nav, aside, footer, [role="navigation"], [role="banner"], [role="contentinfo"], [role="search"], [role="complementary"], [role="dialog"], [role="alertdialog"], [hidden], [aria-hidden="true"]';

/** Parts of a class or id (split at `-`, `_` and case changes) that name furniture. */
const FURNITURE_WORDS = new Set([
  'cookie', 'cookies', 'consent', 'gdpr', 'rgpd', 'banner', 'popup', 'modal', 'overlay', 'paywall',
  'ad', 'ads', 'advert', 'advertisement', 'pub', 'publicite', 'sponsor', 'sponsored', 'promo', 'outbrain', 'taboola',
  'share', 'sharing', 'social', 'partage', 'related', 'recommended', 'recommendations', 'newsletter', 'subscribe', 'abonnement',
  'comment', 'comments', 'commentaires', 'breadcrumb', 'breadcrumbs', 'sidebar', 'nav', 'navigation', 'menu', 'footer',
  'kicker', 'surtitre', 'byline', 'dateline', 'author', 'tags', 'toolbar', 'print', 'skip',
]);

export function removePageFurniture(document: Document): void {
  for (const element of Array.from(document.querySelectorAll(NON_CONTENT))) {
    if (!element.closest('head')) element.remove();
  }
  const body = document.body;
  if (!body) return;
  for (const element of Array.from(body.querySelectorAll(FURNITURE_ELEMENTS))) removeUnlessArticle(element);
  // A site header; an article's own header (headline, lead) stays.
  for (const element of Array.from(body.querySelectorAll('header'))) {
    if (!element.closest('article, main, [role="main"]')) removeUnlessArticle(element);
  }
  // Inside a figure, a class such as `photo-author` names the credit: the figure rule reads it.
  for (const element of Array.from(body.querySelectorAll('[class], [id]'))) {
    if (isNamedFurniture(element) && !element.closest('figure')) removeUnlessArticle(element);
  }
}

/** True when the element's class or id names page furniture (`cookie-banner`, `share-buttons`, `adTop`). */
export function isNamedFurniture(element: Element): boolean {
  return Array.from(classWords(element)).some((word) => FURNITURE_WORDS.has(word));
}

function removeUnlessArticle(element: Element): void {
  if (!element.isConnected) return;
  if (element.matches('html, body, main, article, [role="main"], [itemprop="articleBody"]')) return;
  if (element.querySelector('article, main, [role="main"], [itemprop="articleBody"], h1')) return;
  element.remove();
}
