import { Parser } from 'htmlparser2';

const ACTIVE_ELEMENTS = /^(script|iframe|frame|frameset|object|embed|applet|form|input|button|base|video|audio|picture|source|track|template|portal|noscript)$/i;
const FETCHING_LINKS = /\b(preconnect|dns-prefetch|prefetch|preload|modulepreload|prerender|stylesheet|import|icon|manifest)\b/i;
const URL_ATTRIBUTES = /^(src|srcset|poster|background|data|href|xlink:href|action|formaction|cite|longdesc|ping|manifest)$/i;
const REMOTE_OR_LOCAL = /^(https?:|file:|\/\/)/i;
const SCRIPT_URL = /^(javascript|vbscript|data:text\/html)/i;
const CSS_FETCH = /@import|url\(\s*["']?\s*(https?:|file:|\/\/)/i;

/**
 * What in an HTML or XHTML output could run or fetch, as parsed (not by pattern over the text: a plain-text
 * article shows hostile markup as escaped text, which is what it should do): active elements, event
 * handler attributes, meta refresh, fetching links, remote or local URLs in attributes that load (a link's
 * `href` only navigates when a reader follows it, and is allowed), script URLs anywhere, and CSS that fetches.
 */
export function activeMarkup(markup: string): string[] {
  const found: string[] = [];
  let inStyle = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (ACTIVE_ELEMENTS.test(name)) found.push(`<${name}>`);
        if (name === 'style') inStyle = true;
        if (name === 'meta' && /refresh/i.test(attributes['http-equiv'] ?? '')) found.push('<meta http-equiv=refresh>');
        if (name === 'link' && FETCHING_LINKS.test(attributes['rel'] ?? '') && REMOTE_OR_LOCAL.test((attributes['href'] ?? '').trim())) found.push(`<link rel=${attributes['rel']}>`);
        for (const [attribute, value] of Object.entries(attributes)) {
          const squeezed = value.replace(/[\s\u0000-\u001f]/g, '');
          if (/^on/i.test(attribute)) found.push(`<${name} ${attribute}>`);
          if (SCRIPT_URL.test(squeezed)) found.push(`<${name} ${attribute}=${value}>`);
          if (URL_ATTRIBUTES.test(attribute) && REMOTE_OR_LOCAL.test(value.trim()) && !(attribute === 'href' && name === 'a')) found.push(`<${name} ${attribute}=${value}>`);
          if (attribute === 'style' && CSS_FETCH.test(value)) found.push(`<${name} style=${value}>`);
        }
      },
      ontext(text) {
        if (inStyle && CSS_FETCH.test(text)) found.push(`<style>${text.slice(0, 80)}`);
      },
      onclosetag(name) {
        if (name === 'style') inStyle = false;
      },
    },
    { decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.write(markup);
  parser.end();
  return found;
}
