import { annotationRule } from './annotation-rule.js';

/**
 * ISO 14289-1 7.18.7 (file attachment annotations follow 7.11): a FileAttachment annotation's file specification has
 * /F and /UF. The profile has no test of its own for it (7.11-t01 checks embedded files' specifications, wherever they
 * are); veraPDF's test corpus has files for 7.18.7-t01, which this rule follows.
 */
export const fileAttachmentNames = annotationRule({
  id: 'pdfua-7.18.7-t01',
  impact: 'moderate',
  help: 'PDF/UA-1 7.18.7: give the file specification (/FS) of each file attachment both /F and /UF.',
  check: (annotation) =>
    annotation.subtype === 'FileAttachment' && (!annotation.fileSpec?.f || !annotation.fileSpec.uf) ? 'A file attachment’s specification lacks /F or /UF.' : undefined,
});
