import type { EpubViolation } from '../epub-rule.js';

/** `none` and `unknown` say everything there is to say: declared beside other values they contradict them (Ace: moderate). */
export function exclusiveValueProblems(name: string, values: readonly string[]): EpubViolation[] {
  if (values.length < 2) return [];
  return ['none', 'unknown']
    .filter((value) => values.includes(value))
    .map((value) => ({ message: `${name} declares "${value}" beside other values.`, impact: 'moderate' as const }));
}
