import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillCommand, splitCommandTemplate } from '../../src/narrate/command-template.js';
import { narrateDocuments, speechEngineFor } from '../../src/narrate/index.js';
import { readWav } from '../../src/narrate/wav.js';
import { commandWorks, requireTool, type SkippableContext } from '../support/require-tool.js';

const FAKE_TTS = join(import.meta.dirname, '../fixtures/narrate/fake-tts.mjs');
const espeak = async (context: SkippableContext) => requireTool(context, { name: 'espeak-ng', available: await commandWorks('espeak-ng', ['--version']), install: 'apt-get install espeak-ng' });
const lame = async (context: SkippableContext) => requireTool(context, { name: 'lame', available: await commandWorks('lame', ['--version']), install: 'apt-get install lame' });

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'colophon-tts-test-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function logOf(name: string): Promise<Array<{ args: string[]; text: string }>> {
  return (await readFile(join(work, name), 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as { args: string[]; text: string });
}

describe('speech command templates', () => {
  it('split like shell words, with no expansion, and fill placeholders inside one argument', () => {
    expect(splitCommandTemplate(`tts --voice "{voice} x" 'a $HOME b' c\\ d {out}`)).toEqual(['tts', '--voice', '{voice} x', 'a $HOME b', 'c d', '{out}']);
    expect(fillCommand(['tts', '--out={out}', '{lang}'], { lang: 'fr', voice: 'fr-fr', out: '/tmp/a b.wav', text: '' })).toEqual(['tts', '--out=/tmp/a b.wav', 'fr']);
    expect(() => splitCommandTemplate('tts "open')).toThrow(/quote is not closed/);
    expect(() => splitCommandTemplate('   ')).toThrow(/empty/);
  });

  it('run without a shell: the text reaches the engine verbatim on stdin, and $VARS and ; stay literal', async (context) => {
    await lame(context);
    const log = join(work, 'stdin.log');
    const hostile = 'Texte ; rm -rf / $(touch pwned) `id` $HOME.';
    await narrateDocuments([{ href: 'a.xhtml', items: [{ kind: 'sentence', id: 's-1', speech: hostile }] }], 'fr', {
      ttsCommand: `node ${FAKE_TTS} ${log} '$HOME;echo' {lang} --out {out}`,
    });
    const [call] = await logOf('stdin.log');
    // With `shell: true` in run-command.ts, '$HOME;echo' would be expanded and split: this fails.
    expect(call!.args).toEqual(['$HOME;echo', 'fr', '--out', expect.stringMatching(/\.wav$/)]);
    expect(call!.text).toBe(hostile);
  });

  it('take the text from a {text} file and the WAV from stdout when the template has no {out}', async (context) => {
    await lame(context);
    const log = join(work, 'file.log');
    const narration = await narrateDocuments([{ href: 'a.xhtml', items: [{ kind: 'sentence', id: 's-1', speech: 'Une phrase.' }, { kind: 'sentence', id: 's-2', speech: 'Deux.' }] }], 'en-GB', {
      ttsCommand: `node ${FAKE_TTS} ${log} --in {text} --lang {lang} --voice {voice}`,
      concurrency: 1,
    });
    const calls = await logOf('file.log');
    expect(calls.map((call) => call.text)).toEqual(['Une phrase.', 'Deux.']);
    expect(calls[0]!.args.slice(2)).toEqual(['--lang', 'en-GB', '--voice', 'en-gb']);
    expect(narration.narrator).toBe('node (synthetic voice)');
    expect(narration.documents[0]!.smil).toContain('clipBegin="0.000s" clipEnd="0.220s"');
  });

  it('fail with NARRATION_FAILED and a hint when the engine is missing', async () => {
    await expect(narrateDocuments([{ href: 'a.xhtml', items: [{ kind: 'sentence', id: 's-1', speech: 'x' }] }], 'fr', { ttsCommand: 'colophon-no-such-tts {out}' })).rejects.toMatchObject({
      code: 'NARRATION_FAILED',
      hint: expect.stringContaining('espeak-ng'),
    });
  });
});

describe('espeak-ng voices', () => {
  // The voice is read from the command Colophon runs (its `-v` argument), then that very command is run.
  it.for([
    ['fr', 'fr-fr', 'French (France)'],
    ['en', 'en-gb', 'English (Great Britain)'],
    ['en-US', 'en-us', 'English (America)'],
    ['fr-CA', 'fr-fr', 'French (France)'],
  ] as const)('%s gets the voice %s', async ([language, voice, name], context) => {
    await espeak(context);
    const engine = await speechEngineFor(language, {});
    const out = join(work, `${language}.wav`);
    const argv = fillCommand(engine.argv, { lang: language, voice: engine.voice, out, text: '' });
    expect(argv.slice(0, 3)).toEqual(['espeak-ng', '-v', voice]);
    expect(engine.narrator).toBe(`eSpeak NG, ${name} (synthetic voice)`);
    execFileSync(argv[0]!, argv.slice(1), { input: 'Bonjour, hello 2023.' });
    expect(readWav(new Uint8Array(await readFile(out)), language).data.length).toBeGreaterThan(0);
  });

  it('a language espeak-ng does not speak is an error that says so', async (context) => {
    await espeak(context);
    await expect(speechEngineFor('tlh', {})).rejects.toMatchObject({ code: 'NARRATION_FAILED', message: expect.stringContaining('no voice') });
  });
});
