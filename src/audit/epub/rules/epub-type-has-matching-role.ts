import type { TypedElement } from '../read-epub-package.js';
import type { EpubRule } from '../epub-rule.js';

/** epub:type → the DPUB-ARIA or ARIA role that says the same to assistive technology (as Ace's axe maps them). */
const ROLE_OF_TYPE: ReadonlyMap<string, string> = new Map([
  ...['abstract', 'acknowledgments', 'afterword', 'appendix', 'biblioentry', 'bibliography', 'biblioref', 'chapter', 'colophon', 'conclusion', 'credit', 'credits', 'dedication', 'endnote', 'endnotes', 'epigraph', 'epilogue', 'errata', 'footnote', 'foreword', 'glossary', 'glossref', 'index', 'introduction', 'noteref', 'notice', 'pagebreak', 'part', 'preface', 'prologue', 'pullquote', 'qna', 'subtitle', 'tip', 'toc'].map((type) => [type, `doc-${type}`] as const),
  ['figure', 'figure'], ['glossdef', 'definition'], ['glossterm', 'term'], ['help', 'doc-tip'], ['list', 'list'], ['list-item', 'listitem'],
  ['page-list', 'doc-pagelist'], ['referrer', 'doc-backlink'], ['table', 'table'], ['table-cell', 'cell'], ['table-row', 'row'],
]);

/** Roles elements have without saying so. */
const IMPLICIT_ROLE: Readonly<Record<string, string>> = { figure: 'figure', ol: 'list', ul: 'list', li: 'listitem', table: 'table', td: 'cell', tr: 'row', dd: 'definition', dfn: 'term' };

/**
 * An element with an epub:type that has an ARIA counterpart has that role too (Ace: axe's epub-type-has-matching-role,
 * moderate, a rule axe-core has since dropped). epub:type in the landmarks nav names link targets and is left alone;
 * the toc nav of the navigation document is epub-nav-toc's to report.
 */
export const epubTypeHasMatchingRole: EpubRule = {
  id: 'epub-type-has-matching-role',
  impact: 'moderate',
  help: 'Add the matching role next to epub:type, e.g. <section epub:type="chapter" role="doc-chapter">, <aside epub:type="footnote" role="doc-footnote">.',
  helpUrl: 'https://kb.daisy.org/publishing/docs/html/epub-type.html',
  check: (epub) =>
    epub.contentDocuments.flatMap((document) =>
      document.typed.flatMap((element) => {
        if (document.path === epub.navigation?.path && element.name === 'nav' && element.epubTypes.includes('toc')) return []; // epub-nav-toc's
        const expected = expectedRole(element);
        if (!expected || roleOf(element) === expected) return [];
        return [{ message: `<${element.name} epub:type="${element.epubTypes.join(' ')}"> should have role="${expected}".`, document: document.path, selector: element.selector }];
      }),
    ),
};

function expectedRole(element: TypedElement): string | undefined {
  if (element.inLandmarks) return undefined;
  const type = element.epubTypes.find((candidate) => ROLE_OF_TYPE.has(candidate));
  return type ? ROLE_OF_TYPE.get(type) : undefined;
}

function roleOf(element: TypedElement): string | undefined {
  return element.role?.split(/\s+/)[0] ?? IMPLICIT_ROLE[element.name];
}
