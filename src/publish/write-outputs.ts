import { randomBytes } from 'node:crypto';
import { link, mkdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ColophonError } from '../errors.js';

export interface OutputFile {
  name: string;
  bytes: Uint8Array | string;
}

/**
 * Writes every output of one article into `dir`, each through a temporary file renamed into place,
 * so that a reader never sees a half-written file and a failure leaves none behind: when one file
 * cannot be put in place, those already placed are undone (see `placeAll`).
 */
export async function writeOutputs(dir: string, files: readonly OutputFile[]): Promise<string[]> {
  const temporary: string[] = [];
  let created: string | undefined;
  try {
    created = await mkdir(dir, { recursive: true });
    // Settled, not Promise.all: every write has ended before a failure removes the temporary files.
    const settled = await Promise.allSettled(
      files.map(async (file) => {
        const target = join(dir, file.name);
        const temp = join(dir, `.colophon-tmp-${randomBytes(6).toString('hex')}-${file.name}`);
        temporary.push(temp);
        await writeFile(temp, file.bytes);
        return { temp, target };
      }),
    );
    const failed = settled.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    const staged = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    return await placeAll(dir, staged);
  } catch (cause) {
    await Promise.all(temporary.map((temp) => rm(temp, { force: true })));
    // The folder too, when this call made it and it is empty again (never anything else in it).
    if (created !== undefined) await rmdir(dir).catch(() => undefined);
    throw new ColophonError('OUTPUT_FAILED', `Could not write the outputs into ${dir}.`, {
      hint: 'Check that the output folder is writable and the disk is not full (use --out to choose another folder).',
      cause,
    });
  }
}

/**
 * Renames each staged file into place, in order. When one fails (its name taken by a folder, say), the
 * ones already placed are undone: a new file is removed, a file it replaced is restored from a hard link
 * made just before, so the folder holds what it held before the call, and no output of a failed build.
 */
async function placeAll(dir: string, staged: ReadonlyArray<{ temp: string; target: string }>): Promise<string[]> {
  const undo: Array<() => Promise<void>> = [];
  const backups: string[] = [];
  try {
    for (const { temp, target } of staged) {
      const backup = join(dir, `.colophon-old-${randomBytes(6).toString('hex')}`);
      const replacing = await link(target, backup).then(() => true, () => false);
      if (replacing) backups.push(backup);
      await rename(temp, target);
      undo.push(replacing ? () => rename(backup, target) : () => rm(target, { force: true }));
    }
  } catch (error) {
    for (const step of undo.reverse()) await step().catch(() => undefined);
    await Promise.all(backups.map((backup) => rm(backup, { force: true })));
    throw error;
  }
  await Promise.all(backups.map((backup) => rm(backup, { force: true })));
  return staged.map(({ target }) => target);
}
