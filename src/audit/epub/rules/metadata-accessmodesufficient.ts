import { discoveryPresenceRule } from './discovery-metadata-rules.js';

/** schema:accessModeSufficient: which sets of access modes are enough to read the whole book. Recommended: moderate. */
export const metadataAccessModeSufficient = discoveryPresenceRule('accessModeSufficient', 'moderate');
