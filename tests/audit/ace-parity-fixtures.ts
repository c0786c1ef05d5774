import { readFileSync } from 'node:fs';
import { addPages, replaceIn } from './epub-fixture.js';

/**
 * The EPUBs the Ace parity test runs Ace by DAISY and Colophon on: the clean EPUB 3 of tests/fixtures/audit/clean-epub
 * with one thing broken, each made from Ace's own checks (node_modules/@daisy/ace-core/lib/checker/checker-epub.js,
 * checker.js, and the axe build it runs) so that Ace reports exactly `ace` on it.
 */
export type Edit = (files: Map<string, string>) => void;

export interface ParityFixture {
  name: string;
  edit: Edit;
  /** The rule ids Ace reports on this EPUB, all of them (none: a clean EPUB). */
  ace: readonly string[];
}

const OPF = 'EPUB/package.opf';
const NAV = 'EPUB/nav.xhtml';
const CHAPTER_1 = 'EPUB/chapter-1.xhtml';
const CHAPTER_2 = 'EPUB/chapter-2.xhtml';
const OVERLAY = 'tests/fixtures/audit/ace-parity/media-overlay/EPUB/chapter-1.smil';

const meta = (property: string, value: string) => `<meta property="${property}">${value}</meta>`;
const addMeta = (...lines: string[]): Edit => (files) => replaceIn(files, OPF, '</metadata>', `${lines.join('\n')}\n</metadata>`);
const removeAll = (path: string, pattern: RegExp): Edit => (files) => replaceIn(files, path, pattern, '');
const change = (path: string, find: string | RegExp, replacement: string): Edit => (files) => replaceIn(files, path, find, replacement);
const both = (...edits: Edit[]): Edit => (files) => edits.forEach((edit) => edit(files));
const addToPageList = (entry: string): Edit => change(NAV, '</ol>\n</nav>\n<nav epub:type="landmarks"', `${entry}</ol>\n</nav>\n<nav epub:type="landmarks"`);
const VALID_CLAIM = meta('dcterms:conformsTo', 'EPUB Accessibility 1.1 - WCAG 2.2 Level AA');

/**
 * Print page breaks, a page list and their metadata, the page breaks named by `title` as Colophon's own EPUBs name them
 * (src/epub/page-break-markers.ts): axe-core 4.14 takes `aria-label` on `<span role="doc-pagebreak">` for a name on a
 * generic element (aria-prohibited-attr), Ace's older axe does not; the fixture 'page breaks named by aria-label' shows it.
 */
const addPagesTitled: Edit = (files) => {
  addPages(files);
  for (const page of ['1', '2']) replaceIn(files, CHAPTER_1, ` id="page-${page}" aria-label="${page}">`, ` id="page-${page}" title="${page}">`);
};

/** The clean EPUB with a media overlay for chapter 1 that reads page 1's page break as if it were text. */
const withMediaOverlay: Edit = (files) => {
  addPagesTitled(files);
  files.set('EPUB/chapter-1.smil', readFileSync(OVERLAY, 'utf8'));
  replaceIn(files, OPF, '<item id="chapter-1" href="chapter-1.xhtml" media-type="application/xhtml+xml"/>', '<item id="chapter-1" href="chapter-1.xhtml" media-type="application/xhtml+xml" media-overlay="chapter-1-overlay"/>\n    <item id="chapter-1-overlay" href="chapter-1.smil" media-type="application/smil+xml"/>');
};

export const PARITY_FIXTURES: readonly ParityFixture[] = [
  // Clean: neither tool reports anything.
  { name: 'clean', edit: () => {}, ace: [] },
  { name: 'clean, with print pages, a page list and their source', edit: addPagesTitled, ace: [] },

  // Package metadata (checker-epub.js check, checkTitle, checkMetadata).
  { name: 'no xml:lang on <package>', edit: removeAll(OPF, / xml:lang="en"/), ace: ['epub-lang'] },
  {
    name: 'what Colophon checks and Ace does not: no dc:language, a claim without certifiedBy, a page list not declared',
    edit: both(removeAll(OPF, /<dc:language>en<\/dc:language>/), addMeta(VALID_CLAIM), addPagesTitled, removeAll(OPF, /<meta property="schema:accessibilityFeature">pageNavigation<\/meta>/)),
    ace: [],
  },
  { name: 'empty dc:title', edit: change(OPF, '>A Clean Little Book<', '><'), ace: ['epub-title'] },
  {
    name: 'no discovery metadata',
    edit: removeAll(OPF, /<meta property="schema:access[A-Za-z]+">[^<]*<\/meta>\n/g),
    ace: ['metadata-accessibilityfeature', 'metadata-accessibilityhazard', 'metadata-accessibilitysummary', 'metadata-accessmode', 'metadata-accessmodesufficient'],
  },
  {
    name: 'discovery metadata outside the vocabulary, and a misspelt conformance claim',
    edit: both(
      change(OPF, '"schema:accessMode">visual<', '"schema:accessMode">text<'),
      change(OPF, '>textual,visual<', '>textual,textOnVisual<'),
      change(OPF, '>alternativeText<', '>altText<'),
      change(OPF, '"schema:accessibilityHazard">none<', '"schema:accessibilityHazard">noFlashing<'),
      addMeta(meta('dcterms:conformsTo', 'EPUB Accessibility 1.1 WCAG 2.2 AA'), meta('a11y:certifiedBy', 'Colophon Tests')),
    ),
    ace: ['metadata-accessibilityfeature-invalid', 'metadata-accessibilityhazard-invalid', 'metadata-accessmode-invalid', 'metadata-accessmodesufficient-invalid', 'metadata-conformsto-invalid'],
  },
  {
    name: 'contradicting discovery values: accessibilityFeature none beside others, accessibilityHazard flashing and noFlashingHazard',
    edit: both(
      addMeta(meta('schema:accessibilityFeature', 'none')),
      change(OPF, '"schema:accessibilityHazard">none<', '"schema:accessibilityHazard">flashing</meta><meta property="schema:accessibilityHazard">noFlashingHazard<'),
    ),
    ace: ['metadata-accessibilityfeature-invalid', 'metadata-accessibilityhazard-invalid'],
  },

  // Pages (checkMetadata's page features, checker.js's page breaks, checkPageSource, checkReadingOrder).
  { name: 'pageNavigation without a page list', edit: addMeta(meta('schema:accessibilityFeature', 'pageNavigation')), ace: ['metadata-accessibilityFeature-printPageNumbers-nopagelist'] },
  { name: 'printPageNumbers without page breaks', edit: addMeta(meta('schema:accessibilityFeature', 'printPageNumbers')), ace: ['metadata-accessibilityFeature-printPageNumbers-nopagebreaks'] },
  { name: 'a page list without its source', edit: both(addPagesTitled, removeAll(OPF, /<meta refines="#print-source"[^>]*>pagination<\/meta>/)), ace: ['epub-pagesource'] },
  {
    name: 'page list entries reaching nothing (serious) and a heading (minor)',
    edit: both(addPagesTitled, addToPageList('<li><a href="chapter-1.xhtml#harbour">3</a></li><li><a href="chapter-1.xhtml#page-9">9</a></li>')),
    ace: ['epub-pagelist-broken'],
  },
  {
    name: 'a page break missing from the page list',
    edit: both(addPagesTitled, change(CHAPTER_2, '<p>By evening', '<span epub:type="pagebreak" role="doc-pagebreak" id="page-3" title="3"></span><p>By evening')),
    ace: ['epub-pagelist-missing-pagebreak'],
  },
  { name: 'a page break without a label', edit: both(addPagesTitled, change(CHAPTER_1, ' id="page-2" title="2">', ' id="page-2">')), ace: ['pagebreak-label'] },
  { name: 'page breaks named by aria-label', edit: addPages, ace: [] },
  { name: 'a media overlay reading a page break as text', edit: withMediaOverlay, ace: ['epub-pagelist-mediaoverlays'] },

  // Navigation (checkReadingOrder; Ace's axe epub-type-has-matching-role on the navigation document).
  {
    name: 'toc out of spine order',
    edit: both(removeAll(NAV, /<li><a href="chapter-2.xhtml">Endings<\/a><\/li>\n/), change(NAV, '<ol>\n<li><a href="chapter-1.xhtml">', '<ol>\n<li><a href="chapter-2.xhtml">Endings</a></li>\n<li><a href="chapter-1.xhtml">')),
    ace: ['epub-toc-order'],
  },
  { name: 'toc entry reaching nothing', edit: change(NAV, 'chapter-1.xhtml#harbour', 'chapter-1.xhtml#nowhere'), ace: ['epub-toc-order'] },
  { name: 'toc nav without role="doc-toc"', edit: change(NAV, ' role="doc-toc"', ''), ace: ['epub-type-has-matching-role'] },

  // Content documents (Ace's axe: its epub-type-has-matching-role, and axe-core's own rules).
  { name: 'chapter section without role="doc-chapter"', edit: change(CHAPTER_2, ' role="doc-chapter"', ''), ace: ['epub-type-has-matching-role'] },
  { name: 'image without alt', edit: removeAll(CHAPTER_1, / alt="[^"]*"/), ace: ['image-alt'] },
  { name: 'content document with an empty title', edit: change(CHAPTER_2, '<title>Endings</title>', '<title></title>'), ace: ['document-title'] },
  { name: 'content document without a language', edit: change(CHAPTER_2, ' xml:lang="en" lang="en"', ''), ace: ['html-has-lang'] },
  { name: 'content document whose lang and xml:lang disagree', edit: change(CHAPTER_2, ' lang="en"', ' lang="fr"'), ace: ['html-xml-lang-mismatch'] },
  // Ace's axe configuration for EPUB (src/audit/axe/ace-epub-profile.ts): best-practice rules on, DPUB-ARIA roles allowed where Ace allows them.
  { name: 'a DPUB-ARIA role on an element that does not take it', edit: change(CHAPTER_2, '<p>By evening', '<aside role="doc-chapter"><p>Meanwhile.</p></aside><p>By evening'), ace: ['aria-allowed-role'] },
  { name: 'a deprecated DPUB-ARIA role Ace allows on any element', edit: change(CHAPTER_2, '<p>By evening', '<div role="doc-endnote"><p>A note.</p></div><p>By evening'), ace: ['aria-deprecated-role'] },
  { name: 'two complementary landmarks with the same name', edit: change(CHAPTER_2, '<p>By evening', '<aside aria-label="Aside">One.</aside><aside aria-label="Aside">Two.</aside><p>By evening'), ace: ['landmark-unique'] },
  // A script link in a content document: Ace reports nothing (its axe has no rule for it); Colophon's unsafe-url-scheme does.
  { name: 'a javascript: link in a content document', edit: change(CHAPTER_2, 'the quay was empty again.', 'the quay was <a href="javascript:alert(1)">empty</a> again.'), ace: [] },
];
