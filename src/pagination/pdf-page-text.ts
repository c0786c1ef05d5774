import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api.js';

/** The words of one PDF page that belong to the article: running heads, folios, pictures and list numbers left out. */
export interface PdfPageText {
  /** 1-based page number. */
  page: number;
  /** The page's article text in content order, words separated by single spaces. */
  text: string;
  /** Pictures (marked content tagged `Figure`, counted by structure id) before the page's first word of text. */
  leadingFigures: number;
}

// Marked content whose text is not the article's: page furniture, the text drawn inside pictures, and
// list numbers (Chromium tags a list item's marker `Lbl`; CSS generates it, the markup has no such text).
const SKIPPED_TAGS = new Set(['Artifact', 'Figure', 'Lbl']);

/** Reads each page's text layer with pdf.js (no worker thread, no fonts loaded, no script evaluated). */
export async function pdfPageTexts(pdfBytes: Uint8Array): Promise<PdfPageText[]> {
  const task = getDocument({ data: new Uint8Array(pdfBytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  try {
    const pdf = await task.promise;
    const pages: PdfPageText[] = [];
    for (let page = 1; page <= pdf.numPages; page += 1) {
      const content = await (await pdf.getPage(page)).getTextContent({ includeMarkedContent: true });
      pages.push({ page, ...articleWordsOf(content.items) });
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

function articleWordsOf(items: ReadonlyArray<TextItem | TextMarkedContent>): Omit<PdfPageText, 'page'> {
  const open: string[] = [];
  let text = '';
  const leadingFigures = new Set<string>();
  for (const item of items) {
    if ('str' in item) {
      if (open.some((tag) => SKIPPED_TAGS.has(tag))) continue;
      text += item.str + (item.hasEOL ? ' ' : '');
    } else if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
      // pdf.js gives the marked-content tag (`/Artifact BMC`, `/P <<…>> BDC`) without declaring it in its types.
      const { tag = '', id } = item as TextMarkedContent & { tag?: string };
      open.push(tag);
      if (tag === 'Figure' && text.trim() === '') leadingFigures.add(id ?? `anonymous-${leadingFigures.size}`);
    } else if (item.type === 'endMarkedContent') {
      open.pop();
    }
  }
  return { text: text.replace(/\s+/g, ' ').trim(), leadingFigures: leadingFigures.size };
}
