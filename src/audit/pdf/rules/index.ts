import type { PdfRule } from '../pdf-rule.js';
import { pdfLang } from './pdf-lang.js';
import { pdfTagged } from './pdf-tagged.js';
import { pdfTitle } from './pdf-title.js';
import { pdfUaIdentifier } from './pdf-ua-identifier.js';

/** Every PDF rule, in report order. */
export const PDF_RULES: readonly PdfRule[] = [pdfTagged, pdfLang, pdfTitle, pdfUaIdentifier];
