import type { Finding } from '../../model/finding.js';
import { readPdfFacts } from './read-pdf-facts.js';
import { PDF_RULES } from './rules/index.js';

/** Runs the PDF rules (after veraPDF's PDF/UA-1 profile) on one PDF. */
export async function auditPdf(bytes: Uint8Array, options: { file: string }): Promise<Finding[]> {
  const facts = await readPdfFacts(bytes, options.file);
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
