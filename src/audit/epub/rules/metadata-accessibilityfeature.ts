import { discoveryMetadataRule } from './discovery-metadata-rule.js';

/** schema:accessibilityFeature: what the book offers (alternative text, table of contents…). */
export const metadataAccessibilityFeature = discoveryMetadataRule('accessibilityFeature', 'serious');
