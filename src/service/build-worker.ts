import { hostname } from 'node:os';
import { type Job, Worker } from 'bullmq';
import { BrowserSupervisor } from '../batch/browser-supervisor.js';
import { StageWorkers } from '../offload/stage-workers.js';
import { QUEUE_NAME } from './queue/bullmq-queue.js';
import { RETRY } from './queue/build-queue.js';
import { redisConnection } from './queue/redis-connection.js';
import { markFailed, runBuild } from './run-build.js';
import type { BuildStore } from './store/build-store.js';

export interface WorkerOptions {
  redisUrl: string;
  /** The store the servers of the deployment write builds to (a shared folder: `FolderStore`). */
  store: BuildStore;
  executablePath: string;
  /** Builds run at once by this worker, on pages of its one warm browser. Default 1. */
  concurrency?: number;
  /** Per-build limit; past it Chromium is restarted and the build retried. */
  timeoutMs: number;
  /**
   * How long a build's lock lasts without renewal: a worker that dies mid-build is noticed this long after, and its
   * build goes back to the queue for another worker. Default 30 s (BullMQ's).
   */
  lockMs?: number;
}

export interface RunningWorker {
  /** Takes no new build; lets running ones finish for up to `graceMs`. */
  close(graceMs?: number): Promise<void>;
}

/** `colophon worker`: takes builds from the BullMQ queue and runs them with one warm browser. */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const concurrency = options.concurrency ?? 1;
  const supervisor = new BrowserSupervisor({ executablePath: options.executablePath, pages: concurrency });
  await supervisor.browser();
  // The pure stages on threads of their own, so that the event loop keeps BullMQ's lock renewals on time.
  const stages = new StageWorkers(Math.max(1, concurrency - 1), { timeoutMs: options.timeoutMs });
  const context = { store: options.store, supervisor, timeoutMs: options.timeoutMs, workerName: `${hostname()}:${process.pid}`, stages };
  const lockDuration = options.lockMs ?? 30_000;
  const worker = new Worker(
    QUEUE_NAME,
    async (job: Job<{ id: string }>) => {
      try {
        const record = await runBuild(job.data.id, context);
        return record?.status;
      } catch (error) {
        // The last attempt: the build is failed for good; the store says so before BullMQ does.
        if (job.attemptsMade + 1 >= (job.opts.attempts ?? RETRY.attempts)) {
          const record = await options.store.readRecord(job.data.id);
          if (record) await markFailed(record, error, options.store);
        }
        throw error;
      }
    },
    {
      connection: redisConnection(options.redisUrl),
      concurrency,
      lockDuration,
      stalledInterval: Math.max(1000, Math.floor(lockDuration / 2)),
      maxStalledCount: 2,
    },
  );
  // A job that stalled too often (its workers kept dying) is failed by BullMQ without running the processor.
  worker.on('failed', (job, error) => {
    if (!job) return;
    void options.store.readRecord(job.data.id).then((record) => {
      if (record && record.status !== 'done' && record.status !== 'failed' && job.attemptsMade >= (job.opts.attempts ?? RETRY.attempts)) {
        return markFailed(record, error, options.store);
      }
      return undefined;
    }).catch(() => undefined);
  });
  worker.on('error', () => undefined);
  await worker.waitUntilReady();
  return {
    async close(graceMs = 30_000) {
      const closing = worker.close();
      await Promise.race([closing, new Promise((resolve) => setTimeout(resolve, graceMs).unref())]);
      if (!(await Promise.race([closing.then(() => true), Promise.resolve(false)]))) await worker.close(true);
      await stages.close();
      await supervisor.close();
    },
  };
}
