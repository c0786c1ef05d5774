import type { PdfFacts, StructureFact } from './pdf-facts.js';

/** One cell placed on its table's grid (ISO 32000-1, 14.8.5.7: RowSpan and ColSpan default to 1). */
export interface PlacedCell {
  index: number;
  row: number;
  column: number;
  rowSpan: number;
  colSpan: number;
}

/** What the table rules (7.2-t15, t41–t43, 7.5) need of a Table: its cells placed row by row. */
export interface TableGrid {
  rows: number;
  cells: PlacedCell[];
  /** Cells that would cover a place another cell covers already (7.2-t15). */
  intersecting: number[];
  /** Columns whose cells reach past the last row or stop short of it (7.2-t41). */
  columnsWithWrongRowCount: number[];
  /** Rows (0-based) whose width is not that of the others, and whether a cell of theirs spans columns (7.2-t42/t43). */
  wrongRows: Array<{ row: number; width: number; expected: number; hasColumnSpan: boolean }>;
}

const grids = new WeakMap<StructureFact, TableGrid>();

/**
 * Lays a Table's cells on a grid, as a user agent would: rows are the TR elements (directly, or in THead, TBody and
 * TFoot, in order), each cell takes the first free column of its row and covers RowSpan × ColSpan places. Computed
 * once per table for the rules that ask.
 */
export function tableGrid(table: StructureFact, pdf: PdfFacts): TableGrid {
  const cached = grids.get(table);
  if (cached) return cached;
  const rows = table.kids.flatMap((kid) => {
    const type = pdf.structure[kid]!.standardType;
    if (type === 'TR') return [kid];
    return type === 'THead' || type === 'TBody' || type === 'TFoot' ? pdf.structure[kid]!.kids.filter((row) => pdf.structure[row]!.standardType === 'TR') : [];
  });
  const taken = new Map<string, number>();
  const cells: PlacedCell[] = [];
  const intersecting: number[] = [];
  rows.forEach((rowIndex, row) => {
    let column = 0;
    for (const index of pdf.structure[rowIndex]!.kids) {
      const cell = pdf.structure[index]!;
      if (cell.standardType !== 'TH' && cell.standardType !== 'TD') continue;
      while (taken.has(`${row},${column}`)) column += 1;
      const placed = { index, row, column, rowSpan: Math.max(1, Math.floor(cell.cell?.rowSpan ?? 1)), colSpan: Math.max(1, Math.floor(cell.cell?.colSpan ?? 1)) };
      for (let r = row; r < row + placed.rowSpan; r += 1) {
        for (let c = column; c < column + placed.colSpan; c += 1) {
          if (taken.has(`${r},${c}`) && !intersecting.includes(index)) intersecting.push(index);
          taken.set(`${r},${c}`, index);
        }
      }
      cells.push(placed);
      column += placed.colSpan;
    }
  });
  const widths = rows.map(() => 0);
  for (const key of taken.keys()) {
    const row = Number(key.slice(0, key.indexOf(',')));
    if (row < widths.length) widths[row]! += 1;
  }
  const expected = mostCommon(widths);
  const wrongRows = widths.flatMap((width, row) =>
    width === expected ? [] : [{ row, width, expected, hasColumnSpan: cells.some((cell) => cell.row === row && cell.colSpan > 1) }],
  );
  const columns = Math.max(0, ...widths);
  const columnsWithWrongRowCount: number[] = [];
  for (let column = 0; column < columns; column += 1) {
    const reach = Math.max(0, ...cells.filter((cell) => cell.column <= column && column < cell.column + cell.colSpan).map((cell) => cell.row + cell.rowSpan));
    if (reach !== rows.length) columnsWithWrongRowCount.push(column);
  }
  const grid = { rows: rows.length, cells, intersecting, columnsWithWrongRowCount, wrongRows };
  grids.set(table, grid);
  return grid;
}

/** The most frequent value (the larger one on a tie); 0 for none. */
function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && value > best)) [best, bestCount] = [value, count];
  }
  return best;
}
