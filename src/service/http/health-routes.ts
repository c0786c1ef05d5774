import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../service-context.js';

/** Probes and metrics: `/healthz` (the browser answers), `/readyz` (accepting work), `/metrics` (Prometheus text). */
export function registerHealthRoutes(app: FastifyInstance, context: ServiceContext): void {
  app.get('/healthz', async (_request, reply) => {
    const browser = await Promise.race([context.supervisor.browser(), new Promise<undefined>((resolve) => setTimeout(resolve, 5000))]).catch(() => undefined);
    const version = browser?.connected ? await browser.version().catch(() => undefined) : undefined;
    return reply.code(version ? 200 : 503).send({ status: version ? 'ok' : 'browser-unavailable', ...(version && { browser: version }) });
  });

  app.get('/readyz', async (_request, reply) => {
    const ready = context.accepting && (await context.queue.ready());
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not-ready' });
  });

  app.get('/metrics', async (_request, reply) => reply.type(context.metrics.registry.contentType).send(await context.metrics.registry.metrics()));
}
