import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ColophonError } from '../../src/errors.js';
import { ingest } from '../../src/ingest/ingest.js';
import { readFrontMatter } from '../../src/ingest/markdown/front-matter.js';

const work = mkdtempSync(join(tmpdir(), 'colophon-front-matter-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Each fence gray-matter (or a front-matter convention) would read as something other than YAML, with a payload that writes `marker` when run. */
function hostileFences(marker: string): [string, string][] {
  const js = `{ title: require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran') || 'Owned', language: 'en' }`;
  return [
    ['---js', `---js\n${js}\n---\nBody.\n`],
    ['---javascript', `---javascript\n${js}\n---\nBody.\n`],
    ['--- js (spaced)', `--- js\n${js}\n---\nBody.\n`],
    ['---JS (upper case)', `---JS\n${js}\n---\nBody.\n`],
    ['---json', `---json\n{ "title": "Owned", "language": "en" }\n---\nBody.\n`],
    ['---coffee', `---coffee\ntitle: require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran')\n---\nBody.\n`],
    ['---toml', `---toml\ntitle = "Owned"\n---\nBody.\n`],
    [';;; (alternative delimiters)', `;;;js\n${js}\n;;;\nBody.\n`],
    ['+++ (TOML front matter)', `+++\ntitle = "Owned"\n+++\nBody.\n`],
    ['---js after a byte-order mark', `\uFEFF---js\n${js}\n---\nBody.\n`],
  ];
}

describe('Markdown front matter is data, never code', () => {
  // Fails when readFrontMatter is replaced by gray-matter with its default engines (`matter(text, {})`, as before): the js payload runs.
  it.each(hostileFences(join(work, 'marker-unit')))('%s: refused with METADATA_INVALID, nothing runs', (_, text) => {
    const marker = join(work, 'marker-unit');
    let error: unknown;
    try {
      readFrontMatter(text, 'hostile.md');
    } catch (caught) {
      error = caught;
    }
    expect(existsSync(marker)).toBe(false);
    expect(error).toBeInstanceOf(ColophonError);
    expect((error as ColophonError).code).toBe('METADATA_INVALID');
    expect((error as ColophonError).hint).toMatch(/Only YAML front matter is read/);
  });

  // The same through ingest (the path `colophon build` takes), one file per fence.
  it.each(hostileFences(join(work, 'marker-ingest')))('%s: ingest refuses the file and runs nothing', async (name, text) => {
    const file = join(work, `${name.replace(/\W+/g, '-')}.md`);
    writeFileSync(file, text);
    await expect(ingest({ path: file })).rejects.toMatchObject({ code: 'METADATA_INVALID' });
    expect(existsSync(join(work, 'marker-ingest'))).toBe(false);
  });

  it('reads YAML front matter, with or without naming it, and leaves the body', () => {
    for (const fence of ['---', '---yaml', '--- yml']) {
      const read = readFrontMatter(`${fence}\ntitle: Plain\ndate: 2024-01-05\n---\n# Heading\n`, 'plain.md');
      expect(read.data).toEqual({ title: 'Plain', date: '2024-01-05' });
      expect(read.body).toBe('# Heading\n');
    }
  });

  it('takes a thematic break or no fence as body, and refuses an unclosed or invalid front matter', () => {
    expect(readFrontMatter('----\nText.\n', 'rule.md')).toEqual({ data: undefined, body: '----\nText.\n' });
    expect(readFrontMatter('Text only.\n', 'plain.md').data).toBeUndefined();
    expect(() => readFrontMatter('---\ntitle: Open\n\nText.\n', 'open.md')).toThrow(/no closing "---" line/);
    expect(() => readFrontMatter('---\ntitle: [unclosed\n---\nText.\n', 'bad.md')).toThrow(/not valid YAML/);
  });

  it('YAML tags that other loaders execute stay strings', () => {
    const read = readFrontMatter(`---\ntitle: !!js/function "function () { require('fs').writeFileSync('${join(work, 'marker-tag')}', 'ran') }"\n---\n`, 'tag.md');
    expect(typeof (read.data as { title: unknown }).title).toBe('string');
    expect(existsSync(join(work, 'marker-tag'))).toBe(false);
  });

  it('detects the language of the body without the front matter (ingest strips it the same way)', async () => {
    const file = join(work, 'language.md');
    writeFileSync(file, '---yaml\ntitle: The harbour reopens after two years of works\n---\nThe harbour of the old town reopened this morning after two years of works on the quays, the breakwater and the fish market, and the first boats came in at dawn with the tide.\n');
    const article = await ingest({ path: file });
    expect(article.metadata.language).toBe('en');
    expect(article.bodyHtml).not.toContain('title:');
  });
});
