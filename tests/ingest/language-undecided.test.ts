import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguageOrReason } from '../../src/ingest/detect-language.js';
import { ingest } from '../../src/ingest/ingest.js';

/** Real English prose, of several kinds, for a long article with variety (each paragraph different in words and rhythm). */
const PARAGRAPHS = [
  'When the last storm of the winter broke over the harbour in January, the people who live along the old quay did something they had not done for a generation: they stayed in bed.',
  'The engineers who designed the breakwater had promised exactly that, but promises about the sea are easy to make and hard to keep, and few of the fishermen believed them.',
  'For the first time in three years, a ferry left the mainland at midnight last Friday and reached the island before dawn, carrying forty cars and a few hundred sleepy passengers.',
  'The council will decide at the end of the summer whether the service can pay its way; until then the operator has promised to sail every night except Sunday.',
  'Several passengers complained about the price of a cabin, which is higher than a night in the cheapest hotel near the harbour, though most said they were glad to have the crossing back.',
  'Teachers at the village school say attendance has improved since the morning bus was moved half an hour later, and the headmistress would like the change to become permanent.',
  'The museum reopens next month with a new room devoted to the shipwrecks found off the northern cape, including a bell that was raised from the seabed only last autumn.',
  'Farmers in the valley are worried about the dry spring: the river is lower than it has been in April for twenty years, and the reservoir above the town is barely half full.',
];

/** About 5 MB of Markdown with no `language`: headings, the paragraphs in a shifting order, links, code and a table now and then. */
function longMarkdown(): string {
  const parts = ['---\ntitle: A long English article\n---\n'];
  let size = 0;
  for (let section = 0; size < 5 * 1024 * 1024; section += 1) {
    const order = PARAGRAPHS.map((_, index) => PARAGRAPHS[(index * 3 + section) % PARAGRAPHS.length]);
    const block = `## Part ${section + 1}\n\n${order.join('\n\n')}\n\nSee [the archive](https://example.org/archive/${section}) and \`code_${section}()\`.\n\n${section % 7 === 0 ? '| a | b |\n|---|--:|\n| 1 | 2 |\n\n```\nconst x = 1;\n```\n\n' : ''}`;
    parts.push(block);
    size += block.length;
  }
  return parts.join('');
}

describe('detection on long and on undecidable texts', () => {
  // Mutation checked: with detectLanguageOrReason reading one 2,048-character sample instead of ~300-character windows
  // (as before: franc's runner-up then scores about 0.99 on any long text), both of these fail.
  it('a 5 MB Markdown article without `language` is detected (a bounded sample, not "too short")', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'colophon-long-'));
    const text = longMarkdown();
    expect(text.length).toBeGreaterThan(5 * 1024 * 1024);
    writeFileSync(join(folder, 'long.md'), text);
    const detected = detectLanguageOrReason(text, 'long.md');
    expect(detected).toMatchObject({ language: 'en' });
    const article = await ingest({ path: join(folder, 'long.md') });
    expect(article.metadata.language).toBe('en');
  });

  it('one English paragraph repeated many times is still English (repetition is not "too short")', () => {
    expect(detectLanguageOrReason(`${PARAGRAPHS.join(' ')}\n\n`.repeat(2000), 'x')).toMatchObject({ language: 'en' });
  });

  it.each([
    ['only numbers', '2023 06 15 14 000 1244 3.5 42\n'.repeat(400), /no letters/],
    ['one word repeated', 'lorem '.repeat(5000), /repeats the same 1 word/],
    ['Latin placeholder text', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. '.repeat(300), /does not clearly read as any one language/],
    ['two sentences', 'Lead.\nShort body.\n', /only \d+ letters/],
  ])('%s: METADATA_INVALID naming --language and saying why', async (_, text, why) => {
    const folder = mkdtempSync(join(tmpdir(), 'colophon-undecided-'));
    writeFileSync(join(folder, 'text.txt'), text);
    const error = await ingest({ path: join(folder, 'text.txt') }).then(() => undefined, (caught: unknown) => caught as Error & { code: string; hint: string });
    expect(error?.code).toBe('METADATA_INVALID');
    expect(error?.message).toMatch(why);
    expect(error?.message).not.toMatch(/too short/);
    expect(error?.hint).toContain('--language');
  });

  it('the same undecidable text builds when --language gives the language', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'colophon-undecided-'));
    writeFileSync(join(folder, 'text.txt'), 'Lead.\nShort body.\n');
    expect((await ingest({ path: join(folder, 'text.txt'), overrides: { language: 'la' } })).metadata.language).toBe('la');
  });
});
