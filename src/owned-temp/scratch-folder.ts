import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Temporary folders that belong to this process: Chromium's profile (~6 MB a launch), a service's own store (people's
 * articles), the PDF thumbnails' and the narration's work. Each is removed by its user when done; nothing removes it
 * when the process itself is killed (SIGKILL, the OOM killer). The test suite's killed processes had left 89 browser
 * profiles (505 MB) in a day; a worker fleet that crashes now and then would fill the temporary folder the same way.
 *
 * So each folder is named after its purpose, the machine and the process (`colophon-<purpose>-<host>-<pid>-XXXXXX`),
 * and making one first removes this machine's folders whose process has ended (at most once a minute a process).
 * The machine's name is part of it: a temporary folder shared by containers, whose process ids are another
 * namespace's, is never swept for another machine's folders. A process id taken again by another process keeps
 * its folders until that process ends too.
 */
export async function makeScratchFolder(purpose: ScratchPurpose): Promise<string> {
  await removeStaleScratchFolders();
  return mkdtemp(join(tmpdir(), `${PREFIX}${purpose}-${machine()}-${process.pid}-`));
}

/** Removes a scratch folder and everything in it (errors ignored: a later sweep removes what is left). */
export async function removeScratchFolder(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
}

export type ScratchPurpose = 'chromium' | 'service' | 'thumbnails' | 'narration';

const PREFIX = 'colophon-';
const SWEEP_EVERY_MS = 60_000;
let lastSweep: { at: number; done: Promise<void> } | undefined;

/** Removes this machine's scratch folders whose process has ended; a sweep less than a minute old is not repeated. */
export function removeStaleScratchFolders(): Promise<void> {
  if (lastSweep && Date.now() - lastSweep.at < SWEEP_EVERY_MS) return lastSweep.done;
  lastSweep = { at: Date.now(), done: sweep() };
  return lastSweep.done;
}

/** Forgets when the last sweep ran (tests: to sweep again at once). */
export function resetScratchSweepClock(): void {
  lastSweep = undefined;
}

async function sweep(): Promise<void> {
  const folder = tmpdir();
  const names = await readdir(folder).catch(() => [] as string[]);
  const pattern = new RegExp(`^${PREFIX}[a-z]+-${escapeRegExp(machine())}-(\\d+)-[^-]+$`);
  await Promise.all(
    names.map(async (name) => {
      const pid = Number(pattern.exec(name)?.[1] ?? Number.NaN);
      if (!Number.isInteger(pid) || pid === process.pid || isRunning(pid)) return;
      await removeScratchFolder(join(folder, name));
    }),
  );
}

/** The machine's name as a folder name may hold it (no `-`, which separates the parts). */
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
