import { discoveryVocabularyRule } from './discovery-metadata-rules.js';
import { exclusiveValueProblems } from './exclusive-values.js';
import { ACCESSIBILITY_FEATURES } from './schema-org-vocabulary.js';

/** Every schema:accessibilityFeature value is in the vocabulary; `none` and `unknown` stand alone (moderate, as Ace has it). */
export const metadataAccessibilityFeatureInvalid = discoveryVocabularyRule('accessibilityFeature', ACCESSIBILITY_FEATURES, {
  extra: (values) => exclusiveValueProblems('schema:accessibilityFeature', values),
});
