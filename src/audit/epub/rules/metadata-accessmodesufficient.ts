import { ACCESS_MODES, discoveryMetadataRule } from './discovery-metadata-rule.js';

/** schema:accessModeSufficient: which sets of access modes are enough to read the whole book. */
export const metadataAccessModeSufficient = discoveryMetadataRule('accessModeSufficient', 'moderate', ACCESS_MODES);
