export { markSentences, type MarkedSentences } from './sentence-marking.js';
export { narrateDocuments } from './narrate-documents.js';
export { DEFAULT_SPEECH_COMMAND, speechEngineFor, type SpeechEngine } from './speech-engine.js';
export { mediaDuration } from './smil.js';
export type { MarkedDocument, NarratedDocument, Narration, NarrationOptions, OverlayItem, SpeechCache } from './narration-types.js';
