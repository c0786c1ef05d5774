import { sitePathOf } from '../../browser/in-memory-site.js';
import type { BlockedRequest } from '../../browser/reusable-page.js';
import type { Finding, FindingLocation } from '../../model/finding.js';

/**
 * `page-navigates`: the document tried to take the page elsewhere by itself while it was audited — a
 * `<meta http-equiv="refresh">` to another address or to itself. Colophon's browser cancels such a
 * navigation (the document stays, so axe still reads it) and reports it here; a navigation that did
 * replace the document under axe is reported the same way instead of failing the audit. Colophon's own
 * rule (found while axe runs), so its source is that of Colophon's rules for the file: `epub` for an EPUB's
 * content document, `html` for a web page, as for `unsafe-url-scheme`.
 */
export const PAGE_NAVIGATES = 'page-navigates';

const HELP = 'A page must not move readers elsewhere or reload by itself: remove the automatic redirect or refresh (meta http-equiv="refresh"), or link to the new address.';

export interface PageNavigation {
  /** Navigations the browser cancelled while the document was shown. */
  blocked: readonly BlockedRequest[];
  /**
   * The document was replaced under axe anyway (its execution context destroyed, or the page left its URL; `to` is
   * where it went, when known), so its other findings are missing.
   */
  lost: { to: string | undefined } | undefined;
  location: Omit<FindingLocation, 'selector'>;
  /** Where the document's refreshes with no delay go, whether or not Chromium had asked for them yet. */
  declared?: readonly string[];
  /** The document's site path: a target in the site is named by its path, the document's own as "itself". */
  entry: string;
}

/** One finding a target of the page navigations blocked or declared (see `PageNavigation`). */
export function pageNavigatesFindings({ blocked, lost, location, declared = [], entry }: PageNavigation): Finding[] {
  const targets = new Set([...blocked.filter((request) => request.navigation === 'page').map((request) => request.url), ...declared]);
  if (lost?.to !== undefined) targets.add(lost.to);
  const messages = [...targets].map((target) => {
    const path = sitePathOf(target);
    const where = path === entry ? 'to itself (it reloads)' : path === undefined ? `to ${target}` : `to ${path}`;
    return lost
      ? `The page navigated by itself ${where} while it was audited; the findings on its content are incomplete.`
      : `The page tries to navigate by itself ${where}; Colophon cancelled the navigation and audited the page as it was loaded.`;
  });
  if (lost && messages.length === 0) messages.push('The document was replaced while it was audited (it navigated by itself); the findings on its content are incomplete.');
  const source = location.document === undefined ? ('html' as const) : ('epub' as const);
  return messages.map((message) => ({ ruleId: PAGE_NAVIGATES, source, impact: 'serious' as const, location: { ...location }, message, help: HELP }));
}

