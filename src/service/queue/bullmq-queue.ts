import { Queue, QueueEvents } from 'bullmq';
import type { BuildStore } from '../store/build-store.js';
import { type BuildFinished, type BuildQueue, QueueFullError, RETRY } from './build-queue.js';
import { type RedisConnection, redisConnection } from './redis-connection.js';

/** The BullMQ queue every Colophon server and worker of one deployment shares. */
export const QUEUE_NAME = 'colophon-builds';

export interface BullmqQueueOptions {
  redisUrl: string;
  /** Builds waiting or running at most; past it, enqueue throws QueueFullError. */
  maxDepth: number;
  store: BuildStore;
  onFinished?: BuildFinished;
}

/**
 * The server's side of a BullMQ deployment: accepted builds become jobs (id = build id, so a job added twice is
 * one job); `colophon worker` processes run them. Jobs survive a Redis restart when Redis keeps an append-only
 * file; a worker that dies mid-build stops renewing its lock and the job goes back to the queue (stalled).
 */
export class BullmqQueue implements BuildQueue {
  private readonly queue: Queue;
  private readonly events: QueueEvents;
  private readonly connection: RedisConnection;

  constructor(private readonly options: BullmqQueueOptions) {
    this.connection = redisConnection(options.redisUrl);
    this.queue = new Queue(QUEUE_NAME, { connection: this.connection });
    this.events = new QueueEvents(QUEUE_NAME, { connection: this.connection });
    // A build's end is in the store (the worker wrote it); the event only says when to look.
    const finished = async ({ jobId }: { jobId: string }) => {
      const record = await options.store.readRecord(jobId).catch(() => undefined);
      if (record && (record.status === 'done' || record.status === 'failed')) options.onFinished?.(record);
    };
    this.events.on('completed', (event) => void finished(event));
    this.events.on('failed', (event) => void finished(event));
    // A Redis restart is reported by ioredis and retried; it must not end the server.
    this.queue.on('error', () => undefined);
    this.events.on('error', () => undefined);
  }

  async enqueue(id: string): Promise<void> {
    const counts = await this.queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'paused');
    const depth = Object.values(counts).reduce((sum, count) => sum + count, 0);
    if (depth >= this.options.maxDepth) throw new QueueFullError(Math.max(1, Math.ceil(depth / 4)));
    await this.queue.add('build', { id }, {
      jobId: id,
      attempts: RETRY.attempts,
      backoff: { type: 'exponential', delay: RETRY.backoffMs },
      removeOnComplete: { age: 24 * 3600 },
      removeOnFail: { age: 24 * 3600 },
    });
  }

  async depth(): Promise<number> {
    const counts = await this.queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'paused');
    return Object.values(counts).reduce((sum, count) => sum + count, 0);
  }

  async ready(): Promise<boolean> {
    // Redis answers a count within a second, or the queue cannot take work now (Redis down or restarting).
    const answered = this.queue.getJobCounts('waiting').then(() => true, () => false);
    return Promise.race([answered, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1000).unref())]);
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.events.close(), this.queue.close()]);
  }
}
