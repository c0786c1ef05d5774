import multipart from '@fastify/multipart';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { ServiceContext } from '../service-context.js';
import { ApiError, sendApiError } from './api-error.js';
import { registerAuditRoutes } from './audit-routes.js';
import { checkBearer } from './bearer-token.js';
import { registerBuildRoutes } from './build-routes.js';
import { EDITOR_CSS, EDITOR_HTML, EDITOR_JS, EDITOR_POLICY } from './editor-page.js';
import { registerHealthRoutes } from './health-routes.js';
import { humanSize } from './human-size.js';
import { openApiDocument } from './openapi.js';

/** The HTTP API over a service context: builds, audits, probes, metrics, OpenAPI and the editors' page. */
export async function createApp(context: ServiceContext): Promise<FastifyInstance> {
  const { limits } = context.options;
  const app = Fastify({ bodyLimit: limits.maxUploadBytes, logger: false, trustProxy: false });
  await app.register(multipart, { limits: { fileSize: limits.maxUploadBytes, files: limits.maxFiles } });

  app.addHook('onRequest', async (request) => {
    if (request.url.startsWith('/v1/')) checkBearer(request.headers.authorization, context.options.token);
  });
  app.addHook('onResponse', async (request, reply) => {
    context.metrics.requests.inc({ route: request.routeOptions.url ?? 'unknown', status: String(reply.statusCode) });
  });
  app.setErrorHandler((error: FastifyError | ApiError, _request, reply) => {
    if (error instanceof ApiError) return sendApiError(reply, error);
    const status = error.statusCode ?? 500;
    if (status === 413) return sendApiError(reply, new ApiError(413, 'UPLOAD_TOO_LARGE', `The upload is too large, or has too many files (at most ${humanSize(limits.maxUploadBytes)} and ${limits.maxFiles} files).`, 'Send fewer or smaller files.'));
    if (status === 415) return sendApiError(reply, new ApiError(415, 'FORMAT_UNSUPPORTED', 'The request’s content type is not JSON or multipart.', 'Send application/json or multipart/form-data.'));
    if (status >= 400 && status < 500) return sendApiError(reply, new ApiError(status, 'REQUEST_INVALID', error.message, 'See /openapi.json for the request’s shape.'));
    return sendApiError(reply, new ApiError(500, 'INTERNAL', 'The server failed.', 'This is a bug in Colophon; please report it.'));
  });
  app.setNotFoundHandler((request, reply) => sendApiError(reply, new ApiError(404, 'NOT_FOUND', `${request.method} ${request.url.slice(0, 100)} is not part of the API.`, 'See /openapi.json.')));

  registerBuildRoutes(app, context);
  registerAuditRoutes(app, context);
  registerHealthRoutes(app, context);
  app.get('/openapi.json', async () => openApiDocument());
  const page = (type: string, body: string) => async (_request: unknown, reply: import('fastify').FastifyReply) =>
    reply.type(type).header('Content-Security-Policy', EDITOR_POLICY).header('X-Content-Type-Options', 'nosniff').send(body);
  app.get('/', page('text/html; charset=utf-8', EDITOR_HTML));
  app.get('/editor.js', page('text/javascript; charset=utf-8', EDITOR_JS));
  app.get('/editor.css', page('text/css; charset=utf-8', EDITOR_CSS));
  return app;
}
