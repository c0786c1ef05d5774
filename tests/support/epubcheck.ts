import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** The Debian package's jar (its /usr/bin/epubcheck link does not execute). */
export const EPUBCHECK_JAR = '/usr/share/java/epubcheck.jar';

export type EpubcheckSeverity = 'FATAL' | 'ERROR' | 'WARNING' | 'USAGE' | 'INFO' | 'SUPPRESSED';

export interface EpubcheckMessage {
  ID: string;
  severity: EpubcheckSeverity;
  message: string;
  locations: { path: string; line: number; column: number }[];
}

export interface EpubcheckResult {
  messages: EpubcheckMessage[];
  /** FATAL and ERROR messages. */
  errors: EpubcheckMessage[];
  warnings: EpubcheckMessage[];
}

/** Runs epubcheck on an EPUB file and reads its JSON report (epubcheck exits 1 when it finds errors: that is a result, not a failure). */
export async function runEpubcheck(epubPath: string): Promise<EpubcheckResult> {
  const workDir = await mkdtemp(join(tmpdir(), 'colophon-epubcheck-'));
  try {
    const reportPath = join(workDir, 'report.json');
    await promisify(execFile)('java', ['-jar', EPUBCHECK_JAR, epubPath, '--json', reportPath], { maxBuffer: 16 * 1024 * 1024 }).catch((error: unknown) => error);
    const report = JSON.parse(await readFile(reportPath, 'utf8')) as { messages: EpubcheckMessage[] };
    return {
      messages: report.messages,
      errors: report.messages.filter((message) => message.severity === 'FATAL' || message.severity === 'ERROR'),
      warnings: report.messages.filter((message) => message.severity === 'WARNING'),
    };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** Writes the bytes to a temporary `.epub`, runs epubcheck on it, and removes it. */
export async function runEpubcheckOnBytes(bytes: Uint8Array): Promise<EpubcheckResult> {
  const workDir = await mkdtemp(join(tmpdir(), 'colophon-epub-'));
  try {
    const epubPath = join(workDir, 'book.epub');
    await writeFile(epubPath, bytes);
    return await runEpubcheck(epubPath);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** One line per message, for assertion failures people can read. */
export function describeMessages(messages: readonly EpubcheckMessage[]): string {
  return messages.map((message) => `${message.severity} ${message.ID} ${message.locations[0]?.path ?? ''}: ${message.message}`).join('\n');
}
