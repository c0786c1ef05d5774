import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { locateBrowser } from '../../src/config/browser-location.js';

/** Ace by DAISY's command line (the package names its bin `ace-cli`; run the script itself, whatever the link is called). */
const ACE_CLI = createRequire(import.meta.url).resolve('@daisy/ace-cli/bin/ace.js');
const CHROMIUM = locateBrowser({ environment: process.env });

export interface AceViolation {
  /** The document Ace looked at, e.g. `article.xhtml` or `OEBPS/content.opf`. */
  document: string;
  rule: string;
  impact: string;
  description: string;
}

export interface AceResult {
  /** Every failed assertion (`earl:outcome` = `fail`). */
  violations: AceViolation[];
  /** The whole report, for assertions on what Ace read (metadata, outlines). */
  report: AceReport;
}

interface AceAssertion {
  'earl:result'?: { 'earl:outcome'?: string; 'dct:description'?: string };
  'earl:test'?: { 'dct:title'?: string; 'earl:impact'?: string; 'dct:description'?: string };
  'earl:testSubject'?: { url?: string };
  assertions?: AceAssertion[];
}

export interface AceReport {
  assertions: AceAssertion[];
  'earl:result': { 'earl:outcome': string };
  'a11y-metadata': { missing: string[]; empty: string[]; present: string[] };
}

/** Runs Ace on an EPUB file (with the Chromium Colophon would use: `locateBrowser`) and reads `report.json`. */
export async function runAce(epubPath: string): Promise<AceResult> {
  const outDir = await mkdtemp(join(tmpdir(), 'colophon-ace-'));
  try {
    await promisify(execFile)(process.execPath, [ACE_CLI, '--silent', '--outdir', outDir, '--force', epubPath], {
      env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: CHROMIUM },
      maxBuffer: 16 * 1024 * 1024,
    });
    const report = JSON.parse(await readFile(join(outDir, 'report.json'), 'utf8')) as AceReport;
    return { violations: report.assertions.flatMap((assertion) => violationsOf(assertion, '')), report };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/** Writes the bytes to a temporary `.epub`, runs Ace on it, and removes it. */
export async function runAceOnBytes(bytes: Uint8Array): Promise<AceResult> {
  const workDir = await mkdtemp(join(tmpdir(), 'colophon-epub-'));
  try {
    const epubPath = join(workDir, 'book.epub');
    await writeFile(epubPath, bytes);
    return await runAce(epubPath);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

function violationsOf(assertion: AceAssertion, document: string): AceViolation[] {
  const subject = assertion['earl:testSubject']?.url ?? document;
  const own: AceViolation[] =
    assertion['earl:test'] && assertion['earl:result']?.['earl:outcome'] === 'fail'
      ? [
          {
            document: subject,
            rule: assertion['earl:test']['dct:title'] ?? '',
            impact: assertion['earl:test']['earl:impact'] ?? '',
            description: assertion['earl:result']['dct:description'] ?? assertion['earl:test']['dct:description'] ?? '',
          },
        ]
      : [];
  return [...own, ...(assertion.assertions ?? []).flatMap((child) => violationsOf(child, subject))];
}

/** One line per violation, for assertion failures people can read. */
export function describeViolations(violations: readonly AceViolation[]): string {
  return violations.map((violation) => `${violation.impact} ${violation.rule} in ${violation.document}: ${violation.description}`).join('\n');
}
