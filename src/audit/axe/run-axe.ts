import type { BlockedRequest, RenderingBrowser } from '../../browser/rendering-browser.js';
import { type InMemorySite, type SiteFile, sitePathOf } from '../../browser/in-memory-site.js';
import type { Page } from 'puppeteer-core';
import type { Finding, FindingLocation, Impact } from '../../model/finding.js';
import { AxeMemo, axeMemoKey, RecordingSite } from './axe-memo.js';
import { ACE_EPUB_AXE_SETUP, aceRuleSwitches } from './ace-epub-profile.js';
import { type AxeCarried, ruleRecord } from './axe-results.js';
import { axeSource } from './axe-source.js';
import { loadableInPlace, loadInPlace } from './load-in-place.js';
import { parseDeclaredRefresh } from './declared-refresh.js';
import { pageNavigatesFindings } from './page-navigates.js';

/** The WCAG rule sets axe runs by default: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const DEFAULT_AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface AxeRunOptions {
  browser: RenderingBrowser;
  site: InMemorySite;
  /** The site path of the document to check. */
  entry: string;
  /** Where findings say they were found. */
  location: Omit<FindingLocation, 'selector'>;
  tags?: readonly string[];
  /**
   * Reuse what can be: the findings of a byte-identical document audited before by this browser (see
   * `AxeMemo`), and an open page for the next XHTML document (see `runAxeOnDocuments`). Default true; false
   * audits every document on a page of its own after a navigation (the tests compare the two).
   */
  reuse?: boolean;
}

/** One memo a browser (browsers launched with other options may see a document otherwise), for as long as it lives. */
const memos = new WeakMap<RenderingBrowser, AxeMemo>();

function memoOf(browser: RenderingBrowser): AxeMemo {
  let memo = memos.get(browser);
  if (!memo) {
    memo = new AxeMemo();
    memos.set(browser, memo);
  }
  return memo;
}

interface AxeNode { target: unknown[]; failureSummary?: string; impact?: string | null }
interface AxeViolation { id: string; impact?: string | null; description: string; help: string; helpUrl: string; nodes: AxeNode[] }

/**
 * Runs axe-core on one document in the locked-down browser: the page's own scripts never run
 * (CSP `script-src 'none'`), axe is evaluated through DevTools, and nothing loads from outside the site.
 * A document that tries to navigate by itself is a `page-navigates` finding, never a failed audit: the
 * browser cancels the navigation, and should the document be replaced all the same ("Execution context
 * was destroyed"), what is known is reported and the other files of the audit go on.
 */
export async function runAxe(options: AxeRunOptions): Promise<Finding[]> {
  const [findings] = await runAxeOnDocuments({ ...options, documents: [{ entry: options.entry, location: options.location }] });
  return findings ?? [];
}

export interface AxeDocumentsOptions extends Omit<AxeRunOptions, 'entry' | 'location'> {
  /** Documents of one site, in order (an EPUB's content documents). */
  documents: ReadonlyArray<{ entry: string; location: Omit<FindingLocation, 'selector'> }>;
  /** Pages to audit them on at once (default 2). */
  pages?: number;
}

/** Pages one call audits documents on at once by default (the browser's pool may lend fewer). */
const PARALLEL_PAGES = 2;

/** Forgets what the memo holds for `browser` (tests: to audit the same documents again). */
export function forgetAxeResults(browser: RenderingBrowser): void {
  memos.delete(browser);
}

/**
 * `runAxe` on several documents of one site, each with the findings it would have alone: documents met
 * before come from the memo; the others go to axe on up to two pages at once, each page opened on its first
 * document by a navigation and given the next ones in place (`loadInPlace`) while they are plain XHTML.
 */
export async function runAxeOnDocuments(options: AxeDocumentsOptions): Promise<Finding[][]> {
  const source = await axeSource();
  const tags = [...(options.tags ?? DEFAULT_AXE_TAGS)];
  const reuse = options.reuse !== false;
  const memo = memoOf(options.browser);
  const results: Array<Finding[] | undefined> = [];
  const keys = options.documents.map(({ entry, location }) => axeMemoKey({ axeSource: source, tags, inEpub: location.document !== undefined, entry, file: options.site.get(entry) }));
  const missing: number[] = [];
  options.documents.forEach(({ location }, index) => {
    results[index] = reuse ? memo.lookup(keys[index] as string, options.site, location) : undefined;
    if (!results[index]) missing.push(index);
  });
  // Without reuse, as before issue 15: every document on a page of its own, opened by a navigation.
  const share = reuse ? Math.ceil(missing.length / Math.max(1, options.pages ?? PARALLEL_PAGES)) : 1;
  const groups = Array.from({ length: Math.ceil(missing.length / Math.max(1, share)) }, (_, group) => missing.slice(group * share, (group + 1) * share));
  await Promise.all(
    groups.map((group) => {
      const site = new RecordingSite(options.site);
      return axeInSequence({ browser: options.browser, site, documents: group.map((index) => options.documents[index]!), source, tags }, (position, result) => {
        const index = group[position] as number;
        results[index] = result.findings;
        // A document replaced under axe gave partial findings: audited again next time.
        if (reuse && result.complete) memo.store(keys[index] as string, options.site, site.requested, result.findings);
      });
    }),
  );
  return results.map((findings) => findings ?? []);
}

interface Sequence {
  browser: RenderingBrowser;
  site: RecordingSite;
  documents: AxeDocumentsOptions['documents'];
  source: string;
  tags: string[];
}

/**
 * axe on `documents` one after the other: a page opened on the first by a navigation, the next ones written
 * into it in place while they can be (plain XHTML after a document that did not try to navigate), else a new
 * page use. `done` is told each document's findings as soon as they are known, with `site.requested` holding
 * the paths that document asked for; `complete` false: the document was replaced under axe.
 */
async function axeInSequence(sequence: Sequence, done: (position: number, result: { findings: Finding[]; complete: boolean }) => void): Promise<void> {
  const { documents, site } = sequence;
  let index = 0;
  while (index < documents.length) {
    let navigations: readonly BlockedRequest[] = [];
    let firstBlocked = 0;
    let shown: () => string = () => '';
    site.requested.clear();
    try {
      await sequence.browser.withPage({ site, entry: documents[index]!.entry, scripts: 'devtools-only', preload: sequence.source }, async ({ page, blocked, showAnother }) => {
        navigations = blocked;
        firstBlocked = 0;
        shown = () => {
          try {
            return page.url();
          } catch {
            return '';
          }
        };
        // The document the page shows: a refresh it holds could still fire after it was replaced, so it is left by a navigation.
        let shownText = textOf(site.get(documents[index]!.entry));
        for (let first = true; index < documents.length; first = false) {
          const { entry, location } = documents[index]!;
          if (!first) {
            const text = textOf(site.get(entry));
            const leave = shownText === undefined || !loadableInPlace(shownText) || blocked.slice(firstBlocked).some((request) => request.navigation);
            if (leave || text === undefined || !loadableInPlace(text)) return;
            // A worn page (it has shown as many documents as a page may) is replaced: the next document opens a new use.
            if (!showAnother()) return;
            shownText = text;
            site.requested.clear();
            firstBlocked = blocked.length;
            if (!(await loadInPlace(page, entry, text))) return;
          }
          const { findings, refreshes } = await axeViolations(page, sequence.tags, location);
          const lost = showsEntry(page.url(), entry) ? undefined : { to: page.url() };
          done(index, { findings: [...findings, ...pageNavigatesFindings({ blocked: blocked.slice(firstBlocked), lost, location, declared: refreshes, entry })], complete: lost === undefined });
          index += 1;
          if (lost) return;
        }
      });
    } catch (error) {
      // The page is discarded by withPage; the document's navigation is this file's finding. axe itself may fail
      // on a document being replaced under it (e.g. "Cannot read properties of null"): the page left its entry then.
      const { entry, location } = documents[index]!;
      const left = shown();
      if (!documentLost(error) && (left === '' || showsEntry(left, entry))) throw error;
      done(index, { findings: pageNavigatesFindings({ blocked: navigations.slice(firstBlocked), lost: { to: left !== '' && !showsEntry(left, entry) ? left : undefined }, location, entry }), complete: false });
      index += 1;
    }
  }
}

/** An XHTML document's text, or undefined for anything else (which is always opened by a navigation). */
function textOf(file: SiteFile | undefined): string | undefined {
  if (!file || !file.mediaType.startsWith('application/xhtml+xml')) return undefined;
  return typeof file.body === 'string' ? file.body : new TextDecoder().decode(file.body);
}

/** Whether the page still shows the document it was opened on (URLs compared as site paths: Chromium may escape a path otherwise). */
function showsEntry(url: string, entry: string): boolean {
  return sitePathOf(url) === entry;
}

/** Errors DevTools gives when the document under evaluation was replaced or its frame went away. */
function documentLost(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Execution context was destroyed|Cannot find context with specified id|detached Frame|frame (was|got) detached|Inspected target navigated or closed/i.test(message);
}

/**
 * axe's violations as findings, followed by what `splitAxeResults` takes apart again (axe-results.ts): its "needs
 * review" results and a record of each rule that passed or had nothing to check. An EPUB content document (a location
 * with a `document`) is checked with Ace's configuration (ace-epub-profile.ts).
 *
 * `refreshes`: where the document's own `<meta http-equiv="refresh">` with no delay sends the page, read from its
 * DOM. Whether Chromium's navigation for it reaches the request handler before axe ends is a race (it lost one CI
 * run in several); what the document declares is not. (A delayed refresh is axe's `meta-refresh`.)
 */
async function axeViolations(page: Page, tags: string[], location: AxeRunOptions['location']): Promise<{ findings: Finding[]; refreshes: string[] }> {
  const inEpub = location.document !== undefined;
  if (inEpub) await page.evaluate(ACE_EPUB_AXE_SETUP);
  const results = (await page.evaluate(
    (runTags: string[], rules: Record<string, { enabled: boolean }>) =>
      (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<Record<'violations' | 'incomplete' | 'passes' | 'inapplicable', Array<{ id: string }>>> } }).axe
        .run(document, { runOnly: { type: 'tag', values: runTags }, rules, resultTypes: ['violations', 'incomplete'] })
        .then((all) => ({
          violations: all.violations,
          incomplete: all.incomplete,
          passes: all.passes.map((rule) => rule.id),
          inapplicable: all.inapplicable.map((rule) => rule.id),
          base: document.baseURI,
          // HTML's <meta> only (an SVG or MathML element named meta refreshes nothing).
          refreshes: Array.from(document.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'meta'))
            .filter((meta) => meta.hasAttribute('content') && (meta.getAttribute('http-equiv') ?? '').trim().toLowerCase() === 'refresh')
            .map((meta) => meta.getAttribute('content') ?? ''),
        })),
    tags,
    inEpub ? aceRuleSwitches() : {},
  )) as { violations: AxeViolation[]; incomplete: AxeViolation[]; passes: string[]; inapplicable: string[]; base: string; refreshes: string[] };
  const findings = [
    ...results.violations.flatMap((violation) => toFindings(violation, location)),
    ...results.incomplete.flatMap((rule) => toFindings(rule, location).map((finding): AxeCarried => ({ ...finding, axeOutcome: 'incomplete' }))),
    ...results.passes.map((rule) => ruleRecord(rule, 'passes', location)),
    ...results.inapplicable.map((rule) => ruleRecord(rule, 'inapplicable', location)),
  ];
  const refreshes = results.refreshes.flatMap((content) => {
    const refresh = parseDeclaredRefresh(content, results.base);
    return refresh?.seconds === 0 ? [refresh.url] : [];
  });
  return { findings, refreshes };
}

function toFindings(violation: AxeViolation, location: AxeRunOptions['location']): Finding[] {
  return violation.nodes.map((node) => ({
    ruleId: violation.id,
    source: 'axe' as const,
    impact: asImpact(node.impact ?? violation.impact),
    location: { ...location, selector: node.target.map(String).join(' ') },
    message: node.failureSummary ? readableSummary(node.failureSummary) : violation.help,
    help: violation.help,
    helpUrl: violation.helpUrl,
  }));
}

/** axe's "Fix any of the following:\n  a\n  b" as one line: "Fix any of the following: a; b." */
function readableSummary(summary: string): string {
  return summary
    .split(/\n\s*\n/)
    .map((block) => {
      const [lead = '', ...items] = block.split('\n').map((line) => line.trim()).filter(Boolean);
      return items.length === 0 ? lead : `${lead} ${items.join('; ')}.`;
    })
    .join(' ');
}

function asImpact(value: string | null | undefined): Impact {
  return value === 'minor' || value === 'moderate' || value === 'serious' || value === 'critical' ? value : 'moderate';
}
