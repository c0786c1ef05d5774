import type { BuildInput } from '../build-input.js';
import type { BuildRecord, OutputKey } from '../build-record.js';

export interface StoredOutput {
  key: OutputKey;
  /** The name the file has for the user (`<slug>.epub`); stored under its key, never under this name. */
  name: string;
  bytes: Uint8Array;
}

/**
 * Where builds live between the server that accepts them and the worker that runs them: every process of a
 * deployment reaches the same store. `FolderStore` is a shared folder; an object store can implement the same.
 * Ids are checked by the callers (BUILD_ID); keys are OutputKey values: nothing from a request becomes a path.
 */
export interface BuildStore {
  create(record: BuildRecord, input: BuildInput): Promise<void>;
  readInput(id: string): Promise<BuildInput | undefined>;
  readRecord(id: string): Promise<BuildRecord | undefined>;
  writeRecord(record: BuildRecord): Promise<void>;
  /** Writes every output, then the record that names them (a reader never sees a record naming a missing file). */
  finish(record: BuildRecord, outputs: readonly StoredOutput[]): Promise<void>;
  readOutput(id: string, key: OutputKey): Promise<Uint8Array | undefined>;
  remove(id: string): Promise<void>;
  /** Ids of builds that finished before `time` (ms since the epoch). */
  finishedBefore(time: number): Promise<string[]>;
}
