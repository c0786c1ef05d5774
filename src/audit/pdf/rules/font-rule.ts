import type { FontFact, PageFact } from '../pdf-facts.js';
import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';

/** A rule about fonts text is shown in: what is wrong with one (undefined: nothing). */
export interface FontRuleSpec {
  id: string;
  impact: PdfRule['impact'];
  help: string;
  check(font: FontFact, page: PageFact): string | undefined;
}

/**
 * A PdfRule over the fonts text is shown in, as veraPDF's font rules judge only fonts used for text: a page font
 * counts when a text operator of the page shows text in it, a font of a form XObject always. Each font is reported
 * once (at the first page it is found wrong on).
 */
export function fontRule(spec: FontRuleSpec): PdfRule {
  return {
    id: spec.id,
    impact: spec.impact,
    help: spec.help,
    helpUrl: VERAPDF_PDFUA1_RULES,
    check: (pdf) => {
      const reported = new Set<string>();
      return pdf.pages.flatMap((page) =>
        page.fonts.flatMap((font) => {
          if (reported.has(font.name) || (!font.inForm && !page.marks?.fontsShown.has(font.resourceName))) return [];
          const message = spec.check(font, page);
          if (message === undefined) return [];
          reported.add(font.name);
          return [{ page: page.page, message }];
        }),
      );
    },
  };
}
