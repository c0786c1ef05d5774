import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ColophonError } from '../errors.js';

export interface OutputFile {
  name: string;
  bytes: Uint8Array | string;
}

/**
 * Writes every output of one article into `dir`, each through a temporary file renamed into place,
 * so that a reader never sees a half-written file and a failure leaves none behind.
 */
export async function writeOutputs(dir: string, files: readonly OutputFile[]): Promise<string[]> {
  const written: string[] = [];
  const temporary: string[] = [];
  try {
    await mkdir(dir, { recursive: true });
    const staged = await Promise.all(
      files.map(async (file) => {
        const target = join(dir, file.name);
        const temp = join(dir, `.colophon-tmp-${randomBytes(6).toString('hex')}-${file.name}`);
        temporary.push(temp);
        await writeFile(temp, file.bytes);
        return { temp, target };
      }),
    );
    for (const { temp, target } of staged) {
      await rename(temp, target);
      written.push(target);
    }
    return written;
  } catch (cause) {
    await Promise.all(temporary.map((temp) => rm(temp, { force: true })));
    throw new ColophonError('OUTPUT_FAILED', `Could not write the outputs into ${dir}.`, {
      hint: 'Check that the output folder is writable and the disk is not full (use --out to choose another folder).',
      cause,
    });
  }
}
