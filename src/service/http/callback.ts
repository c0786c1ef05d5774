import type { BuildRecord } from '../build-record.js';
import { ApiError } from './api-error.js';

/** A completion webhook may only call http(s) hosts the operator named with --allow-callbacks (`host` or `host:port`). */
export function checkCallbackUrl(raw: string, allowed: readonly string[]): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refused(raw, 'it is not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refused(raw, 'only http and https are called');
  if (url.username || url.password) throw refused(raw, 'credentials in the URL are not sent');
  const host = url.hostname.toLowerCase();
  const hostPort = `${host}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`;
  if (!allowed.some((entry) => entry.toLowerCase() === host || entry.toLowerCase() === hostPort)) {
    throw refused(raw, allowed.length === 0 ? 'this server calls no callbacks (start it with --allow-callbacks HOSTS)' : `its host is not one the server may call (${allowed.join(', ')})`);
  }
  return url;
}

/** POSTs the ended build's record to its callback: once, 10 s at most, no redirects (a redirect could lead anywhere). */
export async function callBack(url: string, record: BuildRecord, view: (record: BuildRecord) => unknown): Promise<void> {
  await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(view(record)),
    redirect: 'error',
    signal: AbortSignal.timeout(10_000),
  }).catch(() => undefined);
}

function refused(raw: string, why: string): ApiError {
  return new ApiError(400, 'CALLBACK_REFUSED', `The callbackUrl ${JSON.stringify(raw.slice(0, 100))} is refused: ${why}.`, 'Leave callbackUrl out and poll GET /v1/builds/:id, or ask the operator to allow the host.');
}
