declare module 'speech-rule-engine' {
  /** The part of speech-rule-engine Colophon uses (src/ingest/math/speech-engine.ts). */
  export function setupEngine(options: Record<string, unknown>): Promise<void>;
  export function engineSetup(): { locale?: string };
  export function toSpeech(mathml: string): string;
}
