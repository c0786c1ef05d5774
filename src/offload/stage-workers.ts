import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ColophonError } from '../errors.js';
import { STAGE_NAMES, type StageName, type StageRunner } from './stage-runner.js';
import { type StageReply, type StageRequest, errorFromData } from './stage-messages.js';

interface Pending {
  stage: StageName;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
  timer: NodeJS.Timeout;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
}

export interface StageWorkersOptions {
  /**
   * How long one call may run before its thread is stopped (a stage caught in a loop would otherwise hold the thread
   * and every call sent to it): the call fails with `BUILD_FAILED`, the thread's other calls fail, and a new thread
   * takes its place. Default 180 s, a batch article's own limit.
   */
  timeoutMs?: number;
}

/** What a pool has done since it started: calls by stage and outcome, and threads replaced after a death or a hang. */
export interface StageWorkersStats {
  calls: Record<StageName, { done: number; failed: number }>;
  threadsReplaced: number;
}

/**
 * A pool of worker threads that run the pure stages (see `StageRunner`) off the event loop. One Node thread
 * was a batch's ceiling: it drives Chromium, and spent ~60 % of its time finishing PDFs, paginating them,
 * encoding covers and auditing PDFs, while the second core waited. Each call goes to the thread with the
 * fewest calls waiting; a thread that dies (out of memory, a native crash) fails its own calls only, and a new
 * thread takes its place at the next call. Threads start on first use and end with `close()`.
 */
export class StageWorkers implements StageRunner {
  private readonly threads: Array<Thread | undefined>;
  private nextId = 1;
  private closed = false;
  private readonly timeoutMs: number;
  private readonly counts: StageWorkersStats = {
    calls: Object.fromEntries(STAGE_NAMES.map((stage) => [stage, { done: 0, failed: 0 }])) as StageWorkersStats['calls'],
    threadsReplaced: 0,
  };

  constructor(size: number, options: StageWorkersOptions = {}) {
    this.threads = Array.from({ length: Math.max(1, Math.floor(size)) }, () => undefined);
    this.timeoutMs = options.timeoutMs ?? 180_000;
  }

  /** A copy of the pool's counts (the service's `/metrics` shows them). */
  stats(): StageWorkersStats {
    return structuredClone(this.counts);
  }

  readonly finishPdf: StageRunner['finishPdf'] = (...args) => this.run('finishPdf', args);
  readonly pagination: StageRunner['pagination'] = (...args) => this.run('pagination', args);
  readonly coverPng: StageRunner['coverPng'] = (...args) => this.run('coverPng', args);
  readonly auditPdf: StageRunner['auditPdf'] = (...args) => this.run('auditPdf', args);

  /** Ends every thread; calls still running fail. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.threads.map((thread) => thread?.worker.terminate()));
  }

  private run<T>(stage: StageName, args: unknown[]): Promise<T> {
    if (this.closed) return Promise.reject(new Error('The stage workers were closed.'));
    const thread = this.leastBusy();
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => this.stopHung(thread, id, stage), this.timeoutMs).unref();
      thread.pending.set(id, { stage, resolve: resolve as (result: unknown) => void, reject, timer });
      thread.worker.ref();
      try {
        thread.worker.postMessage({ id, stage, args } satisfies StageRequest);
      } catch (error) {
        // An argument that cannot be cloned (a function, a class instance with private state).
        this.settle(thread, id, 'failed');
        reject(error);
      }
    });
  }

  private leastBusy(): Thread {
    let best = -1;
    for (let index = 0; index < this.threads.length; index += 1) {
      const thread = this.threads[index];
      if (!thread) {
        best = index;
        break;
      }
      if (best < 0 || thread.pending.size < (this.threads[best] as Thread).pending.size) best = index;
    }
    return this.threads[best] ?? this.start(best);
  }

  private start(index: number): Thread {
    const thread: Thread = { worker: newStageWorker(), pending: new Map() };
    this.threads[index] = thread;
    thread.worker.unref();
    thread.worker.on('message', (reply: StageReply) => {
      const call = this.settle(thread, reply.id, reply.error ? 'failed' : 'done');
      if (reply.error) call?.reject(errorFromData(reply.error));
      else call?.resolve(reply.result);
    });
    const fail = (error: Error) => {
      if (this.threads[index] === thread) {
        this.threads[index] = undefined;
        if (!this.closed) this.counts.threadsReplaced += 1;
      }
      for (const call of thread.pending.values()) {
        clearTimeout(call.timer);
        this.counts.calls[call.stage].failed += 1;
        call.reject(error);
      }
      thread.pending.clear();
    };
    thread.worker.on('error', fail);
    thread.worker.on('exit', (code) => fail(new Error(`A stage worker thread ended (exit code ${code}) before it answered.`)));
    return thread;
  }

  /** A call ran past the limit: it fails, and its thread is stopped and replaced (its other calls fail with it). */
  private stopHung(thread: Thread, id: number, stage: StageName): void {
    const call = this.settle(thread, id, 'failed');
    if (!call) return;
    call.reject(
      new ColophonError('BUILD_FAILED', `The ${stage} stage did not finish within ${Math.round(this.timeoutMs / 1000)} s; its worker thread was stopped.`, {
        hint: 'Build this input alone to see whether it always hangs, and please report it with the input.',
      }),
    );
    const index = this.threads.indexOf(thread);
    if (index >= 0) {
      this.threads[index] = undefined;
      this.counts.threadsReplaced += 1;
    }
    void thread.worker.terminate();
  }

  /** Takes call `id` off its thread, counted as `outcome`. */
  private settle(thread: Thread, id: number, outcome: 'done' | 'failed'): Pending | undefined {
    const call = thread.pending.get(id);
    if (call) {
      clearTimeout(call.timer);
      this.counts.calls[call.stage][outcome] += 1;
    }
    thread.pending.delete(id);
    // An idle pool does not keep the process alive.
    if (thread.pending.size === 0) thread.worker.unref();
    return call;
  }
}

/**
 * The worker's entry beside this module: `stage-worker.js` when running compiled (dist/, or the CLI's bundle,
 * which has it as an entry of its own); the TypeScript source through tsx when running from source (tests, bench).
 */
function newStageWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./stage-worker.js', here));
  // From source: the thread registers tsx's loader (a development dependency) before it imports the TypeScript entry.
  const tsx = pathToFileURL(createRequire(here).resolve('tsx/esm/api')).href.replace(/\.cjs$/, '.mjs');
  const entry = new URL('./stage-worker.ts', here).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}));`, { eval: true });
}
