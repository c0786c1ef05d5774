import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isColophonError } from '../../errors.js';
import type { IngestWarning } from '../../model/document.js';
import type { ReadScope } from '../confinement.js';
import { type LoadedImage, loadImage } from '../load-image.js';

/** Attributes lazy-loading scripts keep the real image in, besides src and srcset. */
const LAZY_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original', 'data-srcset', 'data-lazy-srcset'];

/** Every source an `<img>` names, best first: src, the lazy-loading attributes, then srcset and `<picture><source>` entries. */
export function imageCandidates(img: Element): string[] {
  const sets = [img.getAttribute('srcset'), ...Array.from(img.closest('picture')?.querySelectorAll('source') ?? []).map((source) => source.getAttribute('srcset'))];
  const fromSets = sets.flatMap((set) => (set ?? '').split(/,\s+/).map((entry) => entry.trim().split(/\s+/)[0] ?? ''));
  return [img.getAttribute('src'), ...LAZY_ATTRIBUTES.map((name) => img.getAttribute(name)), ...fromSets]
    .map((candidate) => candidate?.trim() ?? '')
    .filter((candidate) => candidate !== '' && candidate !== 'about:blank' && !candidate.startsWith('#'));
}

export interface ResolvedImage {
  image?: LoadedImage;
  warning?: IngestWarning;
}

/**
 * Loads the image a saved page shows, from a file beside the page (`Page_files/x.jpg`) or a `data:` URI.
 * Nothing is fetched: an image only on the web is dropped with IMAGE_REMOTE_DROPPED. A file outside the page's
 * folder (and the `allowOutside` folders) once its symlinks are followed, a missing file or bytes that are no image
 * are dropped with IMAGE_DROPPED (the page, not the author, named them).
 */
export async function resolvePageImage(
  candidates: readonly string[],
  options: { baseDir: string; scope: ReadScope; name: string; origin: string; allowRemote?: boolean | undefined },
): Promise<ResolvedImage> {
  const usable = candidates.find((candidate) => candidate.startsWith('data:') || isLocal(candidate) || (options.allowRemote === true && /^https?:\/\//i.test(candidate)));
  if (!usable) {
    const remote = candidates[0];
    if (!remote) return { warning: { code: 'IMAGE_DROPPED', message: `${options.origin}: an image names no source; it was left out.` } };
    return {
      warning: {
        code: 'IMAGE_REMOTE_DROPPED',
        message: `${options.origin}: the image ${shorten(remote)} is only on the web; Colophon never fetches, so it was left out. Save the page with its images ("Web page, complete"), or download it beside the page.`,
      },
    };
  }
  // A local file is read through the scope (loadImage): outside the page's folder once symlinks are followed, it is refused.
  const src = !usable.startsWith('data:') && isLocal(usable) ? localPath(usable, options.baseDir) : usable;
  if (src === undefined) {
    return { warning: { code: 'IMAGE_DROPPED', message: `${options.origin}: the image ${shorten(usable)} names no file on this machine; it was left out.` } };
  }
  try {
    return { image: await loadImage(src, { baseDir: options.baseDir, scope: options.scope, allowRemote: options.allowRemote, name: options.name }) };
  } catch (cause) {
    if (!isColophonError(cause)) throw cause;
    if (cause.code === 'INPUT_OUTSIDE') {
      return { warning: { code: 'IMAGE_DROPPED', message: `${options.origin}: the image ${shorten(usable)} lies outside the page's folder; it was left out.` } };
    }
    return { warning: { code: 'IMAGE_DROPPED', message: `${options.origin}: ${cause.message} It was left out.` } };
  }
}

/** A file beside the page: a relative path or a file: URL. `/img/x.jpg` is relative to the web site, not the disk. */
function isLocal(candidate: string): boolean {
  return candidate.startsWith('file:') || !/^[a-z][a-z0-9+.-]*:|^\//i.test(candidate);
}

/**
 * `Page_files/caf%C3%A9.jpg?v=2` → the file beside the page. Undefined for a file: URL that names no local file
 * (`file://host/x.png`, an encoded `/` as in `file:///tmp%2Fx.png`): fileURLToPath throws on those.
 */
function localPath(candidate: string, baseDir: string): string | undefined {
  if (candidate.startsWith('file:')) {
    try {
      return fileURLToPath(candidate);
    } catch {
      return undefined;
    }
  }
  const withoutQuery = candidate.replace(/[?#].*$/, '');
  let decoded = withoutQuery;
  try {
    decoded = decodeURIComponent(withoutQuery);
  } catch {
    // A lone % in a file name: keep it as written.
  }
  return resolve(baseDir, decoded);
}

function shorten(src: string): string {
  return src.length > 80 ? `${src.slice(0, 77)}…` : src;
}
