import type { SemanticDocument } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import { buildEpub, type EpubBuildOptions, type EpubResult } from './build-epub.js';

/** Audits an EPUB's bytes (in publish(): Colophon's own audit stage, EPUB rules and axe). */
export type EpubAudit = (bytes: Uint8Array) => Promise<readonly Finding[]>;

export interface AuditBackedEpub {
  epub: EpubResult;
  /** Whether the EPUB says it conforms to EPUB Accessibility 1.1 (WCAG 2.2 AA). */
  claimed: boolean;
  /** What the audit found in the EPUB without the claim: when not empty, no claim was made. */
  findings: readonly Finding[];
}

/**
 * Builds the EPUB without a conformance claim, audits it, and only when the audit found nothing
 * builds it again with `dcterms:conformsTo` (and `a11y:certifiedBy`): a claim the audit does not
 * back is never written. No claim either when nobody can be named as the evaluator
 * (no `certifiedBy`, publisher or author).
 */
export async function buildAuditBackedEpub(document: SemanticDocument, options: Omit<EpubBuildOptions, 'claimConformance'>, audit: EpubAudit): Promise<AuditBackedEpub> {
  const unclaimed = await buildEpub(document, { ...options, claimConformance: false });
  const findings = await audit(unclaimed.bytes);
  if (findings.length > 0 || !hasEvaluator(document, options.certifiedBy)) return { epub: unclaimed, claimed: false, findings };
  return { epub: await buildEpub(document, { ...options, claimConformance: true }), claimed: true, findings };
}

function hasEvaluator(document: SemanticDocument, certifiedBy: string | undefined): boolean {
  const { publisher, authors } = document.metadata;
  return Boolean(certifiedBy?.trim() || publisher?.name.trim() || authors.join('').trim());
}
