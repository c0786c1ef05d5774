import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBookFile } from '../../src/book/book-file.js';

let root: string;
let book: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'colophon-book-file-'));
  book = join(root, 'book');
  await mkdir(join(book, 'chapters'), { recursive: true });
  await writeFile(join(root, 'secret.md'), '# Secret\n\nNot part of the book.\n');
  await writeFile(join(book, 'chapters', '1.md'), '# One\n\nText.\n');
  await writeFile(join(book, 'chapters', '2.md'), '# Two\n\nText.\n');
  await writeFile(join(book, 'chapters', '10.md'), '# Ten\n\nText.\n');
  await writeFile(join(book, 'foreword.md'), '# Foreword\n\nText.\n');
});
afterEach(async () => rm(root, { recursive: true, force: true }));

const yaml = (lines: string[]) => writeFile(join(book, 'book.yaml'), `title: A book\nlanguage: en\n${lines.join('\n')}\n`);

describe('book.yaml', () => {
  it('lists the files in reading order: front matter, chapters in natural name order, with their roles; the rest is metadata', async () => {
    await yaml(['chapters: "chapters/*.md"', 'foreword: foreword.md']);
    const read = await readBookFile(book);
    expect(read.entries.map((entry) => [entry.path.slice(read.folder.length + 1), entry.role])).toEqual([
      ['foreword.md', 'doc-foreword'],
      ['chapters/1.md', 'doc-chapter'],
      ['chapters/2.md', 'doc-chapter'],
      ['chapters/10.md', 'doc-chapter'],
    ]);
    expect(read.metadata).toEqual({ title: 'A book', language: 'en' });
  });

  it('refuses a chapter outside the book folder, named by path or reached through a symbolic link', async () => {
    // Fails when readBookFile pushes `path` instead of `await scope.resolveInside(path)` (the chapter is then read: its
    // own ingest scope is its own folder, widened to the book's).
    await yaml(['chapters: ["chapters/1.md", "../secret.md"]']);
    await expect(readBookFile(book)).rejects.toMatchObject({ code: 'INPUT_OUTSIDE' });
    await symlink(join(root, 'secret.md'), join(book, 'chapters', 'link.md'));
    await yaml(['chapters: ["chapters/link.md"]']);
    await expect(readBookFile(book)).rejects.toMatchObject({ code: 'INPUT_OUTSIDE' });
  });

  it('says which name matches nothing, and refuses a book without chapters', async () => {
    await yaml(['chapters: ["chapters/*.txt"]']);
    await expect(readBookFile(book)).rejects.toMatchObject({ code: 'INPUT_NOT_FOUND', message: expect.stringContaining('chapters/*.txt') });
    await yaml(['foreword: foreword.md']);
    await expect(readBookFile(book)).rejects.toMatchObject({ code: 'METADATA_INVALID' });
    await yaml(['chapters: [1, 2]']);
    await expect(readBookFile(book)).rejects.toMatchObject({ code: 'METADATA_INVALID', message: expect.stringContaining('`chapters`') });
  });
});
