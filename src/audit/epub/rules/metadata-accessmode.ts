import { discoveryPresenceRule } from './discovery-metadata-rules.js';

/** schema:accessMode: how the content is perceived (textual, visual…). Required: serious, as Ace has it. */
export const metadataAccessMode = discoveryPresenceRule('accessMode', 'serious');
