import type { ListedHumanCheck } from './human-check.js';

const WCAG = 'https://www.w3.org/TR/WCAG22/';

/**
 * WCAG 2.2 A and AA success criteria that no automated rule decides for a web page or an EPUB content document: axe
 * checks that an image has a text alternative, a page a title, a link a name, but not that they say the right thing.
 * Each applies to every file of its kinds (`when: 'images'`: only to files with images). axe's own "needs review"
 * results come on top, as their own checks.
 */
export const WCAG_HUMAN_CHECKS: ReadonlyArray<ListedHumanCheck & { kinds: ReadonlyArray<'html' | 'epub'> }> = [
  { id: 'wcag-1.1.1', kinds: ['html', 'epub'], reference: 'WCAG 2.2 SC 1.1.1 Non-text Content (A)', question: 'Does each image’s text alternative say what the image shows and why it is there (and is an empty one only on decoration)? The images are listed with their text alternatives.', when: 'images', helpUrl: `${WCAG}#non-text-content` },
  { id: 'wcag-1.3.1', kinds: ['html', 'epub'], reference: 'WCAG 2.2 SC 1.3.1 Info and Relationships (A)', question: 'Is what looks like a heading, a list, a table, a quotation or a caption marked up as one, and nothing marked up as what it is not?', helpUrl: `${WCAG}#info-and-relationships` },
  { id: 'wcag-1.3.2', kinds: ['html', 'epub'], reference: 'WCAG 2.2 SC 1.3.2 Meaningful Sequence (A)', question: 'Read without styles (or aloud): is the order of the content the order it makes sense in?', helpUrl: `${WCAG}#meaningful-sequence` },
  { id: 'wcag-1.3.3', kinds: ['html', 'epub'], reference: 'WCAG 2.2 SC 1.3.3 Sensory Characteristics (A)', question: 'Does any instruction rely on shape, colour, size, place or sound alone (“the figure on the right”)?', helpUrl: `${WCAG}#sensory-characteristics` },
  { id: 'wcag-1.4.1', kinds: ['html', 'epub'], reference: 'WCAG 2.2 SC 1.4.1 Use of Color (A)', question: 'Is colour ever the only way a meaning is given (a link only by its colour, a chart only by colours)?', helpUrl: `${WCAG}#use-of-color` },
  { id: 'wcag-1.4.3-images', kinds: ['html', 'epub'], reference: 'WCAG 2.2 SC 1.4.3 Contrast (Minimum), 1.4.11 Non-text Contrast (AA)', question: 'Does text in images, over images or gradients, and every graphic a reader needs, have enough contrast (axe measures only text over plain backgrounds)?', when: 'images', helpUrl: `${WCAG}#contrast-minimum` },
  { id: 'wcag-1.4.5', kinds: ['html', 'epub'], reference: 'WCAG 2.2 SC 1.4.5 Images of Text (AA)', question: 'Is any text shown as an image where real text could be used?', when: 'images', helpUrl: `${WCAG}#images-of-text` },
  { id: 'wcag-2.4.2', kinds: ['html', 'epub'], reference: 'WCAG 2.2 SC 2.4.2 Page Titled (A)', question: 'Does each document’s title say what it is (axe checks only that there is one)?', helpUrl: `${WCAG}#page-titled` },
  { id: 'wcag-2.4.4', kinds: ['html', 'epub'], reference: 'WCAG 2.2 SC 2.4.4 Link Purpose (In Context) (A)', question: 'Does each link’s text, with its sentence, say where it goes (no bare “here”, “more”)?', helpUrl: `${WCAG}#link-purpose-in-context` },
  { id: 'wcag-2.4.6', kinds: ['html', 'epub'], reference: 'WCAG 2.2 SC 2.4.6 Headings and Labels (AA)', question: 'Does each heading say what its section is about?', helpUrl: `${WCAG}#headings-and-labels` },
  { id: 'wcag-3.1.2', kinds: ['html', 'epub'], reference: 'WCAG 2.2 SC 3.1.2 Language of Parts (AA)', question: 'Is each passage in another language than the document’s marked with its own lang?', helpUrl: `${WCAG}#language-of-parts` },
  { id: 'epub-a11y-metadata', kinds: ['epub'], reference: 'EPUB Accessibility 1.1 §2 Discovery metadata', question: 'Is what the accessibility metadata says true of this book (access modes, features such as alternativeText or printPageNumbers, hazards, the summary)?', helpUrl: 'https://www.w3.org/TR/epub-a11y-11/#sec-discovery' },
  { id: 'epub-a11y-pages', kinds: ['epub'], reference: 'EPUB Accessibility Techniques 1.1 §Page navigation', question: 'If the book has a page list, does each page break stand where that page of the print source it names begins?', helpUrl: 'https://www.w3.org/TR/epub-a11y-tech-11/#sec-page-nav' },
];
