import type { BuildRecord } from '../build-record.js';

/**
 * Where accepted builds wait for a worker. `InProcessQueue` runs them in the server's own process (nothing to
 * install); `BullmqQueue` hands them to `colophon worker` processes on any machine through Redis.
 */
export interface BuildQueue {
  /** Accepts a build already in the store; throws QueueFullError when the queue is at its bound. */
  enqueue(id: string): Promise<void>;
  /** Builds waiting or running. */
  depth(): Promise<number>;
  /** The queue can take work (its backend answers). */
  ready(): Promise<boolean>;
  /** Takes no new build; lets running builds finish for up to `graceMs`, then stops. */
  close(graceMs: number): Promise<void>;
}

/** What a queue tells the server as builds end (metrics, callbacks). */
export type BuildFinished = (record: BuildRecord) => void;

export class QueueFullError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('The build queue is full.');
    this.name = 'QueueFullError';
  }
}

/** Attempts a build gets before it is marked failed, and the wait before the second (doubling after). */
export const RETRY = { attempts: 3, backoffMs: 1000 } as const;
