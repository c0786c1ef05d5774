import { tableGrid } from '../table-grid.js';
import { elementRule, typeName } from './structure-rule.js';

/**
 * ISO 14289-1 7.2 (veraPDF 7.2-t42): every row of a table has as many columns as the others (ColSpan and RowSpan
 * taken into account); this one reports a row of the wrong width that has a cell spanning columns (its ColSpan is
 * wrong). The split between t42 and t43 follows veraPDF's test files for them.
 */
export const tableRowColumns = elementRule({
  id: 'pdfua-7.2-t42',
  impact: 'serious',
  help: 'PDF/UA-1 7.2: fix the ColSpan of the row’s cells so that it has as many columns as the table’s other rows.',
  check: (element, pdf) => {
    if (element.standardType !== 'Table') return undefined;
    const wrong = tableGrid(element, pdf).wrongRows.find((row) => row.hasColumnSpan);
    return wrong ? `${typeName(element)}: row ${wrong.row + 1} spans ${wrong.width} columns (with a ColSpan), the other rows ${wrong.expected}.` : undefined;
  },
});
