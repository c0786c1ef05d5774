import { posix } from 'node:path';
import { parseDocument } from 'htmlparser2';
import JSZip from 'jszip';
import { ColophonError } from '../../errors.js';
import { findElements, textOf } from '../../markup/html-tree.js';

export interface ManifestItem {
  id: string;
  /** Path inside the EPUB container. */
  path: string;
  mediaType: string;
  properties: string[];
}

/** What the EPUB audit reads from a publication: its files and its package document. */
export interface EpubPackage {
  files: Map<string, Uint8Array>;
  opfPath: string;
  version: string;
  /** `dc:*` elements by local name (`language`, `title`…), in order. */
  dublinCore: Map<string, string[]>;
  /** `<meta property="…">` values by property (`schema:accessMode`…). */
  properties: Map<string, string[]>;
  manifest: ManifestItem[];
  /** Manifest items in spine order. */
  spine: ManifestItem[];
}

/** Unzips an EPUB in memory and reads its container and package document. */
export async function readEpubPackage(bytes: Uint8Array, origin: string): Promise<EpubPackage> {
  const files = await unzip(bytes, origin);
  const container = files.get('META-INF/container.xml');
  const opfPath = container ? attributeOf(xml(container), 'rootfile', 'full-path') : undefined;
  const opf = opfPath ? files.get(opfPath) : undefined;
  if (!opfPath || !opf) {
    throw new ColophonError('INPUT_UNSUPPORTED', `${origin} has no package document (META-INF/container.xml → .opf).`, {
      hint: 'This does not look like an EPUB: check the file, or run epubcheck on it.',
    });
  }
  const root = xml(opf);
  const base = posix.dirname(opfPath);
  const manifest = findElements(root, (element) => element.name === 'item').map((item) => ({
    id: item.attribs['id'] ?? '',
    path: posix.normalize(posix.join(base, decodeURIComponent(item.attribs['href'] ?? ''))),
    mediaType: item.attribs['media-type'] ?? '',
    properties: (item.attribs['properties'] ?? '').split(/\s+/).filter(Boolean),
  }));
  const spine = findElements(root, (element) => element.name === 'itemref')
    .map((ref) => manifest.find((item) => item.id === ref.attribs['idref']))
    .filter((item): item is ManifestItem => item !== undefined);
  const packageElement = findElements(root, (element) => element.name === 'package')[0];
  return { files, opfPath, version: packageElement?.attribs['version'] ?? '', dublinCore: dublinCoreOf(root), properties: propertiesOf(root), manifest, spine };
}

async function unzip(bytes: Uint8Array, origin: string): Promise<Map<string, Uint8Array>> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (cause) {
    throw new ColophonError('INPUT_UNSUPPORTED', `${origin} is not a ZIP container, so not an EPUB.`, { hint: 'Check that the file is an EPUB.', cause });
  }
  const files = new Map<string, Uint8Array>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('uint8array'));
  }
  return files;
}

function xml(bytes: Uint8Array) {
  return parseDocument(new TextDecoder().decode(bytes), { xmlMode: true });
}

function attributeOf(root: ReturnType<typeof xml>, tag: string, attribute: string): string | undefined {
  return findElements(root, (element) => element.name === tag)[0]?.attribs[attribute];
}

function dublinCoreOf(root: ReturnType<typeof xml>): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const element of findElements(root, (candidate) => candidate.name.startsWith('dc:'))) {
    const name = element.name.slice(3);
    values.set(name, [...(values.get(name) ?? []), textOf(element).trim()]);
  }
  return values;
}

function propertiesOf(root: ReturnType<typeof xml>): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const meta of findElements(root, (element) => element.name === 'meta' && element.attribs['property'] !== undefined)) {
    const property = meta.attribs['property'] ?? '';
    values.set(property, [...(values.get(property) ?? []), textOf(meta).trim()]);
  }
  return values;
}
