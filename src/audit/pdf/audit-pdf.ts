import type { Finding } from '../../model/finding.js';
import { readPdfFacts } from './read-pdf-catalog.js';
import { PDF_RULES } from './rules/index.js';

/** Runs the PDF rules on one PDF. */
export async function auditPdf(bytes: Uint8Array, options: { file: string }): Promise<Finding[]> {
  const facts = await readPdfFacts(bytes, options.file);
  return PDF_RULES.flatMap((rule) =>
    rule.check(facts).map((message) => ({
      ruleId: rule.id,
      source: 'pdf' as const,
      impact: rule.impact,
      location: { file: options.file },
      message,
      help: rule.help,
      helpUrl: rule.helpUrl,
    })),
  );
}
