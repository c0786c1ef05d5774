import { annotationRule } from './annotation-rule.js';

/** ISO 14289-1 7.18.6.2 (veraPDF 7.18.6.2-t02): a media clip data dictionary has /Alt: a multi-language text array (language, text, …). */
export const mediaClipAlt = annotationRule({
  id: 'pdfua-7.18.6.2-t02',
  impact: 'serious',
  help: 'PDF/UA-1 7.18.6.2: describe each media clip in /Alt, as pairs of language and text: [(en) (What the video shows)].',
  check: (annotation) => (annotation.mediaClips?.some((clip) => !clip.correctAlt) ? 'A media clip has no /Alt description (language and text pairs).' : undefined),
});
