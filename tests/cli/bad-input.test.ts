import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

let work: string;
let out: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'colophon-bad-'));
  out = join(work, 'output');
});

/** Every file under `dir` (none when it does not exist). */
function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true }).map(String);
  } catch {
    return [];
  }
}

describe('bad input: a clear error with a code, exit 1, and nothing written', () => {
  it('a missing file', async () => {
    const run = await runCli(['build', join(work, 'nope.txt'), '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[INPUT_NOT_FOUND]');
    expect(run.stderr).toContain('hint:');
    expect(filesUnder(out)).toEqual([]);
  });

  it('an empty file', async () => {
    const file = join(work, 'empty.txt');
    writeFileSync(file, '\n\n');
    writeFileSync(join(work, 'empty.yaml'), 'title: T\nlanguage: en\n');
    const run = await runCli(['build', file, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[INPUT_EMPTY]');
    expect(filesUnder(out)).toEqual([]);
  });

  it('a folder without an article', async () => {
    const folder = join(work, 'photos');
    mkdirSync(folder);
    // A bare .txt is an article now (issue #12): a folder of photos alone holds none.
    writeFileSync(join(folder, 'photo.jpg'), 'not an article');
    const run = await runCli(['build', folder, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[NO_ARTICLE]');
    expect(run.stderr).toMatch(/hint: .*article\.yaml/);
    expect(filesUnder(out)).toEqual([]);
  });

  it('metadata with a wrong field names the field', async () => {
    const folder = join(work, 'bad-meta');
    mkdirSync(folder);
    writeFileSync(join(folder, 'article.yaml'), 'title: T\nlanguage: fr\ndate: "last tuesday"\n');
    writeFileSync(join(folder, 'article.txt'), 'Lead.\nBody.\n');
    const run = await runCli(['build', folder, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[METADATA_INVALID]');
    expect(run.stderr).toContain('"date"');
    expect(filesUnder(out)).toEqual([]);
  });

  it('a binary file', async () => {
    const file = join(work, 'photo.txt');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    writeFileSync(join(work, 'photo.yaml'), 'title: T\nlanguage: en\n');
    const run = await runCli(['build', file, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[INPUT_BINARY]');
    expect(filesUnder(out)).toEqual([]);
  });

  it('an unknown option value', async () => {
    const run = await runCli(['build', 'content/kfor-otan-ue', '--page-size', 'B7', '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('A4, Letter, A5');
    expect(filesUnder(out)).toEqual([]);
  });

  it('no browser anywhere: says how to get one', async () => {
    const run = await runCli(['build', 'content/kfor-otan-ue', '--out', out, '--browser', join(work, 'no-chromium')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[BROWSER_NOT_FOUND]');
    expect(run.stderr).toContain('apt-get install -y chromium');
    expect(filesUnder(out)).toEqual([]);
  });
});
