import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { ColophonError } from '../errors.js';
import { makeScratchFolder, removeScratchFolder } from '../owned-temp/scratch-folder.js';
import { fillCommand } from './command-template.js';
import { encodeMp3, mp3Duration } from './mp3.js';
import type { Clip, MarkedDocument, NarratedDocument, Narration, NarrationOptions, SpeechCache } from './narration-types.js';
import { runCommand } from './run-command.js';
import { ESPEAK_INSTALL_HINT, type SpeechEngine, speechEngineFor } from './speech-engine.js';
import { renderSmil } from './smil.js';
import { type PcmAudio, type PcmFormat, readWav, sameFormat, sampleFrames, writeWav } from './wav.js';

/** Silence between two sentences, in seconds: a breath, and a gap the highlight can move in. */
const PAUSE_SECONDS = 0.15;
/** Longest a speech engine may take over one sentence. */
const SENTENCE_TIMEOUT_MS = 120_000;

/**
 * Speaks every sentence of the marked documents in `language` — sentences synthesised in parallel, at most
 * `concurrency` at once — and gives each document one MP3 (its sentences end to end, a short pause between)
 * and a SMIL overlay whose clips come from the sample counts put together. Documents without a sentence get none.
 * Audio files are `audio/<name>.mp3`, overlays `<name>.smil`, both beside the documents' folder.
 */
export async function narrateDocuments(documents: readonly MarkedDocument[], language: string, options: NarrationOptions = {}): Promise<Narration> {
  const engine = await speechEngineFor(language, options);
  const cache: SpeechCache = options.cache ?? new Map();
  const workDirectory = await makeScratchFolder('narration');
  try {
    const texts = [...new Set(documents.flatMap((document) => document.items.flatMap((item) => (item.kind === 'sentence' ? [item.speech] : []))))];
    const audio = new Map<string, Promise<Uint8Array>>();
    let made = 0;
    await forEachBounded(texts, Math.max(1, options.concurrency ?? availableParallelism()), async (text) => {
      const key = [...engine.argv, engine.voice, text].join('\u0000');
      let speech = cache.get(key);
      if (!speech) {
        speech = synthesise(engine, text, join(workDirectory, String((made += 1))));
        cache.set(key, speech);
      }
      audio.set(text, speech);
      await speech;
    });
    const narrated: NarratedDocument[] = [];
    for (const document of documents) {
      const sentences = document.items.flatMap((item) => (item.kind === 'sentence' ? [item] : []));
      if (sentences.length === 0) continue;
      const pcm = await Promise.all(sentences.map(async (sentence) => readWav(await audio.get(sentence.speech)!, `"${sentence.speech.slice(0, 60)}"`)));
      const { joined, clips } = joinSentences(pcm, sentences.map((sentence) => sentence.id));
      const mp3 = await encodeMp3(writeWav(joined), joined.format.sampleRate);
      const name = document.href.replace(/\.x?html$/, '');
      const audioHref = `audio/${name}.mp3`;
      narrated.push({
        href: document.href,
        smilHref: `${name}.smil`,
        smil: renderSmil({ textHref: document.href, audioHref, items: document.items, clips }),
        audioHref,
        audio: mp3,
        duration: mp3Duration(mp3),
      });
    }
    return { documents: narrated, narrator: engine.narrator, voice: engine.voice };
  } finally {
    await removeScratchFolder(workDirectory);
  }
}

/** Runs the engine on one sentence: text in (stdin or `{text}`), WAV out (`{out}` or stdout). */
async function synthesise(engine: SpeechEngine, text: string, base: string): Promise<Uint8Array> {
  const files = { text: `${base}.txt`, out: `${base}.wav` };
  if (engine.textFile) await writeFile(files.text, text, 'utf8');
  const argv = fillCommand(engine.argv, { lang: engine.language, voice: engine.voice, ...files });
  const stdout = await runCommandForSpeech(argv, engine.textFile ? '' : text);
  return engine.outFile ? new Uint8Array(await readFile(files.out).catch(() => missingOutput(argv[0]!, files.out))) : stdout;
}

function runCommandForSpeech(argv: string[], stdin: string): Promise<Uint8Array> {
  return runCommand(argv, { stdin, timeoutMs: SENTENCE_TIMEOUT_MS, purpose: 'the speech engine', installHint: ESPEAK_INSTALL_HINT });
}

function missingOutput(program: string, path: string): never {
  throw new ColophonError('NARRATION_FAILED', `The speech engine "${program}" exited without writing ${path}.`, {
    hint: 'The command must write a WAV file where {out} says (or to stdout when the template has no {out}).',
  });
}

/** The sentences' samples end to end with a pause between, and each sentence's clip (from the sample counts). */
function joinSentences(sentences: readonly PcmAudio[], ids: readonly string[]): { joined: PcmAudio; clips: Map<string, Clip> } {
  const format: PcmFormat = sentences[0]!.format;
  const frameBytes = format.channels * (format.bitsPerSample / 8);
  const pause = new Uint8Array(Math.round(PAUSE_SECONDS * format.sampleRate) * frameBytes);
  const clips = new Map<string, Clip>();
  const parts: Uint8Array[] = [];
  let frames = 0;
  sentences.forEach((sentence, index) => {
    if (!sameFormat(sentence.format, format)) {
      throw new ColophonError('NARRATION_FAILED', 'The speech engine wrote sentences of one document in different audio formats.', {
        hint: 'Make the engine write every sentence at the same sample rate and channel count.',
      });
    }
    if (index > 0) {
      parts.push(pause);
      frames += pause.length / frameBytes;
    }
    const length = sampleFrames(sentence);
    clips.set(ids[index]!, { begin: frames / format.sampleRate, end: (frames + length) / format.sampleRate });
    parts.push(sentence.data);
    frames += length;
  });
  const data = new Uint8Array(frames * frameBytes);
  let offset = 0;
  for (const part of parts) {
    data.set(part, offset);
    offset += part.length;
  }
  return { joined: { format, data }, clips };
}

/** Runs `work` on every item, at most `limit` at once. */
async function forEachBounded<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
