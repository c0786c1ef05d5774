/**
 * A stage worker's thread (see `StageWorkers`): runs the stage each message names with the message's arguments
 * and posts back the result, or the error as plain data (a `ColophonError` keeps its code and hint).
 */
import { parentPort } from 'node:worker_threads';
import { IN_THIS_THREAD, type StageName } from './stage-runner.js';
import { type StageReply, type StageRequest, errorAsData } from './stage-messages.js';

const port = parentPort;
if (!port) throw new Error('stage-worker.js is the entry of a worker thread, not a module to import.');

port.on('message', (request: StageRequest) => {
  const stage = IN_THIS_THREAD[request.stage as StageName] as (...args: unknown[]) => Promise<unknown>;
  Promise.resolve()
    .then(() => stage(...request.args))
    .then(
      (result) => port.postMessage({ id: request.id, result } satisfies StageReply, transferablesOf(result)),
      (error: unknown) => port.postMessage({ id: request.id, error: errorAsData(error) } satisfies StageReply),
    );
});

/** The byte arrays of a result, handed over rather than copied (a PDF is megabytes). */
function transferablesOf(result: unknown): ArrayBuffer[] {
  if (result instanceof Uint8Array) return wholeBuffer(result);
  if (result && typeof result === 'object' && 'bytes' in result && result.bytes instanceof Uint8Array) return wholeBuffer(result.bytes);
  return [];
}

function wholeBuffer(bytes: Uint8Array): ArrayBuffer[] {
  // Only a buffer the array covers whole is moved: a view into a shared or larger buffer is copied.
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
}
