import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';

/** ISO 14289-1 7.21.4.1 (veraPDF 7.21.4.1-t01): every font a page uses has its program embedded. Each font is reported once. */
export const embeddedFonts: PdfRule = {
  id: 'pdfua-7.21.4.1-t01',
  impact: 'serious',
  help: 'PDF/UA-1 7.21.4: embed every font (FontFile, FontFile2 or FontFile3 in its descriptor), so the text renders and extracts the same everywhere.',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) => {
    const reported = new Set<string>();
    return pdf.pages.flatMap(({ page, fonts }) =>
      fonts
        .filter((font) => !font.embedded && !reported.has(font.name) && reported.add(font.name))
        .map((font) => ({ page, message: `The font ${font.name} (${font.subtype}) is not embedded.` })),
    );
  },
};
