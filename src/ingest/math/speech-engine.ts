import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * speech-rule-engine, set up for Node once: its rule files (one JSON file a language, shipped in the package) are read
 * from the package's own folder by Colophon's loader, so the engine never reaches for a URL. It is one engine with one
 * language at a time, so requests are served one after another.
 */
interface SpeechRuleEngine {
  setupEngine(options: Record<string, unknown>): Promise<void>;
  engineSetup(): { locale?: string };
  toSpeech(mathml: string): string;
}

const MATH_MAPS = join(dirname(createRequire(import.meta.url).resolve('speech-rule-engine/package.json')), 'lib', 'mathmaps');

/** The languages the engine speaks (its rule files, `base` and the braille codes aside). */
export const SPEECH_LANGUAGES: ReadonlySet<string> = new Set(
  readdirSync(MATH_MAPS)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .filter((name) => !['base', 'nemeth', 'euro'].includes(name)),
);

/** Reads a rule file from the package: the only way the engine gets one (no URL is ever tried). */
async function loadLocale(locale: string): Promise<string> {
  if (!/^[a-z]{2,8}$/.test(locale)) throw new Error(`no rule file for ${locale}`);
  return readFileSync(join(MATH_MAPS, `${locale}.json`), 'utf8');
}

let engine: Promise<SpeechRuleEngine> | undefined;
let queue: Promise<unknown> = Promise.resolve();

async function loadEngine(): Promise<SpeechRuleEngine> {
  const module = (await import('speech-rule-engine')) as unknown as SpeechRuleEngine & { default?: SpeechRuleEngine };
  const sre = module.default ?? module;
  await sre.setupEngine({ custom: loadLocale, locale: 'en', domain: 'clearspeak', modality: 'speech', markup: 'none' });
  return sre;
}

/**
 * Speaks each MathML expression in `language` (its primary subtag; English where the engine has no rules for it).
 * Returns, in order, the spoken text or undefined when the engine could not read an expression.
 */
export function speakMath(expressions: readonly string[], language: string): Promise<{ language: string; spoken: (string | undefined)[] }> {
  const wanted = language.toLowerCase().split('-')[0] ?? 'en';
  const locale = SPEECH_LANGUAGES.has(wanted) ? wanted : 'en';
  const run = queue.then(async () => {
    engine ??= loadEngine();
    const sre = await engine;
    await sre.setupEngine({ locale, domain: 'clearspeak', modality: 'speech' });
    // No await from here on: the engine's language cannot change while these are spoken.
    const spoken = expressions.map((mathml) => {
      try {
        const text = sre.toSpeech(mathml).replace(/\s+/g, ' ').trim();
        return text === '' ? undefined : text;
      } catch {
        return undefined;
      }
    });
    return { language: sre.engineSetup().locale ?? locale, spoken };
  });
  queue = run.catch(() => undefined);
  return run;
}
