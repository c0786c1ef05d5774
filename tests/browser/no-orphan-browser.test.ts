import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RenderingBrowser } from '../../src/browser/rendering-browser.js';
import { resetScratchSweepClock } from '../../src/owned-temp/scratch-folder.js';
import { testBrowserPath } from '../support/browser.js';
import { spawnColophon, waitForOutput } from '../support/cli-process.js';

/**
 * A Colophon process that dies without closing its browser (SIGKILL, the OOM killer, a native crash) leaves no
 * Chromium behind: the browser talks DevTools over the process's pipe, reads end-of-file when the process is gone
 * and exits with its renderers. Over a WebSocket port (puppeteer's default) it ran on for ever: every run of the
 * worker tests left four browsers on the machine.
 *
 * Its browser profile folder, which nobody is left to remove, is removed by the next Colophon process that starts a
 * browser on the machine.
 *
 * Catches: `pipe: true` left out of `RenderingBrowser.launch` (src/browser/rendering-browser.ts): the browser's
 * process group is still there after 15 s; `removeStaleScratchFolders()` left out of `makeScratchFolder`
 * (src/owned-temp/scratch-folder.ts): the dead process's folder stays (both checked).
 */
describe('a Colophon process killed with SIGKILL', () => {
  it('takes its Chromium and all of Chromium’s processes with it; the next launch removes its profile folder', async () => {
    const store = mkdtempSync(join(tmpdir(), 'colophon-orphan-store-'));
    const server = spawnColophon(['serve', '--port', '0', '--store', store, '-c', '1']);
    let group: number | undefined;
    try {
      // The service launches its browser before it listens.
      await waitForOutput(server, 'serving on');
      const browsers = processes().filter((entry) => entry.parent === server.pid && /chrom/i.test(entry.name));
      expect(browsers).toHaveLength(1);
      group = browsers[0]!.group;
      expect(inGroup(group).length).toBeGreaterThan(1);
      const profile = userDataDirOf(browsers[0]!.pid);
      expect(profile).toMatch(/colophon-chromium-/);
      expect(existsSync(profile)).toBe(true);
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGKILL');
      await exited;
      for (let waited = 0; waited < 15_000 && inGroup(group).length > 0; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(inGroup(group)).toEqual([]);
      // Nobody removed the dead process's folder; the next browser launched on the machine does.
      expect(existsSync(profile)).toBe(true);
      resetScratchSweepClock();
      const next = await RenderingBrowser.launch({ executablePath: testBrowserPath() });
      const own = userDataDirOf(next.process?.pid as number);
      expect(existsSync(profile)).toBe(false);
      expect(existsSync(own)).toBe(true);
      // And a browser closed as usual leaves no folder either.
      await next.close();
      expect(existsSync(own)).toBe(false);
    } finally {
      if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
      // Never leave the browser behind, even when the test fails.
      if (group !== undefined && inGroup(group).length > 0) process.kill(-group, 'SIGKILL');
      rmSync(store, { recursive: true, force: true });
    }
  }, 90_000);
});

/** The profile folder a Chromium process was started with. */
function userDataDirOf(pid: number): string {
  const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  return args.find((arg) => arg.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length) ?? '';
}

interface ProcessEntry {
  pid: number;
  name: string;
  parent: number;
  group: number;
}

/** Every process on the machine, from /proc (Linux, as in CI). */
function processes(): ProcessEntry[] {
  return readdirSync('/proc').flatMap((name) => {
    if (!/^\d+$/.test(name)) return [];
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // "pid (name) state ppid pgrp …": the name may hold spaces and parentheses; the fields after the last ")" do not.
      const close = stat.lastIndexOf(')');
      const [, parent, group] = stat.slice(close + 2).split(' ');
      return [{ pid: Number(name), name: stat.slice(stat.indexOf('(') + 1, close), parent: Number(parent), group: Number(group) }];
    } catch {
      return [];
    }
  });
}

/** The live processes of a process group (zombies, already dead, left out). */
function inGroup(group: number): number[] {
  return processes()
    .filter((entry) => entry.group === group && !readState(entry.pid).startsWith('Z'))
    .map((entry) => entry.pid);
}

function readState(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2);
  } catch {
    return 'Z';
  }
}
