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

  it('builds the sample article with nothing to report, as the Quick start says', { timeout: 120_000 }, async () => {
    const { stdout } = await run('node', ['bin/colophon.js', 'build', 'content/kfor-otan-ue', '--out', out], {
      env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: testBrowserPath() },
    });
    expect(stdout).toMatch(/audit: no machine-checkable failure; [1-9]\d* checks need a person/);
    const dir = join(out, 'kfor-otan-ue');
    expect(readdirSync(dir).sort()).toEqual(['index.html', 'kfor-otan-ue.epub', 'kfor-otan-ue.pdf', 'report.html', 'report.json']);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as AuditReport;
    expect(report.findings).toEqual([]);
    expect(report.files.map((file) => file.kind).sort()).toEqual(['epub', 'html', 'pdf']);
  });
});
