import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBatch } from '../../src/batch/build-batch.js';
import { locateBrowser } from '../../src/config/browser-location.js';
import { isWithin } from '../../src/ingest/confinement.js';
import { ingest } from '../../src/ingest/ingest.js';
import { publish } from '../../src/publish/publish.js';
import { runCli } from '../support/run-cli.js';

/**
 * Issue #18, item 3: everything an article reads lies in its folder once symlinks are followed, unless the user
 * names another folder with --allow-outside (allowOutside). Fixtures are made here, in a temporary folder:
 * `outside/` holds a "secret" text and a "secret" image that no article may reach; each case is a folder beside it.
 *
 * Mutations checked (src/ingest/confinement.ts, `resolveInside`):
 * - `realpath(resolve(path))` replaced by the lexical `resolve(path)`: the symlink cases fail — the symlinked
 *   article.txt, the symlinked article.yaml and sibling .yaml, `![x](inside-link.png)` and the saved page's
 *   symlinked image (and the batch, whose refused article is the symlinked text).
 * - the `folders.some(…)` check removed (always return the real path): every "refused"/"dropped" test fails.
 * Each other mutation is named beside its test.
 */

const work = mkdtempSync(join(tmpdir(), 'colophon-confinement-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const BROWSER = locateBrowser({ environment: process.env });
const SECRET_TEXT = 'SECRET-NOTES-7f3a9c: the password is swordfish.';
const SECRET_IMAGE_MARK = 'SECRET-IMAGE-b81d44';
const outside = join(work, 'outside');
mkdirSync(outside);
writeFileSync(join(outside, 'notes.txt'), `${SECRET_TEXT}\nA second line of the secret notes that must never be published.\n`);
// A real PNG with a marker after IEND: image readers accept it, and the marker shows whether its bytes were copied.
const secretPng = Buffer.concat([readFileSync('tests/fixtures/articles/markdown-figure/harbour.png'), Buffer.from(SECRET_IMAGE_MARK)]);
writeFileSync(join(outside, 'outside.png'), secretPng);
writeFileSync(join(outside, 'meta.yaml'), 'title: "SECRET-META-TITLE"\nlanguage: en\n');

const ARTICLE_TEXT = 'A short standfirst for the test article.\nThe harbour reopened on Monday after two years of work.\nThe first ferry arrived at half past seven.\n';
const YAML = 'title: "A confined article"\nlanguage: en\n';

/** A folder under the work folder with the given files; a `{ link }` entry is a symlink to that target. */
function makeFolder(name: string, files: Record<string, string | Buffer | { link: string }>): string {
  const folder = join(work, name);
  mkdirSync(folder, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    const path = join(folder, file);
    mkdirSync(join(path, '..'), { recursive: true });
    if (typeof content === 'object' && 'link' in content) symlinkSync(content.link, path);
    else writeFileSync(path, content);
  }
  return folder;
}

function filesUnder(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String) : [];
}

/** Every output file's bytes, with the EPUB's entries unzipped. */
async function outputBytes(dir: string): Promise<Buffer[]> {
  const all: Buffer[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }).filter((found) => found.isFile())) {
    const bytes = readFileSync(join(entry.parentPath, entry.name));
    all.push(bytes);
    if (entry.name.endsWith('.epub')) {
      const zip = await JSZip.loadAsync(bytes);
      for (const entry of Object.values(zip.files)) if (!entry.dir) all.push(Buffer.from(await entry.async('uint8array')));
    }
  }
  return all;
}

const symlinkedText = makeFolder('symlinked-text', { 'article.yaml': YAML, 'article.txt': { link: join(outside, 'notes.txt') } });
const singleFile = makeFolder('single', { 'story.yaml': YAML, 'story.txt': { link: join(outside, 'notes.txt') } });
const symlinkedMetadata = makeFolder('symlinked-metadata', { 'article.yaml': { link: join(outside, 'meta.yaml') }, 'article.txt': ARTICLE_TEXT });
const symlinkedSibling = makeFolder('symlinked-sibling', { 'story.yaml': { link: join(outside, 'meta.yaml') }, 'story.txt': ARTICLE_TEXT });
const textEscape = makeFolder('text-escape', { 'article.yaml': `${YAML}text: ../outside/notes.txt\n`, 'article.txt': ARTICLE_TEXT });
const markdown = (image: string) => `---\ntitle: "A confined article"\nlanguage: en\n---\n\nThe harbour reopened on Monday.\n\n![A quay.](${image} "The quay. (Photo: Test)")\n`;
const markdownAbsolute = makeFolder('md-absolute', { 'article.md': markdown(join(outside, 'outside.png')) });
const markdownUp = makeFolder('md-up', { 'article.md': markdown('../outside/outside.png') });
const markdownLink = makeFolder('md-link', { 'article.md': markdown('inside-link.png'), 'inside-link.png': { link: join(outside, 'outside.png') } });
const plainImage = makeFolder('plain-image', { 'article.yaml': `${YAML}image: { src: ../outside/outside.png, alt: A quay. }\n`, 'article.txt': ARTICLE_TEXT });
const plainImages = makeFolder('plain-images', { 'article.yaml': `${YAML}images:\n  - { src: photo.png, alt: A quay. }\n  - { src: ${join(outside, 'outside.png')}, alt: A ferry. }\n`, 'article.txt': ARTICLE_TEXT, 'photo.png': readFileSync('tests/fixtures/articles/markdown-figure/harbour.png') });
// The saved page of tests/fixtures/web-pages, its one local figure image replaced by a symlink to the secret image.
const page = join(work, 'page');
cpSync('tests/fixtures/web-pages/port-bastia', page, { recursive: true });
rmSync(join(page, 'port-rouvre_files', 'quai-neuf.png'));
symlinkSync(join(outside, 'outside.png'), join(page, 'port-rouvre_files', 'quai-neuf.png'));
const pageFile = join(page, 'port-rouvre.html');

/** Every case that reaches outside, with what it names. */
const REFUSED: { name: string; input: string; names: string }[] = [
  { name: '(1) article.txt symlinked outside', input: symlinkedText, names: join(symlinkedText, 'article.txt') },
  { name: '(1) a single file symlinked outside its folder', input: join(singleFile, 'story.txt'), names: join(singleFile, 'story.txt') },
  { name: 'article.yaml symlinked outside', input: symlinkedMetadata, names: join(symlinkedMetadata, 'article.yaml') },
  { name: 'a sibling <name>.yaml symlinked outside', input: join(symlinkedSibling, 'story.txt'), names: join(symlinkedSibling, 'story.yaml') },
  { name: '(2) text: ../outside/notes.txt', input: textEscape, names: 'notes.txt' },
  { name: '(3a) Markdown ![x](/abs/outside.png)', input: join(markdownAbsolute, 'article.md'), names: join(outside, 'outside.png') },
  { name: '(3b) Markdown ![x](../outside.png)', input: join(markdownUp, 'article.md'), names: 'outside.png' },
  { name: '(3c) Markdown ![x](inside-link.png) symlinked outside', input: join(markdownLink, 'article.md'), names: join(markdownLink, 'inside-link.png') },
  { name: '(4) plain text, image: { src: ../outside.png }', input: plainImage, names: 'outside.png' },
  { name: '(4) plain text, images: [inside, /abs/outside.png]', input: plainImages, names: join(outside, 'outside.png') },
];

describe('an article reads only inside its folder', () => {
  it.each(REFUSED)('$name → INPUT_OUTSIDE naming the path, with a hint naming --allow-outside', async ({ input, names }) => {
    await expect(ingest({ path: input })).rejects.toMatchObject({
      code: 'INPUT_OUTSIDE',
      message: expect.stringContaining(names),
      hint: expect.stringContaining('--allow-outside DIR'),
    });
  });

  // Mutation: the `.catch(…)` after `realpath` in resolveInside removed (the fs error thrown as it is), or the
  // `scope.resolveInside(textPath)` line before the existence check in locate-article.ts removed → these fail
  // (NO_ARTICLE "missing" / IMAGE_INVALID "could not be read" would tell whether a file outside exists).
  it('a missing file outside gets the same answer as an existing one: INPUT_OUTSIDE, never "missing"', async () => {
    const missingText = makeFolder('missing-text', { 'article.yaml': `${YAML}text: ../outside/no-such-notes.txt\n`, 'article.txt': ARTICLE_TEXT });
    await expect(ingest({ path: missingText })).rejects.toMatchObject({ code: 'INPUT_OUTSIDE', message: expect.stringContaining('no-such-notes.txt') });
    const missingImage = makeFolder('missing-image', { 'article.md': markdown('../outside/no-such-image.png') });
    await expect(ingest({ path: join(missingImage, 'article.md') })).rejects.toMatchObject({ code: 'INPUT_OUTSIDE', message: expect.stringContaining('no-such-image.png') });
  });

  it('(1) through the CLI: exit 1, the code, the path, the hint, and no file written', async () => {
    const out = join(work, 'out-refused');
    const run = await runCli(['build', join(singleFile, 'story.txt'), '--out', out, '--formats', 'html,epub', '--no-audit']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[INPUT_OUTSIDE]');
    expect(run.stderr).toContain(join(singleFile, 'story.txt'));
    expect(run.stderr).toContain('--allow-outside');
    expect(run.stderr + run.stdout).not.toContain('SECRET');
    expect(filesUnder(out)).toEqual([]);
  });

  it('(5) a saved page whose image is symlinked outside: the figure is dropped with IMAGE_DROPPED, and the secret bytes are in no output', async () => {
    const article = await ingest({ path: pageFile });
    expect(article.assets).toEqual([]);
    const dropped = article.warnings.find((warning) => warning.code === 'IMAGE_DROPPED');
    expect(dropped?.message).toMatch(/quai-neuf\.png lies outside the page's folder/);
    expect(article.warnings.map((warning) => warning.code)).toContain('FIGURE_DROPPED');

    const out = join(work, 'out-page');
    await publish({ input: pageFile, outDir: out, formats: ['html', 'epub'], audit: false });
    const outputs = await outputBytes(out);
    expect(outputs.length).toBeGreaterThan(2);
    for (const bytes of outputs) {
      expect(bytes.includes(SECRET_IMAGE_MARK)).toBe(false);
      expect(bytes.includes(secretPng.toString('base64'))).toBe(false);
    }
  });
});

describe('--allow-outside / allowOutside widens the scope', () => {
  it.each(REFUSED)('(6) $name builds when the outside folder is allowed', async ({ input }) => {
    const article = await ingest({ path: input, allowOutside: [outside] });
    expect(article.bodyHtml.length).toBeGreaterThan(0);
  });

  it('(6) the allowed file is what is read (the symlinked text and image arrive)', async () => {
    expect((await ingest({ path: symlinkedText, allowOutside: [outside] })).standfirst).toContain('SECRET-NOTES-7f3a9c');
    const image = (await ingest({ path: join(markdownLink, 'article.md'), allowOutside: [outside] })).assets[0];
    expect(Buffer.from(image?.bytes ?? []).includes(SECRET_IMAGE_MARK)).toBe(true);
  });

  it('(6) a saved page keeps its symlinked image when its folder is allowed', async () => {
    const article = await ingest({ path: pageFile, allowOutside: [outside] });
    expect(article.assets.map((asset) => asset.path)).toEqual(['images/figure-1.png']);
  });

  it('(6) a relative allowed folder works too, and one that does not exist is OPTIONS_INVALID', async () => {
    await expect(ingest({ path: symlinkedText, allowOutside: [relative(process.cwd(), outside)] })).resolves.toMatchObject({ standfirst: expect.stringContaining('SECRET-NOTES') });
    await expect(ingest({ path: symlinkedText, allowOutside: [join(work, 'no-such-folder')] })).rejects.toMatchObject({ code: 'OPTIONS_INVALID' });
  });

  // Mutation: the `.option('--allow-outside <dir>', …)` line (or its pass-through in run-build.ts) removed → this fails.
  it('(6) through the CLI: --allow-outside DIR builds the article, PDF included (real Chromium)', async () => {
    const out = join(work, 'out-allowed');
    const run = await runCli(['build', join(markdownLink, 'article.md'), '--out', out, '--allow-outside', join(work, 'elsewhere-unused'), '--allow-outside', outside, '--formats', 'html,epub,pdf', '--no-audit', '--browser', BROWSER]);
    expect(run.stderr).toMatch(/OPTIONS_INVALID/); // the first folder does not exist: said so, nothing built
    mkdirSync(join(work, 'elsewhere-unused'));
    const again = await runCli(['build', join(markdownLink, 'article.md'), '--out', out, '--allow-outside', join(work, 'elsewhere-unused'), '--allow-outside', outside, '--formats', 'html,epub,pdf', '--no-audit', '--browser', BROWSER]);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(filesUnder(join(out, 'md-link')).sort()).toEqual(['index.html', 'md-link.epub', 'md-link.pdf']);
  });
});

describe('what stays inside is fine', () => {
  it('(7) symlinks that stay inside the folder: the text and an image', async () => {
    const folder = makeFolder('inside-links', {
      'article.yaml': `${YAML}image: { src: pictures/link.png, alt: A quay. }\n`,
      'texts/real.txt': ARTICLE_TEXT,
      'article.txt': { link: 'texts/real.txt' },
      'pictures/real.png': readFileSync('tests/fixtures/articles/markdown-figure/harbour.png'),
      'pictures/link.png': { link: '../pictures/real.png' },
    });
    const article = await ingest({ path: folder });
    expect(article.bodyHtml).toContain('The harbour reopened on Monday');
    expect(article.assets.map((asset) => asset.path)).toEqual(['images/figure-1.png']);
  });

  it('(7) an article folder that is itself a symlink reads from where it really is', async () => {
    const real = makeFolder('real-article', { 'article.yaml': `${YAML}image: { src: photo.png, alt: A quay. }\n`, 'article.txt': ARTICLE_TEXT, 'photo.png': readFileSync('tests/fixtures/articles/markdown-figure/harbour.png') });
    const link = join(work, 'linked-article');
    symlinkSync(real, link);
    expect((await ingest({ path: link })).assets).toHaveLength(1);
    // A missing image inside it is reported as missing, not as outside (the folder is compared by its real path).
    // Mutation: `realpathOfNearest(resolve(path))` in resolveInside replaced by the lexical `resolve(path)` → this fails.
    const withMissing = makeFolder('real-article-missing', { 'article.md': markdown('no-such-photo.png') });
    symlinkSync(withMissing, join(work, 'linked-article-missing'));
    await expect(ingest({ path: join(work, 'linked-article-missing', 'article.md') })).rejects.toMatchObject({ code: 'IMAGE_INVALID', message: expect.stringContaining('could not be read') });
  });

  it('the sample article ingests as before', async () => {
    const article = await ingest({ path: 'content/kfor-otan-ue' });
    expect(article.assets.map((asset) => asset.path)).toEqual(['images/figure-1.svg']);
  });

  // Mutation: `!path.startsWith(`..${sep}`)` in isWithin written as `!path.startsWith('..')` → the `..notes` case fails;
  // `path === ''` returning false → the folder-itself case fails.
  it('isWithin: the folder itself and below are inside; a sibling with a common prefix, the parent and `..` are not', () => {
    const root = join(sep, 'a', 'article');
    expect(isWithin(root, root)).toBe(true);
    expect(isWithin(root, join(root, 'photo.png'))).toBe(true);
    expect(isWithin(root, join(root, '..notes', 'x.png'))).toBe(true);
    expect(isWithin(root, join(sep, 'a', 'article-2', 'x.png'))).toBe(false);
    expect(isWithin(root, join(sep, 'a'))).toBe(false);
    expect(isWithin(root, join(sep, 'a', 'secret.txt'))).toBe(false);
  });
});

describe('(8) in a batch', () => {
  it('the article that reaches outside is reported; the others are built', async () => {
    const good = makeFolder('batch-good', { 'article.yaml': YAML, 'article.txt': ARTICLE_TEXT });
    const out = join(work, 'out-batch');
    const summary = await buildBatch({ inputs: [good, symlinkedText], outDir: out, executablePath: BROWSER, formats: ['html'], audit: false });
    expect(summary.built).toBe(1);
    expect(summary.failed.map((failure) => [failure.input, failure.code])).toEqual([[symlinkedText, 'INPUT_OUTSIDE']]);
    expect(filesUnder(join(out, 'batch-good'))).toEqual(['index.html']);
    expect(filesUnder(join(out, 'symlinked-text'))).toEqual([]);
  });
});
