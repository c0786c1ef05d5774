/**
 * The character encoding an HTML file declares in its first 1024 bytes
 * (`<meta charset="…">` or `<meta http-equiv="Content-Type" content="text/html; charset=…">`),
 * as a label TextDecoder knows; undefined when there is none or it is unknown.
 * As in the HTML standard's prescan, a UTF-16 declaration in bytes that are not UTF-16 means UTF-8.
 */
export function declaredHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024)).replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const label = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag)?.[1];
    if (!label) continue;
    try {
      const encoding = new TextDecoder(label.toLowerCase()).encoding;
      return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
