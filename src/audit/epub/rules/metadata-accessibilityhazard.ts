import { discoveryMetadataRule } from './discovery-metadata-rule.js';

const HAZARDS = new Set(['flashing', 'noFlashingHazard', 'motionSimulation', 'noMotionSimulationHazard', 'sound', 'noSoundHazard', 'none', 'unknown']);

/** schema:accessibilityHazard: flashing, motion, sound — or none. */
export const metadataAccessibilityHazard = discoveryMetadataRule('accessibilityHazard', 'serious', HAZARDS);
