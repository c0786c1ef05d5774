import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { BUILD_ID, type BuildRecord, OUTPUT_KEYS, OUTPUT_MEDIA_TYPES, type OutputKey } from '../build-record.js';
import { QueueFullError, RETRY } from '../queue/build-queue.js';
import type { ServiceContext } from '../service-context.js';
import { ApiError, notFound } from './api-error.js';
import { checkCallbackUrl } from './callback.js';
import { readBuildRequest } from './read-build-request.js';

/** The builds API: submit, look up, download, delete. Ids are random; names in URLs are looked up, never joined into paths. */
export function registerBuildRoutes(app: FastifyInstance, context: ServiceContext): void {
  app.post('/v1/builds', async (request, reply) => {
    if (!context.accepting) throw new ApiError(503, 'SHUTTING_DOWN', 'The server is shutting down.', 'Send the build to another server, or again in a moment.', { 'Retry-After': '5' });
    const input = await readBuildRequest(request, context.options.limits);
    if (input.options.callbackUrl) checkCallbackUrl(input.options.callbackUrl, context.options.allowCallbacks ?? []);
    const record: BuildRecord = { id: randomUUID(), status: 'queued', createdAt: new Date().toISOString(), attempts: 0 };
    await context.store.create(record, input);
    try {
      await context.queue.enqueue(record.id);
    } catch (error) {
      await context.store.remove(record.id);
      if (error instanceof QueueFullError) {
        throw new ApiError(429, 'QUEUE_FULL', 'The build queue is full.', 'Send the build again after the time Retry-After gives.', { 'Retry-After': String(error.retryAfterSeconds) });
      }
      throw error;
    }
    const wait = (request.query as { wait?: string }).wait;
    if (wait === 'true' || wait === '1') {
      const ended = await waitForEnd(context, record.id);
      return reply.code(ended.status === 'done' || ended.status === 'failed' ? 200 : 202).send(view(ended));
    }
    return reply.code(202).header('Location', `/v1/builds/${record.id}`).send({ id: record.id, status: record.status, url: `/v1/builds/${record.id}` });
  });

  app.get('/v1/builds/:id', async (request) => view(await recordOf(context, (request.params as { id: string }).id)));

  app.get('/v1/builds/:id/files/:name', async (request, reply) => {
    const { id, name } = request.params as { id: string; name: string };
    const record = await recordOf(context, id);
    const key = (Object.entries(record.outputs ?? {}) as [OutputKey, string][]).find(([, file]) => file === name)?.[0];
    const bytes = key && OUTPUT_KEYS.includes(key) ? await context.store.readOutput(id, key) : undefined;
    if (!key || !bytes) throw notFound(`The file ${JSON.stringify(name.slice(0, 80))} of build ${id}`);
    const attachment = key === 'epub' || key === 'pdf';
    return reply
      .type(OUTPUT_MEDIA_TYPES[key])
      .header('Content-Security-Policy', "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; sandbox")
      .header('X-Content-Type-Options', 'nosniff')
      .header('Content-Disposition', `${attachment ? 'attachment' : 'inline'}; filename="${name.replace(/[^\w.-]/g, '_')}"`)
      .send(Buffer.from(bytes));
  });

  app.delete('/v1/builds/:id', async (request, reply) => {
    const record = await recordOf(context, (request.params as { id: string }).id);
    await context.store.remove(record.id);
    return reply.code(204).send();
  });
}

async function recordOf(context: ServiceContext, id: string): Promise<BuildRecord> {
  const record = BUILD_ID.test(id) ? await context.store.readRecord(id) : undefined;
  if (!record) throw notFound(`Build ${JSON.stringify(id.slice(0, 80))}`);
  return record;
}

/** The record as the API shows it: output names become URLs. */
export function view(record: BuildRecord): Record<string, unknown> {
  const outputs = Object.fromEntries(Object.entries(record.outputs ?? {}).map(([key, name]) => [key, `/v1/builds/${record.id}/files/${encodeURIComponent(name)}`]));
  return { ...record, url: `/v1/builds/${record.id}`, ...(record.outputs && { outputs, files: record.outputs }) };
}

/** Polls the store (every process of a deployment writes there) until the build ends or every attempt's time is up. */
async function waitForEnd(context: ServiceContext, id: string): Promise<BuildRecord> {
  const deadline = Date.now() + context.options.limits.buildTimeoutMs * RETRY.attempts + 30_000;
  for (;;) {
    const record = await context.store.readRecord(id);
    if (!record || record.status === 'done' || record.status === 'failed' || Date.now() > deadline) return record ?? { id, status: 'failed', createdAt: '', attempts: 0 };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
