/**
 * The only origin a Colophon page may load from. Its files live in memory;
 * every other request (network, file://, data fetched by CSS) is aborted.
 */
export const SITE_ORIGIN = 'https://colophon.invalid';

export interface SiteFile {
  mediaType: string;
  body: Uint8Array | string;
}

/** Files served to the browser, keyed by path without leading slash (e.g. `index.html`, `images/figure-1.svg`). */
export type InMemorySite = ReadonlyMap<string, SiteFile>;

export function siteUrl(path: string): string {
  return `${SITE_ORIGIN}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * The site path a URL names, or undefined when the URL is outside the site or its path does not decode (`%E0`: no
 * file has such a path). Never throws: the request handler asks it of every URL a document names, hostile ones too.
 */
export function sitePathOf(url: string): string | undefined {
  if (!url.startsWith(`${SITE_ORIGIN}/`)) return undefined;
  try {
    return new URL(url).pathname.slice(1).split('/').map(decodeURIComponent).join('/');
  } catch {
    return undefined;
  }
}
