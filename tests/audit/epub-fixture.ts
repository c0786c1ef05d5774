import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import JSZip from 'jszip';

const CLEAN_EPUB = 'tests/fixtures/audit/clean-epub';
const CLEAN_EPUB2 = 'tests/fixtures/audit/clean-epub2';

/** Container path → text of every file of a fixture folder (its README aside). */
function filesUnder(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === 'README.md') continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(root, path).split('\\').join('/'), readFileSync(path, 'utf8'));
  }
  return files;
}

/** The clean EPUB 3 every rule passes (`version: 2`: the same content under an OPF 2.0 package and an NCX). */
export function cleanEpubFiles(version: 2 | 3 = 3): Map<string, string> {
  const files = filesUnder(CLEAN_EPUB);
  if (version === 3) return files;
  files.delete('EPUB/nav.xhtml');
  for (const [path, text] of filesUnder(CLEAN_EPUB2)) files.set(path, text);
  return files;
}

/** Replaces `find` in one file, failing loudly when the fixture no longer holds it (so a broken fixture cannot pass silently). */
export function replaceIn(files: Map<string, string>, path: string, find: string | RegExp, replacement: string): void {
  const text = files.get(path);
  if (text === undefined || !(typeof find === 'string' ? text.includes(find) : find.test(text))) throw new Error(`fixture: ${String(find)} not found in ${path}`);
  files.set(path, text.replace(find, replacement));
}

/** Zips files as an EPUB: `mimetype` first and stored. */
export async function zipEpub(files: Map<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('mimetype', files.get('mimetype') ?? 'application/epub+zip', { compression: 'STORE' });
  for (const [path, text] of files) if (path !== 'mimetype') zip.file(path, text, { compression: 'DEFLATE' });
  return zip.generateAsync({ type: 'uint8array', mimeType: 'application/epub+zip' });
}

/** The clean EPUB with one thing broken by `edit`. */
export async function brokenEpub(edit: (files: Map<string, string>) => void, version: 2 | 3 = 3): Promise<Uint8Array> {
  const files = cleanEpubFiles(version);
  edit(files);
  return zipEpub(files);
}

/** Adds print page breaks, a page list and their metadata, correctly: the clean paged book the page rules start from. */
export function addPages(files: Map<string, string>): void {
  replaceIn(files, 'EPUB/chapter-1.xhtml', '<h2 id="harbour">', '<span epub:type="pagebreak" role="doc-pagebreak" id="page-2" aria-label="2"></span>\n<h2 id="harbour">');
  replaceIn(files, 'EPUB/chapter-1.xhtml', '<h1 id="beginnings">', '<span epub:type="pagebreak" role="doc-pagebreak" id="page-1" aria-label="1"></span>\n<h1 id="beginnings">');
  replaceIn(files, 'EPUB/nav.xhtml', '<nav epub:type="landmarks"', '<nav epub:type="page-list" role="doc-pagelist" hidden="hidden" aria-label="Pages">\n<ol><li><a href="chapter-1.xhtml#page-1">1</a></li><li><a href="chapter-1.xhtml#page-2">2</a></li></ol>\n</nav>\n<nav epub:type="landmarks"');
  replaceIn(files, 'EPUB/package.opf', '<dc:creator>', '<dc:source id="print-source">urn:isbn:9780000000002</dc:source>\n    <meta refines="#print-source" property="source-of">pagination</meta>\n    <dc:creator>');
  replaceIn(files, 'EPUB/package.opf', '<meta property="schema:accessibilityHazard">', '<meta property="schema:accessibilityFeature">pageNavigation</meta>\n    <meta property="schema:accessibilityFeature">printPageNumbers</meta>\n    <meta property="schema:accessibilityHazard">');
}
