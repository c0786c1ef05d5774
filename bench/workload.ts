import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

/** Sentences of the sample article, recombined into articles of any length (the benchmark's own workload). */
const SENTENCES = readFileSync('content/kfor-otan-ue/article.txt', 'utf8')
  .split('\n')
  .slice(2, -2)
  .flatMap((line) => line.split(/(?<=\.) /))
  .filter((sentence) => sentence.length > 20);

function paragraph(seed: number): string {
  return Array.from({ length: 3 + (seed % 4) }, (_, index) => SENTENCES[(seed * 7 + index * 3) % SENTENCES.length]).join(' ');
}

/** A small PNG of a flat colour (pixels made here, nothing downloaded). */
export function png(width: number, height: number, shade: number): Buffer {
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, shade)]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/** `count` Markdown articles of 3 to 30 paragraphs, each with a figure, in `dir/article-N/`. */
export function writeArticles(dir: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const folder = join(dir, `article-${String(index + 1).padStart(4, '0')}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'photo.png'), png(320, 180, 60 + (index % 150)));
    const paragraphs = Array.from({ length: 3 + (index % 28) }, (_, p) => paragraph(index + p));
    writeFileSync(
      join(folder, 'article.md'),
      `---\ntitle: "Article de test numéro ${index + 1}"\nlanguage: fr\ndate: "2024-01-${String((index % 28) + 1).padStart(2, '0')}"\nabbreviations: { OTAN: Organisation du traité de l’Atlantique Nord }\n---\n\n${paragraphs[0]}\n\n![Un aplat de couleur, image de test.](photo.png "Image de test. (Photo : Colophon)")\n\n${paragraphs.slice(1).join('\n\n')}\n`,
    );
    writeFileSync(join(folder, 'article.yaml'), 'text: article.md\n');
    return folder;
  });
}

/** One long document: `sections` sections of 12 paragraphs (about 3.6 print pages each on A4). */
export function writeBook(dir: string, sections: number): string {
  mkdirSync(dir, { recursive: true });
  const body = Array.from({ length: sections }, (_, s) => `## Partie ${s + 1}\n\n${Array.from({ length: 12 }, (_, p) => paragraph(s * 12 + p)).join('\n\n')}`).join('\n\n');
  const file = join(dir, `book-${sections}.md`);
  writeFileSync(file, `---\ntitle: "Un long document de ${sections} parties"\nlanguage: fr\ndate: "2024-02-01"\n---\n\n${body}\n`);
  return file;
}
