import { mkdtemp } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserSupervisor } from '../batch/browser-supervisor.js';
import { StageWorkers } from '../offload/stage-workers.js';
import { ColophonError } from '../errors.js';
import type { BuildRecord } from './build-record.js';
import { createApp } from './http/app.js';
import { view } from './http/build-routes.js';
import { callBack } from './http/callback.js';
import type { BuildQueue } from './queue/build-queue.js';
import { BullmqQueue } from './queue/bullmq-queue.js';
import { InProcessQueue } from './queue/in-process-queue.js';
import type { ServiceContext } from './service-context.js';
import { ServiceMetrics } from './service-metrics.js';
import { type ServiceOptions, isLoopback } from './service-options.js';
import { FolderStore } from './store/folder-store.js';

export interface RunningService {
  /** `http://host:port` */
  url: string;
  /** Stops intake, lets running builds finish for up to the grace time, then closes everything. */
  close(): Promise<void>;
}

/** `colophon serve`: one warm browser, the HTTP API, and a queue (in this process, or BullMQ with `redisUrl`). */
export async function startService(options: ServiceOptions): Promise<RunningService> {
  if (!isLoopback(options.host) && !options.token) {
    throw new ColophonError('OPTIONS_INVALID', `Listening on ${options.host} needs a token: anyone who reaches the port could build and read builds.`, {
      hint: 'Pass --token (or set COLOPHON_TOKEN), or listen on 127.0.0.1.',
    });
  }
  const store = new FolderStore(options.storeDir ?? (await mkdtemp(join(tmpdir(), 'colophon-service-'))));
  const supervisor = new BrowserSupervisor({ executablePath: options.executablePath, pages: Math.max(1, options.limits.concurrency) });
  await supervisor.browser();
  // The pure stages on threads of their own: the event loop stays free to answer requests while builds run.
  const stages = new StageWorkers(Math.max(1, options.limits.concurrency - 1), { timeoutMs: options.limits.buildTimeoutMs });
  const onFinished = (record: BuildRecord) => {
    context.metrics.finished(record);
    void store.readInput(record.id).then(async (input) => {
      if (input?.options.callbackUrl) await callBack(input.options.callbackUrl, record, view);
    }).catch(() => undefined);
  };
  const { limits } = options;
  const queue: BuildQueue = options.redisUrl
    ? new BullmqQueue({ redisUrl: options.redisUrl, maxDepth: limits.maxQueued, store, onFinished })
    : new InProcessQueue({ store, supervisor, stages, timeoutMs: limits.buildTimeoutMs, workerName: `${hostname()}:${process.pid}`, concurrency: limits.concurrency, maxDepth: limits.maxQueued, onFinished });
  const context: ServiceContext = {
    options,
    store,
    queue,
    supervisor,
    stages,
    metrics: new ServiceMetrics({ queueDepth: () => queue.depth(), browserRestarts: () => supervisor.restarts, stages: () => stages.stats() }),
    accepting: true,
  };
  const app = await createApp(context);
  const sweeper = setInterval(() => void sweep(store, limits.keepMs), Math.min(60_000, limits.keepMs)).unref();
  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    async close() {
      context.accepting = false;
      clearInterval(sweeper);
      await queue.close(limits.shutdownGraceMs);
      await app.close();
      await stages.close();
      await supervisor.close();
    },
  };
}

/** Deletes builds that ended more than `keepMs` ago. */
async function sweep(store: FolderStore, keepMs: number): Promise<void> {
  const expired = await store.finishedBefore(Date.now() - keepMs).catch(() => [] as string[]);
  await Promise.all(expired.map((id) => store.remove(id).catch(() => undefined)));
}
