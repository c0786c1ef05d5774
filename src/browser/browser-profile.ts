import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder Chromium keeps its profile in (caches, GPU shader cache, preferences: about 6 MB), one a launch.
 * Puppeteer removes the folder it makes when the browser closes, but nothing removes it when the Node process
 * itself is killed (SIGKILL, the OOM killer): a worker fleet that crashes now and then filled the temporary folder
 * (the test suite left 89 folders, 505 MB, over a day). Colophon names its folders after the machine and the process
 * that made them; each launch first removes the folders whose process is gone.
 */
export async function createBrowserProfile(): Promise<string> {
  await removeStaleProfiles();
  return mkdtemp(join(tmpdir(), `${prefixOf(process.pid)}`));
}

/** Removes a profile folder (the browser using it has exited). */
export async function removeBrowserProfile(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
}

/**
 * Removes this machine's profile folders whose process has ended. The machine's name is part of the folder's:
 * a temporary folder shared by containers (whose process ids are another namespace's) is never swept for another
 * machine's folders. A process id taken again by another process keeps its folder until that process ends too.
 */
export async function removeStaleProfiles(): Promise<void> {
  const folder = tmpdir();
  const names = await readdir(folder).catch(() => [] as string[]);
  const pattern = new RegExp(`^${escapeRegExp(PROFILE_PREFIX)}${escapeRegExp(machine())}-(\\d+)-`);
  await Promise.all(
    names.map(async (name) => {
      const pid = Number(pattern.exec(name)?.[1] ?? Number.NaN);
      if (!Number.isInteger(pid) || pid === process.pid || isRunning(pid)) return;
      await removeBrowserProfile(join(folder, name));
    }),
  );
}

const PROFILE_PREFIX = 'colophon-chromium-';

function prefixOf(pid: number): string {
  return `${PROFILE_PREFIX}${machine()}-${pid}-`;
}

/** The machine's name as a folder name may hold it. */
function machine(): string {
  return hostname().replace(/[^A-Za-z0-9.]/g, '_').slice(0, 60) || 'host';
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
