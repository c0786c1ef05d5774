import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateBrowser } from '../../src/config/browser-location.js';
import { runCli } from '../support/run-cli.js';
import { samplePdf } from './support/sample-pdf.js';

/**
 * One bad file never sinks the rest (issue 13, item 3): `colophon audit good.pdf garbage.pdf truncated.pdf --json`
 * prints one report with a `file-unreadable` finding for each bad file, the good file audited, and exits 2 (the
 * audit failed at --fail-on), not 1 (Colophon failed). Without the catch in audit.ts (`unreadableFileFinding`)
 * the run ends at the first bad file with exit 1 and no JSON.
 */
let work: string;
const environment = { PUPPETEER_EXECUTABLE_PATH: locateBrowser({ environment: process.env }) };

interface ReportShape {
  outcome: { passed: boolean };
  files: Array<{ file: string; findings: number; notes?: string[] }>;
  findings: Array<{ ruleId: string; impact: string; location: { file: string }; message: string }>;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'colophon-unreadable-'));
  const sample = await samplePdf();
  await writeFile(join(work, 'good.pdf'), sample);
  await writeFile(join(work, 'garbage.pdf'), new Uint8Array(2048).map((_, index) => (index * 131) % 256));
  await writeFile(join(work, 'truncated.pdf'), sample.subarray(0, Math.floor(sample.length / 3)));
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('colophon audit with files that cannot be read', () => {
  it('reports each as a critical file-unreadable finding, audits the others, prints the JSON report and exits 2', async () => {
    const files = ['good.pdf', 'garbage.pdf', 'truncated.pdf'].map((name) => join(work, name));
    const run = await runCli(['audit', ...files, '--json'], environment);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as ReportShape;
    expect(report.files.map((file) => [file.file, file.findings])).toEqual([
      [files[0], 0],
      [files[1], 1],
      [files[2], 1],
    ]);
    expect(report.findings.map((finding) => [finding.ruleId, finding.impact, finding.location.file])).toEqual([
      ['file-unreadable', 'critical', files[1]],
      ['file-unreadable', 'critical', files[2]],
    ]);
    expect(report.findings[0]?.message).toMatch(/could not be read as a PDF/);
    expect(report.outcome.passed).toBe(false);
    expect(run.code).toBe(2);
  });

  it('exits 0 on the good file alone (the exit code comes from the findings)', async () => {
    const run = await runCli(['audit', join(work, 'good.pdf'), '--json'], environment);
    expect(JSON.parse(run.stdout)).toMatchObject({ outcome: { passed: true } });
    expect(run.code).toBe(0);
  });
});
