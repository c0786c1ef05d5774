import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeOutputs } from '../../src/publish/write-outputs.js';

const workspaces: string[] = [];
afterEach(() => {
  for (const dir of workspaces.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'colophon-write-'));
  workspaces.push(dir);
  return dir;
}

const FILES = [
  { name: 'index.html', bytes: 'new page' },
  { name: 'a.epub', bytes: new Uint8Array([1, 2, 3]) },
  { name: 'a.pdf', bytes: '%PDF-new' },
];

describe('writeOutputs', () => {
  it('writes every file, replacing older ones, and leaves nothing else (known-clean)', async () => {
    const dir = join(scratch(), 'a');
    mkdirSync(dir);
    writeFileSync(join(dir, 'index.html'), 'old page');
    const written = await writeOutputs(dir, FILES);
    expect(written).toEqual(FILES.map((file) => join(dir, file.name)));
    expect(readdirSync(dir).sort()).toEqual(['a.epub', 'a.pdf', 'index.html']);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe('new page');
  });

  // Fails when placeAll's undo (`for (const step of undo.reverse()) await step()…`) is removed: index.html and a.epub
  // stay (checked). The empty folder check fails when the `rmdir(dir)` of a folder the call made is removed (checked).
  it('a file that cannot be put in place undoes those already placed, and the folder it made', async () => {
    const root = scratch();
    const blocked = join(root, 'blocked');
    mkdirSync(join(blocked, 'a.pdf'), { recursive: true }); // the PDF's name is taken by a folder
    await expect(writeOutputs(blocked, FILES)).rejects.toMatchObject({ code: 'OUTPUT_FAILED' });
    expect(readdirSync(blocked)).toEqual(['a.pdf']);

    // A folder the call makes is removed again, so a failed build leaves not even an empty folder.
    const fresh = join(root, 'fresh');
    await expect(writeOutputs(fresh, [{ name: 'index.html', bytes: 'x' }, { name: 'sub/none.pdf', bytes: 'x' }])).rejects.toMatchObject({ code: 'OUTPUT_FAILED' });
    expect(existsSync(fresh)).toBe(false);
  });

  // Fails when a replaced file is removed rather than restored (`rename(backup, target)` → `rm(target)`) (checked).
  it('restores a file it replaced before the failure', async () => {
    const dir = join(scratch(), 'a');
    mkdirSync(join(dir, 'a.pdf'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), 'old page');
    await expect(writeOutputs(dir, FILES)).rejects.toMatchObject({ code: 'OUTPUT_FAILED' });
    expect(readdirSync(dir).sort()).toEqual(['a.pdf', 'index.html']);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe('old page');
  });
});
