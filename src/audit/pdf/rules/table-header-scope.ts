import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';
import { dataCellHeaders } from '../table-headers.js';

/**
 * ISO 14289-1 7.5 (veraPDF 7.5-t01): each data cell's headers can be determined: where /Headers and /ID do not say
 * them, the header cells (TH) of its row or column have a Scope. This one reports the cells with no /Headers at all.
 */
export const tableHeaderScope: PdfRule = {
  id: 'pdfua-7.5-t01',
  impact: 'serious',
  help: 'PDF/UA-1 7.5: give each TH a Scope (Row, Column or Both), or give data cells /Headers naming the THs’ /ID.',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) =>
    pdf.structure.flatMap((table) =>
      table.standardType !== 'Table'
        ? []
        : dataCellHeaders(table, pdf)
            .filter((cell) => !cell.connected && cell.unknownHeaders.length === 0)
            .map((cell) => {
              const element = pdf.structure[cell.index]!;
              return { message: 'A data cell has no header: no /Headers, and no TH with a Scope in its row or column.', selector: element.path, ...(element.page !== undefined && { page: element.page }) };
            }),
    ),
};
