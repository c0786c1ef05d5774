import { discoveryVocabularyRule } from './discovery-metadata-rules.js';
import { ACCESS_MODES } from './schema-org-vocabulary.js';

/** Every schema:accessMode value is an access mode of the vocabulary. */
export const metadataAccessModeInvalid = discoveryVocabularyRule('accessMode', ACCESS_MODES);
