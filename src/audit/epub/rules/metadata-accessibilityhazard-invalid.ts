import type { EpubViolation } from '../epub-rule.js';
import { discoveryVocabularyRule } from './discovery-metadata-rules.js';
import { exclusiveValueProblems } from './exclusive-values.js';
import { ACCESSIBILITY_HAZARDS } from './schema-org-vocabulary.js';

/** Each hazard is declared one way only: present, absent or unknown. */
const HAZARD_STATES = [
  ['flashing', 'noFlashingHazard', 'unknownFlashingHazard'],
  ['motionSimulation', 'noMotionSimulationHazard', 'unknownMotionSimulationHazard', 'unknownMotionSimultationHazard'],
  ['sound', 'noSoundHazard', 'unknownSoundHazard'],
];

function contradictions(values: string[]): EpubViolation[] {
  return HAZARD_STATES.map((states) => states.filter((state) => values.includes(state)))
    .filter((declared) => declared.length > 1)
    .map((declared) => ({ message: `schema:accessibilityHazard declares ${declared.join(' and ')}, which contradict each other.`, impact: 'moderate' as const }));
}

/** Every schema:accessibilityHazard value is in the vocabulary, `none`/`unknown` stand alone, and no hazard is declared two ways. */
export const metadataAccessibilityHazardInvalid = discoveryVocabularyRule('accessibilityHazard', ACCESSIBILITY_HAZARDS, {
  extra: (values) => [...exclusiveValueProblems('schema:accessibilityHazard', values), ...contradictions(values)],
});
