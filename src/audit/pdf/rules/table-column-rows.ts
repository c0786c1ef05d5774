import { tableGrid } from '../table-grid.js';
import { elementRule, typeName } from './structure-rule.js';

/** ISO 14289-1 7.2 (veraPDF 7.2-t41): every column of a table has as many rows as the table (RowSpan taken into account). */
export const tableColumnRows = elementRule({
  id: 'pdfua-7.2-t41',
  impact: 'serious',
  help: 'PDF/UA-1 7.2: fix the RowSpan of the table’s cells so that every column has as many rows as the table.',
  check: (element, pdf) => {
    if (element.standardType !== 'Table') return undefined;
    const columns = tableGrid(element, pdf).columnsWithWrongRowCount;
    return columns.length === 0 ? undefined : `${typeName(element)}: column(s) ${columns.map((column) => column + 1).join(', ')} do not have as many rows as the table.`;
  },
});
