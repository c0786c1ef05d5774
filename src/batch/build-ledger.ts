import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeOutputs } from '../publish/write-outputs.js';

/** What the last run built for one input: its fingerprint and the files it wrote. */
export interface LedgerEntry {
  fingerprint: string;
  slug: string;
  files: string[];
}

const LEDGER_NAME = '.colophon-builds.json';

/**
 * `<out>/.colophon-builds.json`: input → fingerprint of the last build, so an unchanged input is skipped.
 * Rewritten (atomically) after every article, so an interrupted run keeps what it finished.
 */
export class BuildLedger {
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly outDir: string,
    private readonly entries: Record<string, LedgerEntry>,
  ) {}

  static async open(outDir: string): Promise<BuildLedger> {
    const path = join(outDir, LEDGER_NAME);
    let entries: Record<string, LedgerEntry> = {};
    if (existsSync(path)) {
      try {
        entries = JSON.parse(await readFile(path, 'utf8')) as Record<string, LedgerEntry>;
      } catch {
        entries = {};
      }
    }
    return new BuildLedger(outDir, entries);
  }

  /** True when `input` was built with this fingerprint and every file it wrote is still there. */
  isCurrent(input: string, fingerprint: string): boolean {
    const entry = this.entries[input];
    return entry !== undefined && entry.fingerprint === fingerprint && entry.files.every((file) => existsSync(join(this.outDir, entry.slug, file)));
  }

  /** Records a build; writes are queued so that the file always ends with every entry. */
  record(input: string, entry: LedgerEntry): Promise<void> {
    this.entries[input] = entry;
    const write = this.writing.then(() => writeOutputs(this.outDir, [{ name: LEDGER_NAME, bytes: `${JSON.stringify(this.entries, null, 2)}\n` }]));
    this.writing = write.then(() => undefined, () => undefined);
    return write.then(() => undefined);
  }
}
