/** Characters franc reads best at: the detector's threshold is set for windows of this size (see detect-language.ts). */
export const WINDOW = 300;
/** Windows read at most, spread over the whole text: the work is bounded whatever the text's size. */
export const MAX_WINDOWS = 12;
/** Raw text taken around each window of a long text, before markup is left out. */
const CHUNK = 4 * WINDOW;

export interface LanguageSample {
  /** Prose windows of about WINDOW characters, from the start, the middle and the end of the text. */
  windows: string[];
  /** Different words in the windows: few means the text repeats itself. */
  distinctWords: number;
}

/**
 * A bounded, representative sample of an article's prose for language detection: windows spread evenly over the
 * text (a 5 MB file is read in twelve places, never whole), with HTML tags, Markdown syntax, code and URLs left out.
 */
export function languageSample(text: string): LanguageSample {
  const windows = text.length <= CHUNK * MAX_WINDOWS
    ? spread(windowsOf(prose(text)), MAX_WINDOWS)
    : chunkStarts(text.length).map((start) => windowsOf(prose(text.slice(start, start + CHUNK)).replace(/^\S*\s/u, ''))[0] ?? '').filter(Boolean);
  const words = new Set(windows.join(' ').toLowerCase().match(/\p{L}+/gu) ?? []);
  return { windows, distinctWords: words.size };
}

function chunkStarts(length: number): number[] {
  const step = (length - CHUNK) / (MAX_WINDOWS - 1);
  return Array.from({ length: MAX_WINDOWS }, (_, index) => Math.round(index * step));
}

/** The text a reader reads: no code blocks, tags, URLs, link targets or Markdown punctuation. */
function prose(text: string): string {
  let inFence = false;
  const lines = text.split(/\r?\n/).filter((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      return false;
    }
    return !inFence && !/^( {4}|\t)/.test(line) && !/^\s*\|?[\s:|-]+\|?\s*$/.test(line);
  });
  return lines
    .join('\n')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/<[^<>]{0,500}>/g, ' ')
    .replace(/&[#a-z0-9]{1,10};/gi, ' ')
    .replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, ' ')
    .replace(/\b(?:https?|ftp|mailto|data|file):\S+/gi, ' ')
    .replace(/[#*_>|~[\]{}=\\$^]+/g, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Cuts prose into windows of about WINDOW characters, at spaces. */
function windowsOf(text: string): string[] {
  const windows: string[] = [];
  let rest = text;
  while (rest.length > 0) {
    if (rest.length <= WINDOW + 60) {
      windows.push(rest);
      break;
    }
    const cut = rest.lastIndexOf(' ', WINDOW);
    const end = cut > WINDOW / 2 ? cut : WINDOW;
    windows.push(rest.slice(0, end).trim());
    rest = rest.slice(end).trim();
  }
  return windows;
}

/** At most `count` of the items, evenly spread from first to last. */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, index) => items[Math.round((index * (items.length - 1)) / (count - 1))] as T);
}
