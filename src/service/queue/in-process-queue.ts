import { setTimeout as sleep } from 'node:timers/promises';
import { type RunBuildContext, markFailed, runBuild } from '../run-build.js';
import { type BuildFinished, type BuildQueue, QueueFullError, RETRY } from './build-queue.js';

export interface InProcessQueueOptions extends RunBuildContext {
  /** Builds run at once (pages in the one browser). */
  concurrency: number;
  /** Builds waiting or running at most; past it, enqueue throws QueueFullError. */
  maxDepth: number;
  onFinished?: BuildFinished;
}

/** A queue in the server's own memory: builds run here, `concurrency` at a time, retried with backoff. */
export class InProcessQueue implements BuildQueue {
  private readonly waiting: string[] = [];
  private readonly running = new Set<Promise<void>>();
  private closed = false;

  constructor(private readonly options: InProcessQueueOptions) {}

  async enqueue(id: string): Promise<void> {
    if (this.closed) throw new QueueFullError(30);
    if (this.waiting.length + this.running.size >= this.options.maxDepth) throw new QueueFullError(this.retryAfter());
    this.waiting.push(id);
    this.pump();
  }

  async depth(): Promise<number> {
    return this.waiting.length + this.running.size;
  }

  async ready(): Promise<boolean> {
    return !this.closed;
  }

  async close(graceMs: number): Promise<void> {
    this.closed = true;
    this.waiting.length = 0;
    await Promise.race([Promise.allSettled([...this.running]), sleep(graceMs)]);
  }

  /** A guess for Retry-After: the builds ahead, a few seconds each, spread over the workers. */
  private retryAfter(): number {
    return Math.max(1, Math.ceil(((this.waiting.length + this.running.size) * 3) / this.options.concurrency));
  }

  private pump(): void {
    while (!this.closed && this.running.size < this.options.concurrency && this.waiting.length > 0) {
      const id = this.waiting.shift() as string;
      const run = this.attempt(id).finally(() => {
        this.running.delete(run);
        this.pump();
      });
      this.running.add(run);
    }
  }

  private async attempt(id: string): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const record = await runBuild(id, this.options);
        if (record) this.options.onFinished?.(record);
        return;
      } catch (error) {
        if (attempt >= RETRY.attempts || this.closed) {
          const record = await this.options.store.readRecord(id);
          if (record) this.options.onFinished?.(await markFailed(record, error, this.options.store));
          return;
        }
        await sleep(RETRY.backoffMs * 2 ** (attempt - 1));
      }
    }
  }
}
