import type { Finding } from '../../model/finding.js';
import { HUMAN_CHECK_PLACES, type HumanCheck, type ListedHumanCheck } from './human-check.js';
import { MATTERHORN_HUMAN_CHECKS } from './matterhorn-human-checks.js';
import { WCAG_HUMAN_CHECKS } from './wcag-human-checks.js';

/**
 * The checks a person must make on one file: the listed ones for its kind (Matterhorn for PDF, WCAG for web pages and
 * EPUB; those for images only when it has images), then one per axe rule that left elements for a person to review.
 */
export function humanChecksFor(kind: 'html' | 'epub' | 'pdf', facts: { hasImages: boolean }, review: readonly Finding[] = []): HumanCheck[] {
  const listed = kind === 'pdf' ? MATTERHORN_HUMAN_CHECKS : WCAG_HUMAN_CHECKS.filter((check) => check.kinds.includes(kind)).map(({ kinds: _kinds, ...check }) => check);
  return [...listed.filter((check) => check.when !== 'images' || facts.hasImages).map(withoutCondition), ...reviewChecks(review)];
}

function withoutCondition({ when: _when, ...check }: ListedHumanCheck): HumanCheck {
  return check;
}

/** axe's "needs review" results, one check per rule, its places listed (the first `HUMAN_CHECK_PLACES`). */
function reviewChecks(review: readonly Finding[]): HumanCheck[] {
  const byRule = new Map<string, Finding[]>();
  for (const result of review) byRule.set(result.ruleId, [...(byRule.get(result.ruleId) ?? []), result]);
  return [...byRule].map(([ruleId, results]) => {
    const first = results[0] as Finding;
    const places = results.slice(0, HUMAN_CHECK_PLACES).map(({ location: { document, selector, page }, message }) => ({ ...(document !== undefined && { document }), ...(selector !== undefined && { selector }), ...(page !== undefined && { page }), message }));
    return {
      id: ruleId,
      reference: `axe-core: needs review (${ruleId})`,
      question: `${first.help}: axe could not decide on ${results.length === 1 ? 'one element' : `${results.length} elements`}; look at ${results.length === 1 ? 'it' : 'each'}.`,
      places,
      ...(results.length > places.length && { placeCount: results.length }),
      ...(first.helpUrl !== undefined && { helpUrl: first.helpUrl }),
    };
  });
}
