import { ColophonError } from '../errors.js';

/** The placeholders a speech command template may use (see `NarrationOptions.ttsCommand`). */
export interface CommandValues {
  lang: string;
  voice: string;
  out: string;
  text: string;
}

const PLACEHOLDER = /\{(lang|voice|out|text)\}/g;

/**
 * Splits a command template into argv as a shell would split words — white space separates them, single quotes
 * keep everything literal, double quotes and a backslash keep spaces — but with nothing else a shell does:
 * no variables, globs, pipes or redirections. The command is run without a shell.
 */
export function splitCommandTemplate(template: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: "'" | '"' | undefined;
  for (let index = 0; index < template.length; index += 1) {
    const character = template[index]!;
    if (quote) {
      if (character === quote) quote = undefined;
      else if (character === '\\' && quote === '"' && /["\\]/.test(template[index + 1] ?? '')) word = (word ?? '') + template[++index];
      else word = (word ?? '') + character;
    } else if (/\s/.test(character)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (character === "'" || character === '"') {
      quote = character;
      word ??= '';
    } else if (character === '\\' && index + 1 < template.length) {
      word = (word ?? '') + template[++index];
    } else {
      word = (word ?? '') + character;
    }
  }
  if (quote) throw invalid(template, `a ${quote} quote is not closed`);
  if (word !== undefined) words.push(word);
  if (words.length === 0) throw invalid(template, 'it is empty');
  return words;
}

/** Which placeholders the template uses: without `{text}` the sentence goes to stdin, without `{out}` the WAV comes from stdout. */
export function placeholdersOf(argv: readonly string[]): Set<keyof CommandValues> {
  return new Set(argv.flatMap((word) => [...word.matchAll(PLACEHOLDER)].map((match) => match[1] as keyof CommandValues)));
}

/** The argv with each placeholder replaced inside its word: a value is always part of one argument, whatever it holds. */
export function fillCommand(argv: readonly string[], values: CommandValues): string[] {
  return argv.map((word) => word.replace(PLACEHOLDER, (_, name: keyof CommandValues) => values[name]));
}

function invalid(template: string, reason: string): ColophonError {
  return new ColophonError('OPTIONS_INVALID', `The speech command "${template}" cannot be used: ${reason}.`, {
    hint: 'Give a command such as `espeak-ng -v {voice} -w {out}` (text on stdin) or `my-tts --lang {lang} --in {text} --out {out}`.',
  });
}
