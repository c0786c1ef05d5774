import { discoveryPresenceRule } from './discovery-metadata-rules.js';

/** schema:accessibilityFeature: what the book offers (alternative text, table of contents…). Required: serious. */
export const metadataAccessibilityFeature = discoveryPresenceRule('accessibilityFeature', 'serious');
