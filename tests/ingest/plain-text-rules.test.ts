import { describe, expect, it } from 'vitest';
import { parseCaptionLine } from '../../src/ingest/plain-text/caption-rule.js';
import { classifyTrailingLine, leftoverStart } from '../../src/ingest/plain-text/leftover-rule.js';
import { readPlainText } from '../../src/ingest/plain-text/read-plain-text.js';

describe('caption rule', () => {
  it.each([
    ['Le ministre à Paris, le 2 mars. (Source : AFP) |', 'Le ministre à Paris, le 2 mars.', 'Source', 'AFP'],
    ['The minister in Rome. (Photo: Reuters)', 'The minister in Rome.', 'Photo', 'Reuters'],
    ['Vue du port. (Crédit : Ville de Bastia)', 'Vue du port.', 'Crédit', 'Ville de Bastia'],
    ['Flooded streets on Monday. Photo: Jane Roe |', 'Flooded streets on Monday.', 'Photo', 'Jane Roe'],
  ])('%s', (line, caption, label, name) => {
    expect(parseCaptionLine(line)).toEqual({ caption, credit: { label, name } });
  });

  it('reads a bare trailing pipe as a caption whose credit was lost', () => {
    expect(parseCaptionLine('A crowd in the square. |')).toEqual({ caption: 'A crowd in the square.' });
  });

  it('leaves ordinary sentences alone, even with a colon or parentheses', () => {
    expect(parseCaptionLine('Selon la source : le ministère a confirmé.')).toBeUndefined();
    expect(parseCaptionLine('The Organization (OSCE) said so.')).toBeUndefined();
  });
});

describe('leftover rule', () => {
  it.each(['Source', 'Comment (0)', 'Comments (12)', 'Commentaires (3)', 'Share', 'Partager', 'Read more', 'Lire la suite', 'We use cookies to improve your experience.'])(
    'drops "%s"',
    (line) => expect(classifyTrailingLine(line)).toBe('leftover'),
  );

  it('calls a short unpunctuated line unsure, and a sentence text', () => {
    expect(classifyTrailingLine('Newsletter')).toBe('unsure');
    expect(classifyTrailingLine('The ministers will meet again in June.')).toBe('text');
  });

  it('only strips the trailing run: a "Source" line inside the body stays', () => {
    expect(leftoverStart(['Body.', 'Source', 'More body text here.', 'Source', 'Comment (0)'])).toBe(3);
  });
});

describe('plain-text reader', () => {
  it('takes line 1 as standfirst, finds captions anywhere and drops leftovers', () => {
    const article = readPlainText('Lead line.\r\nFirst paragraph.\nA caption. (Photo : X) |\n\nSecond paragraph.\nShare\nComment (0)\n');
    expect(article.standfirst).toBe('Lead line.');
    expect(article.blocks.map((block) => block.kind)).toEqual(['paragraph', 'caption', 'paragraph']);
    expect(article.dropped).toEqual(['Share', 'Comment (0)']);
  });
});
