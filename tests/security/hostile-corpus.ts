/**
 * Hostile inputs: classic XSS filter-evasion vectors, mXSS through math/svg/noscript, javascript: in
 * many spellings, <base>, meta refresh, remote CSS and @import, tracking pixels in srcset/poster/background,
 * iframes and objects pointing at file:///etc/passwd or a local server. `{{server}}` is the recording server.
 */
export const HOSTILE_VECTORS: readonly string[] = [
  '<script>fetch("{{server}}/script")</script>',
  '<img src=x onerror="fetch(\'{{server}}/onerror\')">',
  '<img src="{{server}}/pixel.gif" alt="tracker">',
  '<img srcset="{{server}}/srcset.png 2x" alt="srcset">',
  '<picture><source srcset="{{server}}/picture.png"><img src="images/none.png" alt="p"></picture>',
  '<video poster="{{server}}/poster.png"><source src="{{server}}/video.mp4"></video>',
  '<audio src="{{server}}/audio.mp3" autoplay></audio>',
  '<table background="{{server}}/background.png"><tr><td>cell</td></tr></table>',
  '<body background="{{server}}/body.png">',
  '<div style="background:url({{server}}/style-url.png)">styled</div>',
  '<style>@import url("{{server}}/import.css"); p { background: url({{server}}/style-bg.png) }</style>',
  '<link rel="stylesheet" href="{{server}}/link.css">',
  '<link rel="prefetch" href="{{server}}/prefetch">',
  '<base href="{{server}}/base/">',
  '<meta http-equiv="refresh" content="0;url={{server}}/refresh">',
  '<iframe src="{{server}}/iframe"></iframe>',
  '<iframe src="file:///etc/passwd"></iframe>',
  '<iframe srcdoc="<script>fetch(\'{{server}}/srcdoc\')</script>"></iframe>',
  '<object data="file:///etc/passwd"></object>',
  '<object data="{{server}}/object"></object>',
  '<embed src="{{server}}/embed">',
  '<img src="file:///etc/passwd" alt="passwd">',
  '<a href="javascript:alert(1)">js1</a>',
  '<a href="JaVaScRiPt:alert(1)">js2</a>',
  '<a href="jav&#x09;ascript:alert(1)">js3</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">js4</a>',
  '<a href=" javascript:alert(1)">js5</a>',
  '<a href="vbscript:msgbox(1)">vb</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
  '<svg><script>fetch("{{server}}/svg-script")</script></svg>',
  '<svg><image href="{{server}}/svg-image.png"/></svg>',
  '<svg onload="fetch(\'{{server}}/svg-onload\')"></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror="fetch(\'{{server}}/mxss1\')">',
  '<math><mi xlink:href="javascript:alert(1)">m</mi></math>',
  '<noscript><p title="</noscript><img src=x onerror=fetch(\'{{server}}/mxss2\')>">',
  '<form action="{{server}}/form"><input name="q"><button>go</button></form>',
  '<input type="image" src="{{server}}/input-image.png">',
  '<p onmouseover="fetch(\'{{server}}/mouse\')">hover</p>',
  '<a href="{{server}}/link-only">a plain link is kept but never followed</a>',
  '<details open ontoggle="fetch(\'{{server}}/toggle\')"><summary>s</summary></details>',
  '<img src="images/figure-1.svg" alt="x" onload="fetch(\'{{server}}/asset-onload\')">',
  '<template><img src="{{server}}/template.png"></template>',
  '<xmp><img src="{{server}}/xmp.png"></xmp>',
  '<![CDATA[<img src="{{server}}/cdata.png">]]>',
  '<!--<img src="{{server}}/comment.png">-->',
];

/** The article's own text, which must come through the sanitizer intact. */
export const ARTICLE_TEXT = 'Cette phrase de l’article doit survivre à tout le reste.';

/**
 * What makes Chromium open a connection before request interception can refuse anything (issue #18 item 4):
 * the audit gets these as they are (no sanitizer in front of `colophon audit`). Written as well-formed XML
 * so that an EPUB's XHTML documents carry them too. `observable`: an accept-level listener on loopback sees
 * a connection when the renderer's defences are off (checked by the controls); dns-prefetch of an IP
 * literal needs no lookup and opens nothing, and a refresh to the page itself goes nowhere outside.
 */
export interface NetworkVector {
  name: string;
  markup: string;
  observable: boolean;
  /** A meta refresh: after how many seconds, and where to. */
  refresh?: { seconds: 0 | 1; to: 'remote' | 'same page' };
}

export const NETWORK_VECTORS: readonly NetworkVector[] = [
  { name: 'link rel=preconnect', markup: '<link rel="preconnect" href="{{server}}/" />', observable: true },
  { name: 'link rel=dns-prefetch', markup: '<link rel="dns-prefetch" href="{{server}}/" />', observable: false },
  { name: 'link rel=prefetch', markup: '<link rel="prefetch" href="{{server}}/prefetch" />', observable: true },
  { name: 'iframe src', markup: '<iframe src="{{server}}/iframe" title="frame"></iframe>', observable: true },
  {
    name: 'iframe inside SVG foreignObject',
    markup: '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><foreignObject width="200" height="100"><iframe xmlns="http://www.w3.org/1999/xhtml" src="{{server}}/svg-iframe" title="frame"></iframe></foreignObject></svg>',
    observable: true,
  },
  { name: 'meta refresh 0 s to a remote URL', markup: '<meta http-equiv="refresh" content="0;url={{server}}/refresh-0" />', observable: true, refresh: { seconds: 0, to: 'remote' } },
  { name: 'meta refresh 1 s to a remote URL', markup: '<meta http-equiv="refresh" content="1;url={{server}}/refresh-1" />', observable: true, refresh: { seconds: 1, to: 'remote' } },
  { name: 'meta refresh 0 s to the same page', markup: '<meta http-equiv="refresh" content="0" />', observable: false, refresh: { seconds: 0, to: 'same page' } },
  { name: 'meta refresh 1 s to the same page', markup: '<meta http-equiv="refresh" content="1;url=index.html" />', observable: false, refresh: { seconds: 1, to: 'same page' } },
];

let pagesMade = 0;

/**
 * A small HTML page around `markup`, with an image lacking alt text: axe's `image-alt` finding shows the document was
 * audited intact. Each page made is unique (a numbered comment), so that no audit of it is answered from findings
 * remembered for the same bytes: every test's page really goes through Chromium.
 */
export function hostilePage(markup: string): string {
  pagesMade += 1;
  return `<!DOCTYPE html><!-- page ${pagesMade} --><html lang="en"><head><meta charset="utf-8" /><title>Hostile</title></head><body><main><h1>Hostile</h1><p>${ARTICLE_TEXT}</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />${markup}</main></body></html>`;
}

/**
 * The vectors of HOSTILE_VECTORS whose sockets Chromium opens before request interception sees anything
 * (measured with Chromium 156, launched without the lockdown flags, every request aborted: the iframe 1
 * connection, the refresh 2): only `NETWORK_LOCKDOWN_ARGS` stops them, so the test of interception alone leaves them out.
 */
export const BEFORE_INTERCEPTION: ReadonlySet<string> = new Set([
  '<meta http-equiv="refresh" content="0;url={{server}}/refresh">',
  '<iframe src="{{server}}/iframe"></iframe>',
]);
