import { type ChildNode, type Element, isTag, isText } from 'domhandler';

/**
 * What a good reader says for these nodes: an abbreviation with a `title` is read expanded, a picture by its
 * text alternative, MathML by its spoken label (`alttext`, `aria-label`) or else its text; page-break markers
 * and hidden content are silent; a URL is said as its host name, never spelled out character by character.
 * Numbers and dates are left as written: the speech engine reads them in the language it is given.
 */
export function speechTextOf(nodes: readonly ChildNode[]): string {
  const parts: string[] = [];
  // An explicit stack rather than recursion: an article nested thousands deep must not overflow the call stack.
  const stack: ChildNode[] = [...nodes].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (isText(node)) {
      parts.push(node.data);
      continue;
    }
    if (!isTag(node) || isSilent(node)) continue;
    // An abbreviation already expanded just before (« l’Organisation du traité de l’Atlantique Nord (OTAN) ») is read as written.
    const expandedBefore = node.name === 'abbr' && parts.join('').toLowerCase().includes(node.attribs['title']?.trim().toLowerCase() || '\u0000');
    const said = expandedBefore ? undefined : spokenAlternative(node);
    // An expansion takes the abbreviation's place in the word (« l’OTAN »); a picture or formula is a word of its own.
    if (said !== undefined) parts.push(node.name === 'abbr' ? said : ` ${said} `);
    else for (const child of [...node.children].reverse()) stack.push(child);
  }
  return speakableUrls(parts.join('')).replace(URN, (_, namespace: string) => namespace.toUpperCase()).replace(/\s+/g, ' ').trim();
}

/** Hidden from every reader, or a page-break marker (its page number is not part of the text). */
export function isSilent(element: Element): boolean {
  const { attribs } = element;
  return 'hidden' in attribs || attribs['aria-hidden'] === 'true' || isPageBreak(element) || element.name === 'script' || element.name === 'style';
}

export function isPageBreak(element: Element): boolean {
  return element.attribs['role'] === 'doc-pagebreak' || /(^|\s)pagebreak(\s|$)/.test(element.attribs['epub:type'] ?? '');
}

/** Text said instead of the element's content, when it has such. */
function spokenAlternative(element: Element): string | undefined {
  const label = element.attribs['aria-label']?.trim();
  switch (element.name) {
    case 'br':
      return '';
    case 'img':
      return element.attribs['alt']?.trim() ?? '';
    case 'abbr':
      return element.attribs['title']?.trim() || undefined;
    case 'math':
      return element.attribs['alttext']?.trim() || label || undefined;
    case 'svg':
      return label || svgTitle(element) || '';
    default:
      return undefined;
  }
}

function svgTitle(svg: Element): string | undefined {
  const title = svg.children.find((child): child is Element => isTag(child) && child.name === 'title');
  const text = title?.children.filter(isText).map((text) => text.data).join('').trim();
  return text || undefined;
}

// A URL as prose writes it: a scheme or `www.`, then anything up to a space or a closing quote or bracket.
export const URL_IN_TEXT = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>"«»“”()[\]]+/gi;

// `urn:uuid:3a33…` is said as its namespace (`UUID`), not as 45 characters.
const URN = /\burn:([a-z0-9][a-z0-9-]{0,31}):\S+/gi;

/** `https://news.example.org/2023/06/article` → `news.example.org`: the host says where a link goes. */
function speakableUrls(text: string): string {
  return text.replace(URL_IN_TEXT, (url) => {
    const withScheme = /^www\./i.test(url) ? `http://${url}` : url;
    try {
      return new URL(withScheme.replace(/[.,;:!?]+$/, '')).hostname.replace(/^www\./i, '') + (/[.,;:!?]+$/.exec(url)?.[0] ?? '');
    } catch {
      return '';
    }
  });
}
