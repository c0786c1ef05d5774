/** The report page's styles: readable, AA contrast in light and dark schemes. */
export const REPORT_CSS = `
:root { color-scheme: light dark; --text: #1b1d20; --bg: #ffffff; --muted: #4d525a; --rule: #c8ccd2; --ok: #135f2a; --bad: #9b1c1c; }
@media (prefers-color-scheme: dark) { :root { --text: #eceef1; --bg: #16181b; --muted: #c0c5cc; --rule: #474c53; --ok: #8fe0a5; --bad: #ffaaa5; } }
html { background: var(--bg); color: var(--text); font: 1rem/1.5 system-ui, sans-serif; }
body { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
.verdict { font-weight: 700; font-size: 1.1rem; }
.verdict.passed { color: var(--ok); } .verdict.failed { color: var(--bad); }
a { color: inherit; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
caption { text-align: start; font-weight: 600; padding-bottom: .3rem; }
th, td { border: 1px solid var(--rule); padding: .35rem .5rem; text-align: start; vertical-align: top; }
.impacts { list-style: none; padding: 0; display: flex; gap: 1.5rem; flex-wrap: wrap; }
.impact { display: inline-block; min-width: 5.5em; font-weight: 700; text-transform: uppercase; font-size: .8rem; }
.rule { border-top: 1px solid var(--rule); padding-top: .5rem; }
.rule h3 { font-size: 1.05rem; }
code { overflow-wrap: anywhere; }
footer { color: var(--muted); font-size: .85rem; margin-top: 2rem; }
`;
