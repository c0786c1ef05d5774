import { cpus } from 'node:os';
import type { Command } from 'commander';
import { locateBrowser } from '../config/browser-location.js';
import type { Io } from './io.js';
import { parsePositiveInteger } from './parse-options.js';
import { parseDuration, parseHosts, parsePort, parseSize } from './service-options.js';

export interface ServeFlags {
  port: number;
  host: string;
  token?: string;
  redis?: string;
  store?: string;
  keep: number;
  maxUpload: number;
  maxFiles: number;
  maxQueued: number;
  timeout: number;
  concurrency: number;
  allowCallbacks?: string[];
  browser?: string;
}

/** `colophon serve`: the HTTP API and the editors' page, with one warm browser. Runs until SIGTERM or SIGINT. */
export function registerServeCommand(program: Command, io: Io, signals: ShutdownSignals): void {
  program
    .command('serve')
    .description('Run Colophon as an HTTP service (API, editors’ page, metrics) with a warm browser.')
    .option('--port <n>', 'port to listen on (0: any free port)', parsePort, 8080)
    .option('--host <address>', 'address to listen on; anything but loopback needs --token', '127.0.0.1')
    .option('--token <token>', 'bearer token every API request must carry (default: COLOPHON_TOKEN)')
    .option('--redis <url>', 'send builds to a BullMQ queue on this Redis (redis://host:6379) for `colophon worker` processes')
    .option('--store <dir>', 'folder every server and worker reaches, where builds are kept (default: a temporary folder)')
    .option('--keep <duration>', 'delete finished builds this long after they end', parseDuration, 3_600_000)
    .option('--max-upload <size>', 'largest upload (all files of a request)', parseSize, 50 * 1024 * 1024)
    .option('--max-files <n>', 'most files in one request', parsePositiveInteger, 100)
    .option('--max-queued <n>', 'builds waiting or running at most; more get 429', parsePositiveInteger, 100)
    .option('--timeout <seconds>', 'per-build limit', parsePositiveInteger, 180)
    .option('-c, --concurrency <n>', 'builds run at once by this server (without --redis)', parsePositiveInteger, cpus().length)
    .option('--allow-callbacks <hosts>', 'hosts a build’s callbackUrl may call (comma-separated, repeatable)', parseHosts)
    .option('--browser <path>', 'Chromium or Chrome binary')
    .action(async (flags: ServeFlags) => {
      const { startService } = await import('../service/serve.js');
      const token = flags.token ?? io.environment['COLOPHON_TOKEN'];
      const service = await startService({
        host: flags.host,
        port: flags.port,
        ...(token && { token }),
        executablePath: locateBrowser({ explicit: flags.browser, environment: io.environment }),
        ...(flags.store && { storeDir: flags.store }),
        ...(flags.redis && { redisUrl: flags.redis }),
        allowCallbacks: flags.allowCallbacks ?? [],
        limits: {
          maxUploadBytes: flags.maxUpload,
          maxFiles: flags.maxFiles,
          maxQueued: flags.maxQueued,
          buildTimeoutMs: flags.timeout * 1000,
          concurrency: flags.concurrency,
          keepMs: flags.keep,
          shutdownGraceMs: 30_000,
        },
      });
      io.stdout(`colophon: serving on ${service.url} (${flags.redis ? 'builds queued in Redis for workers' : 'builds run here'}); the editors’ page is ${service.url}/\n`);
      await signals.wait();
      io.stdout('colophon: stopping: no new builds; running builds may finish…\n');
      await service.close();
    });
}

/** Waits for the signal that ends a long-running command (SIGTERM, SIGINT); injected so tests can end it. */
export interface ShutdownSignals {
  wait(): Promise<void>;
}

export const processSignals: ShutdownSignals = {
  wait: () => new Promise((resolve) => {
    process.once('SIGTERM', () => resolve());
    process.once('SIGINT', () => resolve());
  }),
};
