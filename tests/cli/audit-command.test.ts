import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/report/audit-report.js';
import { brokenEpub, replaceIn } from '../audit/epub-fixture.js';
import { runCli } from '../support/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'colophon-audit-cli-'));
const CLEAN_PAGE = '<!DOCTYPE html><html lang="en"><head><title>Clean</title></head><body><main><h1>Clean</h1><p>Nothing wrong here.</p></main></body></html>';
const BROKEN_PAGE = '<!DOCTYPE html><html><head><title>Broken</title></head><body><main><h1>Broken</h1><img src="x.png"></main></body></html>';

beforeAll(async () => {
  writeFileSync(join(work, 'clean.html'), CLEAN_PAGE);
  mkdirSync(join(work, 'mixed'));
  writeFileSync(join(work, 'mixed', 'broken.html'), BROKEN_PAGE);
  const pdf = await PDFDocument.create();
  pdf.addPage().drawText('untagged');
  writeFileSync(join(work, 'mixed', 'plain.pdf'), await pdf.save());
  writeFileSync(join(work, 'notes.txt'), 'not auditable');
  writeFileSync(join(work, 'old.epub'), await brokenEpub((files) => replaceIn(files, 'EPUB/package.opf', /<meta name="schema:accessMode" content="[a-z]+"\/>/g, ''), 2));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('colophon audit', () => {
  it('a clean page: no machine-checkable failure, the checks left to a person counted, exit 0', async () => {
    const run = await runCli(['audit', join(work, 'clean.html')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // Fails when terminal-summary.ts prints the old "nothing to report" (or no count of the checks for a person).
    expect(run.stdout).toMatch(/audit: no machine-checkable failure; [1-9]\d* checks need a person/);
  });

  it('a folder of broken HTML and PDF: findings from axe and the PDF rules, exit 2, reports written', async () => {
    const reportDir = join(work, 'report');
    const run = await runCli(['audit', join(work, 'mixed'), '--report', reportDir, '--json']);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as AuditReport;
    const rules = new Set(report.findings.map((finding) => finding.ruleId));
    expect(rules).toContain('image-alt');
    expect(rules).toContain('html-has-lang');
    expect(rules).toContain('pdfua-7.1-t11');
    expect(report.files.map((file) => file.kind).sort()).toEqual(['html', 'pdf']);
    expect(JSON.parse(readFileSync(join(reportDir, 'report.json'), 'utf8'))).toEqual(report);
    expect(existsSync(join(reportDir, 'report.html'))).toBe(true);
  });

  it('--fail-on decides which impact fails: a page without lang is serious, not critical', async () => {
    const page = join(work, 'no-lang.html');
    writeFileSync(page, CLEAN_PAGE.replace(' lang="en"', ''));
    const strict = await runCli(['audit', page, '--quiet']);
    expect(strict.stdout).toBe('');
    expect(strict.code).toBe(2);
    const lenient = await runCli(['audit', page, '--fail-on', 'critical', '--json']);
    expect((JSON.parse(lenient.stdout) as AuditReport).findings.map((finding) => finding.ruleId)).toEqual(['html-has-lang']);
    expect(lenient.code).toBe(0);
  });

  it('an EPUB 2: the terminal says so, counts by impact and format, and shows the fix', async () => {
    const run = await runCli(['audit', join(work, 'old.epub')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('by format: EPUB 1');
    expect(run.stdout).toContain('old.epub (EPUB 2.0): 1');
    expect(run.stdout).toMatch(/note: .*old\.epub: EPUB 2 .*skipped: epub-nav-toc/);
    expect(run.stdout).toContain('[serious] metadata-accessmode at');
    expect(run.stdout).toContain('fix: Add <meta property="schema:accessMode">');
  });

  it('--standard chooses the axe rules: best-practice adds axe’s advice', async () => {
    const page = join(work, 'no-main.html');
    writeFileSync(page, '<!DOCTYPE html><html lang="en"><head><title>No main</title></head><body><h1>No main</h1><p>Text.</p></body></html>');
    expect((await runCli(['audit', page])).code).toBe(0);
    const advised = await runCli(['audit', page, '--standard', 'wcag2a,best-practice', '--json']);
    expect((JSON.parse(advised.stdout) as AuditReport).findings.map((finding) => finding.ruleId)).toContain('landmark-one-main');
    expect((await runCli(['audit', page, '--standard', 'wcag9'])).code).toBe(1);
  });

  it('a file it cannot audit: exit 1 with a typed error', async () => {
    const run = await runCli(['audit', join(work, 'notes.txt')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[INPUT_UNSUPPORTED]');
  });
});
