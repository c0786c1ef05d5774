import { isAbsolute, resolve } from 'node:path';
import { imageSize } from 'image-size';
import { ColophonError } from '../errors.js';
import type { Asset } from '../model/asset.js';
import type { ReadScope } from './confinement.js';
import { sanitizeSvgImage } from '../sanitize/svg-image.js';
import { fetchRemoteImage } from './fetch-remote-image.js';

export const MAX_IMAGE_BYTES = 15 * 1024 * 1024;
export const MAX_IMAGE_PIXELS = 60_000_000;

export interface LoadedImage {
  asset: Asset;
  width?: number;
  height?: number;
}

const EXTENSION: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
};

/**
 * Loads an image named by an article (a path relative to the article, or a `data:` URI) into memory
 * as `images/<name>.<ext>`. The type comes from the bytes, never the file name. Remote URLs are refused.
 */
export interface ImageLoading {
  /** Folder relative paths start from. */
  baseDir: string;
  /** Where local images may be read from (the article's folder and `allowOutside`); checked after symlinks are followed. */
  scope: ReadScope;
  /** Download http(s) images (`--allow-remote`); off by default: Colophon never fetches unless told to. */
  allowRemote?: boolean | undefined;
}

export async function loadImage(src: string, options: ImageLoading & { name: string }): Promise<LoadedImage> {
  const bytes = src.startsWith('data:')
    ? decodeDataUri(src)
    : options.allowRemote && /^https?:\/\//i.test(src)
      ? await fetchRemoteImage(src, MAX_IMAGE_BYTES)
      : await readLocalImage(src, options.baseDir, options.scope);
  const mediaType = sniffImageType(bytes);
  if (!mediaType) {
    throw new ColophonError('IMAGE_INVALID', `${shorten(src)} is not a PNG, JPEG, GIF, WebP or SVG image.`, {
      hint: 'Check that the file really is an image (its content, not its name, decides).',
    });
  }
  const safe = mediaType === 'image/svg+xml' ? sanitizeSvgImage(bytes) : bytes;
  const asset: Asset = { path: `images/${options.name}.${EXTENSION[mediaType]}`, mediaType, bytes: safe };
  const size = measure(bytes);
  if (size && size.width * size.height > MAX_IMAGE_PIXELS) {
    throw new ColophonError('IMAGE_INVALID', `${shorten(src)} is ${size.width}×${size.height} pixels, more than Colophon accepts.`, {
      hint: 'Scale the image down (print needs about 300 pixels per inch of printed width).',
    });
  }
  return size ? { asset, width: size.width, height: size.height } : { asset };
}

async function readLocalImage(src: string, baseDir: string, scope: ReadScope): Promise<Uint8Array> {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) && !/^[a-z]:[\\/]/i.test(src)) {
    throw new ColophonError('IMAGE_INVALID', `The image ${shorten(src)} is not a local file.`, {
      hint: 'Colophon fetches nothing unless told to: download the image and name the local file, or pass --allow-remote (allowRemote: true).',
    });
  }
  const path = isAbsolute(src) ? src : resolve(baseDir, src);
  try {
    const real = await scope.resolveInside(path);
    if ((await scope.size(real)) > MAX_IMAGE_BYTES) {
      throw new ColophonError('IMAGE_INVALID', `${src} is larger than ${MAX_IMAGE_BYTES / 1048576} MB.`, { hint: 'Compress or scale the image.' });
    }
    return await scope.read(real);
  } catch (cause) {
    if (cause instanceof ColophonError) throw cause;
    throw new ColophonError('IMAGE_INVALID', `The image ${src} could not be read (looked at ${path}).`, {
      hint: 'Image paths are relative to the article file.',
      cause,
    });
  }
}

function decodeDataUri(uri: string): Uint8Array {
  const match = /^data:([^,;]*)((?:;[^,;]*)*?)(;base64)?,(.*)$/is.exec(uri);
  if (!match) throw new ColophonError('IMAGE_INVALID', 'A data: URI image is malformed.', { hint: 'Use data:<type>;base64,<data>.' });
  const data = match[4] ?? '';
  const bytes = match[3] ? Buffer.from(data, 'base64') : Buffer.from(decodeURIComponent(data), 'utf8');
  if (bytes.length > MAX_IMAGE_BYTES) throw new ColophonError('IMAGE_INVALID', 'A data: URI image is too large.', { hint: 'Use a file instead.' });
  return new Uint8Array(bytes);
}

/** The image type named by the file's first bytes. */
export function sniffImageType(bytes: Uint8Array): string | undefined {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) return 'image/webp';
  const head = new TextDecoder().decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '').trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head)) return 'image/svg+xml';
  return undefined;
}

function measure(bytes: Uint8Array): { width: number; height: number } | undefined {
  try {
    const { width, height } = imageSize(bytes);
    return width && height ? { width, height } : undefined;
  } catch {
    return undefined;
  }
}

function shorten(src: string): string {
  return src.length > 80 ? `${src.slice(0, 77)}…` : src;
}
