import type { Command } from 'commander';
import { locateBrowser } from '../config/browser-location.js';
import type { Io } from './io.js';
import { parsePositiveInteger } from './parse-options.js';
import type { ShutdownSignals } from './serve-command.js';
import { parseDuration } from './service-options.js';

export interface WorkerFlags {
  redis: string;
  store: string;
  concurrency: number;
  timeout: number;
  stallAfter: number;
  browser?: string;
}

/** `colophon worker`: runs builds from a `colophon serve --redis` deployment's queue, on any machine that reaches the store. */
export function registerWorkerCommand(program: Command, io: Io, signals: ShutdownSignals): void {
  program
    .command('worker')
    .description('Run builds from a Colophon service’s Redis queue with a warm browser.')
    .requiredOption('--redis <url>', 'the Redis the service queues builds in (redis://host:6379)')
    .requiredOption('--store <dir>', 'the folder the service keeps builds in (shared by every server and worker)')
    .option('-c, --concurrency <n>', 'builds run at once', parsePositiveInteger, 1)
    .option('--timeout <seconds>', 'per-build limit; Chromium is restarted and the build retried', parsePositiveInteger, 180)
    .option('--stall-after <duration>', 'a worker silent this long is taken for dead and its build given to another', parseDuration, 30_000)
    .option('--browser <path>', 'Chromium or Chrome binary')
    .action(async (flags: WorkerFlags) => {
      const [{ startWorker }, { FolderStore }] = await Promise.all([import('../service/build-worker.js'), import('../service/store/folder-store.js')]);
      const worker = await startWorker({
        redisUrl: flags.redis,
        store: new FolderStore(flags.store),
        executablePath: locateBrowser({ explicit: flags.browser, environment: io.environment }),
        concurrency: flags.concurrency,
        timeoutMs: flags.timeout * 1000,
        lockMs: flags.stallAfter,
      });
      io.stdout(`colophon: worker ready (${flags.concurrency} at once)\n`);
      await signals.wait();
      await worker.close();
    });
}
