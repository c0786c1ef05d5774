import { ColophonError } from '../errors.js';

const TIMEOUT_MS = 15_000;

/**
 * Downloads an image the article names by URL — only ever when the user asked for it (`--allow-remote`),
 * while reading the input, never while rendering. Bounded in time and size; only http(s).
 */
export async function fetchRemoteImage(url: string, maxBytes: number): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS), headers: { accept: 'image/*' } });
  } catch (cause) {
    throw new ColophonError('IMAGE_INVALID', `The image ${url} could not be downloaded.`, { hint: 'Check the address and the network, or download the image and name the local file.', cause });
  }
  if (!response.ok || !/^https?:/.test(response.url)) {
    throw new ColophonError('IMAGE_INVALID', `The image ${url} could not be downloaded (HTTP ${response.status}).`, { hint: 'Check the address, or download the image and name the local file.' });
  }
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw tooLarge(url, maxBytes);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  for (let part = await reader?.read(); part && !part.done; part = await reader?.read()) {
    total += part.value.length;
    if (total > maxBytes) {
      await reader?.cancel();
      throw tooLarge(url, maxBytes);
    }
    chunks.push(part.value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function tooLarge(url: string, maxBytes: number): ColophonError {
  return new ColophonError('IMAGE_INVALID', `The image ${url} is larger than ${maxBytes / 1048576} MB.`, { hint: 'Use a smaller image.' });
}
