/**
 * WinAnsiEncoding (ISO 32000-1, Annex D.2): the glyph name of each code it defines, and the Unicode value of those
 * names (the Adobe Glyph List's, for these names), plus the `uniXXXX` and `uXXXX[XX]` names any font may use. The glyph
 * rules read simple fonts' codes through them; a name outside them is not resolved (the code is then not judged).
 */
const ASCII =
  'space exclam quotedbl numbersign dollar percent ampersand quotesingle parenleft parenright asterisk plus comma hyphen period slash ' +
  'zero one two three four five six seven eight nine colon semicolon less equal greater question at ' +
  'A B C D E F G H I J K L M N O P Q R S T U V W X Y Z bracketleft backslash bracketright asciicircum underscore grave ' +
  'a b c d e f g h i j k l m n o p q r s t u v w x y z braceleft bar braceright asciitilde';
/** 128–159; `-` where WinAnsi defines nothing. */
const WINDOWS =
  'Euro - quotesinglbase florin quotedblbase ellipsis dagger daggerdbl circumflex perthousand Scaron guilsinglleft OE - Zcaron - ' +
  '- quoteleft quoteright quotedblleft quotedblright bullet endash emdash tilde trademark scaron guilsinglright oe - zcaron Ydieresis';
const LATIN1 =
  'space exclamdown cent sterling currency yen brokenbar section dieresis copyright ordfeminine guillemotleft logicalnot hyphen registered macron ' +
  'degree plusminus twosuperior threesuperior acute mu paragraph periodcentered cedilla onesuperior ordmasculine guillemotright onequarter onehalf threequarters questiondown ' +
  'Agrave Aacute Acircumflex Atilde Adieresis Aring AE Ccedilla Egrave Eacute Ecircumflex Edieresis Igrave Iacute Icircumflex Idieresis ' +
  'Eth Ntilde Ograve Oacute Ocircumflex Otilde Odieresis multiply Oslash Ugrave Uacute Ucircumflex Udieresis Yacute Thorn germandbls ' +
  'agrave aacute acircumflex atilde adieresis aring ae ccedilla egrave eacute ecircumflex edieresis igrave iacute icircumflex idieresis ' +
  'eth ntilde ograve oacute ocircumflex otilde odieresis divide oslash ugrave uacute ucircumflex udieresis yacute thorn ydieresis';

/**
 * The Unicode values of 128–159 (0 where WinAnsi defines nothing); the other codes are their own. Spelt out because
 * Node's TextDecoder decodes windows-1252 as ISO 8859-1 (C1 controls) there.
 */
const WINDOWS_UNICODE = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

const NAMES: Array<string | undefined> = new Array(256).fill(undefined);
const UNICODE = new Map<string, number>();
for (const [first, list] of [[32, ASCII], [128, WINDOWS], [160, LATIN1]] as const) {
  list.split(' ').forEach((name, index) => {
    if (name === '-') return;
    const code = first + index;
    NAMES[code] = name;
    if (!UNICODE.has(name)) UNICODE.set(name, code >= 128 && code < 160 ? WINDOWS_UNICODE[code - 128]! : code);
  });
}

/** The glyph name WinAnsiEncoding gives a code, if any. */
export function winAnsiName(code: number): string | undefined {
  return NAMES[code];
}

/** The Unicode value of a glyph name: a WinAnsi name, `uniXXXX` or `uXXXX`–`uXXXXXX`; undefined otherwise. */
export function unicodeOfGlyphName(name: string): number | undefined {
  const known = UNICODE.get(name);
  if (known !== undefined) return known;
  const hex = /^uni([0-9A-F]{4})$/.exec(name)?.[1] ?? /^u([0-9A-F]{4,6})$/.exec(name)?.[1];
  return hex === undefined ? undefined : Number.parseInt(hex, 16);
}
