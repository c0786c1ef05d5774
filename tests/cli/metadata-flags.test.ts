import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { startTestService } from '../service/service-harness.js';

// The corpus file, verbatim (content/kfor-otan-ue/article.txt holds the same bytes as /work/shared/corpus/kfor-otan-ue.txt).
const CORPUS_FILE = 'content/kfor-otan-ue/article.txt';
const HUGO = 'tests/fixtures/articles/front-matter-hugo/article.md';

const work = () => mkdtempSync(join(tmpdir(), 'colophon-flags-'));

describe('colophon build: metadata from wherever it is', () => {
  it('a bare scraped .txt builds; report.json carries metadata-title-derived, and the page is French', async () => {
    const folder = work();
    copyFileSync(CORPUS_FILE, join(folder, 'kfor-otan-ue.txt'));
    const out = join(folder, 'out');
    const run = await runCli(['build', join(folder, 'kfor-otan-ue.txt'), '--formats', 'html', '--out', out, '--quiet']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'kfor-otan-ue', 'report.json'), 'utf8')) as { findings: Array<{ ruleId: string; source: string; impact: string; message: string }> };
    expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: 'metadata-title-derived', source: 'ingest', impact: 'moderate' }));
    const page = readFileSync(join(out, 'kfor-otan-ue', 'index.html'), 'utf8');
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain('<title>Kfor otan ue</title>');
  });

  // Mutation checked: with overridesOf() in run-build.ts returning {} (the flags not passed on), this fails on the title.
  it('--title, --language and --meta override the front matter (values read as YAML, keys as in the metadata table)', async () => {
    const out = join(work(), 'out');
    const run = await runCli([
      'build', HUGO, '--formats', 'html', '--no-audit', '--out', out, '--quiet',
      '--title', 'Ferries by night', '--language', 'en-GB', '--meta', 'date=2026-02-14', '--meta', 'author=Jane Doe', '--meta', 'slug=night-ferries',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const page = readFileSync(join(out, 'night-ferries', 'index.html'), 'utf8');
    expect(page).toContain('<html lang="en-GB">');
    expect(page).toContain('<title>Ferries by night</title>');
    expect(page).toContain('<time datetime="2026-02-14">');
    expect(page).toContain('Jane Doe');
    expect(page).not.toContain('Clara Hughes');
  });

  // Mutation checked: without `meta: overrides` in run-remote-build.ts (it carries --title and --language too), the page keeps the front matter's language and this fails.
  it('the same flags reach a build sent to a service with --server (options title, language, meta)', async () => {
    const service = await startTestService();
    try {
      const out = join(work(), 'out');
      const run = await runCli(['build', HUGO, '--server', service.url, '--formats', 'html', '--no-audit', '-o', out, '--quiet', '--title', 'Ferries by night', '--language', 'en-GB', '--meta', 'date=2026-02-14']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const [slug] = readdirSync(out);
      const page = readFileSync(join(out, slug as string, 'index.html'), 'utf8');
      expect(page).toContain('<html lang="en-GB">');
      expect(page).toContain('<title>Ferries by night</title>');
      expect(page).toContain('<time datetime="2026-02-14">');
    } finally {
      await service.dispose();
    }
  }, 120_000);

  it('--meta with a key Colophon does not read: exit 1, OPTIONS_INVALID naming it, nothing written', async () => {
    const out = join(work(), 'out');
    const run = await runCli(['build', HUGO, '--formats', 'html', '--no-audit', '--out', out, '--meta', 'colour=red']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[OPTIONS_INVALID]');
    expect(run.stderr).toContain('"colour"');
    expect(existsSync(out)).toBe(false);
  });

  it('--meta without key=value is refused before anything runs; a wrong type names the key', async () => {
    const out = join(work(), 'out');
    const shape = await runCli(['build', HUGO, '--out', out, '--meta', 'nonsense']);
    expect(shape.code).not.toBe(0);
    expect(shape.stderr).toMatch(/expected key=value/);
    const type = await runCli(['build', HUGO, '--formats', 'html', '--no-audit', '--out', out, '--meta', 'date=[1, 2]']);
    expect(type.code).toBe(1);
    expect(type.stderr).toContain('[METADATA_INVALID]');
    expect(type.stderr).toContain('"date"');
    expect(existsSync(out)).toBe(false);
  });

  it('a folder of bare .txt files builds as a batch, one article each', async () => {
    const folder = work();
    for (const name of ['one.txt', 'two.txt', 'three.txt']) copyFileSync(CORPUS_FILE, join(folder, name));
    const out = join(folder, 'out');
    const run = await runCli(['build', folder, '--formats', 'html', '--no-audit', '--out', out, '--quiet', '--concurrency', '1']);
    expect(run.code).toBe(0);
    expect(readdirSync(out).filter((name) => !name.startsWith('.')).sort()).toEqual(['one', 'three', 'two']);
    expect(readFileSync(join(out, 'two', 'index.html'), 'utf8')).toContain('<title>Two</title>');
  });
});
