/** What a page's schema.org JSON-LD says about its article (`NewsArticle`, `Article`, `BlogPosting`…). */
export interface JsonLdArticle {
  headline?: string;
  authors: string[];
  datePublished?: string;
  dateModified?: string;
  publisherName?: string;
  url?: string;
  inLanguage?: string;
}

type Node = Record<string, unknown>;

/** Reads every `<script type="application/ld+json">` block (never run: parsed as JSON) and returns the first article found. */
export function readJsonLdArticle(document: Document): JsonLdArticle | undefined {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const article = nodesOf(data).find(isArticle);
    if (article) return toArticle(article);
  }
  return undefined;
}

function nodesOf(data: unknown): Node[] {
  if (Array.isArray(data)) return data.flatMap(nodesOf);
  if (!data || typeof data !== 'object') return [];
  const node = data as Node;
  return [node, ...nodesOf(node['@graph'])];
}

function isArticle(node: Node): boolean {
  const types = ([] as unknown[]).concat(node['@type'] ?? []).filter((type): type is string => typeof type === 'string');
  return types.some((type) => /(Article|BlogPosting|Report)$/.test(type));
}

function toArticle(node: Node): JsonLdArticle {
  const article: JsonLdArticle = { authors: namesOf(node['author']) };
  const headline = text(node['headline']) ?? text(node['name']);
  if (headline) article.headline = headline;
  const published = text(node['datePublished']);
  if (published) article.datePublished = published;
  const modified = text(node['dateModified']);
  if (modified) article.dateModified = modified;
  const publisher = namesOf(node['publisher'])[0];
  if (publisher) article.publisherName = publisher;
  const url = text(node['url']) ?? urlOf(node['mainEntityOfPage']);
  if (url) article.url = url;
  const language = text(node['inLanguage']);
  if (language) article.inLanguage = language;
  return article;
}

/** `"Name"`, `{ name }`, or a list of either. */
function namesOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(namesOf);
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (value && typeof value === 'object') {
    const name = text((value as Node)['name']);
    return name ? [name] : [];
  }
  return [];
}

function urlOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') return text((value as Node)['@id']) ?? text((value as Node)['url']);
  return undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
