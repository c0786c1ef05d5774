import { basename } from 'node:path';
import { ColophonError } from '../errors.js';
import { placeholdersOf, splitCommandTemplate } from './command-template.js';
import type { NarrationOptions } from './narration-types.js';
import { runCommand } from './run-command.js';

/** The speech engine for one book: the command to run per sentence, with the voice it is given. */
export interface SpeechEngine {
  /** The command template's words, placeholders unfilled. */
  argv: string[];
  language: string;
  /** `{voice}`: espeak-ng's voice for the language (`fr-fr`, `en-gb`), or the language tag in lower case for another engine. */
  voice: string;
  /** `media:narrator`. */
  narrator: string;
  /** The sentence goes in a file named by `{text}` (else on stdin). */
  textFile: boolean;
  /** The WAV is written to `{out}` (else read from stdout). */
  outFile: boolean;
}

/** espeak-ng reads UTF-8 text on stdin and writes a WAV file (22 050 Hz, 16-bit, mono). */
export const DEFAULT_SPEECH_COMMAND = 'espeak-ng -v {voice} -b 1 -w {out} --stdin';
export const ESPEAK_INSTALL_HINT = 'Install espeak-ng (Debian/Ubuntu: sudo apt-get install -y espeak-ng, or bash scripts/install-system-deps.sh), or pass --tts-command.';

/** Reads the command template and, for espeak-ng, asks it which voice speaks `language` (BCP 47). */
export async function speechEngineFor(language: string, options: NarrationOptions): Promise<SpeechEngine> {
  const argv = splitCommandTemplate(options.ttsCommand ?? DEFAULT_SPEECH_COMMAND);
  const placeholders = placeholdersOf(argv);
  const program = basename(argv[0]!);
  const isEspeak = /^espeak(-ng)?$/.test(program);
  const espeakVoice = isEspeak ? await espeakVoiceFor(argv[0]!, language) : undefined;
  const voice = espeakVoice?.language ?? language.toLowerCase();
  const narrator = options.narrator?.trim() || (espeakVoice ? `eSpeak NG, ${espeakVoice.name} (synthetic voice)` : `${program} (synthetic voice)`);
  return { argv, language, voice, narrator, textFile: placeholders.has('text'), outFile: placeholders.has('out') };
}

interface EspeakVoice {
  /** What `-v` takes: `fr-fr`. */
  language: string;
  /** `French (France)`. */
  name: string;
}

/**
 * The first of espeak-ng's own voices (not an MBROLA one, whose data Debian ships apart) that `espeak-ng --voices=<tag>`
 * lists for the tag, else for its language alone (`fr-CA` → `fr`); espeak-ng lists them best first.
 */
async function espeakVoiceFor(program: string, language: string): Promise<EspeakVoice> {
  const primary = language.split('-')[0]!;
  for (const tag of [language.toLowerCase(), primary.toLowerCase()]) {
    const listing = new TextDecoder().decode(await runCommand([program, `--voices=${tag}`], { timeoutMs: 30_000, purpose: 'the speech engine', installHint: ESPEAK_INSTALL_HINT }));
    const voice = parseVoiceListing(listing)[0];
    if (voice) return voice;
  }
  throw new ColophonError('NARRATION_FAILED', `espeak-ng has no voice for the article's language "${language}".`, {
    hint: 'See `espeak-ng --voices` for the languages it speaks, or pass --tts-command with an engine that speaks this one.',
  });
}

/** Rows of `espeak-ng --voices`: `Pty Language Age/Gender VoiceName File Other Languages`. */
export function parseVoiceListing(listing: string): EspeakVoice[] {
  return listing
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter((columns) => columns.length >= 5 && !columns[4]!.startsWith('mb/'))
    .map((columns) => ({ language: columns[1]!, name: columns[3]!.replace(/_/g, ' ') }));
}
