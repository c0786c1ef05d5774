import { describe, expect, it } from 'vitest';
import { buildEpub } from '../../src/epub/index.js';
import { sampleDocument } from '../support/sample-document.js';
import { metaValues, openEpub } from './epub-reader.js';
import { withMetadata } from './variant-documents.js';

describe('the same document gives the same EPUB', () => {
  it('is byte-identical across two builds', async () => {
    const first = await buildEpub(sampleDocument());
    const second = await buildEpub(sampleDocument());
    expect(Buffer.from(first.bytes).equals(Buffer.from(second.bytes))).toBe(true);
  });

  it('does not depend on the machine’s time zone', async () => {
    const saved = process.env['TZ'];
    try {
      process.env['TZ'] = 'UTC';
      const inUtc = await buildEpub(sampleDocument());
      process.env['TZ'] = 'Pacific/Kiritimati';
      const inKiribati = await buildEpub(sampleDocument());
      expect(Buffer.from(inUtc.bytes).equals(Buffer.from(inKiribati.bytes))).toBe(true);
    } finally {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    }
  });

  it('takes every date from the metadata, never from the clock', async () => {
    const epub = await openEpub((await buildEpub(sampleDocument())).bytes);
    expect(metaValues(epub.packageDocument, 'dcterms:modified')).toEqual(['2023-06-15T00:00:00Z']);
    const dates = new Set(Object.values(epub.zip.files).map((entry) => entry.date.toISOString()));
    expect([...dates]).toEqual(['2023-06-15T00:00:00.000Z']);
  });

  it('falls back to the publication date for dcterms:modified, in CCYY-MM-DDThh:mm:ssZ', async () => {
    const document = withMetadata({ published: '2021-03-04T10:20:30.456+02:00', modified: undefined });
    const epub = await openEpub((await buildEpub(document)).bytes);
    expect(metaValues(epub.packageDocument, 'dcterms:modified')).toEqual(['2021-03-04T08:20:30Z']);
  });

  it('refuses to invent a date when the article has none', async () => {
    const document = withMetadata({ published: undefined, modified: undefined });
    await expect(buildEpub(document)).rejects.toMatchObject({ code: 'METADATA_INVALID' });
  });

  it('stores the mimetype first and uncompressed', async () => {
    const { bytes } = await buildEpub(sampleDocument());
    // Local file header: compression method at offset 8 (0 = stored), name at offset 30.
    const header = Buffer.from(bytes.subarray(0, 58));
    expect(header.readUInt16LE(8)).toBe(0);
    expect(header.toString('latin1', 30, 38)).toBe('mimetype');
    expect(header.toString('latin1', 38, 58)).toBe('application/epub+zip');
  });
});
