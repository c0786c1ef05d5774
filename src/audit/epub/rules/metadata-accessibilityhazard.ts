import { discoveryPresenceRule } from './discovery-metadata-rules.js';

/** schema:accessibilityHazard: flashing, motion, sound — or none. Required: serious. */
export const metadataAccessibilityHazard = discoveryPresenceRule('accessibilityHazard', 'serious');
