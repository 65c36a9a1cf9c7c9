/** The dark palette (contrast ≥ 4.5:1 for text on --bg and --card), for a chosen dark theme or a dark system. */
const darkColours = (selector: string) => `${selector} { --fg:#e9e7e2; --muted:#b3b0a8; --bg:#141418; --card:#1f1f25;
  --line:#3b3b44; --accent:#9db8ff; --accent-fg:#0d1330; --focus:#ffb15c; --mention:#4d4100; --mention-hover:#6b5a00;
  --mention-line:#c9a400; --warn:#ff9b90; --warn-bg:#3b1c1c; --ok-bg:#1b3320; --ok-line:#6fbf73; --input-bg:#15151a;
  --input-line:#77747c; --tag-show:#232c4a; --tag-person:#3a3223; --stripe:#27272e; }`;

/**
 * The reader's one stylesheet, served at /assets/app.css. Readable type with a Korean-capable font stack, good
 * contrast, visible focus outlines, and a single column that fits a 375 px screen without horizontal scrolling
 * (long words and URLs wrap; images and tables never overflow).
 */
export const appCss = `
:root { color-scheme: light dark; --fg:#1b1b1f; --muted:#55555c; --bg:#f7f6f2; --card:#fff; --line:#dcd9d0;
  --accent:#1f3a93; --accent-fg:#fff; --focus:#b4530a; --mention:#fff0b8; --mention-hover:#ffe27a; --mention-line:#d8b100;
  --warn:#8a1c1c; --warn-bg:#fff4f2; --ok-bg:#eef7ee; --ok-line:#2e6b30; --input-bg:#fff; --input-line:#8a877f;
  --tag-show:#eef1fb; --tag-person:#f4efe6; --stripe:#f4f2ec; }
${darkColours(':root[data-theme="dark"]')}
@media (prefers-color-scheme: dark) { ${darkColours(':root:not([data-theme="light"])')} }
:root[data-theme="light"] { color-scheme: light; }
:root[data-theme="dark"] { color-scheme: dark; }
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--fg); background: var(--bg);
  font: 16px/1.6 system-ui, -apple-system, "Segoe UI", "Nanum Gothic", "NanumGothic", "Noto Sans KR",
    "Apple SD Gothic Neo", "Malgun Gothic", sans-serif;
  overflow-wrap: anywhere; word-break: normal; }
:lang(ko), [lang="ko"] { word-break: keep-all; }
a { color: var(--accent); text-underline-offset: .15em; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
img, video, iframe, svg { max-width: 100%; height: auto; }
table { display: block; max-width: 100%; overflow-x: auto; border-collapse: collapse; }
th, td { border: 1px solid var(--line); padding: .25rem .5rem; text-align: left; }
pre, code { white-space: pre-wrap; overflow-wrap: anywhere; }
h1, h2, h3 { line-height: 1.25; }
h1 { font-size: 1.6rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.25rem; } h3 { font-size: 1.1rem; }
.skip { position: absolute; left: -999px; top: .5rem; background: var(--card); padding: .5rem .75rem; z-index: 10; }
.skip:focus { left: .5rem; }
.site-header { background: var(--card); border-bottom: 1px solid var(--line); }
.site-header .bar { max-width: 60rem; margin: 0 auto; padding: .6rem 1rem; display: flex; flex-wrap: wrap;
  gap: .5rem 1rem; align-items: center; }
.brand { font-weight: 700; font-size: 1.15rem; color: var(--fg); text-decoration: none; margin-right: auto; }
.site-nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem .9rem; margin: 0; padding: 0; }
.site-nav a { font-weight: 600; text-decoration: none; padding: .25rem 0; }
.site-nav a[aria-current="page"] { text-decoration: underline; text-decoration-thickness: 2px; }
.search { display: flex; gap: .4rem; align-items: center; flex: 1 1 11rem; max-width: 26rem; }
.search label { font-weight: 600; }
.search input { flex: 1; min-width: 0; width: 6rem; }
.inline { display: inline; margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1rem 3rem; }
input, select, button, textarea { font: inherit; }
input[type=text], input[type=search], input[type=password], input[type=number], input[type=url], select, textarea {
  padding: .4rem .5rem; border: 1px solid var(--input-line); border-radius: .35rem; background: var(--input-bg); color: var(--fg);
  max-width: 100%; }
button, .button { display: inline-block; font-weight: 600; padding: .45rem .9rem; border-radius: .35rem;
  border: 1px solid var(--accent); background: var(--accent); color: var(--accent-fg); cursor: pointer;
  text-decoration: none; }
button.secondary { background: var(--card); color: var(--accent); }
.site-header button { padding: .3rem .75rem; }
.form { background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: 1rem; max-width: 28rem; }
.form p, .field { margin: 0 0 .8rem; }
.form label, .field label { display: block; font-weight: 600; margin-bottom: .2rem; }
.form input[type=text], .form input[type=password] { width: 100%; }
.error { color: var(--warn); background: var(--warn-bg); border-left: 4px solid var(--warn); padding: .5rem .75rem;
  font-weight: 600; }
.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin: 0 0 1rem; }
.filters label { display: block; font-weight: 600; font-size: .9rem; }
.entries { display: grid; gap: .9rem; }
.item, .hidden-card { background: var(--card); border: 1px solid var(--line); border-radius: .5rem;
  padding: .8rem 1rem; }
.item h2, .item h3, .hidden-card h2, .hidden-card h3 { margin: 0 0 .3rem; }
.item .thumb, .lead-image { margin: 0 0 .5rem; }
.item .thumb img { display: block; width: 100%; max-height: 16rem; object-fit: cover; border-radius: .35rem; }
.lead-image img { display: block; max-width: 100%; max-height: 28rem; border-radius: .35rem; }
.thumb figcaption, .lead-image figcaption { color: var(--muted); font-size: .85rem; overflow-wrap: anywhere; }
.thumb figcaption { text-align: right; }
.meta { color: var(--muted); font-size: .9rem; margin: 0 0 .4rem; }
.meta > * + *::before { content: " · "; }
.meta .kind, .meta time { white-space: nowrap; }
.snippet { margin: .3rem 0; }
.tags { list-style: none; display: flex; flex-wrap: wrap; gap: .35rem; margin: .4rem 0 0; padding: 0; }
.tags a { display: inline-block; font-size: .85rem; padding: .05rem .5rem; border: 1px solid var(--line);
  border-radius: 1rem; text-decoration: none; }
.tags .show { background: var(--tag-show); } .tags .person { background: var(--tag-person); }
.revealed-marker { display: inline-block; font-size: .75rem; font-weight: 700; text-transform: uppercase;
  letter-spacing: .04em; color: var(--warn); border: 1px solid var(--warn); border-radius: .25rem; padding: 0 .3rem; }
.unsure-warning { margin: .4rem 0; padding: .3rem .6rem; border-left: 3px solid var(--warn); background: var(--warn-bg); }
.unsure-warning p { margin: 0; }
.hidden-card { background: repeating-linear-gradient(135deg, var(--card), var(--card) 12px, var(--stripe) 12px,
  var(--stripe) 24px); }
.hidden-card .reasons { margin: .3rem 0 .6rem; padding-left: 1.2rem; }
.content { background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: 1rem; }
.content figure { margin: 1rem 0; }
.content figcaption, .captions .credit { color: var(--muted); font-size: .9rem; }
a.mention { background: var(--mention); color: var(--fg); border-radius: .2rem; padding: 0 .15rem;
  text-decoration: none; box-shadow: inset 0 -2px 0 var(--mention-line); }
a.mention:hover { background: var(--mention-hover); }
.why, .related, .captions { margin-top: 1.5rem; }
.why li { margin-bottom: .5rem; }
.why blockquote { margin: .25rem 0 0 .5rem; padding-left: .6rem; border-left: 3px solid var(--line); color: var(--muted); }
.pager { margin-top: 1.2rem; }
.show-list { list-style: none; padding: 0; display: grid; gap: .6rem; }
.show-list li { background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: .6rem .9rem; }
.muted { color: var(--muted); }
.notice { background: var(--ok-bg); border-left: 4px solid var(--ok-line); padding: .5rem .75rem; font-weight: 600; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.names { margin: -.6rem 0 .5rem; color: var(--muted); }
.breadcrumb { margin: 0; font-size: .9rem; }
.chart { margin: .5rem 0 1rem; max-width: 40rem; }
.chart svg { display: block; width: 100%; height: auto; }
.episode-list { columns: 13rem; column-gap: 2rem; padding-left: 2rem; }
.cast, .roles, .spellings { padding-left: 1.2rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
.facts dt { font-weight: 600; } .facts dd { margin: 0; }
fieldset { border: 1px solid var(--line); border-radius: .35rem; margin: 0 0 .8rem; padding: .4rem .75rem; }
legend { font-weight: 600; padding: 0 .25rem; }
.form .field-inline { margin: .25rem 0; } .form .field-inline label { display: inline; font-weight: 400; }
.form input[type=url] { width: 100%; }
.form input[type=file] { max-width: 100%; }
.feeds, .users { list-style: none; padding: 0; display: grid; gap: .6rem; }
.feeds li { background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: .6rem .9rem; }
.feeds p { margin: 0 0 .3rem; }
.problems { margin: .3rem 0 0; padding-left: 1.2rem; font-weight: 400; max-height: 20rem; overflow: auto; }
section + section { margin-top: 1.5rem; }
/* Tap targets of at least 44 px (WCAG 2.5.5): controls, nav and pager links, tags; links inside running text are
   exempt. */
button, .button, select, input:not([type=radio]):not([type=checkbox]):not([type=hidden]), .site-nav a, .tags a,
  .pager a, .skip, .brand, .target { min-height: 2.75rem; }
.site-nav a, .tags a, .pager a, .brand, .target { display: inline-flex; align-items: center; }
.tags a { padding: .1rem .75rem; }
.pager { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; }
input[type=radio], input[type=checkbox] { width: 1.4rem; height: 1.4rem; margin: 0; flex: none; }
.field-inline { display: flex; align-items: center; gap: .5rem; min-height: 2.75rem; }
.form .field-inline label { flex: 1; padding: .55rem 0; cursor: pointer; }
.item .figure { margin: 0 0 .5rem; } .item .figure figcaption { color: var(--muted); font-size: .8rem; }
.analyze { display: grid; gap: 1.25rem; grid-template-columns: minmax(0, 1fr); }
@media (min-width: 56rem) { .analyze { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } }
.analyze textarea { width: 100%; min-height: 16rem; }
.analyze .form { max-width: none; }
mark { border-radius: .25rem; padding: 0 .1rem; color: inherit; }
mark.show { background: var(--tag-show); } mark.person { background: var(--mention); }
mark.character { background: var(--tag-person); } mark.network { background: var(--ok-bg); }
mark.ambiguous { background: var(--warn-bg); }
.spoiler { border-left: 4px solid var(--warn); padding: .25rem .75rem; margin: .5rem 0; background: var(--warn-bg); }
#article .kind { font-size: .7rem; text-transform: uppercase; color: var(--muted); letter-spacing: .05em; }
.policy-notice { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; background: var(--card);
  border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: .35rem; padding: .5rem .75rem;
  margin: 0 0 1rem; }
.policy-notice p { margin: 0; flex: 1 1 16rem; }
.picks { list-style: none; padding: 0; display: grid; gap: .6rem; }
.pick { background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: .6rem .9rem; }
.pick p { margin: 0 0 .4rem; }
.pick-form { display: flex; flex-wrap: wrap; gap: .4rem .6rem; align-items: center; }
.pick-form input[type=number] { width: 5.5rem; }
.badge { display: inline-block; font-size: .75rem; font-weight: 700; padding: 0 .4rem; border-radius: .25rem;
  background: var(--accent); color: var(--accent-fg); vertical-align: middle; }
.help { margin: -.2rem 0 .4rem 1.9rem; font-size: .9rem; }
.feed-times { list-style: none; padding: 0; margin: 0 0 .3rem; color: var(--muted); font-size: .9rem; }
.feed-actions { display: flex; flex-wrap: wrap; gap: .5rem .75rem; align-items: center; }
.feed-actions .interval { display: inline-flex; flex-wrap: wrap; gap: .4rem; align-items: center; }
.form + .form { margin-top: .8rem; }
a.button.secondary-link { background: var(--card); color: var(--accent); display: inline-flex; align-items: center; }
.item.unread { border-left: 4px solid var(--accent, #2b6cb0); }
.item.unread .item-title { font-weight: 700; }
.item.read .item-title { font-weight: 500; }
.item-actions { display: flex; flex-wrap: wrap; gap: .4rem; margin-top: .5rem; }
.item-actions form { margin: 0; }
.item-actions button[aria-pressed=true] { font-weight: 600; }
.unread-status { display: flex; flex-wrap: wrap; align-items: center; gap: .75rem; }
.unread-count { font-weight: 600; }
.item.kbd-current, .hidden-card.kbd-current { outline: 3px solid var(--focus); outline-offset: 2px; }
[data-item]:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
.kbd-help, .reveal-confirm { max-width: 28rem; width: calc(100% - 2rem); box-sizing: border-box; color: var(--fg);
  background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: 1rem 1.25rem;
  box-shadow: 0 .5rem 2rem rgba(0,0,0,.25); }
.kbd-help::backdrop, .reveal-confirm::backdrop { background: rgba(0,0,0,.45); }
.kbd-help h2, .reveal-confirm h2 { margin-top: 0; }
.key-list { border-collapse: collapse; width: 100%; margin: 0 0 1rem; }
.key-list th, .key-list td { border: 0; border-bottom: 1px solid var(--line); padding: .3rem .4rem; }
.key-list td:first-child { white-space: nowrap; }
kbd { font-family: ui-monospace, monospace; border: 1px solid var(--line); border-bottom-width: 2px;
  border-radius: .25rem; padding: 0 .35rem; background: var(--bg); }
.reveal-confirm form { display: flex; flex-wrap: wrap; gap: .5rem; }
@media (max-width: 40rem) {
  h1 { font-size: 1.35rem; }
  .site-header .bar { padding: .5rem .75rem; }
  main { padding: .75rem .75rem 2rem; }
}
`;
