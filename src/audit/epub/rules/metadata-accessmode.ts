import { ACCESS_MODES, discoveryMetadataRule } from './discovery-metadata-rule.js';

/** schema:accessMode: how the content is perceived (textual, visual…). */
export const metadataAccessMode = discoveryMetadataRule('accessMode', 'serious', ACCESS_MODES);
