import { VERAPDF_PDFUA1_RULES, type PdfRule, type PdfViolation } from '../pdf-rule.js';

/** veraPDF's test of a language identifier (RFC 3066 form). */
const LANGUAGE_TAG = /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/;

/**
 * ISO 14289-1 7.2 (veraPDF 7.2-t29): every /Lang — the catalog's, a structure element's, a property list's — is a
 * language identifier (`fr`, `en-GB`). Differs from the profile: an empty /Lang is let through, as ISO 32000-1
 * 14.9.2 makes it mean "language unknown" (the rules on undetermined language judge that case).
 */
export const languageTag: PdfRule = {
  id: 'pdfua-7.2-t29',
  impact: 'serious',
  help: 'PDF/UA-1 7.2: write each /Lang as a BCP 47 language tag such as (fr) or (en-GB).',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) => {
    const wrong = (value: string | undefined): boolean => value !== undefined && value !== '' && !LANGUAGE_TAG.test(value);
    const violations: PdfViolation[] = [];
    if (wrong(pdf.lang)) violations.push({ message: `The catalog’s /Lang (${pdf.lang}) is not a language tag.` });
    for (const element of pdf.structure) {
      if (wrong(element.lang)) violations.push({ message: `/Lang (${element.lang}) is not a language tag.`, selector: element.path, ...(element.page !== undefined && { page: element.page }) });
    }
    for (const { page, marks } of pdf.pages) {
      for (const value of new Set(marks?.langValues.filter(wrong))) violations.push({ page, message: `A marked-content /Lang (${value}) on page ${page} is not a language tag.` });
    }
    return violations;
  },
};
