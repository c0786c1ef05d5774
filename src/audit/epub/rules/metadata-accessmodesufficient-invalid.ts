import { discoveryVocabularyRule } from './discovery-metadata-rules.js';
import { SUFFICIENT_ACCESS_MODES } from './schema-org-vocabulary.js';

/** Every schema:accessModeSufficient value is a comma-separated set of auditory, tactile, textual, visual, none repeated. */
export const metadataAccessModeSufficientInvalid = discoveryVocabularyRule('accessModeSufficient', SUFFICIENT_ACCESS_MODES, { sets: true });
