import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type AceResult, runAceOnBytes } from './ace.js';

export interface AceBatchOptions {
  /** Ace runs at once (each is a Node process driving its own Chromium): at most 2 on a 2-core machine. */
  concurrency: number;
  /** A folder made for this test run: Ace's result is kept there under the SHA-256 of the EPUB's bytes. */
  cacheDir: string;
}

/**
 * Runs Ace by DAISY on many EPUBs, a few at a time, in the order given; EPUBs with the same bytes are checked once.
 * ace-cli takes one EPUB a run, so the batch is that many processes.
 */
export async function runAceOnAll(epubs: readonly Uint8Array[], options: AceBatchOptions): Promise<AceResult[]> {
  const results: AceResult[] = new Array(epubs.length);
  const pending = new Map<string, Promise<AceResult>>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < epubs.length) {
      const index = next++;
      const bytes = epubs[index] as Uint8Array;
      const hash = createHash('sha256').update(bytes).digest('hex');
      let result = pending.get(hash);
      if (!result) {
        result = cachedOrRun(bytes, join(options.cacheDir, `${hash}.json`));
        pending.set(hash, result);
      }
      results[index] = await result;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, epubs.length)) }, worker));
  return results;
}

async function cachedOrRun(bytes: Uint8Array, cacheFile: string): Promise<AceResult> {
  try {
    return JSON.parse(await readFile(cacheFile, 'utf8')) as AceResult;
  } catch {
    const result = await runAceOnBytes(bytes);
    await writeFile(cacheFile, JSON.stringify(result));
    return result;
  }
}
