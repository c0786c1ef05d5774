import { tableGrid } from '../table-grid.js';
import { elementRule, typeName } from './structure-rule.js';

/**
 * ISO 14289-1 7.2 (veraPDF 7.2-t43): every row of a table has as many columns as the others; this one reports a row
 * of the wrong width with no cell spanning columns (a missing cell, or a RowSpan above it that is wrong). The split
 * between t42 and t43 follows veraPDF's test files for them.
 */
export const tableRowWidth = elementRule({
  id: 'pdfua-7.2-t43',
  impact: 'serious',
  help: 'PDF/UA-1 7.2: give each row of the table as many columns as the others (check missing cells and RowSpan).',
  check: (element, pdf) => {
    if (element.standardType !== 'Table') return undefined;
    const wrong = tableGrid(element, pdf).wrongRows.find((row) => !row.hasColumnSpan);
    return wrong ? `${typeName(element)}: row ${wrong.row + 1} has ${wrong.width} columns, the other rows ${wrong.expected}.` : undefined;
  },
});
