import type { Finding, FindingLocation } from '../../model/finding.js';

/** What axe said of a rule on one document besides a violation: needs review, passed, or nothing to apply to. */
export type AxeOutcome = 'incomplete' | 'passes' | 'inapplicable';

/**
 * axe's results other than violations, carried beside a document's findings from the page to the audit: through
 * `runAxe`, its memo (which keeps every field of what it stores) and the page pool, unchanged. `splitAxeResults`
 * takes them apart again before anything counts or reports findings; nothing else sees them.
 * - `incomplete`: one per element axe could not decide on (axe's "needs review"): a check for a person;
 * - `passes` / `inapplicable`: one per rule, no selector: the rule ran on the document and passed / had nothing to check.
 */
export interface AxeCarried extends Finding {
  axeOutcome: AxeOutcome;
}

export interface AxeSplit {
  /** The violations (and Colophon's own findings) only. */
  findings: Finding[];
  /** axe's "needs review" results, one per element, finding-shaped. */
  review: Finding[];
  /** Each axe rule that ran, with what it found across the documents: a rule that needed review anywhere is `incomplete`. */
  outcomes: Map<string, AxeOutcome>;
}

const RANK: Record<AxeOutcome, number> = { inapplicable: 0, passes: 1, incomplete: 2 };

export function isCarried(finding: Finding): finding is AxeCarried {
  return (finding as Partial<AxeCarried>).axeOutcome !== undefined;
}

/** Takes what `runAxe` returned apart: findings, needs-review results, and each rule's outcome. */
export function splitAxeResults(results: readonly Finding[]): AxeSplit {
  const split: AxeSplit = { findings: [], review: [], outcomes: new Map() };
  for (const result of results) {
    if (!isCarried(result)) {
      split.findings.push(result);
      continue;
    }
    const { axeOutcome, ...finding } = result;
    if (axeOutcome === 'incomplete') split.review.push(finding);
    const known = split.outcomes.get(finding.ruleId);
    if (known === undefined || RANK[axeOutcome] > RANK[known]) split.outcomes.set(finding.ruleId, axeOutcome);
  }
  return split;
}

/** The per-rule record of a rule that passed or had nothing to check on a document. */
export function ruleRecord(ruleId: string, axeOutcome: 'passes' | 'inapplicable', location: Omit<FindingLocation, 'selector'>): AxeCarried {
  return { ruleId, source: 'axe', impact: 'minor', location, message: axeOutcome, help: '', axeOutcome };
}
