import type { RenderingBrowser } from '../../browser/rendering-browser.js';
import type { InMemorySite } from '../../browser/in-memory-site.js';
import type { Finding, FindingLocation, Impact } from '../../model/finding.js';
import { axeSource } from './axe-source.js';

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
}

interface AxeNode { target: unknown[]; failureSummary?: string; impact?: string | null }
interface AxeViolation { id: string; impact?: string | null; description: string; help: string; helpUrl: string; nodes: AxeNode[] }

/**
 * Runs axe-core on one document in the locked-down browser: the page's own scripts never run
 * (CSP `script-src 'none'`), axe is evaluated through DevTools, and nothing loads from outside the site.
 */
export async function runAxe(options: AxeRunOptions): Promise<Finding[]> {
  const source = await axeSource();
  const tags = [...(options.tags ?? DEFAULT_AXE_TAGS)];
  return options.browser.withPage({ site: options.site, entry: options.entry, scripts: 'devtools-only', preload: source }, async ({ page }) => {
    const violations = (await page.evaluate(
      (runTags: string[]) =>
        (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: unknown[] }> } }).axe
          .run(document, { runOnly: { type: 'tag', values: runTags }, resultTypes: ['violations'] })
          .then((results) => results.violations),
      tags,
    )) as AxeViolation[];
    return violations.flatMap((violation) => toFindings(violation, options.location));
  });
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
