import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfinfo, runTool } from '../support/poppler.js';
import { runCli } from '../support/run-cli.js';

const out = mkdtempSync(join(tmpdir(), 'colophon-options-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('build options', () => {
  it('--formats pdf --page-size Letter --no-audit writes only a Letter PDF', async () => {
    const root = join(out, 'letter');
    const run = await runCli(['build', 'content/kfor-otan-ue', '--out', root, '--formats', 'pdf', '--page-size', 'Letter', '--no-audit']);
    expect(run.code).toBe(0);
    expect(readdirSync(join(root, 'kfor-otan-ue'))).toEqual(['kfor-otan-ue.pdf']);
    expect((await pdfinfo(join(root, 'kfor-otan-ue', 'kfor-otan-ue.pdf')))['Page size']).toMatch(/^612 x 792 pts \(letter\)/);
  });

  it('--formats html,epub builds no PDF, and the report covers what was built', async () => {
    const root = join(out, 'html-epub');
    const run = await runCli(['build', 'content/kfor-otan-ue', '--out', root, '--formats', 'html,epub', '--quiet']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(readdirSync(join(root, 'kfor-otan-ue')).sort()).toEqual(['index.html', 'kfor-otan-ue.epub', 'report.html', 'report.json']);
  });

  it('--bleed 3mm --crop-marks --page-size 170x240mm: a print-shop PDF with trim and bleed boxes', async () => {
    const root = join(out, 'print-shop');
    const run = await runCli(['build', 'content/kfor-otan-ue', '--out', root, '--formats', 'pdf', '--page-size', '170x240mm', '--bleed', '3mm', '--crop-marks', '--no-audit']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const boxes = (await runTool('pdfinfo', ['-box', join(root, 'kfor-otan-ue', 'kfor-otan-ue.pdf')])).stdout;
    const box = (name: string) => (new RegExp(`${name}:\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)`).exec(boxes) ?? []).slice(1).map(Number);
    const [tx1 = 0, ty1 = 0, tx2 = 0, ty2 = 0] = box('TrimBox');
    const [bx1 = 0, , bx2 = 0] = box('BleedBox');
    expect(tx2 - tx1).toBeCloseTo((170 * 72) / 25.4, 0);
    expect(ty2 - ty1).toBeCloseTo((240 * 72) / 25.4, 0);
    expect(tx1 - bx1).toBeCloseTo((3 * 72) / 25.4, 0);
    expect(bx2 - tx2).toBeCloseTo((3 * 72) / 25.4, 0);
  });

  it('--bleed refuses what is not a length', async () => {
    const run = await runCli(['build', 'content/kfor-otan-ue', '--out', join(out, 'nope'), '--bleed', 'wide']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('millimetres');
  });

  it('--help and --version exit 0', async () => {
    const help = await runCli(['build', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--page-size');
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('exits 2 when the audit fails at --fail-on', async () => {
    const root = join(out, 'failing');
    const run = await runCli(['build', 'tests/fixtures/articles/missing-alt', '--out', root, '--formats', 'html']);
    expect(run.stdout).toContain('image-alt');
    expect(run.code).toBe(2);
    expect(existsSync(join(root, 'missing-alt', 'report.json'))).toBe(true);
  });
});
