import type { BrowserSupervisor } from '../batch/browser-supervisor.js';
import type { StageWorkers } from '../offload/stage-workers.js';
import type { BuildQueue } from './queue/build-queue.js';
import type { ServiceMetrics } from './service-metrics.js';
import type { ServiceOptions } from './service-options.js';
import type { BuildStore } from './store/build-store.js';

/** What the routes share: the store, the queue, the server's warm browser (audits, health), its stage threads, metrics, options. */
export interface ServiceContext {
  options: ServiceOptions;
  store: BuildStore;
  queue: BuildQueue;
  supervisor: BrowserSupervisor;
  /** The server's stage threads: a PDF uploaded to `/v1/audits` is audited there, never on the event loop. */
  stages: StageWorkers;
  metrics: ServiceMetrics;
  /** False once SIGTERM (or close) has begun: /readyz says so and new builds are refused. */
  accepting: boolean;
}
