import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { ColophonError } from '../../errors.js';
import { createReadScope } from '../../ingest/confinement.js';
import { locateArticle } from '../../ingest/locate-article.js';
import { writeOutputs } from '../../publish/write-outputs.js';
import type { BuildOptions } from '../build-input.js';
import type { BuildRecord } from '../build-record.js';

export interface RemoteBuildOptions {
  /** The service's base URL, e.g. http://127.0.0.1:8080 */
  server: string;
  token?: string | undefined;
  /** An article file or folder, as for a local build. */
  input: string;
  outDir: string;
  options: BuildOptions;
  allowOutside?: readonly string[] | undefined;
}

export interface RemoteBuildResult {
  record: BuildRecord;
  outputDir: string;
  written: string[];
}

const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.svg']);
const MAX_IMAGES = 100;

/**
 * `colophon build --server URL`: reads the article as a local build would (its text, metadata and the images in its
 * folder), sends it to a running service, waits for the build, and writes the outputs where a local build would.
 */
export async function buildOnServer(options: RemoteBuildOptions): Promise<RemoteBuildResult> {
  const located = await locateArticle(options.input);
  const scope = await createReadScope({ root: located.baseDir, allowOutside: options.allowOutside });
  const text = await readFile(await scope.resolveInside(located.textPath));
  const form = new FormData();
  form.append('article', new Blob([text]), `${located.slug}${extname(located.textPath)}`);
  // As a local build takes the file's date when the article gives none (the article's own metadata wins).
  form.append('fileModified', (await stat(await scope.resolveInside(located.textPath))).mtime.toISOString());
  if (Object.keys(located.file).length > 0) form.append('metadata', JSON.stringify(located.file));
  for (const image of await imagesIn(scope.root)) {
    // A link that leads outside the folder is not sent, as a local build would not read it.
    const real = await scope.resolveInside(image.path).catch(() => undefined);
    if (real) form.append('files', new Blob([await readFile(real)]), image.key);
  }
  form.append('options', JSON.stringify(options.options));
  const base = options.server.replace(/\/+$/, '');
  const headers: Record<string, string> = options.token ? { authorization: `Bearer ${options.token}` } : {};
  const record = await call<BuildRecord & { files?: Record<string, string> }>(`${base}/v1/builds?wait=true`, { method: 'POST', body: form, headers }, base);
  if (record.status !== 'done') {
    throw new ColophonError('BUILD_FAILED', `The service could not build ${options.input}: ${record.error?.message ?? record.status}`, {
      hint: record.error?.hint ?? 'Look at the service’s logs, or build locally without --server.',
    });
  }
  const files = await Promise.all(
    Object.values(record.files ?? {}).map(async (name) => ({ name, bytes: new Uint8Array(await (await fetchOrFail(`${base}/v1/builds/${record.id}/files/${encodeURIComponent(name)}`, { headers }, base)).arrayBuffer()) })),
  );
  const outputDir = join(options.outDir, record.slug ?? located.slug);
  return { record, outputDir, written: await writeOutputs(outputDir, files) };
}

/** The images in the article's folder and below, keyed by the relative path the text uses. */
async function imagesIn(root: string): Promise<{ key: string; path: string }[]> {
  const names = (await readdir(root, { recursive: true })).map(String).filter((name) => IMAGE_EXTENSIONS.has(extname(name).toLowerCase())).sort();
  return names.slice(0, MAX_IMAGES).map((name) => ({ key: name.split(sep).join('/'), path: join(root, name) }));
}

async function call<T>(url: string, init: RequestInit, base: string): Promise<T> {
  const response = await fetchOrFail(url, init, base);
  return (await response.json()) as T;
}

async function fetchOrFail(url: string, init: RequestInit, base: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (cause) {
    throw new ColophonError('SERVER_UNREACHABLE', `The Colophon service at ${base} cannot be reached.`, {
      hint: 'Check the URL and that `colophon serve` runs there, or build locally without --server.',
      cause,
    });
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as { error?: { code: string; message: string; hint: string } } | undefined;
    throw new ColophonError('BUILD_FAILED', `The service at ${base} answered ${response.status}: ${body?.error?.message ?? response.statusText}`, {
      hint: body?.error?.hint ?? 'Check the request, or build locally without --server.',
    });
  }
  return response;
}
