import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFileSchema } from '../../src/config/article-schema.js';
import { canonicalMetadata } from '../../src/config/canonical-metadata.js';
import { readArticleMetadata } from '../../src/config/load-article-file.js';
import { IGNORED_KEYS, METADATA_ALIASES, keyForm } from '../../src/config/metadata-aliases.js';
import { metadataKeysTable } from '../../src/config/metadata-keys-table.js';

const CANONICAL = Object.keys(articleFileSchema.shape);

describe('the alias table', () => {
  it('maps each alias to a key the schema declares, and no alias is itself a key, an ignored key or listed twice', () => {
    const forms = METADATA_ALIASES.map((entry) => keyForm(entry.alias));
    expect(new Set(forms).size).toBe(forms.length);
    for (const entry of METADATA_ALIASES) {
      expect(CANONICAL).toContain(entry.canonical);
      expect(CANONICAL.map(keyForm)).not.toContain(keyForm(entry.alias));
      expect(Object.keys(IGNORED_KEYS).map(keyForm)).not.toContain(keyForm(entry.alias));
    }
    // Colophon's figure key keeps its meaning: it is never read as another tool's cover or card image.
    expect(METADATA_ALIASES.map((entry) => entry.alias)).not.toContain('image');
  });

  // Mutation checked: with METADATA_ALIASES emptied (the alias map removed), every row here fails: the key is unknown.
  it.each(EXPECTED_ALIASES)('%s is read as %s', (alias, canonical) => {
    const value = SAMPLE_VALUES[canonical];
    const { file, notices } = readArticleMetadata({ [alias]: value }, 'test');
    expect(notices).toEqual([]);
    expect(file[canonical as keyof typeof file]).toBeDefined();
  });

  it('matches keys ignoring case, - and _ (Hugo writes Title, pandoc cover-image, Jekyll last_modified_at)', () => {
    const { file, notices } = readArticleMetadata({ Title: 'T', LastModifiedAt: '2026-02-15', 'cover_image': 'c.jpg' }, 'test');
    expect(file).toEqual({ title: 'T', modified: '2026-02-15' });
    expect(notices).toEqual([expect.objectContaining({ key: 'cover_image', kind: 'ignored' })]);
  });

  it('documents every key and alias in the README table it generates, and the README carries that table once pasted', () => {
    const table = metadataKeysTable();
    for (const key of CANONICAL) expect(table).toContain(`| \`${key}\` |`);
    for (const entry of METADATA_ALIASES) expect(table).toContain(`\`${entry.alias}\``);
    const readme = readFileSync('README.md', 'utf8');
    // The README's copy is checked once it has one (the table is pasted by hand from metadataKeysTable()).
    if (readme.includes('| Key | Also read as | Meaning |')) expect(readme).toContain(table);
  });
});

/** The aliases issue #12 asks for (pandoc, Jekyll, Hugo, Eleventy), written out here rather than read from the table under test. */
const EXPECTED_ALIASES: Array<[alias: string, canonical: string]> = [
  ['lang', 'language'], ['author', 'authors'], ['creator', 'authors'], ['subtitle', 'standfirst'], ['abstract', 'description'],
  ['summary', 'description'], ['excerpt', 'description'], ['rights', 'license'], ['copyright', 'license'], ['keywords', 'subjects'],
  ['subject', 'subjects'], ['tags', 'subjects'], ['categories', 'subjects'], ['isbn', 'identifier'], ['publishDate', 'date'],
  ['pubDate', 'date'], ['lastmod', 'modified'], ['last_modified_at', 'modified'], ['updated', 'modified'], ['canonical_url', 'source'],
  ['canonicalURL', 'source'],
];

const SAMPLE_VALUES: Record<string, unknown> = {
  language: 'en', authors: 'Ada Quinn', standfirst: 'A lead.', description: 'A summary.', license: 'CC BY 4.0',
  subjects: ['a', 'b'], identifier: '978-3-16-148410-0', date: '2026-02-14', modified: '2026-02-15', source: 'https://example.org/a',
};

describe('value shapes other tools write', () => {
  it('a YAML date, a YAML 1.1 timestamp (a Date) and Jekyll’s timestamp become ISO 8601 strings', () => {
    expect(readArticleMetadata({ date: new Date('2026-02-14T00:00:00Z') }, 't').file.date).toBe('2026-02-14');
    expect(readArticleMetadata({ date: new Date('2026-02-14T10:30:00Z') }, 't').file.date).toBe('2026-02-14T10:30:00Z');
    expect(readArticleMetadata({ date: '2015-03-21 20:30:00 -0500' }, 't').file.date).toBe('2015-03-21T20:30:00-05:00');
    expect(readArticleMetadata({ date: 2026 }, 't').file.date).toBe('2026');
  });

  it('authors: a name, a list, pandoc’s { name, affiliation }; author and authors together are joined', () => {
    expect(readArticleMetadata({ author: 'Ada' }, 't').file.authors).toEqual(['Ada']);
    expect(readArticleMetadata({ author: ['Ada', { name: 'Ben', affiliation: 'X' }] }, 't').file.authors).toEqual(['Ada', 'Ben']);
    expect(readArticleMetadata({ authors: ['Ada'], author: 'Ben' }, 't').file.authors).toEqual(['Ada', 'Ben']);
  });

  it('tags as one comma-separated string, tags and categories joined; isbn as a URN', () => {
    expect(readArticleMetadata({ tags: 'ferries, transport', categories: ['islands'] }, 't').file.subjects).toEqual(['ferries', 'transport', 'islands']);
    expect(readArticleMetadata({ isbn: '978-3-16-148410-0' }, 't').file.identifier).toBe('urn:isbn:978-3-16-148410-0');
  });

  it('Colophon’s own key wins over an alias of it, and the alias left out is named', () => {
    const { file, notices } = readArticleMetadata({ summary: 'From Hugo.', description: 'Colophon’s.' }, 't');
    expect(file.description).toBe('Colophon’s.');
    expect(notices).toEqual([{ key: 'summary', kind: 'ignored', reason: '`description` already gives the description' }]);
  });

  // Mutation checked: with canonicalMetadata passing unknown keys through to the .strict() schema (unknown keys errors again), this fails with METADATA_INVALID.
  it('an unknown key is a notice that names it, never an error; a known other-tool key is "ignored"', () => {
    const { file, notices } = readArticleMetadata({ title: 'T', colour: 'blue', draft: true }, 't');
    expect(file).toEqual({ title: 'T' });
    expect(notices).toEqual([
      { key: 'colour', kind: 'unknown', reason: 'not a key Colophon reads' },
      { key: 'draft', kind: 'ignored', reason: IGNORED_KEYS['draft'] },
    ]);
  });

  it('a wrong type is METADATA_INVALID naming the key as written and what was expected', () => {
    expect(() => readArticleMetadata({ date: [1, 2] }, 'x.md (front matter)')).toThrow(/field "date".*expected.*Publication date \(ISO 8601/s);
    expect(() => readArticleMetadata({ tags: { a: 1 } }, 'x.md')).toThrow(/field "tags" \(Colophon’s "subjects"\)/);
    expect(() => readArticleMetadata({ date: [1, 2] }, 'x')).toThrow(expect.objectContaining({ code: 'METADATA_INVALID' }));
  });

  it('data that is not a mapping is refused as before', () => {
    expect(canonicalMetadata(['a']).data).toEqual(['a']);
    expect(() => readArticleMetadata(['a'], 'x')).toThrow(/top level/);
  });
});
