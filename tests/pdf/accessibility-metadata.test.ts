import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { isColophonError } from '../../src/errors.js';
import type { ArticleMetadata } from '../../src/model/metadata.js';
import { finishPdf } from '../../src/pdf/finish-pdf.js';
import { parseIsoDate, pdfDatesOf, xmpDate } from '../../src/pdf/metadata-dates.js';
import { buildXmpPacket } from '../../src/pdf/xmp-packet.js';
import { sampleDocument } from '../support/sample-document.js';

/** A one-page PDF shaped like Chromium's: tagged, with a "now" date and an off-by-a-pixel A4 page. */
async function chromiumLikePdf(options: { tagged?: boolean } = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.addPage([594.96, 841.92]);
  pdf.setProducer('Skia/PDF m156');
  pdf.setCreationDate(new Date());
  pdf.setModificationDate(new Date());
  if (options.tagged !== false) {
    const root = pdf.context.obj({ Type: 'StructTreeRoot', K: pdf.context.obj([]) });
    pdf.catalog.set(PDFName.of('StructTreeRoot'), pdf.context.register(root));
    pdf.catalog.set(PDFName.of('MarkInfo'), pdf.context.obj({ Marked: true }));
  }
  return pdf.save();
}

function metadata(overrides: Partial<ArticleMetadata> = {}): ArticleMetadata {
  return { ...sampleDocument().metadata, ...overrides };
}

async function load(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false });
}

function xmpOf(pdf: PDFDocument): string {
  const stream = pdf.catalog.lookup(PDFName.of('Metadata'));
  if (!(stream instanceof PDFRawStream)) throw new Error('no plain /Metadata stream');
  return new TextDecoder().decode(stream.getContents());
}

describe('finishPdf', () => {
  it('writes the Info dictionary from the metadata, with its dates, not the build time', async () => {
    const pdf = await load(await finishPdf(await chromiumLikePdf(), metadata({ authors: ['Ana', 'Bo'], subjects: ['Kosovo', 'Union européenne'] }), { pageSize: 'A4' }));
    expect(pdf.getTitle()).toBe('L’OTAN et l’UE font le point sur le Kosovo');
    expect(pdf.getAuthor()).toBe('Ana, Bo');
    expect(pdf.getKeywords()).toBe('Kosovo, Union européenne');
    expect(pdf.getCreator()).toBe('Colophon');
    expect(pdf.getProducer()).toBe('Skia/PDF m156');
    expect(pdf.getCreationDate()?.toISOString()).toBe('2023-06-15T00:00:00.000Z');
    expect(pdf.getModificationDate()?.toISOString()).toBe('2023-06-15T00:00:00.000Z');
  });

  it('drops Chromium’s dates when the metadata has none', async () => {
    const pdf = await load(await finishPdf(await chromiumLikePdf(), metadata({ published: undefined, modified: undefined }), { pageSize: 'A4' }));
    expect(pdf.getCreationDate()).toBeUndefined();
    expect(pdf.getModificationDate()).toBeUndefined();
    expect(xmpOf(pdf)).not.toContain('xmp:CreateDate');
  });

  it('sets the catalog entries and snaps the page to exact A4', async () => {
    const pdf = await load(await finishPdf(await chromiumLikePdf(), metadata({ language: 'fr-CA' }), { pageSize: 'A4', producer: 'P' }));
    expect(pdf.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('fr-CA');
    expect(pdf.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle'))?.toString()).toBe('true');
    expect(pdf.catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))?.toString()).toBe('true');
    expect(pdf.catalog.get(PDFName.of('StructTreeRoot'))).toBeDefined();
    expect(pdf.getPage(0).getMediaBox()).toEqual({ x: 0, y: 0, width: 595.28, height: 841.89 });
    expect(xmpOf(pdf)).toContain('<rdf:li xml:lang="fr-CA">');
  });

  it('leaves a page that is not the requested paper alone', async () => {
    const pdf = await load(await finishPdf(await chromiumLikePdf(), metadata(), { pageSize: 'Letter' }));
    expect(pdf.getPage(0).getMediaBox()).toEqual({ x: 0, y: 0, width: 594.96, height: 841.92 });
  });

  it('escapes text in the XMP packet and keeps it UTF-8', async () => {
    const title = 'Tom & Jerry <le retour> “enfin” : été 2023';
    const pdf = await load(await finishPdf(await chromiumLikePdf(), metadata({ title, authors: ['A <b>'] }), { pageSize: 'A4' }));
    const xmp = xmpOf(pdf);
    expect(xmp).toContain('Tom &amp; Jerry &lt;le retour&gt; “enfin” : été 2023');
    expect(xmp).toContain('<rdf:li>A &lt;b&gt;</rdf:li>');
    expect(pdf.getTitle()).toBe(title);
  });

  it('refuses an untagged PDF rather than claim PDF/UA for it', async () => {
    const failure = await finishPdf(await chromiumLikePdf({ tagged: false }), metadata(), { pageSize: 'A4' }).catch((error: unknown) => error);
    expect(isColophonError(failure) && failure.code).toBe('PDF_FAILED');
  });
});

describe('buildXmpPacket', () => {
  const packet = buildXmpPacket({
    title: 'Titre',
    language: 'fr',
    creators: ['Une', 'Deux'],
    description: 'Résumé',
    subjects: ['a', 'b'],
    keywords: 'a, b',
    created: '2023-06-15T00:00:00Z',
    modified: '2023-06-16T00:00:00Z',
    creatorTool: 'Colophon',
    producer: 'Skia/PDF m156',
  });

  it('is a complete packet with the PDF/UA identification', () => {
    expect(packet.startsWith('<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>')).toBe(true);
    expect(packet.endsWith('<?xpacket end="w"?>')).toBe(true);
    expect(packet).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(packet).toContain('<dc:creator><rdf:Seq><rdf:li>Une</rdf:li><rdf:li>Deux</rdf:li></rdf:Seq></dc:creator>');
    expect(packet).toContain('<dc:subject><rdf:Bag><rdf:li>a</rdf:li><rdf:li>b</rdf:li></rdf:Bag></dc:subject>');
    expect(packet).toContain('<xmp:ModifyDate>2023-06-16T00:00:00Z</xmp:ModifyDate>');
    expect(packet).toContain('<xmp:MetadataDate>2023-06-16T00:00:00Z</xmp:MetadataDate>');
  });

  it('removes characters XML cannot hold', () => {
    const dirty = buildXmpPacket({ title: 'a\u0001b\uFFFEc\uD800d', language: 'fr', creators: [], subjects: [], creatorTool: 'C', producer: 'P' });
    expect(dirty).toContain('<rdf:li xml:lang="x-default">abcd</rdf:li>');
    expect(dirty).not.toContain('<dc:creator>');
  });
});

describe('PDF dates', () => {
  it.each([
    ['2023-06-15', '2023-06-15T00:00:00Z'],
    ['2023-06-15T10:20:30Z', '2023-06-15T10:20:30Z'],
    ['2023-06-15T10:20:30.123+02:00', '2023-06-15T08:20:30Z'],
    ['2023-06-15T10:20', '2023-06-15T10:20:00Z'],
  ])('reads %s', (input, expected) => {
    const date = parseIsoDate(input);
    expect(date && xmpDate(date)).toBe(expected);
  });

  it.each(['', '15/06/2023', '2023-02-30', '2023-13-01', 'yesterday'])('ignores %j', (input) => {
    expect(parseIsoDate(input)).toBeUndefined();
  });

  it('falls back from one date to the other', () => {
    expect(pdfDatesOf({ published: '2023-06-15' })).toEqual({ created: new Date('2023-06-15T00:00:00Z'), modified: new Date('2023-06-15T00:00:00Z') });
    expect(pdfDatesOf({ modified: '2024-01-02' }).created).toEqual(new Date('2024-01-02T00:00:00Z'));
    expect(pdfDatesOf({})).toEqual({});
  });
});
