import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/report/audit-report.js';
import { testBrowserPath } from '../support/browser.js';

/**
 * The `colophon` people run is bin/colophon.js over the bundle `npm run build` makes (npm ci runs it).
 * The other CLI tests call main() from src/; this one runs the real file, so a bundle that cannot
 * find its stylesheets, fonts, axe or package.json fails here.
 */
const run = promisify(execFile);
const out = mkdtempSync(join(tmpdir(), 'colophon-bin-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('bin/colophon.js (the bundled command)', () => {
  it('is built', () => {
    expect(existsSync('dist/bundle/colophon.js'), 'run `npm run build` (npm ci does it)').toBe(true);
  });

  it('prints its version from package.json', async () => {
    const { stdout } = await run('node', ['bin/colophon.js', '--version']);
    expect(stdout.trim()).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
  });

  it('builds the sample article, its outputs clean and its scrape leftovers reported, as the Quick start says', { timeout: 120_000 }, async () => {
    const { stdout } = await run('node', ['bin/colophon.js', 'build', 'content/kfor-otan-ue', '--out', out], {
      env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: testBrowserPath() },
    });
    // Nothing in the outputs; the two closing lines the plain-text reader dropped are reported (minor), and the build passes.
    expect(stdout).toMatch(/audit: 2 finding\(s\): 0 critical, 0 serious, 0 moderate, 2 minor — passed at --fail-on serious; [1-9]\d* checks need a person/);
    expect(stdout).toMatch(/kfor-otan-ue\.pdf \(PDF 1\.7\): 0/);
    const dir = join(out, 'kfor-otan-ue');
    expect(readdirSync(dir).sort()).toEqual(['index.html', 'kfor-otan-ue.epub', 'kfor-otan-ue.pdf', 'report.html', 'report.json']);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as AuditReport;
    expect(report.findings.map((finding) => [finding.ruleId, finding.impact, finding.source])).toEqual([['content-removed', 'minor', 'ingest'], ['content-removed', 'minor', 'ingest']]);
    expect(report.files.map((file) => file.kind).sort()).toEqual(['epub', 'html', 'pdf']);
  });
});
