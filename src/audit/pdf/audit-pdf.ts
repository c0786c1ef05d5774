import type { Finding } from '../../model/finding.js';
import type { PdfFacts } from './pdf-facts.js';
import { readPdfFacts } from './read-pdf-facts.js';
import { PDF_RULES } from './rules/index.js';

/** Runs the PDF rules (after veraPDF's PDF/UA-1 profile) on one PDF. Throws a ColophonError when it cannot be read. */
export async function auditPdf(bytes: Uint8Array, options: { file: string }): Promise<Finding[]> {
  return checkPdf(await readPdfFacts(bytes, options.file), options);
}

/** The PDF rules on facts already read (the audit reads a file once for its findings and its description). */
export function checkPdf(facts: PdfFacts, options: { file: string }): Finding[] {
  return PDF_RULES.flatMap((rule) =>
    rule.check(facts).map(({ message, page, selector }) => ({
      ruleId: rule.id,
      source: 'pdf' as const,
      impact: rule.impact,
      location: { file: options.file, ...(page !== undefined && { page }), ...(selector !== undefined && { selector }) },
      message,
      help: rule.help,
      helpUrl: rule.helpUrl,
    })),
  );
}
