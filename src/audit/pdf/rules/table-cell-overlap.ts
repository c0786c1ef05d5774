import { tableGrid } from '../table-grid.js';
import { elementRule, typeName } from './structure-rule.js';

/** ISO 14289-1 7.2 (veraPDF 7.2-t15): no table cell covers a place another cell covers (RowSpan and ColSpan taken into account). */
export const tableCellOverlap = elementRule({
  id: 'pdfua-7.2-t15',
  impact: 'serious',
  help: 'PDF/UA-1 7.2: fix the RowSpan and ColSpan of the table’s cells so that no two cells overlap.',
  check: (element, pdf) => {
    if (element.standardType !== 'Table') return undefined;
    const overlapping = tableGrid(element, pdf).intersecting.length;
    return overlapping === 0 ? undefined : `${typeName(element)} has ${overlapping} cell(s) overlapping another through RowSpan or ColSpan.`;
  },
});
