import { hostname } from 'node:os';
import { BrowserSupervisor } from '../batch/browser-supervisor.js';
import { StageWorkers } from '../offload/stage-workers.js';
import { makeScratchFolder, removeScratchFolder } from '../owned-temp/scratch-folder.js';
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
  /** The folder builds are kept in (`storeDir`, or a temporary folder of the service's own). */
  storeDir: string;
  /**
   * Stops intake, lets running builds finish for up to the grace time, then closes everything. A temporary store
   * the service made itself is removed with the builds in it: no later service could find them, and they hold
   * people's articles.
   */
  close(): Promise<void>;
}

/** `colophon serve`: one warm browser, the HTTP API, and a queue (in this process, or BullMQ with `redisUrl`). */
export async function startService(options: ServiceOptions): Promise<RunningService> {
  if (!isLoopback(options.host) && !options.token) {
    throw new ColophonError('OPTIONS_INVALID', `Listening on ${options.host} needs a token: anyone who reaches the port could build and read builds.`, {
      hint: 'Pass --token (or set COLOPHON_TOKEN), or listen on 127.0.0.1.',
    });
  }
  // A store of its own is a scratch folder: removed when the service stops, or by a later process if it is killed.
  const storeDir = options.storeDir ?? (await makeScratchFolder('service'));
  const removeOwnStore = () => (options.storeDir === undefined ? removeScratchFolder(storeDir) : Promise.resolve());
  const store = new FolderStore(storeDir);
  const supervisor = new BrowserSupervisor({ executablePath: options.executablePath, pages: Math.max(1, options.limits.concurrency) });
  try {
    await supervisor.browser();
  } catch (error) {
    await supervisor.close();
    await removeOwnStore();
    throw error;
  }
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
  const close = async (graceMs: number) => {
    context.accepting = false;
    clearInterval(sweeper);
    await queue.close(graceMs);
    await app.close();
    await stages.close();
    await supervisor.close();
    await removeOwnStore();
  };
  try {
    await app.listen({ host: options.host, port: options.port });
  } catch (error) {
    // The port is taken, say: nothing of the service stays behind (a browser, threads, a Redis connection, the folder).
    await close(0);
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return { url: `http://${host}:${port}`, storeDir, close: () => close(limits.shutdownGraceMs) };
}

/** Deletes builds that ended more than `keepMs` ago. */
async function sweep(store: FolderStore, keepMs: number): Promise<void> {
  const expired = await store.finishedBefore(Date.now() - keepMs).catch(() => [] as string[]);
  await Promise.all(expired.map((id) => store.remove(id).catch(() => undefined)));
}
