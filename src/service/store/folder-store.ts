import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildInput } from '../build-input.js';
import { BUILD_ID, type BuildRecord, OUTPUT_KEYS, type OutputKey } from '../build-record.js';
import type { BuildStore, StoredOutput } from './build-store.js';

interface InputManifest {
  source: BuildInput['source'];
  options: BuildInput['options'];
  /** The article's file names (its keys), in the order of the files `input-<n>` beside the manifest. */
  files: string[];
}

/**
 * Builds in a folder every process of a deployment reaches (a local folder for one machine, a shared mount for
 * several): `<root>/<id>/record.json`, `input.json`, `input-<n>` (the article's images), `<output key>`.
 * Every write goes through a temporary file renamed into place, so a reader on another machine never sees half a file.
 */
export class FolderStore implements BuildStore {
  constructor(private readonly root: string) {}

  private folder(id: string): string {
    // Callers check ids; this is the last line: nothing else ever becomes a path here.
    if (!BUILD_ID.test(id)) throw new RangeError(`not a build id: ${JSON.stringify(id).slice(0, 60)}`);
    return join(this.root, id);
  }

  async create(record: BuildRecord, input: BuildInput): Promise<void> {
    const folder = this.folder(record.id);
    await mkdir(folder, { recursive: true });
    const names = Object.keys(input.files);
    await Promise.all(names.map((name, index) => atomicWrite(join(folder, `input-${index}`), input.files[name] as Uint8Array)));
    const manifest: InputManifest = { source: input.source, options: input.options, files: names };
    await atomicWrite(join(folder, 'input.json'), JSON.stringify(manifest));
    await this.writeRecord(record);
  }

  async readInput(id: string): Promise<BuildInput | undefined> {
    const folder = this.folder(id);
    const manifest = await readJson<InputManifest>(join(folder, 'input.json'));
    if (!manifest) return undefined;
    const files: Record<string, Uint8Array> = {};
    await Promise.all(manifest.files.map(async (name, index) => void (files[name] = new Uint8Array(await readFile(join(folder, `input-${index}`))))));
    return { source: manifest.source, options: manifest.options, files };
  }

  readRecord(id: string): Promise<BuildRecord | undefined> {
    return readJson<BuildRecord>(join(this.folder(id), 'record.json'));
  }

  async writeRecord(record: BuildRecord): Promise<void> {
    await atomicWrite(join(this.folder(record.id), 'record.json'), JSON.stringify(record));
  }

  async finish(record: BuildRecord, outputs: readonly StoredOutput[]): Promise<void> {
    const folder = this.folder(record.id);
    await Promise.all(outputs.map((output) => atomicWrite(join(folder, keyFile(output.key)), output.bytes)));
    await this.writeRecord(record);
  }

  async readOutput(id: string, key: OutputKey): Promise<Uint8Array | undefined> {
    try {
      return new Uint8Array(await readFile(join(this.folder(id), keyFile(key))));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async remove(id: string): Promise<void> {
    await rm(this.folder(id), { recursive: true, force: true });
  }

  async finishedBefore(time: number): Promise<string[]> {
    const ids = (await readdir(this.root).catch(() => [] as string[])).filter((name) => BUILD_ID.test(name));
    const records = await Promise.all(ids.map((id) => this.readRecord(id).catch(() => undefined)));
    return records.filter((record): record is BuildRecord => !!record?.finishedAt && Date.parse(record.finishedAt) < time).map((record) => record.id);
  }
}

function keyFile(key: OutputKey): string {
  if (!OUTPUT_KEYS.includes(key)) throw new RangeError(`not an output key: ${String(key)}`);
  return `output-${key}`;
}

async function atomicWrite(path: string, data: Uint8Array | string): Promise<void> {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, path);
}

async function readJson<T>(path: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
