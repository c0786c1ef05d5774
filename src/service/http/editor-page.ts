/**
 * The page for editors at `/`: choose an article and its images, formats and page size, watch the build, download
 * the outputs, open the report. Plain HTML with labels, a fieldset and a polite live region; its one script is
 * served from the same origin (`/editor.js`) under a policy that allows nothing else.
 */
export const EDITOR_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

export const EDITOR_HTML = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Colophon — build an article</title>
<link rel="stylesheet" href="/editor.css">
<script src="/editor.js" defer></script>
</head>
<body>
<header>
<h1>Colophon</h1>
<p>Make an accessible web page, EPUB and PDF of an article, and audit them.</p>
</header>
<main>
<form id="build-form" novalidate>
<div class="field">
<label for="article">Article</label>
<input id="article" name="article" type="file" accept=".txt,.text,.md,.markdown,.html,.htm" required aria-describedby="article-help">
<p id="article-help" class="help">Plain text (.txt), Markdown (.md) or a saved web page (.html).</p>
</div>
<div class="field">
<label for="files">Images the article shows</label>
<input id="files" name="files" type="file" accept="image/png,image/jpeg,image/gif,image/webp,image/svg+xml" multiple aria-describedby="files-help">
<p id="files-help" class="help">Optional. Give each image the name the article uses for it.</p>
</div>
<fieldset>
<legend>Formats</legend>
<label><input type="checkbox" name="formats" value="html" checked> Web page</label>
<label><input type="checkbox" name="formats" value="epub" checked> EPUB</label>
<label><input type="checkbox" name="formats" value="pdf" checked> PDF</label>
</fieldset>
<div class="field">
<label for="page-size">Page size (PDF)</label>
<select id="page-size" name="pageSize">
<option value="A4" selected>A4</option>
<option value="Letter">Letter</option>
<option value="A5">A5</option>
</select>
</div>
<div class="field">
<label for="token">Access token</label>
<input id="token" name="token" type="password" autocomplete="off" aria-describedby="token-help">
<p id="token-help" class="help">Only when the server asks for one.</p>
</div>
<button type="submit" id="build">Build</button>
</form>
<section aria-labelledby="progress-title">
<h2 id="progress-title">Progress</h2>
<p id="status" role="status" aria-live="polite">No build yet.</p>
<ul id="downloads" aria-label="Outputs"></ul>
</section>
</main>
</body>
</html>
`;

export const EDITOR_CSS = `body{font:1.05rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}
h1{font-size:1.8rem;margin:0}.field{margin:1rem 0}label{display:block;font-weight:600}
fieldset{margin:1rem 0;border:1px solid #767676}fieldset label{font-weight:400;display:inline-block;margin-right:1rem}
.help{margin:.2rem 0;color:#4a4a4a;font-size:.95rem}button{font:inherit;padding:.5rem 1.2rem;background:#1d4f91;color:#fff;border:0;border-radius:4px}
button:disabled{background:#5f6b7a}:focus-visible{outline:3px solid #c25400;outline-offset:2px}a{color:#1d4f91}
#status.error{color:#a40000;font-weight:600}
`;

export const EDITOR_JS = `'use strict';
(function () {
  var form = document.getElementById('build-form');
  var status = document.getElementById('status');
  var downloads = document.getElementById('downloads');
  var button = document.getElementById('build');
  var LABELS = { html: 'Web page', epub: 'EPUB', pdf: 'PDF', reportHtml: 'Audit report', reportJson: 'Audit report (JSON)' };
  function say(text, isError) { status.textContent = text; status.className = isError ? 'error' : ''; }
  function headers() {
    var token = document.getElementById('token').value.trim();
    return token ? { Authorization: 'Bearer ' + token } : {};
  }
  function fail(body) { say('The build failed: ' + (body && body.error ? body.error.message + ' ' + body.error.hint : 'no answer from the server.'), true); button.disabled = false; }
  function show(build) {
    downloads.textContent = '';
    Object.keys(build.outputs || {}).forEach(function (key) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = build.outputs[key];
      link.textContent = (LABELS[key] || key) + ' (' + build.files[key] + ')';
      if (key === 'epub' || key === 'pdf' || key === 'reportJson') link.setAttribute('download', build.files[key]);
      item.appendChild(link);
      downloads.appendChild(item);
    });
  }
  function poll(url) {
    fetch(url, { headers: headers() }).then(function (response) { return response.json(); }).then(function (build) {
      if (build.error && !build.status) return fail(build);
      if (build.status === 'queued') say('Waiting for a worker…');
      if (build.status === 'running') say('Building… (attempt ' + build.attempts + ')');
      if (build.status === 'done') {
        var f = build.findings;
        say('Done. ' + (f ? (f.total === 0 ? 'The audit found nothing to report.' : 'The audit found ' + f.total + ' thing' + (f.total === 1 ? '' : 's') + ' to look at' + (f.passed ? '.' : ', and failed.')) : ''));
        show(build);
        button.disabled = false;
        return;
      }
      if (build.status === 'failed') return fail(build);
      setTimeout(function () { poll(url); }, 500);
    }, function () { fail(); });
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var article = document.getElementById('article');
    if (!article.files.length) { say('Choose an article file first.', true); article.focus(); return; }
    var data = new FormData();
    data.append('article', article.files[0]);
    Array.prototype.forEach.call(document.getElementById('files').files, function (file) { data.append('files', file); });
    var formats = Array.prototype.map.call(form.querySelectorAll('input[name=formats]:checked'), function (box) { return box.value; });
    if (!formats.length) { say('Choose at least one format.', true); return; }
    data.append('options', JSON.stringify({ formats: formats, pageSize: document.getElementById('page-size').value }));
    // As a local build takes the file's date when the article gives none (its own metadata wins).
    data.append('fileModified', new Date(article.files[0].lastModified).toISOString());
    downloads.textContent = '';
    button.disabled = true;
    say('Sending the article…');
    fetch('/v1/builds', { method: 'POST', body: data, headers: headers() }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (answer) {
      if (!answer.ok) return fail(answer.body);
      say('Queued.');
      poll(answer.body.url);
    }, function () { fail(); });
  });
})();
`;
