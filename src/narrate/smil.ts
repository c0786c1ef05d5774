import { escapeXml } from '../markup/escape.js';
import type { Clip, OverlayItem } from './narration-types.js';

export interface SmilSource {
  /** The content document, as the SMIL file refers to it (relative to the SMIL file). */
  textHref: string;
  /** The audio file, relative to the SMIL file. */
  audioHref: string;
  items: readonly OverlayItem[];
  /** The clip of each sentence, by sentence id. */
  clips: ReadonlyMap<string, Clip>;
}

/**
 * An EPUB 3 Media Overlay document: one `par` per sentence (its text in the document, its clip of the audio),
 * and one per page-break marker, typed `pagebreak` and without audio, so that a reading system can skip it
 * and Ace finds every page break the overlay names marked as one.
 */
export function renderSmil(source: SmilSource): string {
  const pars = source.items.map((item, index) => {
    const text = `<text src="${escapeXml(`${source.textHref}#${item.id}`)}"/>`;
    if (item.kind === 'pagebreak') return `<par id="par-${index + 1}" epub:type="pagebreak">${text}</par>`;
    const clip = source.clips.get(item.id);
    if (!clip) return '';
    const audio = `<audio src="${escapeXml(source.audioHref)}" clipBegin="${clockValue(clip.begin)}" clipEnd="${clockValue(clip.end)}"/>`;
    return `<par id="par-${index + 1}">${text}${audio}</par>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<smil xmlns="http://www.w3.org/ns/SMIL" xmlns:epub="http://www.idpf.org/2007/ops" version="3.0">
<body>
${pars.filter(Boolean).join('\n')}
</body>
</smil>
`;
}

/** A SMIL timecount in seconds with milliseconds, rounded down so that a clip never ends after its audio: `12.345s`. */
export function clockValue(seconds: number): string {
  return `${(Math.floor(seconds * 1000 + 1e-6) / 1000).toFixed(3)}s`;
}

/** A full clock value as `media:duration` takes it, milliseconds rounded down: `0:01:02.345`. */
export function mediaDuration(seconds: number): string {
  const milliseconds = Math.floor(seconds * 1000 + 1e-6);
  const hours = Math.floor(milliseconds / 3_600_000);
  const minutes = Math.floor((milliseconds % 3_600_000) / 60_000);
  const rest = ((milliseconds % 60_000) / 1000).toFixed(3).padStart(6, '0');
  return `${hours}:${String(minutes).padStart(2, '0')}:${rest}`;
}
