import type { Finding } from '../../model/finding.js';
import type { FileDetails } from '../audit.js';
import { humanChecksFor } from '../human-checks/human-checks-for.js';
import { ruleCoverage } from '../rule-coverage.js';
import { checkPdf } from './audit-pdf.js';
import { describePdfFacts } from './describe-pdf.js';
import { readPdfFacts } from './read-pdf-facts.js';
import { PDF_RULES } from './rules/index.js';

/**
 * One PDF through every PDF/UA-1 rule, with what the reports say of it (metadata, images, rule coverage, the checks
 * a person must make); no thumbnails (see `pdfThumbnails`). Pure: bytes in, data out, so a batch can run it on a
 * stage worker (see `StageWorkers`).
 */
export async function auditPdfFile(bytes: Uint8Array, file: string): Promise<{ findings: Finding[]; details: FileDetails }> {
  // Read once: the rules and the report's description share the facts.
  const facts = await readPdfFacts(bytes, file);
  const findings = checkPdf(facts, { file });
  const described = describePdfFacts(facts);
  return { findings, details: { ...described, rules: ruleCoverage(PDF_RULES.map((rule) => rule.id), findings), humanChecks: humanChecksFor('pdf', { hasImages: (described.images?.length ?? 0) > 0 }) } };
}
