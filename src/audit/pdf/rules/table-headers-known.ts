import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';
import { dataCellHeaders } from '../table-headers.js';

/**
 * ISO 14289-1 7.5 (veraPDF 7.5-t02): each data cell's headers can be determined; this one reports the cells whose
 * /Headers name IDs no TH of the table has (and no TH with a Scope covers them).
 */
export const tableHeadersKnown: PdfRule = {
  id: 'pdfua-7.5-t02',
  impact: 'serious',
  help: 'PDF/UA-1 7.5: make each /Headers entry of a data cell the /ID of a TH of the table.',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) =>
    pdf.structure.flatMap((table) =>
      table.standardType !== 'Table'
        ? []
        : dataCellHeaders(table, pdf)
            .filter((cell) => !cell.connected && cell.unknownHeaders.length > 0)
            .map((cell) => {
              const element = pdf.structure[cell.index]!;
              return { message: `A data cell names headers no TH has: ${cell.unknownHeaders.join(', ')}.`, selector: element.path, ...(element.page !== undefined && { page: element.page }) };
            }),
    ),
};
