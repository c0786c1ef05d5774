import type { FastifyReply } from 'fastify';

/** Every error the API answers: `{ error: { code, message, hint } }` with the HTTP status that fits. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly hint: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function sendApiError(reply: FastifyReply, error: ApiError): FastifyReply {
  return reply.code(error.status).headers(error.headers).type('application/json; charset=utf-8')
    .send({ error: { code: error.code, message: error.message, hint: error.hint } });
}

export const notFound = (what: string) => new ApiError(404, 'NOT_FOUND', `${what} does not exist.`, 'Builds are kept for a while after they end (see --keep), then deleted.');
