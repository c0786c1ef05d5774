import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeScratchFolder, removeScratchFolder, removeStaleScratchFolders, resetScratchSweepClock } from '../../src/owned-temp/scratch-folder.js';

/**
 * Scratch folders belong to a process: made with its machine and process id in the name, and removed by a later
 * process once that process has ended (it was killed, so nobody else would). Run in a temporary folder of the test's
 * own (TMPDIR), so that nothing of the machine's is touched.
 *
 * Catches: the `isRunning` check dropped from the sweep (the live process's folder goes), the machine's name dropped
 * from the pattern (the other machine's folder goes): both checked.
 */
describe('scratch folders', () => {
  let root: string;
  let savedTmp: string | undefined;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'colophon-scratch-test-'));
    savedTmp = process.env['TMPDIR'];
    process.env['TMPDIR'] = root;
    resetScratchSweepClock();
  });
  afterEach(() => {
    if (savedTmp === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = savedTmp;
    rmSync(root, { recursive: true, force: true });
  });

  it('are removed once their process has ended, and only then, and only this machine’s', async () => {
    const own = await makeScratchFolder('thumbnails');
    expect(basename(own)).toMatch(new RegExp(`^colophon-thumbnails-[A-Za-z0-9._]+-${process.pid}-[A-Za-z0-9]+$`));
    // A process that has ended (its id is free now), and one still running (the test runner's parent).
    const ended = spawnSync(process.execPath, ['-e', '']).pid as number;
    const like = (pid: number, purpose = 'chromium') => basename(own).replace(`-${process.pid}-`, `-${pid}-`).replace('colophon-thumbnails-', `colophon-${purpose}-`);
    const folders = {
      dead: like(ended),
      deadService: like(ended, 'service'),
      alive: like(process.ppid),
      otherMachine: like(ended).replace(/^colophon-chromium-[^-]+-/, 'colophon-chromium-elsewhere-'),
      notOurs: 'colophon-bad-input-abc123',
    };
    for (const name of Object.values(folders)) mkdirSync(join(root, name, 'Default'), { recursive: true });
    resetScratchSweepClock();
    await removeStaleScratchFolders();
    const left = new Set(readdirSync(root));
    expect(Object.fromEntries(Object.entries(folders).map(([key, name]) => [key, left.has(name)]))).toEqual({ dead: false, deadService: false, alive: true, otherMachine: true, notOurs: true });
    expect(existsSync(own)).toBe(true);
    await removeScratchFolder(own);
    expect(existsSync(own)).toBe(false);
  });
});
