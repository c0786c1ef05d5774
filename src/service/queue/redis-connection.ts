import type { ConnectionOptions } from 'bullmq';

export type RedisConnection = ConnectionOptions;

/**
 * Connection settings from a `redis://[user:password@]host:port[/db]` URL (or `rediss://` for TLS). Workers block
 * on Redis, so requests are never given up (`maxRetriesPerRequest: null`); reconnects back off to 2 s, so a Redis
 * restart costs seconds, not jobs.
 */
export function redisConnection(url: string): RedisConnection {
  const parsed = new URL(url);
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw new RangeError(`expected a redis:// URL; got ${parsed.protocol}`);
  const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : undefined;
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: parsed.port ? Number(parsed.port) : 6379,
    ...(parsed.username && { username: decodeURIComponent(parsed.username) }),
    ...(parsed.password && { password: decodeURIComponent(parsed.password) }),
    ...(db !== undefined && Number.isInteger(db) && { db }),
    ...(parsed.protocol === 'rediss:' && { tls: {} }),
    maxRetriesPerRequest: null,
    retryStrategy: (times: number) => Math.min(2000, 100 * times),
  };
}
