import { posix } from 'node:path';
import JSZip from 'jszip';
import { ColophonError } from '../../errors.js';
import { type ContentDocument, readContentDocument } from './read/read-content-document.js';
import { type EpubNavigation, readNavDocument, readNcx } from './read/read-navigation.js';
import { type PackageMeta, type PackageMetadata, readPackageMetadata, safeDecode } from './read/read-package-metadata.js';
import { elementsNamed, parseXml } from './read/xml-document.js';

export type { ContentDocument, EpubNavigation, PackageMeta, PackageMetadata };
export type { ContentImage, TypedElement } from './read/read-content-document.js';

export interface ManifestItem {
  id: string;
  /** Path inside the EPUB container. */
  path: string;
  mediaType: string;
  properties: string[];
  /** `media-overlay`: the manifest id of the document's SMIL media overlay. */
  mediaOverlay?: string;
}

/** What the EPUB audit reads from a publication: its files, package document, navigation and content documents. */
export interface EpubPackage {
  files: Map<string, Uint8Array>;
  opfPath: string;
  /** `version` of the package element, as written (`3.0`, `2.0`). */
  version: string;
  /** The major version the rules follow: 2 for OPF 2.0, 3 otherwise. */
  epubVersion: 2 | 3;
  /** `dc:*` elements by local name (`language`, `title`…), in order. */
  dublinCore: Map<string, string[]>;
  /** Discovery properties by name (`schema:accessMode`…): metas that refine nothing (EPUB 2: `name`/`content` too). */
  properties: Map<string, string[]>;
  /** Everything in `<metadata>`, as written. */
  metadata: PackageMetadata;
  manifest: ManifestItem[];
  /** Manifest items in spine order. */
  spine: ManifestItem[];
  /** EPUB 3: the navigation document; EPUB 2: the NCX. Undefined when there is none. */
  navigation?: EpubNavigation;
  /** XHTML content documents in spine order, then the navigation document if the spine leaves it out. */
  contentDocuments: ContentDocument[];
  /** `rendition:layout` is `pre-paginated` (fixed layout). */
  fixedLayout: boolean;
}

export const XHTML_TYPES = new Set(['application/xhtml+xml', 'text/html']);

/** Unzips an EPUB in memory and reads its container, package document, navigation and content documents. */
export async function readEpubPackage(bytes: Uint8Array, origin: string): Promise<EpubPackage> {
  const files = await unzip(bytes, origin);
  const container = files.get('META-INF/container.xml');
  const opfPath = container ? elementsNamed(parseXml(container), 'rootfile')[0]?.attribs['full-path'] : undefined;
  const opf = opfPath ? files.get(safeDecode(opfPath)) : undefined;
  if (!opfPath || !opf) {
    throw new ColophonError('INPUT_UNSUPPORTED', `${origin} has no package document (META-INF/container.xml → .opf).`, {
      hint: 'This does not look like an EPUB: check the file, or run epubcheck on it.',
    });
  }
  const root = parseXml(opf);
  const base = posix.dirname(opfPath);
  const manifest = elementsNamed(root, 'item').map((item) => ({
    id: item.attribs['id'] ?? '',
    path: posix.normalize(posix.join(base, safeDecode(item.attribs['href'] ?? ''))),
    mediaType: (item.attribs['media-type'] ?? '').trim(),
    properties: (item.attribs['properties'] ?? '').split(/\s+/).filter(Boolean),
    ...(item.attribs['media-overlay']?.trim() ? { mediaOverlay: item.attribs['media-overlay'].trim() } : {}),
  }));
  const spine = elementsNamed(root, 'itemref')
    .map((ref) => manifest.find((item) => item.id === ref.attribs['idref']))
    .filter((item): item is ManifestItem => item !== undefined);
  const version = (elementsNamed(root, 'package')[0]?.attribs['version'] ?? '').trim();
  const epubVersion = version.startsWith('2') ? 2 : 3;
  const metadata = readPackageMetadata(root);
  const tocId = elementsNamed(root, 'spine')[0]?.attribs['toc'];
  const navigation = navigationOf(files, manifest, epubVersion, tocId);
  const contentDocuments = spine.filter((item) => XHTML_TYPES.has(item.mediaType) && files.has(item.path)).map((item) => readContentDocument(files.get(item.path) as Uint8Array, item.path));
  if (navigation?.kind === 'nav' && !contentDocuments.some((document) => document.path === navigation.path)) {
    contentDocuments.push(readContentDocument(files.get(navigation.path) as Uint8Array, navigation.path, { inSpine: false }));
  }
  return {
    files,
    opfPath,
    version,
    epubVersion,
    dublinCore: dublinCoreOf(metadata),
    properties: propertiesOf(metadata.metas, epubVersion),
    metadata,
    manifest,
    spine,
    ...(navigation ? { navigation } : {}),
    contentDocuments,
    fixedLayout: metadata.metas.some((meta) => meta.property === 'rendition:layout' && !meta.refines && meta.value === 'pre-paginated'),
  };
}

function navigationOf(files: Map<string, Uint8Array>, manifest: ManifestItem[], epubVersion: 2 | 3, tocId: string | undefined): EpubNavigation | undefined {
  if (epubVersion === 3) {
    const nav = manifest.find((item) => item.properties.includes('nav'));
    const bytes = nav ? files.get(nav.path) : undefined;
    return nav && bytes ? readNavDocument(bytes, nav.path) : undefined;
  }
  const ncx = manifest.find((item) => item.id === tocId) ?? manifest.find((item) => item.mediaType === 'application/x-dtbncx+xml');
  const bytes = ncx ? files.get(ncx.path) : undefined;
  return ncx && bytes ? readNcx(bytes, ncx.path) : undefined;
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

function dublinCoreOf(metadata: PackageMetadata): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const element of metadata.dublinCoreElements) values.set(element.name, [...(values.get(element.name) ?? []), element.value]);
  return values;
}

/** As Ace reads them: EPUB 3 discovery metadata is `property` metas only; EPUB 2 has only `name`/`content`. */
function propertiesOf(metas: readonly PackageMeta[], epubVersion: 2 | 3): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const meta of metas) {
    if (meta.refines || (epubVersion === 3 && meta.legacy) || meta.value === '') continue;
    values.set(meta.property, [...(values.get(meta.property) ?? []), meta.value]);
  }
  return values;
}
