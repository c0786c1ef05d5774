import { elementRule, kidTypes, typeName } from './structure-rule.js';

const ALLOWED = new Set(['TOC', 'TOCI', 'Caption']);

/**
 * ISO 14289-1 7.2 (veraPDF 7.2-t27): a TOC element may contain only TOC, TOCI, Caption elements.
 *
 * Differs from the profile on purpose: veraPDF's own test file for this rule fails it with a Caption that is not the
 * first kid, which the current profile checks in 7.2-t28 (implemented too, as pdfua-7.2-t28). Both rules report it,
 * so Colophon agrees with the test corpus and with the profile.
 */
export const tocKids = elementRule({
  id: 'pdfua-7.2-t27',
  impact: 'serious',
  help: 'PDF/UA-1 7.2 (ISO 32000-1, 14.8.4): a TOC may contain only TOC, TOCI, Caption; fix the tagging of its contents.',
  check: (element, pdf) => {
    if (element.standardType !== 'TOC') return undefined;
    const kids = kidTypes(element, pdf);
    if (kids.slice(1).includes('Caption')) return `${typeName(element)} has a Caption that is not its first kid.`;
    const wrong = kids.filter((type) => !ALLOWED.has(type));
    return wrong.length === 0 ? undefined : `${typeName(element)} holds ${wrong.join(', ')}: only TOC, TOCI, Caption may stand in a TOC.`;
  },
});
