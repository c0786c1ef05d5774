import { discoveryPresenceRule } from './discovery-metadata-rules.js';

/** schema:accessibilitySummary: a human-readable account of the book's accessibility. Recommended: moderate, as Ace has it. */
export const metadataAccessibilitySummary = discoveryPresenceRule('accessibilitySummary', 'moderate');
