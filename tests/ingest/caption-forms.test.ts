import { describe, expect, it } from 'vitest';
import { parseCaption, parseCaptionLine, parseCreditText } from '../../src/ingest/plain-text/caption-rule.js';
import { classifyTrailingLine } from '../../src/ingest/plain-text/leftover-rule.js';
import { readPlainText } from '../../src/ingest/plain-text/read-plain-text.js';

describe('caption lines in plain text: every credit form, French and English', () => {
  it.each([
    ['(Source : X), French', 'Les chars de la KFOR près de Mitrovica, en mai. (Source : OTAN)', 'Les chars de la KFOR près de Mitrovica, en mai.', 'Source', 'OTAN'],
    ['(Source: X), English', 'Tanks near the border in May. (Source: NATO)', 'Tanks near the border in May.', 'Source', 'NATO'],
    ['(Photo : X), French', 'La maire coupe le ruban. (Photo : Jean-Paul Santoni)', 'La maire coupe le ruban.', 'Photo', 'Jean-Paul Santoni'],
    ['(Photo: X), English', 'The mayor cuts the ribbon. (Photo: Jane Roe)', 'The mayor cuts the ribbon.', 'Photo', 'Jane Roe'],
    ['(Crédit : X), French', 'Le chantier vu du ciel. (Crédit : Collectivité de Corse)', 'Le chantier vu du ciel.', 'Crédit', 'Collectivité de Corse'],
    ['(Credit: X), English', 'The site from the air. (Credit: County Council)', 'The site from the air.', 'Credit', 'County Council'],
    ['Photo : X |, French', 'Des manifestants devant la préfecture. Photo : AFP |', 'Des manifestants devant la préfecture.', 'Photo', 'AFP'],
    ['Photo: X |, English', 'Protesters outside the town hall. Photo: PA |', 'Protesters outside the town hall.', 'Photo', 'PA'],
    ['Photo : X without a pipe, French', 'Le port de Bastia au lever du jour. Photo : Marie Dupont', 'Le port de Bastia au lever du jour.', 'Photo', 'Marie Dupont'],
    ['Photo: X without a pipe, English', 'Bastia harbour at sunrise. Photo: Tom Baker', 'Bastia harbour at sunrise.', 'Photo', 'Tom Baker'],
    ['(Source : X) |, French', 'Le secrétaire général adjoint, le 14 juin. (Source : OTAN) |', 'Le secrétaire général adjoint, le 14 juin.', 'Source', 'OTAN'],
    ['(Crédit photo : X) |, French', 'Le nouveau quai. (Crédit photo : Ville de Bastia) |', 'Le nouveau quai.', 'Crédit photo', 'Ville de Bastia'],
  ])('%s', (_form, line, caption, label, name) => {
    expect(parseCaptionLine(line)).toEqual({ caption, credit: { label, name } });
  });

  it.each([
    ['French', 'Une foule sur la place du marché. |', 'Une foule sur la place du marché.'],
    ['English', 'A crowd in the market square. |', 'A crowd in the market square.'],
  ])('a bare trailing pipe (%s) is a caption whose credit was lost', (_language, line, caption) => {
    expect(parseCaptionLine(line)).toEqual({ caption });
  });

  it.each([
    'Selon la source : le ministère a confirmé.',
    'Les chiffres sont clairs. Source : Insee',
    'The Organization (OSCE) said so.',
    'He said: photo: none of that.',
    'Il a pris la photo : elle est floue.',
  ])('leaves prose alone: "%s"', (line) => {
    expect(parseCaptionLine(line)).toBeUndefined();
  });

  it('a caption line without an image stays a paragraph with its credit', () => {
    const article = readPlainText('Lead.\nBody text here.\nThe square at noon. (Photo: Jane Roe)\n');
    expect(article.blocks[1]).toMatchObject({ kind: 'caption', line: 'The square at noon. (Photo: Jane Roe)' });
  });
});

describe('figcaptions and credit elements (web pages)', () => {
  it('reads a trailing credit in a figcaption, with or without label', () => {
    expect(parseCaption('Le quai au matin | Photo : Anne Martin')).toEqual({ caption: 'Le quai au matin', credit: { label: 'Photo', name: 'Anne Martin' } });
    expect(parseCaption('Sandbags on the high street. © Riverside Gazette')).toEqual({ caption: 'Sandbags on the high street.', credit: { name: '© Riverside Gazette' } });
    expect(parseCaption('Just a caption.')).toEqual({ caption: 'Just a caption.' });
  });

  it('reads a credit element’s text', () => {
    expect(parseCreditText('Photo : Jean-Paul Santoni')).toEqual({ label: 'Photo', name: 'Jean-Paul Santoni' });
    expect(parseCreditText('(Crédit : AFP)')).toEqual({ label: 'Crédit', name: 'AFP' });
    expect(parseCreditText(' © Reuters ')).toEqual({ name: '© Reuters' });
  });
});

describe('leftover lines, French and English', () => {
  it.each([
    'Source', 'Sources :', 'Comment (0)', 'Comments (12)', 'Commentaires (3)', '4 commentaires', 'Share', 'Partager', 'Partager sur Facebook', 'Share on X',
    'Read more', 'Lire la suite', 'Lire aussi :', 'Voir aussi', 'Publicité', 'Advertisement',
    'We use cookies to improve your experience.', 'Nous utilisons des cookies pour mesurer l’audience.', 'Accepter les cookies', 'Manage cookies',
    'Subscribe to our newsletter', 'Abonnez-vous à notre newsletter !', 'Inscrivez-vous à notre newsletter pour ne rien manquer.', 'Sign up for our newsletter today.',
  ])('drops "%s"', (line) => expect(classifyTrailingLine(line)).toBe('leftover'));

  it.each(['Newsletter', 'Mentions légales', 'Tags'])('is unsure about "%s" (kept, with a warning)', (line) => {
    expect(classifyTrailingLine(line)).toBe('unsure');
    const article = readPlainText(`Lead.\nThe body, complete.\n${line}\n`);
    expect(article.warnings.map((warning) => warning.code)).toEqual(['LEFTOVER_UNSURE']);
    expect(article.blocks.at(-1)).toEqual({ kind: 'paragraph', text: line });
  });

  it('keeps real last sentences in both languages', () => {
    expect(classifyTrailingLine('Les ministres se retrouveront en juin.')).toBe('text');
    expect(classifyTrailingLine('The ministers will meet again in June.')).toBe('text');
  });
});
