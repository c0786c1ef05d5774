import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../src/ingest/markdown/read-markdown.js';

/** gray-matter's own cache of parsed inputs (not in its type declarations). */
const cached = (): string[] => Object.keys((matter as unknown as { cache: Record<string, unknown> }).cache);

describe('reading Markdown keeps nothing once the article is read', () => {
  it('leaves no copy of the article in the front-matter parser’s cache', () => {
    const before = cached().length;
    const text = `---\ntitle: "Kept nowhere ${Date.now()}"\nlanguage: fr\n---\n\nUn paragraphe qui ne doit pas rester en mémoire.\n`;
    const article = readMarkdown(text, 'retention.md');
    expect(article.file.title).toMatch(/^Kept nowhere/);
    expect(cached().length).toBe(before);
    expect(cached().some((text) => text.includes('ne doit pas rester'))).toBe(false);
  });
});
