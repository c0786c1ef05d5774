import { createHash, timingSafeEqual } from 'node:crypto';
import { ApiError } from './api-error.js';

/**
 * Checks `Authorization: Bearer <token>` in constant time: both sides are hashed first, so neither the token's
 * length nor its first differing byte shows in the time the comparison takes.
 */
export function checkBearer(header: string | undefined, token: string | undefined): void {
  if (token === undefined) return;
  const given = /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1]?.trim() ?? '';
  const digest = (value: string) => createHash('sha256').update(value).digest();
  if (!timingSafeEqual(digest(given), digest(token)) || given === '') {
    throw new ApiError(401, 'UNAUTHORIZED', 'A valid bearer token is required.', 'Send `Authorization: Bearer <token>` with the token the server was started with (--token or COLOPHON_TOKEN).', { 'WWW-Authenticate': 'Bearer' });
  }
}
