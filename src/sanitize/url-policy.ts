/**
 * The one URL policy: every URL that reaches an output as a link — from the metadata (source, publisher,
 * licence), from the article's content (through the sanitize-html policy, which takes its scheme list from
 * here), or written by an output's own templates — is an absolute http, https or mailto URL. Nothing else is
 * ever written as a link: no `javascript:`, `vbscript:`, `data:`, `file:` or any other scheme.
 */
export const LINK_SCHEMES: readonly string[] = ['http', 'https', 'mailto'];

export type LinkUrlCheck =
  | { ok: true; href: string }
  /** `scheme`: the scheme refused (lower case, no colon), when the URL parsed; absent when it did not. */
  | { ok: false; reason: string; scheme?: string };

/**
 * What a browser reads from an attribute value before it parses it as a URL (WHATWG URL parser): leading and
 * trailing C0 controls and spaces removed, ASCII tab and newline removed everywhere (`java\tscript:` is `javascript:`).
 */
export function normalizeUrl(raw: string): string {
  // eslint-disable-next-line no-control-regex
  return raw.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

/** Decides whether `raw` may be written as a link: the normalized URL when it may, the reason when it may not. */
export function checkLinkUrl(raw: string): LinkUrlCheck {
  const href = normalizeUrl(raw);
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { ok: false, reason: 'it is not an absolute URL' };
  }
  const scheme = url.protocol.slice(0, -1).toLowerCase();
  if (!LINK_SCHEMES.includes(scheme)) return { ok: false, scheme, reason: `the ${scheme}: scheme is not allowed (only ${LINK_SCHEMES.join(', ')})` };
  return { ok: true, href };
}

/** The URL to write as a link, or undefined when the policy refuses it: what every template calls at the point of writing. */
export function safeHref(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const checked = checkLinkUrl(raw);
  return checked.ok ? checked.href : undefined;
}
