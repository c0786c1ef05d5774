import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverArticles } from '../../src/batch/discover-articles.js';
import { ingest } from '../../src/ingest/ingest.js';
import { titleFromName } from '../../src/ingest/metadata-findings.js';

// The corpus file, verbatim (the same bytes as /work/shared/corpus/kfor-otan-ue.txt), in the repository so that CI has it.
const CORPUS_FILE = 'content/kfor-otan-ue/article.txt';
const PANDOC = 'tests/fixtures/articles/front-matter-pandoc/article.md';
const HUGO = 'tests/fixtures/articles/front-matter-hugo/article.md';
const WRONG_TYPE = 'tests/fixtures/articles/front-matter-wrong-type/article.md';

const work = () => mkdtempSync(join(tmpdir(), 'colophon-metadata-'));
const ruleIds = (article: { findings?: Array<{ ruleId: string }> }) => (article.findings ?? []).map((finding) => finding.ruleId);

describe('a bare scraped .txt (the corpus file alone in a folder)', () => {
  // Mutation checked: with settleMetadata's derived title removed (back to METADATA_INVALID "no title"), this fails.
  it('builds with a title from its name, a metadata-title-derived finding, and its language detected as fr', async () => {
    const folder = work();
    copyFileSync(CORPUS_FILE, join(folder, 'kfor-otan-ue.txt'));
    const article = await ingest({ path: join(folder, 'kfor-otan-ue.txt') });
    expect(article.metadata.title).toBe('Kfor otan ue');
    expect(article.metadata.language).toBe('fr');
    expect(article.warnings.map((warning) => warning.code)).toContain('LANGUAGE_DETECTED');
    const derived = article.findings?.find((finding) => finding.ruleId === 'metadata-title-derived');
    expect(derived).toMatchObject({ source: 'ingest', impact: 'moderate', location: { file: join(folder, 'kfor-otan-ue.txt') } });
    expect(derived?.message).toContain('“kfor-otan-ue”');
    expect(derived?.help).toMatch(/--title/);
  });

  it('a folder holding article.txt and no article.yaml is that file, titled after the folder', async () => {
    const folder = join(work(), 'harbour_wall-holds');
    mkdirSync(folder);
    copyFileSync(CORPUS_FILE, join(folder, 'article.txt'));
    const article = await ingest({ path: folder });
    expect(article.metadata.title).toBe('Harbour wall holds');
    expect(article.metadata.slug).toBe('harbour-wall-holds');
  });

  it('a title anywhere means no finding (the known-clean case): metadata, or --title over it', async () => {
    const folder = work();
    copyFileSync(CORPUS_FILE, join(folder, 'kfor.txt'));
    writeFileSync(join(folder, 'kfor.yaml'), 'title: L’OTAN et l’UE\nlang: fr\n');
    const fromFile = await ingest({ path: join(folder, 'kfor.txt') });
    expect(fromFile.metadata.title).toBe('L’OTAN et l’UE');
    expect(ruleIds(fromFile).filter((id) => id.startsWith('metadata-'))).toEqual([]);
    const overridden = await ingest({ path: join(folder, 'kfor.txt'), overrides: { title: 'From the command line', language: 'fr-CA' } });
    expect(overridden.metadata).toMatchObject({ title: 'From the command line', language: 'fr-CA' });
  });

  it('humanises names: - and _ are spaces, a Jekyll date prefix goes, the first letter is capitalised', () => {
    expect(titleFromName('kfor-otan-ue')).toBe('Kfor otan ue');
    expect(titleFromName('2024-05-01-harbour_reopens')).toBe('Harbour reopens');
    expect(titleFromName('OTAN_Kosovo')).toBe('OTAN Kosovo');
  });
});

describe('a folder of bare .txt files is a folder of articles', () => {
  // Mutation checked: with isArticleFile back to requiring a sibling .yaml for .txt, this finds NO_ARTICLE.
  it('finds each of 40 .txt files, and passes over README.txt', async () => {
    const folder = work();
    for (let index = 1; index <= 40; index += 1) copyFileSync(CORPUS_FILE, join(folder, `scrape-${String(index).padStart(2, '0')}.txt`));
    writeFileSync(join(folder, 'README.txt'), 'Scraped on Monday.\n');
    const found = await discoverArticles([folder]);
    expect(found).toHaveLength(40);
    expect(found[0]).toBe(join(folder, 'scrape-01.txt'));
    expect(found.some((path) => path.endsWith('README.txt'))).toBe(false);
  });
});

describe('the front matter people already write', () => {
  it('pandoc: subtitle, author list with { name, affiliation }, unquoted date, lang, keywords, abstract, rights, isbn — and nothing to report', async () => {
    const article = await ingest({ path: PANDOC });
    expect(article.metadata).toMatchObject({
      title: 'The harbour wall holds',
      language: 'en-GB',
      authors: ['Ada Quinn', 'Ben Ortiz'],
      published: '2026-02-14',
      subjects: ['harbour', 'storms', 'engineering'],
      description: 'The breakwater finished in 2024 has come through its second winter without a breach.',
      license: { name: 'CC BY 4.0' },
      publisher: { name: 'Harbour Gazette' },
      identifier: 'urn:isbn:978-3-16-148410-0',
    });
    expect(article.standfirst).toBe('After two winters of storms, the new breakwater has kept the old port dry.');
    expect(article.findings ?? []).toEqual([]);
  });

  it('Hugo/Jekyll: timestamp dates, lastmod, tags + categories, summary; draft and layout ignored, an unknown key a minor finding naming it', async () => {
    const article = await ingest({ path: HUGO });
    expect(article.metadata).toMatchObject({
      language: 'en',
      authors: ['Clara Hughes'],
      published: '2026-02-14T09:30:00+01:00',
      modified: '2026-02-20T18:00:00+01:00',
      subjects: ['ferries', 'transport', 'islands'],
      description: 'The overnight crossing is back after three years.',
    });
    const unknown = article.findings?.filter((finding) => finding.ruleId === 'metadata-key-unknown') ?? [];
    expect(unknown).toEqual([expect.objectContaining({ source: 'ingest', impact: 'minor', location: { file: HUGO, selector: 'colour' } })]);
    expect(unknown[0]?.message).toContain('"colour"');
    const ignored = article.findings?.filter((finding) => finding.ruleId === 'metadata-key-ignored').map((finding) => finding.location.selector);
    expect(ignored).toEqual(['draft', 'layout']);
  });

  it('a wrong type is METADATA_INVALID naming the key and what was expected', async () => {
    await expect(ingest({ path: WRONG_TYPE })).rejects.toMatchObject({ code: 'METADATA_INVALID', message: expect.stringMatching(/field "date".*ISO 8601/s) });
  });

  it('article.yaml takes the same aliases, and an article in memory too (a Date object, lang, tags, no title)', async () => {
    const folder = work();
    writeFileSync(join(folder, 'article.yaml'), 'lang: fr\ntags: Kosovo, OTAN\nauthor: Jane Doe\nfoo: bar\n');
    copyFileSync(CORPUS_FILE, join(folder, 'article.txt'));
    const fromDisk = await ingest({ path: folder });
    expect(fromDisk.metadata).toMatchObject({ language: 'fr', subjects: ['Kosovo', 'OTAN'], authors: ['Jane Doe'] });
    expect(ruleIds(fromDisk)).toContain('metadata-key-unknown');
    const text = (await import('node:fs')).readFileSync(CORPUS_FILE, 'utf8');
    const fromMemory = await ingest({ source: { text, format: 'text', name: 'otan-kosovo.txt', metadata: { lang: 'fr', date: new Date('2023-06-15T00:00:00Z') } } });
    expect(fromMemory.metadata).toMatchObject({ title: 'Otan kosovo', language: 'fr', published: '2023-06-15' });
    expect(ruleIds(fromMemory)).toContain('metadata-title-derived');
  });

  it('overrides take the same keys and aliases; an unknown one is OPTIONS_INVALID', async () => {
    const article = await ingest({ path: HUGO, overrides: { lang: 'en-US', tags: ['night'], date: '2026-03-01' } });
    expect(article.metadata).toMatchObject({ language: 'en-US', subjects: ['night'], published: '2026-03-01' });
    await expect(ingest({ path: HUGO, overrides: { colour: 'red' } })).rejects.toMatchObject({ code: 'OPTIONS_INVALID', message: expect.stringContaining('"colour"') });
  });
});
