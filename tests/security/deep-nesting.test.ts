import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBatch } from '../../src/batch/build-batch.js';
import { locateBrowser } from '../../src/config/browser-location.js';
import { ColophonError } from '../../src/errors.js';
import { MAX_NESTING } from '../../src/ingest/nesting-limit.js';
import { findElements, parseFragment, proseTextNodes, textOf } from '../../src/markup/html-tree.js';
import { documentOf } from '../support/pipeline.js';

const work = mkdtempSync(join(tmpdir(), 'colophon-deep-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const FRONT = '---\ntitle: Deep\nlanguage: en\n---\n\n';
const paragraph = 'The harbour of the old town reopened this morning after two years of works on the quays and the breakwater.';

function write(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

const divs = (depth: number, inner: string) => `${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}`;
const deepQuotes = write('quotes.md', `${FRONT}${'>'.repeat(5000)} Deep quote.\n\n${paragraph}\n`);
const deepDivs = write('divs.md', `${FRONT}${paragraph}\n\n${divs(5000, 'Deep text.')}\n`);
const deepPage = write('page.html', `<!DOCTYPE html><html lang="en"><head><title>Deep page</title></head><body><article><h1>Deep page</h1><p>${paragraph}</p>${divs(5000, `<p>${paragraph}</p>`)}<p>${paragraph}</p></article></body></html>`);

/** The error a build of `path` ends with, or undefined when it builds. */
async function failureOf(path: string): Promise<unknown> {
  try {
    await documentOf(path);
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('deeply nested input is a typed error or builds, never a crash', () => {
  it('5,000 nested blockquotes in Markdown: markdown-it stops nesting at 100, and the article builds', async () => {
    const document = await documentOf(deepQuotes);
    expect(document.articleHtml).toContain('The harbour of the old town');
    expect((document.articleHtml.match(/<blockquote/g) ?? []).length).toBeLessThanOrEqual(100);
  });

  // Fails without the assertNestingWithin(bodyHtml, …) call after markdownHtml in ingest.ts: dom-serializer overflows the stack (RangeError).
  it('5,000 nested <div> of raw HTML in Markdown: INPUT_TOO_DEEP', async () => {
    const error = await failureOf(deepDivs);
    expect(error).toBeInstanceOf(ColophonError);
    expect(error).toMatchObject({ code: 'INPUT_TOO_DEEP' });
    expect((error as ColophonError).hint).toMatch(/flatten/);
  });

  // Fails without the assertNestingWithin(decoded.text, …) call before readWebPage in ingest.ts: Readability works for minutes (test timeout).
  it('5,000 nested <div> in a saved web page: INPUT_TOO_DEEP, before Readability reads it', async () => {
    expect(await failureOf(deepPage)).toMatchObject({ code: 'INPUT_TOO_DEEP' });
  });

  it(`nesting up to the limit (${MAX_NESTING}) builds`, async () => {
    const path = write('within.md', `${FRONT}${paragraph}\n\n${divs(MAX_NESTING - 10, 'Nested text.')}\n`);
    const document = await documentOf(path);
    expect(document.articleHtml).toContain('Nested text.');
  });
});

describe('the document stage walks trees without recursion', () => {
  // Fails with the recursive walks html-tree.ts had (RangeError: Maximum call stack size exceeded).
  it('finds text, elements and text content 20,000 levels deep, in document order', () => {
    const depth = 20_000;
    const tree = parseFragment(`<p>first</p>${'<span lang="fr">'.repeat(depth)}deep${'</span>'.repeat(depth)}<p>last</p>`);
    expect(proseTextNodes(tree, 'en').map((visit) => [visit.node.data, visit.language])).toEqual([['first', 'en'], ['deep', 'fr'], ['last', 'en']]);
    expect(findElements(tree, (element) => element.name === 'span')).toHaveLength(depth);
    expect(textOf(tree)).toBe('firstdeeplast');
  });
});

describe('a batch with a deeply nested article', () => {
  it('builds the normal article and reports the deep one, without ending the run', async () => {
    const articles = join(work, 'batch');
    mkdirSync(articles);
    const deep = join(articles, 'deep.md');
    const normal = join(articles, 'normal.md');
    writeFileSync(deep, `${FRONT}${divs(5000, 'Deep text.')}\n`);
    writeFileSync(normal, `---\ntitle: Normal\nlanguage: en\n---\n\n${paragraph}\n`);
    const out = join(work, 'out');
    const summary = await buildBatch({
      inputs: [deep, normal],
      outDir: out,
      executablePath: locateBrowser({ environment: process.env }),
      formats: ['html'],
      audit: false,
      concurrency: 1,
    });
    expect(summary.built).toBe(1);
    expect(summary.failed.map((failure) => [failure.input, failure.code])).toEqual([[deep, 'INPUT_TOO_DEEP']]);
    expect(existsSync(join(out, 'normal', 'index.html'))).toBe(true);
  });
});
