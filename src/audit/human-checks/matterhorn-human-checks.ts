import type { ListedHumanCheck } from './human-check.js';

const MATTERHORN = 'https://pdfa.org/resource/the-matterhorn-protocol/';
const WCAG = 'https://www.w3.org/TR/WCAG22/';

/**
 * The failure conditions of the Matterhorn Protocol 1.1 (PDF Association) that only a person can check ("Human" in its
 * "How" column), for a tagged PDF that means to conform to PDF/UA-1, with the ISO 14289-1 clause each serves; and the
 * WCAG criteria PDF/UA leaves to WCAG (contrast). Checkpoints written from the Matterhorn Protocol 1.1; groups with no
 * human condition that applies to a static document (forms, XFA, security, fonts…) are left out.
 */
export const MATTERHORN_HUMAN_CHECKS: readonly ListedHumanCheck[] = [
  { id: 'matterhorn-01-001', reference: 'Matterhorn Protocol 1.1 checkpoint 01-001 (PDF/UA-1 7.1)', question: 'Is anything marked as an artifact (left out for assistive technology) in fact content a reader needs?', seePages: true, helpUrl: MATTERHORN },
  { id: 'matterhorn-01-002', reference: 'Matterhorn Protocol 1.1 checkpoint 01-002 (PDF/UA-1 7.1)', question: 'Is anything tagged as content in fact decoration or page furniture that should be an artifact?', seePages: true, helpUrl: MATTERHORN },
  { id: 'matterhorn-01-006', reference: 'Matterhorn Protocol 1.1 checkpoint 01-006 (PDF/UA-1 7.1)', question: 'Does every structure element’s type say what its content is (a heading tagged H1–H6, a paragraph P, a list L, a quotation BlockQuote…)?', helpUrl: MATTERHORN },
  { id: 'matterhorn-03', reference: 'Matterhorn Protocol 1.1 checkpoints 03-001–03-003 (PDF/UA-1 7.1; WCAG 2.3.1)', question: 'Does anything flash, through actions, multimedia or script, more than three times a second?', helpUrl: MATTERHORN },
  { id: 'matterhorn-04-001', reference: 'Matterhorn Protocol 1.1 checkpoint 04-001 (PDF/UA-1 7.1; WCAG 1.4.1)', question: 'Is any meaning carried by colour, contrast, format or layout alone (red for a warning, bold for a key term, position for a sequence) also in the text or the tags?', seePages: true, helpUrl: MATTERHORN },
  { id: 'wcag-1.4.3-pdf', reference: 'WCAG 2.2 SC 1.4.3 Contrast (Minimum), 1.4.11 Non-text Contrast (AA)', question: 'Does text, text in images and every graphic a reader needs stand out from its background (4.5:1 for body text, 3:1 for large text and graphics)?', seePages: true, helpUrl: `${WCAG}#contrast-minimum` },
  { id: 'matterhorn-08', reference: 'Matterhorn Protocol 1.1 checkpoints 08-001, 08-002 (PDF/UA-1 7.1)', question: 'If the text came from OCR (a scanned page), is it free of recognition errors, and is it tagged?', seePages: true, helpUrl: MATTERHORN },
  { id: 'matterhorn-09-001', reference: 'Matterhorn Protocol 1.1 checkpoint 09-001 (PDF/UA-1 7.2)', question: 'Read the structure tree in order: is it the order the document makes sense in (columns, sidebars, captions, notes where they belong)?', seePages: true, helpUrl: MATTERHORN },
  { id: 'matterhorn-09-002', reference: 'Matterhorn Protocol 1.1 checkpoint 09-002 (PDF/UA-1 7.2)', question: 'Are structure elements nested as their meaning is (no table inside a heading, list items inside their list, a caption with its figure or table)?', helpUrl: MATTERHORN },
  { id: 'matterhorn-13-alt', reference: 'Matterhorn Protocol 1.1 checkpoint group 13, Graphics (PDF/UA-1 7.3; WCAG 1.1.1)', question: 'Does each figure’s alternate text say what the image shows and why it is there, and is every image with meaning a Figure (and every decorative one an artifact)?', seePages: true, when: 'images', helpUrl: MATTERHORN },
  { id: 'matterhorn-14-001', reference: 'Matterhorn Protocol 1.1 checkpoint 14-001 (PDF/UA-1 7.4)', question: 'Is everything that looks like a heading tagged as one, and does each heading say what its section is about?', seePages: true, helpUrl: MATTERHORN },
  { id: 'matterhorn-15', reference: 'Matterhorn Protocol 1.1 checkpoint group 15, Tables (PDF/UA-1 7.5)', question: 'Are header cells tagged TH (and data cells TD), and is only tabular information (rows and columns) tagged as a table?', helpUrl: MATTERHORN },
  { id: 'matterhorn-16', reference: 'Matterhorn Protocol 1.1 checkpoint group 16, Lists (PDF/UA-1 7.6)', question: 'Is everything that looks like a list tagged L with LI items, and does a numbered list say how it is numbered (ListNumbering)?', helpUrl: MATTERHORN },
  { id: 'matterhorn-17-001', reference: 'Matterhorn Protocol 1.1 checkpoint 17-001 (PDF/UA-1 7.7)', question: 'Is every mathematical expression tagged Formula, with alternate text that reads it out?', helpUrl: MATTERHORN },
  { id: 'matterhorn-18-001', reference: 'Matterhorn Protocol 1.1 checkpoint 18-001 (PDF/UA-1 7.8)', question: 'Are running heads, page numbers and footers marked as pagination artifacts?', seePages: true, helpUrl: MATTERHORN },
  { id: 'matterhorn-19', reference: 'Matterhorn Protocol 1.1 checkpoints 19-001, 19-002 (PDF/UA-1 7.9)', question: 'Are footnotes and endnotes tagged Note, and the references to them tagged Reference?', helpUrl: MATTERHORN },
  { id: 'wcag-3.1.2-pdf', reference: 'WCAG 2.2 SC 3.1.1, 3.1.2 Language of Page and of Parts (PDF/UA-1 7.2)', question: 'Is the document’s language the language it is written in, and is each passage in another language marked with its own (Lang)?', helpUrl: `${WCAG}#language-of-parts` },
];
