import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/encoding/decode-text.js';
import { declaredHtmlCharset } from '../../src/ingest/encoding/html-charset.js';
import { decodeSingleByte } from '../../src/ingest/encoding/single-byte-decoder.js';
import { ingest } from '../../src/ingest/ingest.js';
import { encodeSingleByte } from './support/legacy-bytes.js';

const FRENCH = 'L’été, « déjà » : un garçon à Noël, son cœur et 5 € ; ŒUVRE, naïf, où, île.';
/** The same sentence without the characters ISO-8859-1 lacks (’ œ Œ €). */
const FRENCH_LATIN1 = 'L\'été, « déjà » : un garçon à Noël, il a reçu 5 F ; naïf, où, île, Ça, À.';
const bytesOf = (...parts: Array<number[] | Uint8Array>) => Uint8Array.from(parts.flatMap((part) => Array.from(part)));
const utf16 = (text: string, order: 'le' | 'be') =>
  bytesOf(...Array.from(text).map((char) => {
    const unit = char.charCodeAt(0);
    return order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
  }));
const codes = (text: string) => decodeText(new TextEncoder().encode(text), 'x').warnings.map((warning) => warning.code);

describe('single-byte decoders against hand-written bytes', () => {
  it('reads Windows-1252 0x80–0x9F as the punctuation it stands for (Node 20’s TextDecoder does not)', () => {
    expect(decodeSingleByte(Uint8Array.of(0x92, 0x80, 0x9c, 0x8c, 0x93, 0x94, 0x96, 0x97, 0x85), 'windows-1252')).toBe('’€œŒ“”–—…');
    expect(decodeSingleByte(Uint8Array.of(0xe9, 0xe8, 0xe0, 0xe7, 0xab, 0xbb), 'windows-1252')).toBe('éèàç«»');
  });

  it('reads ISO-8859-15’s eight changed bytes', () => {
    expect(decodeSingleByte(Uint8Array.of(0x63, 0xbd, 0x75, 0x72, 0x20, 0x35, 0x20, 0xa4, 0x20, 0xbc), 'iso-8859-15')).toBe('cœur 5 € Œ');
  });
});

describe('decoding text files', () => {
  it.each([
    ['UTF-8 without BOM', new TextEncoder().encode(FRENCH), 'utf-8'],
    ['UTF-8 with BOM', bytesOf([0xef, 0xbb, 0xbf], new TextEncoder().encode(FRENCH)), 'utf-8'],
    ['UTF-16 LE with BOM', bytesOf([0xff, 0xfe], utf16(FRENCH, 'le')), 'utf-16le'],
    ['UTF-16 BE with BOM', bytesOf([0xfe, 0xff], utf16(FRENCH, 'be')), 'utf-16be'],
  ])('%s', (_name, bytes, encoding) => {
    const decoded = decodeText(bytes, 'article.txt');
    expect(decoded).toEqual({ text: FRENCH, encoding, warnings: [] });
  });

  it.each([
    ['Windows-1252', encodeSingleByte(FRENCH, 'windows-1252'), FRENCH, 'windows-1252'],
    ['ISO-8859-15', encodeSingleByte(FRENCH.replace(/’/g, "'"), 'iso-8859-15'), FRENCH.replace(/’/g, "'"), 'iso-8859-15'],
    ['ISO-8859-1', encodeSingleByte(FRENCH_LATIN1, 'iso-8859-1'), FRENCH_LATIN1, 'windows-1252'],
  ])('%s: accents come out right, with ENCODING_GUESSED', (_name, bytes, text, encoding) => {
    const decoded = decodeText(bytes, 'article.txt');
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.warnings.map((warning) => warning.code)).toEqual(['ENCODING_GUESSED']);
    expect(decoded.warnings[0]?.message).toMatch(/guess/);
  });

  it('tells ½ after a digit (ISO-8859-1) from œ between letters (ISO-8859-15)', () => {
    expect(decodeText(Uint8Array.of(0x31, 0xbd, 0x20, 0x6c, 0x69, 0x74, 0x72, 0x65, 0x20, 0xe9, 0x74, 0xe9), 'x').text).toBe('1½ litre été');
  });

  it('plain ASCII is UTF-8 and needs no warning', () => {
    expect(codes('Plain ASCII text.')).toEqual([]);
  });

  it('a UTF-8 file cut mid-character is read up to the cut, with INPUT_TRUNCATED', () => {
    const whole = new TextEncoder().encode('Il a payé 5 €');
    const decoded = decodeText(whole.subarray(0, whole.length - 1), 'cut.txt');
    expect(decoded.text).toBe('Il a payé 5 ');
    expect(decoded.warnings.map((warning) => warning.code)).toEqual(['INPUT_TRUNCATED']);
  });

  it('UTF-8 with one damaged byte stays UTF-8 (no mojibake) and says so', () => {
    const bytes = bytesOf(new TextEncoder().encode('déjà vu, été, '), [0xff], new TextEncoder().encode(' ça va'));
    const decoded = decodeText(bytes, 'damaged.txt');
    expect(decoded.text).toBe('déjà vu, été, \ufffd ça va');
    expect(decoded.warnings.map((warning) => warning.code)).toEqual(['ENCODING_GUESSED']);
  });
});

describe('HTML <meta charset>', () => {
  it('finds <meta charset> and the http-equiv form', () => {
    expect(declaredHtmlCharset(new TextEncoder().encode('<html><head><meta charset="ISO-8859-15">'))).toBe('iso-8859-15');
    expect(declaredHtmlCharset(new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'))).toBe('windows-1252');
    expect(declaredHtmlCharset(new TextEncoder().encode('<!-- <meta charset="koi8-r"> --><p>x</p>'))).toBeUndefined();
  });

  it('decodes a page in the encoding it declares, without a guess', () => {
    const page = `<html lang="fr"><head><meta charset="iso-8859-15"><title>T</title></head><body><p>${FRENCH.replace(/’/g, "'")}</p></body></html>`;
    const decoded = decodeText(encodeSingleByte(page, 'iso-8859-15'), 'page.html', { declared: declaredHtmlCharset(encodeSingleByte(page, 'iso-8859-15')) });
    expect(decoded.text).toContain('son cœur et 5 €');
    expect(decoded.warnings).toEqual([]);
  });

  it('a page that declares UTF-8 but is not is guessed, and says so', () => {
    const decoded = decodeText(encodeSingleByte('<meta charset="utf-8"><p>Été à Noël</p>', 'windows-1252'), 'page.html', { declared: 'utf-8' });
    expect(decoded.text).toContain('Été à Noël');
    expect(decoded.warnings[0]?.message).toMatch(/declares utf-8 but is not valid UTF-8/);
  });
});

describe('end to end: a Windows-1252 plain-text article', () => {
  it('comes out with its accents, «», œ and €', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'colophon-encoding-'));
    const text = 'Le chapô de l’article, en une ligne.\nUn paragraphe : « l’œuvre a coûté 5 € », dit-il à Noël.\n';
    writeFileSync(join(folder, 'article.txt'), encodeSingleByte(text, 'windows-1252'));
    writeFileSync(join(folder, 'article.yaml'), encodeSingleByte('title: Été\nlanguage: fr\n', 'windows-1252'));
    const article = await ingest({ path: folder });
    expect(article.metadata.title).toBe('Été');
    expect(article.bodyHtml).toContain('« l’œuvre a coûté 5 € », dit-il à Noël.');
    expect(article.warnings.filter((warning) => warning.code === 'ENCODING_GUESSED')).toHaveLength(2);
  });
});
