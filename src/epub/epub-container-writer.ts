import { EPub, type Options } from 'epub-gen-memory';
import type JSZip from 'jszip';
import { PACKAGE_DIRECTORY } from './epub-layout.js';

/** A file of the package other than the documents the writer names itself. */
export interface PackageFile {
  /** Path relative to the package directory. */
  href: string;
  bytes: Uint8Array | string;
}

/** An XHTML content document, rendered. */
export interface ContentDocumentFile {
  /** File name in the package directory (no folder). */
  href: string;
  xhtml: string;
}

/** Everything that goes into the container, already rendered: the writer only packs it. */
export interface EpubContainerFiles {
  title: string;
  language: string;
  packageDocument: string;
  navigationDocument: string;
  ncxDocument: string;
  stylesheet: string;
  /** XHTML content documents other than the navigation document (paths without folders). */
  contentDocuments: readonly ContentDocumentFile[];
  coverImage: PackageFile;
  images: readonly PackageFile[];
  /** Font files and their licence. */
  fonts: readonly PackageFile[];
  /** Time stamp of every ZIP entry. */
  entryDate: Date;
  /** Other package files (a narrated book's SMIL overlays and audio). */
  extraFiles?: readonly PackageFile[];
}

/** Packs the rendered files into an EPUB (ZIP with an uncompressed `mimetype` first). The only module that knows epub-gen-memory. */
export async function writeEpubContainer(files: EpubContainerFiles): Promise<Uint8Array> {
  return new InMemoryEpub(files).toBytes();
}

/** Font and raster image formats are compressed already: deflating them again only costs time. */
const ALREADY_COMPRESSED = /\.(woff2?|jpe?g|png|gif|webp|mp3)$/i;

/** epub-gen-memory's templates receive Colophon's finished documents and print them as they are. */
const TEMPLATES = {
  contentOPF: '<%- packageDocument %>',
  tocXHTML: '<%- navigationDocument %>',
  tocNCX: '<%- ncxDocument %>',
  chapterXHTML: '<%- xhtml %>',
};

/**
 * epub-gen-memory's `EPub`, kept from touching content: its constructor only ever sees empty chapters
 * (so its HTML normalisation, image renaming and `alt` rewriting have nothing to act on), the finished
 * documents are put back afterwards, and the download steps write bytes from memory instead of fetching.
 */
class InMemoryEpub extends EPub {
  private readonly files: EpubContainerFiles;

  constructor(files: EpubContainerFiles) {
    const options: Options & Pick<EpubContainerFiles, 'packageDocument' | 'navigationDocument' | 'ncxDocument'> = {
      title: files.title,
      lang: files.language,
      css: files.stylesheet,
      version: 3,
      verbose: false,
      ...TEMPLATES,
      packageDocument: files.packageDocument,
      navigationDocument: files.navigationDocument,
      ncxDocument: files.ncxDocument,
    };
    super(options, files.contentDocuments.map((document) => ({ filename: document.href, content: '' })));
    this.files = files;
    this.content = this.content.map((chapter, index) => ({ ...chapter, content: '', xhtml: files.contentDocuments[index]?.xhtml ?? '' }));
    this.images = [];
  }

  async toBytes(): Promise<Uint8Array> {
    await this.render();
    const zip = this.zip as JSZip;
    for (const entry of Object.values(zip.files)) entry.date = this.files.entryDate;
    return zip.generateAsync({ type: 'uint8array', mimeType: 'application/epub+zip', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  }

  protected override async downloadAllFonts(): Promise<void> {
    this.writePackageFiles(this.files.fonts);
  }

  protected override async downloadAllImages(): Promise<void> {
    this.writePackageFiles(this.files.images);
    this.writePackageFiles(this.files.extraFiles ?? []);
  }

  protected override async makeCover(): Promise<void> {
    this.writePackageFiles([this.files.coverImage]);
  }

  private writePackageFiles(files: readonly PackageFile[]): void {
    const zip = this.zip as JSZip;
    for (const file of files) {
      const compression = ALREADY_COMPRESSED.test(file.href) ? 'STORE' : 'DEFLATE';
      zip.file(`${PACKAGE_DIRECTORY}/${file.href}`, file.bytes, { date: this.files.entryDate, compression });
    }
  }
}
