import type { BlockedRequest, RenderingBrowser } from '../../browser/rendering-browser.js';
import { type InMemorySite, sitePathOf } from '../../browser/in-memory-site.js';
import type { Page } from 'puppeteer-core';
import type { Finding, FindingLocation, Impact } from '../../model/finding.js';
import { AxeMemo, axeMemoKey, RecordingSite } from './axe-memo.js';
import { axeSource } from './axe-source.js';
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
   * Reuse the findings of a byte-identical document audited before by this browser (see `AxeMemo`). Default
   * true; false audits the document again (the tests compare the two).
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
  const source = await axeSource();
  const tags = [...(options.tags ?? DEFAULT_AXE_TAGS)];
  if (options.reuse === false) return (await axeOnPage(options, source, tags)).findings;
  const key = axeMemoKey({ axeSource: source, tags, inEpub: options.location.document !== undefined, entry: options.entry, file: options.site.get(options.entry) });
  const memo = memoOf(options.browser);
  const known = memo.lookup(key, options.site, options.location);
  if (known) return known;
  const site = new RecordingSite(options.site);
  const { findings, complete } = await axeOnPage({ ...options, site }, source, tags);
  // A document replaced under axe gave partial findings: audited again next time.
  if (complete) memo.store(key, options.site, site.requested, findings);
  return findings;
}

/** axe on the document in a page of the browser (see `runAxe`); `complete` false: the document was replaced under axe. */
async function axeOnPage(options: AxeRunOptions, source: string, tags: string[]): Promise<{ findings: Finding[]; complete: boolean }> {
  let navigations: readonly BlockedRequest[] = [];
  let shown: () => string = () => '';
  try {
    return await options.browser.withPage({ site: options.site, entry: options.entry, scripts: 'devtools-only', preload: source }, async ({ page, blocked }) => {
      navigations = blocked;
      shown = () => {
        try {
          return page.url();
        } catch {
          return '';
        }
      };
      const findings = await axeViolations(page, tags, options.location);
      const lost = showsEntry(page.url(), options.entry) ? undefined : { to: page.url() };
      return { findings: [...findings, ...pageNavigatesFindings(blocked, lost, options.location)], complete: lost === undefined };
    });
  } catch (error) {
    // The page is discarded by withPage; the document's navigation is this file's finding. axe itself may fail
    // on a document being replaced under it (e.g. "Cannot read properties of null"): the page left its entry then.
    const left = shown();
    if (documentLost(error) || (left !== '' && !showsEntry(left, options.entry))) {
      return { findings: pageNavigatesFindings(navigations, { to: left !== '' && !showsEntry(left, options.entry) ? left : undefined }, options.location), complete: false };
    }
    throw error;
  }
}

/** Whether the page still shows the document it was opened on (URLs compared as site paths: Chromium may escape a path otherwise). */
function showsEntry(url: string, entry: string): boolean {
  try {
    return sitePathOf(url) === entry;
  } catch {
    return false;
  }
}

/** Errors DevTools gives when the document under evaluation was replaced or its frame went away. */
function documentLost(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Execution context was destroyed|Cannot find context with specified id|detached Frame|frame (was|got) detached|Inspected target navigated or closed/i.test(message);
}

async function axeViolations(page: Page, tags: string[], location: AxeRunOptions['location']): Promise<Finding[]> {
  const violations = (await page.evaluate(
    (runTags: string[]) =>
      (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: unknown[] }> } }).axe
        .run(document, { runOnly: { type: 'tag', values: runTags }, resultTypes: ['violations'] })
        .then((results) => results.violations),
    tags,
  )) as AxeViolation[];
  return violations.flatMap((violation) => toFindings(violation, location));
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
