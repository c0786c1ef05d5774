import { discoveryMetadataRule } from './discovery-metadata-rule.js';

/** schema:accessibilitySummary: a human-readable account of the book's accessibility. */
export const metadataAccessibilitySummary = discoveryMetadataRule('accessibilitySummary', 'serious');
