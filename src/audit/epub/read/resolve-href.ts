import { posix } from 'node:path';
import { safeDecode } from './read-package-metadata.js';

/** A link inside the container: the file (container path) and the fragment, if any. */
export interface ContainerTarget {
  /** As written in the document, for messages. */
  href: string;
  path: string;
  fragment?: string;
}

/** Resolves `href` (relative to the document at `from`) to a container path; external URLs give undefined. */
export function resolveHref(href: string, from: string): ContainerTarget | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return undefined;
  const [file = '', fragment] = href.split('#', 2);
  const path = file === '' ? from : posix.normalize(posix.join(posix.dirname(from), safeDecode(file)));
  return { href, path, ...(fragment ? { fragment: safeDecode(fragment) } : {}) };
}
