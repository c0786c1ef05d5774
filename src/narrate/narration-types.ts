/** What the caller asks of the narration (`publish({ narrate: true, ttsCommand })`, `colophon build --narrate`). */
export interface NarrationOptions {
  /**
   * The speech engine as a command template, run without a shell: `{lang}` (BCP 47 tag), `{voice}` (espeak-ng's
   * voice for it), `{out}` (the WAV file to write; without it the WAV is read from stdout) and `{text}` (a UTF-8
   * file holding the sentence; without it the sentence is written to stdin). Default: espeak-ng.
   */
  ttsCommand?: string;
  /** Sentences synthesised at once (default: the number of cores). */
  concurrency?: number;
  /** Who `media:narrator` names (default: the engine and its voice, said to be synthetic). */
  narrator?: string;
  /**
   * Audio already made, by speech text and voice: an audit-backed EPUB is built twice, and its second build
   * reuses the first's sentences instead of synthesising them again.
   */
  cache?: SpeechCache;
}

/** Synthesised sentences (WAV bytes) by engine, voice and text. */
export type SpeechCache = Map<string, Promise<Uint8Array>>;

/** One thing the overlay plays, in reading order. */
export type OverlayItem =
  | { kind: 'sentence'; id: string; speech: string }
  /** A page-break marker: in the overlay, silent and typed `pagebreak` so that reading systems can skip it. */
  | { kind: 'pagebreak'; id: string };

/** A content document whose text has been marked per sentence. */
export interface MarkedDocument {
  /** Path of the document in the package (the SMIL's `text` targets point into it). */
  href: string;
  items: OverlayItem[];
}

/** A clip of a document's audio file, in seconds from its start. */
export interface Clip {
  begin: number;
  end: number;
}

/** One content document's narration: its SMIL, its audio and how long it plays. */
export interface NarratedDocument {
  href: string;
  smilHref: string;
  smil: string;
  audioHref: string;
  audio: Uint8Array;
  /** Duration of the audio file, read from its MP3 frames. */
  duration: number;
}

export interface Narration {
  documents: NarratedDocument[];
  /** `media:narrator`. */
  narrator: string;
  /** The voice the engine was given (`{voice}`), e.g. `fr-fr`. */
  voice: string;
}
