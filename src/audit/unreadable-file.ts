import { isColophonError } from '../errors.js';
import type { Finding } from '../model/finding.js';
import type { AuditTarget, FileDetails } from './audit.js';

/** Input errors that belong to the file (it is not what it says, is cut short, needs a password…), not to Colophon. */
const FILE_ERRORS = new Set(['INPUT_UNREADABLE', 'INPUT_UNSUPPORTED', 'INPUT_ENCRYPTED', 'INPUT_EMPTY', 'INPUT_BINARY', 'INPUT_TOO_LARGE']);

/**
 * The finding for a file the audit could not read, so that one bad file never ends a run: `file-encrypted`
 * (serious: a person with the password can still check it) when it needs a password, `file-unreadable`
 * (critical: nothing in it was checked) otherwise. PDFs are read without the browser, so any error reading or
 * checking one is the file's; for HTML and EPUB only input errors are, and a failing browser still fails the run.
 */
export function unreadableFileFinding(target: AuditTarget, error: unknown): { findings: Finding[]; details: FileDetails } {
  const fileError = isColophonError(error) ? FILE_ERRORS.has(error.code) : target.kind === 'pdf';
  if (!fileError) throw error;
  const encrypted = isColophonError(error) && error.code === 'INPUT_ENCRYPTED';
  const message = error instanceof Error ? error.message : String(error);
  const finding: Finding = {
    ruleId: encrypted ? 'file-encrypted' : 'file-unreadable',
    source: target.kind === 'html' ? 'axe' : target.kind,
    impact: encrypted ? 'serious' : 'critical',
    location: { file: target.file },
    message: encrypted ? message : `${target.file} could not be audited: ${message}`,
    help: isColophonError(error) ? error.hint : 'Check that the file is complete and of the kind its name says; nothing in it was checked.',
  };
  return { findings: [finding], details: { notes: [`Not audited: ${message}`] } };
}
