import { classWords } from './class-words.js';

/**
 * The kinds of page furniture, each with the class or id words that name it (split at `-`, `_` and case changes:
 * `cookie-banner`, `adTop`), in order of precedence: a `cookie-banner` is a cookie notice, not a banner. The report
 * groups what was dropped by kind, so that a page's furniture is a handful of findings, not one per element.
 */
const WORD_KINDS: ReadonlyArray<readonly [kind: string, words: readonly string[]]> = [
  ['cookie notice', ['cookie', 'cookies', 'consent', 'gdpr', 'rgpd']],
  ['advertising', ['ad', 'ads', 'advert', 'advertisement', 'pub', 'publicite', 'sponsor', 'sponsored', 'promo', 'outbrain', 'taboola']],
  ['newsletter and subscription', ['newsletter', 'subscribe', 'abonnement', 'paywall']],
  ['sharing buttons', ['share', 'sharing', 'social', 'partage']],
  ['related links', ['related', 'recommended', 'recommendations']],
  ['comments', ['comment', 'comments', 'commentaires']],
  ['navigation', ['breadcrumb', 'breadcrumbs', 'nav', 'navigation', 'menu', 'skip']],
  ['sidebar', ['sidebar']],
  ['footer', ['footer']],
  ['pop-up', ['popup', 'modal', 'overlay', 'banner']],
  ['kicker, byline and tags', ['kicker', 'surtitre', 'byline', 'dateline', 'author', 'tags']],
  ['toolbar', ['toolbar', 'print']],
];

/** Elements and roles that are furniture whatever their class, with their kind when no class word names one. */
const ELEMENT_KINDS: ReadonlyArray<readonly [kind: string, selector: string]> = [
  ['navigation', 'nav, [role="navigation"]'],
  ['sidebar', 'aside, [role="complementary"]'],
  ['footer', 'footer, [role="contentinfo"]'],
  ['site header', 'header, [role="banner"]'],
  ['search', '[role="search"]'],
  ['pop-up', 'dialog, [role="dialog"], [role="alertdialog"]'],
  ['hidden', '[hidden], [aria-hidden="true"]'],
];

const KIND_OF_WORD = new Map(WORD_KINDS.flatMap(([kind, words]) => words.map((word) => [word, kind] as const)));
const PRECEDENCE = new Map(WORD_KINDS.map(([kind], index) => [kind, index]));

/** The furniture kind a class or id names (`cookie-banner` → cookie notice), if it names one. */
export function namedFurnitureKind(element: Element): string | undefined {
  const kinds = Array.from(classWords(element)).flatMap((word) => KIND_OF_WORD.get(word) ?? []);
  return kinds.sort((a, b) => (PRECEDENCE.get(a) ?? 0) - (PRECEDENCE.get(b) ?? 0))[0];
}

/** The kind of a piece of furniture: what its class names, else what the element or its role is. */
export function furnitureKind(element: Element): string {
  return namedFurnitureKind(element) ?? ELEMENT_KINDS.find(([, selector]) => element.matches(selector))?.[0] ?? 'other furniture';
}
