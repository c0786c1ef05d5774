/**
 * Ace by DAISY rule id → the Colophon rule id(s) that report the same problem. Every rule Ace's own checker has
 * (node_modules/@daisy/ace-core/lib/checker/checker-epub.js and checker.js) is listed, with the axe rules Ace runs
 * that Colophon reports differently or not at all (Ace's axe build adds pagebreak-label and epub-type-has-matching-role;
 * for a content document's title and language Colophon has EPUB rules besides axe's). An axe rule id that is not
 * listed maps to itself (Colophon runs axe-core too). An Ace rule mapped to [] has no Colophon counterpart: it is in
 * NOT_IN_COLOPHON with the reason. tests/audit/ace-parity.test.ts runs Ace on a fixture for each entry.
 */
export const ACE_TO_COLOPHON: Readonly<Record<string, readonly string[]>> = {
  'epub-lang': ['epub-lang'],
  'epub-title': ['epub-title'],
  'metadata-accessmode': ['metadata-accessmode'],
  'metadata-accessmodesufficient': ['metadata-accessmodesufficient'],
  'metadata-accessibilityfeature': ['metadata-accessibilityfeature'],
  'metadata-accessibilityhazard': ['metadata-accessibilityhazard'],
  'metadata-accessibilitysummary': ['metadata-accessibilitysummary'],
  'metadata-accessmode-invalid': ['metadata-accessmode-invalid'],
  'metadata-accessmodesufficient-invalid': ['metadata-accessmodesufficient-invalid'],
  'metadata-accessibilityfeature-invalid': ['metadata-accessibilityfeature-invalid'],
  'metadata-accessibilityhazard-invalid': ['metadata-accessibilityhazard-invalid'],
  'metadata-conformsto-invalid': ['metadata-conformsto-invalid'],
  'metadata-accessibilityFeature-printPageNumbers-nopagelist': ['metadata-accessibilityFeature-printPageNumbers-nopagelist'],
  'metadata-accessibilityFeature-printPageNumbers-nopagebreaks': ['metadata-accessibilityFeature-printPageNumbers-nopagebreaks'],
  'epub-pagesource': ['epub-pagesource'],
  'epub-toc-order': ['epub-toc-order'],
  'epub-pagelist-broken': ['epub-pagelist-broken'],
  'epub-pagelist-missing-pagebreak': ['epub-pagelist-missing-pagebreak'],
  'epub-pagelist-mediaoverlays': ['epub-pagelist-mediaoverlays'],
  // Ace's axe build keeps this best-practice rule, which axe-core 4.14 dropped: Colophon has it as an EPUB rule,
  // and reports the toc nav's missing role under epub-nav-toc.
  'epub-type-has-matching-role': ['epub-type-has-matching-role', 'epub-nav-toc'],
  // Ace's axe build only (axe-core has no such rule): Colophon has it as an EPUB rule.
  'pagebreak-label': ['pagebreak-label'],
  // axe rules: Colophon's axe reports them under the same id, and its EPUB rules read the same from the file as written.
  'image-alt': ['image-alt'],
  'document-title': ['document-title', 'epub-content-title'],
  'html-has-lang': ['html-has-lang', 'epub-content-lang'],
  'html-xml-lang-mismatch': ['html-xml-lang-mismatch', 'epub-content-lang'],
};

/** Ace rules Colophon does not check, and why. The docs (docs/report-schema.md) list the same. */
export const NOT_IN_COLOPHON: Readonly<Record<string, string>> = {};

export function colophonRulesFor(aceRule: string): readonly string[] {
  return ACE_TO_COLOPHON[aceRule] ?? [aceRule];
}
