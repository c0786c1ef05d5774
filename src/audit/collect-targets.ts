import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { ColophonError } from '../errors.js';
import type { AuditTarget, AuditedKind } from './audit.js';

const KIND_BY_EXTENSION: Record<string, AuditedKind> = { '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.epub': 'epub', '.pdf': 'pdf' };

/** The files `colophon audit` checks: each path is a file, or a folder searched for .html/.xhtml/.epub/.pdf files. */
export async function collectAuditTargets(paths: readonly string[]): Promise<AuditTarget[]> {
  const targets: AuditTarget[] = [];
  for (const path of paths) {
    const info = await stat(path).catch((cause: unknown) => {
      throw new ColophonError('INPUT_NOT_FOUND', `${path} does not exist.`, { hint: 'Check the path; it is relative to the current folder.', cause });
    });
    if (info.isDirectory()) {
      const found = (await readdir(path, { recursive: true })).map(String).filter((name) => KIND_BY_EXTENSION[extname(name).toLowerCase()]).sort();
      for (const name of found) targets.push(await target(join(path, name)));
    } else {
      targets.push(await target(path));
    }
  }
  if (targets.length === 0) {
    throw new ColophonError('NO_ARTICLE', `Nothing to audit in ${paths.join(', ')}.`, { hint: 'Give HTML, EPUB or PDF files, or folders that hold some.' });
  }
  return targets;
}

async function target(file: string): Promise<AuditTarget> {
  const bytes = new Uint8Array(await readFile(file));
  const kind = kindOf(file, bytes);
  if (!kind) {
    throw new ColophonError('INPUT_UNSUPPORTED', `${file} is not an HTML, EPUB or PDF file.`, { hint: 'colophon audit reads .html, .xhtml, .epub and .pdf files.' });
  }
  return { file, kind, bytes };
}

/** By content first (a PDF or ZIP signature), then by extension: a damaged .pdf or .epub is audited as one, and reported unreadable. */
export function kindOf(file: string, bytes: Uint8Array): AuditedKind | undefined {
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'epub';
  const byExtension = KIND_BY_EXTENSION[extname(file).toLowerCase()];
  return byExtension;
}
