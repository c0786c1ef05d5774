import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BookFixture {
  folder: string;
  chapterTitles: string[];
}

const SUBJECTS = ['The harbour master', 'A welder from the north yard', 'The ferry company', 'The city council', 'A fisherman of forty years', 'The engineers', 'A schoolteacher on the quay', 'The customs office'];
const ACTIONS = ['counted the ships that could not berth', 'kept a ledger of every delay', 'measured the silt after each winter', 'asked for a wider channel', 'watched the old crane being repaired', 'argued for step-free gangways', 'logged the tides by hand', 'planned the new waiting room'];
const OUTCOMES = ['and the numbers went into the report', 'which changed the plans twice', 'until the budget was approved', 'and nobody forgot it', 'so that the works began in spring', 'which the ministry later confirmed', 'though the storms delayed everything', 'and the quay reopened on time'];

/** A paragraph of four sentences that no other paragraph of the book repeats (its number is in it). */
export function paragraph(index: number): string {
  return Array.from({ length: 4 }, (_, part) => {
    const n = index * 4 + part;
    return `In year ${n + 1}, ${SUBJECTS[n % SUBJECTS.length]!.toLowerCase()} ${ACTIONS[(n * 3 + index) % ACTIONS.length]}, ${OUTCOMES[(n * 5 + part) % OUTCOMES.length]}.`;
  }).join(' ');
}

const NUMBER_WORDS = ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];

/** A chapter title no other title contains (pdftotext and the TOC find each one alone). */
export function chapterTitle(index: number): string {
  return `Chapter ${index}: the ${NUMBER_WORDS[(index - 1) % 10]!.toLowerCase()} berth of ledger ${String.fromCharCode(65 + Math.floor((index - 1) / 10))}`;
}

/**
 * Writes a book folder: book.yaml, a dedication, a foreword and a preface, `chapters` Markdown files in
 * chapters/ (each with its own `## sections`, a footnote and a figure whose image is shared from the book's
 * images/ folder and has the same file name in every chapter), acknowledgments, an appendix and a glossary.
 */
export async function writeBookFixture(options: { chapters: number; paragraphsPerSection?: number; sections?: number }): Promise<BookFixture> {
  const folder = await mkdtemp(join(tmpdir(), 'colophon-book-'));
  await mkdir(join(folder, 'chapters'));
  await mkdir(join(folder, 'chapters', 'img'));
  const per = options.paragraphsPerSection ?? 3;
  const sections = options.sections ?? 2;
  await writeFile(
    join(folder, 'book.yaml'),
    [
      'title: "The harbour book"',
      'language: en',
      'author: Ada Example',
      'publisher: { name: Example Press, url: "https://example.org/" }',
      'date: "2024-03-01"',
      'identifier: "urn:colophon:test:harbour-book"',
      'dedication: dedication.md',
      'foreword: foreword.md',
      'preface: preface.md',
      'chapters: "chapters/*.md"',
      'acknowledgments: acknowledgments.md',
      'appendix: [appendix.md]',
      'glossary: glossary.md',
      '',
    ].join('\n'),
  );
  const division = (title: string, text: string) => `---\ntitle: "${title}"\n---\n\n${text}\n`;
  await writeFile(join(folder, 'dedication.md'), division('Dedication', 'For the people of the quay.'));
  await writeFile(join(folder, 'foreword.md'), division('Foreword', paragraph(9001)));
  await writeFile(join(folder, 'preface.md'), division('Preface', paragraph(9002)));
  await writeFile(join(folder, 'acknowledgments.md'), division('Acknowledgments', paragraph(9003)));
  await writeFile(join(folder, 'appendix.md'), division('Appendix: tide tables', paragraph(9004)));
  await writeFile(join(folder, 'glossary.md'), division('Glossary', 'Berth\n: a place where a ship is moored.\n\n' + paragraph(9005)));
  await writeFile(join(folder, 'chapters', 'img', 'crane.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60"><rect width="120" height="60" fill="#2c5d8a"/></svg>');
  const chapterTitles: string[] = [];
  let counter = 0;
  for (let chapter = 1; chapter <= options.chapters; chapter += 1) {
    const title = chapterTitle(chapter);
    chapterTitles.push(title);
    const body: string[] = [];
    for (let section = 1; section <= sections; section += 1) {
      body.push(`## Part ${section} of chapter ${chapter}`);
      for (let p = 0; p < per; p += 1) body.push(paragraph((counter += 1)) + (section === 1 && p === 0 ? `[^note]` : ''));
      if (section === 1) body.push(`![A blue band standing for the crane of chapter ${chapter}.](img/crane.svg "The crane, chapter ${chapter}. (Photo: Port authority)")`);
    }
    body.push(`[^note]: The ledger of chapter ${chapter} is kept at the harbour office.`);
    await writeFile(join(folder, 'chapters', `${String(chapter).padStart(2, '0')}.md`), `---\ntitle: "${title}"\n---\n\n${body.join('\n\n')}\n`);
  }
  return { folder, chapterTitles };
}
