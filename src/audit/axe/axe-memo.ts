import { createHash } from 'node:crypto';
import type { InMemorySite, SiteFile } from '../../browser/in-memory-site.js';
import type { Finding, FindingLocation } from '../../model/finding.js';

/**
 * axe's findings on documents already audited by one browser, reused for a byte-identical document: the
 * same entry bytes, the same bytes at every site path the document asked for while it was audited (its
 * stylesheets, fonts, images — or the same absence of a file), the same axe source and rule tags. What a
 * document loads is decided by those bytes alone, so its findings are too. Typical hits: a service or a
 * watch loop rebuilding an article, where the cover, title page and colophon often stay the same while the
 * text changes. Bounded: least recently used first out.
 */
export class AxeMemo {
  private readonly entries = new Map<string, MemoEntry[]>();
  private size = 0;

  constructor(private readonly capacity = 256) {}

  /** The findings recorded for this document, relocated to `location`; undefined when it was not audited yet. */
  lookup(key: string, site: InMemorySite, location: Omit<FindingLocation, 'selector'>): Finding[] | undefined {
    const variants = this.entries.get(key);
    const hit = variants?.find((variant) => variant.loads.every(([path, hash]) => hashOfFile(site.get(path)) === hash));
    if (!hit || !variants) return undefined;
    // Most recently used last: re-insert the key.
    this.entries.delete(key);
    this.entries.set(key, variants);
    return hit.findings.map(({ finding, selector }) => ({ ...finding, location: { ...location, ...(selector !== undefined && { selector }) } }));
  }

  /** Records `findings` for the document whose audit asked the site for `requested` paths. */
  store(key: string, site: InMemorySite, requested: Iterable<string>, findings: readonly Finding[]): void {
    const loads = [...new Set(requested)].sort().map((path): [string, string | null] => [path, hashOfFile(site.get(path))]);
    const variants = this.entries.get(key) ?? [];
    variants.push({ loads, findings: findings.map((finding) => ({ finding, selector: finding.location.selector })) });
    this.entries.delete(key);
    this.entries.set(key, variants);
    this.size += 1;
    while (this.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.size -= this.entries.get(oldest.value)?.length ?? 0;
      this.entries.delete(oldest.value);
    }
  }
}

interface MemoEntry {
  /** Every site path the document asked for, with the hash of what it got (null: not in the site). */
  loads: Array<[string, string | null]>;
  findings: Array<{ finding: Finding; selector: string | undefined }>;
}

/** The memo's primary key: axe's source, the rule tags, where findings go (web page or EPUB document), the entry's path and bytes. */
export function axeMemoKey(parts: { axeSource: string; tags: readonly string[]; inEpub: boolean; entry: string; file: SiteFile | undefined }): string {
  return createHash('sha256')
    .update(hashOfText(parts.axeSource))
    .update(`\0${parts.tags.join(',')}\0${parts.inEpub ? 'epub' : 'html'}\0${parts.entry}\0${hashOfFile(parts.file)}`)
    .digest('hex');
}

/**
 * The site as the page sees it, noting every path the page asks it for (the page answers each request with
 * `site.get(path)`; a path outside the site is never asked for: it is blocked before).
 */
export class RecordingSite extends Map<string, SiteFile> {
  readonly requested = new Set<string>();

  override get(path: string): SiteFile | undefined {
    this.requested.add(path);
    return super.get(path);
  }
}

const byteHashes = new WeakMap<Uint8Array, string>();
let axeSourceHash: { source: string; hash: string } | undefined;

function hashOfText(text: string): string {
  if (axeSourceHash?.source === text) return axeSourceHash.hash;
  const hash = createHash('sha256').update(text).digest('hex');
  axeSourceHash = { source: text, hash };
  return hash;
}

function hashOfFile(file: SiteFile | undefined): string | null {
  if (!file) return null;
  const { body } = file;
  let bodyHash = typeof body === 'string' ? undefined : byteHashes.get(body);
  if (bodyHash === undefined) {
    bodyHash = createHash('sha256').update(body).digest('hex');
    if (typeof body !== 'string') byteHashes.set(body, bodyHash);
  }
  return `${file.mediaType}\0${bodyHash}`;
}
