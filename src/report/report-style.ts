/** The report page's styles: readable, AA contrast in light and dark schemes. */
export const REPORT_CSS = `
:root { color-scheme: light dark; --text: #1b1d20; --bg: #ffffff; --panel: #f3f5f7; --muted: #4d525a; --rule: #c8ccd2; --ok: #135f2a; --bad: #9b1c1c;
  --critical-bg: #7a0f0f; --serious-bg: #a33a00; --moderate-bg: #5c4a00; --minor-bg: #38465a; --badge-text: #ffffff; }
@media (prefers-color-scheme: dark) { :root { --text: #eceef1; --bg: #16181b; --panel: #20242a; --muted: #c0c5cc; --rule: #474c53; --ok: #8fe0a5; --bad: #ffaaa5; } }
html { background: var(--bg); color: var(--text); font: 1rem/1.5 system-ui, sans-serif; }
body { max-width: 64rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.3rem; margin-top: 2.5rem; border-bottom: 2px solid var(--rule); padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .4rem; }
h4 { font-size: 1rem; margin: 1rem 0 .4rem; }
small { color: var(--muted); font-weight: 400; }
.verdict { font-weight: 700; font-size: 1.15rem; }
.verdict.passed { color: var(--ok); } .verdict.failed { color: var(--bad); }
a { color: inherit; }
.toc { list-style: none; padding: 0; display: flex; gap: 1.25rem; flex-wrap: wrap; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: .75rem 0; }
caption { text-align: start; font-weight: 600; padding-bottom: .3rem; }
th, td { border: 1px solid var(--rule); padding: .35rem .5rem; text-align: start; vertical-align: top; }
thead th { background: var(--panel); }
.number { text-align: end; font-variant-numeric: tabular-nums; }
.impacts { list-style: none; padding: 0; display: flex; gap: 1.5rem; flex-wrap: wrap; }
.impact { display: inline-block; min-width: 5.2em; text-align: center; padding: .05rem .4rem; border-radius: .25rem; font-weight: 700; text-transform: uppercase; font-size: .75rem; letter-spacing: .03em; color: var(--badge-text); vertical-align: .1em; }
.impact.critical { background: var(--critical-bg); } .impact.serious { background: var(--serious-bg); } .impact.moderate { background: var(--moderate-bg); } .impact.minor { background: var(--minor-bg); }
.rule { background: var(--panel); border-radius: .4rem; padding: .1rem 1rem .6rem; margin: 1rem 0; }
.fix { margin: .3rem 0; }
.places { padding-inline-start: 1.2rem; } .places li { margin: .35rem 0; }
.notes { padding-inline-start: 1.2rem; color: var(--muted); }
.thumbnails { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem; }
.thumbnails figure { margin: 0; text-align: center; font-size: .85rem; }
.thumbnails img { display: block; border: 1px solid var(--rule); background: #fff; height: auto; max-width: 100%; }
.missing { color: var(--bad); }
.checks { padding-inline-start: 1.4rem; } .checks > li { margin: .5rem 0; }
.rule-list { line-height: 1.9; }
.values { margin: 0; padding-inline-start: 1.1rem; }
code { overflow-wrap: anywhere; font-size: .9em; }
footer { color: var(--muted); font-size: .85rem; margin-top: 2.5rem; border-top: 1px solid var(--rule); }
`;
