import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { StageWorkersStats } from '../offload/stage-workers.js';
import type { BuildRecord } from './build-record.js';

/** The service's Prometheus metrics, in a registry of its own (two services in one process do not mix). */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly builds = new Counter({ name: 'colophon_builds_total', help: 'Builds ended, by outcome (done, failed).', labelNames: ['outcome'], registers: [this.registry] });
  private readonly duration = new Histogram({
    name: 'colophon_build_duration_seconds',
    help: 'Time from a build’s last start to its end.',
    buckets: [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, 128],
    registers: [this.registry],
  });
  readonly requests = new Counter({ name: 'colophon_http_requests_total', help: 'API requests, by route and status.', labelNames: ['route', 'status'], registers: [this.registry] });

  constructor(sources: { queueDepth: () => Promise<number>; browserRestarts: () => number; stages: () => StageWorkersStats }) {
    collectDefaultMetrics({ register: this.registry, prefix: 'colophon_' });
    new Gauge({
      name: 'colophon_queue_depth',
      help: 'Builds waiting or running.',
      registers: [this.registry],
      async collect() {
        this.set(await sources.queueDepth().catch(() => Number.NaN));
      },
    });
    new Gauge({
      name: 'colophon_browser_restarts',
      help: 'Times the server’s browser was restarted after a crash or a hung build.',
      registers: [this.registry],
      collect() {
        this.set(sources.browserRestarts());
      },
    });
    new Counter({
      name: 'colophon_stage_calls_total',
      help: 'Calls to the stage threads (PDF finishing, pagination, cover raster, PDF audit), by stage and outcome (done, failed).',
      labelNames: ['stage', 'outcome'],
      registers: [this.registry],
      collect() {
        this.reset();
        for (const [stage, outcomes] of Object.entries(sources.stages().calls)) {
          for (const [outcome, count] of Object.entries(outcomes)) this.inc({ stage, outcome }, count);
        }
      },
    });
    new Counter({
      name: 'colophon_stage_threads_replaced_total',
      help: 'Stage threads replaced after one died or ran a call past the build time limit.',
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc(sources.stages().threadsReplaced);
      },
    });
  }

  finished(record: BuildRecord): void {
    this.builds.inc({ outcome: record.status });
    if (record.startedAt && record.finishedAt) this.duration.observe((Date.parse(record.finishedAt) - Date.parse(record.startedAt)) / 1000);
  }
}
