import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';
import { hasCatalogLang } from './language.js';

/** ISO 14289-1 7.2 (veraPDF 7.2-t24): the language of an annotation's /Contents can be determined: the catalog's /Lang, or that of the structure element holding it. */
export const annotationLanguage: PdfRule = {
  id: 'pdfua-7.2-t24',
  impact: 'serious',
  help: 'PDF/UA-1 7.2: set the catalog’s /Lang, so annotation descriptions (/Contents) are read in the right language.',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) =>
    hasCatalogLang(pdf)
      ? []
      : pdf.pages.flatMap(({ page, annotations }) =>
          annotations
            .filter((annotation) => {
              if (annotation.contents === undefined) return false;
              const element = annotation.element === undefined ? undefined : pdf.structure[annotation.element];
              return (element?.lang ?? element?.inheritedLang) === undefined;
            })
            .map((annotation) => ({ page, message: `A ${annotation.subtype || 'untyped'} annotation on page ${page} has /Contents in no determinable language.` })),
        ),
};
