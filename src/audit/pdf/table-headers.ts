import type { PdfFacts, StructureFact } from './pdf-facts.js';
import { tableGrid } from './table-grid.js';

export interface DataCellHeaders {
  index: number;
  /** A header cell is known for it: through /Headers naming TH /IDs, or a TH with a Scope in its row or column. */
  connected: boolean;
  /** /Headers entries that name no TH of the table. */
  unknownHeaders: string[];
}

/**
 * ISO 14289-1 7.5 for each TD of a Table: its headers can be determined either by /Headers and the THs' /ID, or by
 * the Scope of a TH in the same row (Row, Both) or column (Column, Both) of the table's grid.
 */
export function dataCellHeaders(table: StructureFact, pdf: PdfFacts): DataCellHeaders[] {
  const grid = tableGrid(table, pdf);
  const headerIds = new Set(grid.cells.flatMap((cell) => (pdf.structure[cell.index]!.standardType === 'TH' && pdf.structure[cell.index]!.id ? [pdf.structure[cell.index]!.id!] : [])));
  const scoped = grid.cells.filter((cell) => pdf.structure[cell.index]!.standardType === 'TH');
  return grid.cells
    .filter((cell) => pdf.structure[cell.index]!.standardType === 'TD')
    .map((cell) => {
      const headers = pdf.structure[cell.index]!.cell?.headers ?? [];
      const unknownHeaders = headers.filter((header) => !headerIds.has(header));
      const byHeaders = headers.length > 0 && unknownHeaders.length === 0;
      const byScope = scoped.some((th) => {
        const scope = pdf.structure[th.index]!.cell?.scope;
        const sameRow = th.row < cell.row + cell.rowSpan && cell.row < th.row + th.rowSpan;
        const sameColumn = th.column < cell.column + cell.colSpan && cell.column < th.column + th.colSpan;
        return (sameRow && (scope === 'Row' || scope === 'Both')) || (sameColumn && (scope === 'Column' || scope === 'Both'));
      });
      return { index: cell.index, connected: byHeaders || byScope, unknownHeaders };
    });
}
