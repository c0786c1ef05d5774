import type { BrowserSupervisor } from '../batch/browser-supervisor.js';
import type { BuildQueue } from './queue/build-queue.js';
import type { ServiceMetrics } from './service-metrics.js';
import type { ServiceOptions } from './service-options.js';
import type { BuildStore } from './store/build-store.js';

/** What the routes share: the store, the queue, the server's warm browser (audits, health), metrics, options. */
export interface ServiceContext {
  options: ServiceOptions;
  store: BuildStore;
  queue: BuildQueue;
  supervisor: BrowserSupervisor;
  metrics: ServiceMetrics;
  /** False once SIGTERM (or close) has begun: /readyz says so and new builds are refused. */
  accepting: boolean;
}
