import type { Finding } from '../model/finding.js';
import type { AxeOutcome } from './axe/axe-results.js';

/**
 * Which rules ran on one file and what each found, so that "nothing to report" reads as what it is: every rule is in
 * `ran` and in exactly one count. A rule with a finding in the file failed; else an axe rule that left an element
 * for a person to review needs review; else a rule passed (an axe rule only when it had something to check: with
 * nothing, it was not applicable).
 */
export interface RuleCoverage {
  ran: string[];
  passed: number;
  failed: number;
  needsReview: number;
  notApplicable: number;
}

export function ruleCoverage(ran: Iterable<string>, findings: readonly Finding[], axe: ReadonlyMap<string, AxeOutcome> = new Map()): RuleCoverage {
  const failing = new Set(findings.map((finding) => finding.ruleId));
  const ids = [...new Set([...ran, ...[...axe.keys()].sort(), ...failing])];
  const coverage: RuleCoverage = { ran: ids, passed: 0, failed: 0, needsReview: 0, notApplicable: 0 };
  for (const id of ids) {
    const outcome = axe.get(id);
    if (failing.has(id)) coverage.failed += 1;
    else if (outcome === 'incomplete') coverage.needsReview += 1;
    else if (outcome === 'inapplicable') coverage.notApplicable += 1;
    else coverage.passed += 1;
  }
  return coverage;
}
