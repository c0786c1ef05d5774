/** Limits a service enforces on every request; each has a CLI flag (see `colophon serve --help`). */
export interface ServiceLimits {
  /** Largest upload, all files of a request together, in bytes (413 past it). Default 50 MB. */
  maxUploadBytes: number;
  /** Most files in one request: the article and its images (413 past it). Default 100. */
  maxFiles: number;
  /** Builds waiting or running at most (429 with Retry-After past it). Default 100. */
  maxQueued: number;
  /** Per-build limit; the browser is restarted and the build retried past it. Default 180 s. */
  buildTimeoutMs: number;
  /** Builds run at once by the server's own queue (without Redis). Default: number of cores. */
  concurrency: number;
  /** Finished builds are deleted this long after they end. Default 1 hour. */
  keepMs: number;
  /** How long SIGTERM waits for running builds before exiting. Default 30 s. */
  shutdownGraceMs: number;
}

export const DEFAULT_LIMITS: Omit<ServiceLimits, 'concurrency'> = {
  maxUploadBytes: 50 * 1024 * 1024,
  maxFiles: 100,
  maxQueued: 100,
  buildTimeoutMs: 180_000,
  keepMs: 3600_000,
  shutdownGraceMs: 30_000,
};

export interface ServiceOptions {
  host: string;
  port: number;
  /** Bearer token every /v1 request must carry; required when `host` is not loopback. */
  token?: string;
  /** The browser binary (see locateBrowser). */
  executablePath: string;
  /** Where builds are kept; default a fresh folder in the system's temporary folder. */
  storeDir?: string;
  /** `redis://…`: builds go to a BullMQ queue for `colophon worker` processes; without it, the server runs them. */
  redisUrl?: string;
  /** Hosts (`host` or `host:port`) a build's `callbackUrl` may name; none by default (callbacks refused). */
  allowCallbacks?: readonly string[];
  limits: ServiceLimits;
}

/** Loopback addresses: the only binds that may go without a token. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare);
}
