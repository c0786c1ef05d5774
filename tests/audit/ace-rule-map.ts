/**
 * Ace by DAISY rule id → the Colophon rule id(s) that report the same problem. axe rule ids that are not
 * listed map to themselves (Colophon runs axe-core too). An Ace rule mapped to [] has no Colophon counterpart.
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
  'metadata-accessibilityFeature-printPageNumbers-nopagelist': ['metadata-pagenavigation-pagelist'],
  'metadata-accessibilityFeature-printPageNumbers-nopagebreaks': ['metadata-pagebreakmarkers-pagebreaks'],
  'epub-pagesource': ['epub-pagesource'],
  'epub-toc-order': ['epub-toc-order'],
  'epub-pagelist-broken': ['epub-pagelist-broken'],
  'epub-pagelist-missing-pagebreak': ['epub-pagelist-missing-pagebreak'],
  // Ace's axe build keeps this best-practice rule, which axe-core 4.14 dropped: Colophon has it as an EPUB rule,
  // and reports the toc nav's missing role under epub-nav-toc.
  'epub-type-has-matching-role': ['epub-type-has-matching-role', 'epub-nav-toc'],
  // Media overlays: Colophon does not read SMIL.
  'epub-pagelist-mediaoverlays': [],
};

export function colophonRulesFor(aceRule: string): readonly string[] {
  return ACE_TO_COLOPHON[aceRule] ?? [aceRule];
}
