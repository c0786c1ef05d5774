import { z } from 'zod';
import { buildOptionsSchema, sourceSchema } from '../build-input.js';
import { OUTPUT_KEYS } from '../build-record.js';
import { COLOPHON_VERSION } from '../../version.js';

const error = { $ref: '#/components/schemas/Error' };
const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: error } } });
const record = { $ref: '#/components/schemas/Build' };

/** The API's OpenAPI 3.1 document, served at /openapi.json; request schemas come from the same zod schemas the server validates with. */
export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'Colophon', version: COLOPHON_VERSION, description: 'Builds accessible web pages, EPUB 3 and tagged PDF from articles, and audits them.' },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['code', 'message', 'hint'], properties: { code: { type: 'string' }, message: { type: 'string' }, hint: { type: 'string' } } } } },
        Source: z.toJSONSchema(sourceSchema, { io: 'input', unrepresentable: 'any' }),
        BuildOptions: z.toJSONSchema(buildOptionsSchema, { io: 'input', unrepresentable: 'any' }),
        Build: {
          type: 'object',
          required: ['id', 'status', 'url'],
          properties: {
            id: { type: 'string', format: 'uuid' },
            status: { enum: ['queued', 'running', 'done', 'failed'] },
            url: { type: 'string' },
            attempts: { type: 'integer' },
            findings: { type: 'object', properties: { total: { type: 'integer' }, byImpact: { type: 'object' }, passed: { type: 'boolean' } } },
            outputs: { type: 'object', properties: Object.fromEntries(OUTPUT_KEYS.map((key) => [key, { type: 'string', description: 'URL of the file' }])) },
            error,
          },
        },
      },
    },
    security: [{ bearer: [] }],
    paths: {
      '/v1/builds': {
        post: {
          summary: 'Submit a build',
          parameters: [{ name: 'wait', in: 'query', schema: { type: 'boolean' }, description: 'Answer when the build ends.' }],
          requestBody: {
            content: {
              'application/json': { schema: { type: 'object', required: ['source'], properties: { source: { $ref: '#/components/schemas/Source' }, options: { $ref: '#/components/schemas/BuildOptions' } } } },
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  required: ['article'],
                  properties: {
                    article: { type: 'string', format: 'binary', description: '.txt, .md or .html' },
                    files: { type: 'array', items: { type: 'string', format: 'binary' }, description: 'Images, named as the article names them.' },
                    options: { type: 'string', description: 'BuildOptions as JSON' },
                    metadata: { type: 'string', description: 'Article metadata as JSON' },
                  },
                },
              },
            },
          },
          responses: {
            200: { description: 'Ended (with wait=true)', content: { 'application/json': { schema: record } } },
            202: { description: 'Queued', content: { 'application/json': { schema: record } } },
            400: errorResponse('Invalid request'),
            401: errorResponse('Missing or wrong token'),
            413: errorResponse('Upload too large or too many files'),
            415: errorResponse('Unsupported article format'),
            429: errorResponse('Queue full (see Retry-After)'),
          },
        },
      },
      '/v1/builds/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        get: { summary: 'A build’s status and outputs', responses: { 200: { description: 'The build', content: { 'application/json': { schema: record } } }, 404: errorResponse('Unknown build') } },
        delete: { summary: 'Delete a build and its files', responses: { 204: { description: 'Deleted' }, 404: errorResponse('Unknown build') } },
      },
      '/v1/builds/{id}/files/{name}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }, { name: 'name', in: 'path', required: true, schema: { type: 'string' } }],
        get: { summary: 'An output file', responses: { 200: { description: 'The file' }, 404: errorResponse('Unknown build or file') } },
      },
      '/v1/audits': {
        post: {
          summary: 'Audit HTML, EPUB and PDF files',
          requestBody: { content: { 'multipart/form-data': { schema: { type: 'object', properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } }, failOn: { enum: ['minor', 'moderate', 'serious', 'critical'] } } } } } },
          responses: { 200: { description: 'The audit report (as colophon audit --json)' }, 413: errorResponse('Upload too large') },
        },
      },
      '/healthz': { get: { summary: 'The browser answers', security: [], responses: { 200: { description: 'Healthy' }, 503: { description: 'Browser unavailable' } } } },
      '/readyz': { get: { summary: 'Accepting work', security: [], responses: { 200: { description: 'Ready' }, 503: { description: 'Not ready' } } } },
      '/metrics': { get: { summary: 'Prometheus metrics', security: [], responses: { 200: { description: 'Prometheus text format' } } } },
    },
  };
}
