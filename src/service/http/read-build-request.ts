import { extname } from 'node:path';
import type { FastifyRequest } from 'fastify';
import { type BuildInput, type BuildOptions, SOURCE_FORMATS, buildOptionsSchema, sourceSchema } from '../build-input.js';
import type { ServiceLimits } from '../service-options.js';
import { ApiError } from './api-error.js';
import { humanSize } from './human-size.js';

const FORMAT_BY_EXTENSION: Record<string, (typeof SOURCE_FORMATS)[number]> = {
  '.md': 'markdown', '.markdown': 'markdown', '.txt': 'text', '.text': 'text', '.html': 'html', '.htm': 'html', '.xhtml': 'html',
};

/**
 * A build request, multipart (`article`: the text file; `files`: its images, any number; `options` and `metadata`:
 * JSON fields) or JSON (`{ source: { text, format, metadata? }, options? }`), validated into a BuildInput.
 * File names are only keys the article's text refers to; none becomes a path.
 */
export async function readBuildRequest(request: FastifyRequest, limits: ServiceLimits): Promise<BuildInput> {
  if (request.isMultipart()) return readMultipart(request, limits);
  const body = (request.body ?? {}) as { source?: unknown; options?: unknown };
  const source = parse(sourceSchema, body.source, 'source');
  return { source, files: {}, options: parse(buildOptionsSchema, body.options ?? {}, 'options') };
}

async function readMultipart(request: FastifyRequest, limits: ServiceLimits): Promise<BuildInput> {
  let article: { name: string; text: string } | undefined;
  let options: BuildOptions = {};
  let metadata: Record<string, unknown> | undefined;
  let fileModified: string | undefined;
  const files: Record<string, Uint8Array> = {};
  let total = 0;
  // preservePath: the name as sent (`images/quay.svg`), so that a Markdown image path matches; safeKey refuses `..` and roots.
  for await (const part of request.parts({ preservePath: true, limits: { fileSize: limits.maxUploadBytes, files: limits.maxFiles, fields: 10, fieldSize: 1024 * 1024, parts: limits.maxFiles + 10 } })) {
    if (part.type === 'field') {
      const value = String(part.value);
      if (part.fieldname === 'options') options = parse(buildOptionsSchema, json(value, 'options'), 'options');
      else if (part.fieldname === 'metadata') metadata = parse(sourceSchema.shape.metadata, json(value, 'metadata'), 'metadata');
      else if (part.fieldname === 'fileModified') fileModified = value;
      else throw badRequest(`Unknown field "${part.fieldname.slice(0, 40)}".`, 'Send `article`, `files`, `options`, `metadata` and `fileModified` only.');
      continue;
    }
    const bytes = new Uint8Array(await part.toBuffer());
    total += bytes.length;
    if (total > limits.maxUploadBytes) throw tooLarge(limits);
    if (part.fieldname === 'article') article = { name: part.filename, text: new TextDecoder().decode(bytes) };
    else if (part.fieldname === 'files') files[safeKey(part.filename)] = bytes;
    else throw badRequest(`Unknown file field "${part.fieldname.slice(0, 40)}".`, 'The article goes in `article`, its images in `files`.');
  }
  if (!article) throw badRequest('The request has no `article` file.', 'Send the article (.txt, .md or .html) in a multipart field named `article`.');
  const format = FORMAT_BY_EXTENSION[extname(article.name).toLowerCase()];
  if (!format) {
    throw new ApiError(415, 'FORMAT_UNSUPPORTED', `Colophon does not read ${extname(article.name) || 'extension-less'} files.`, 'Send a plain-text (.txt), Markdown (.md) or HTML (.html) article.');
  }
  const source = parse(sourceSchema, { text: article.text, format, name: safeKey(article.name), ...(metadata && { metadata }), ...(fileModified && { fileModified }) }, 'article');
  return { source, files, options };
}

/** The file name as the article names it: a key in a map, checked to be a plain relative name (no `..`, no `/` root). */
function safeKey(name: string): string {
  const key = name.replace(/\\/g, '/');
  if (key === '' || key.length > 200 || key.startsWith('/') || key.split('/').some((segment) => segment === '..' || segment === '') || /[\u0000-\u001f]/.test(key)) {
    throw badRequest(`The file name ${JSON.stringify(name.slice(0, 60))} is not a plain relative name.`, 'Name each file as the article refers to it, e.g. photo.jpg.');
  }
  return key;
}

function json(value: string, field: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    throw badRequest(`The \`${field}\` field is not JSON.`, `Send \`${field}\` as a JSON object.`);
  }
}

function parse<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown, field: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = [field, ...(issue?.path ?? []).map(String)].join('.');
  const code = where === 'source.format' ? 'FORMAT_UNSUPPORTED' : 'REQUEST_INVALID';
  throw new ApiError(400, code, `${where}: ${issue?.message ?? 'invalid'}.`, code === 'FORMAT_UNSUPPORTED' ? `format is one of ${SOURCE_FORMATS.join(', ')}.` : 'See /openapi.json for the request’s shape.');
}

function badRequest(message: string, hint: string): ApiError {
  return new ApiError(400, 'REQUEST_INVALID', message, hint);
}

export function tooLarge(limits: ServiceLimits): ApiError {
  return new ApiError(413, 'UPLOAD_TOO_LARGE', `The upload is larger than ${humanSize(limits.maxUploadBytes)}, or has more than ${limits.maxFiles} files.`, 'Send fewer or smaller files, or ask the operator to raise --max-upload / --max-files.');
}
