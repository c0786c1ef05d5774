import { annotationRule } from './annotation-rule.js';

/** ISO 14289-1 7.18.6.2 (veraPDF 7.18.6.2-t01): a media clip data dictionary has /CT (the content type). */
export const mediaClipType = annotationRule({
  id: 'pdfua-7.18.6.2-t01',
  impact: 'moderate',
  help: 'PDF/UA-1 7.18.6.2: give each media clip its content type (/CT, e.g. (video/mp4)).',
  check: (annotation) => (annotation.mediaClips?.some((clip) => clip.contentType === undefined) ? 'A media clip has no /CT (content type).' : undefined),
});
