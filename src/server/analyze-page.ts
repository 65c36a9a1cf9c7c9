/**
 * The paste-an-article page. Everything the analysis returns is put into the page with textContent, never as HTML.
 */
export function analyzePage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>haebang — analyse an article</title>
<style>
  :root { --fg:#1d1d1f; --muted:#6b6b70; --bg:#fafaf7; --card:#fff; --line:#e4e2dc; --show:#ffe3a3; --person:#c9e7ff; --character:#e3d4ff; --network:#d3f2d6; --amb:#ffd0d0; }
  * { box-sizing: border-box; }
  body { margin:0; font: 16px/1.55 system-ui, "Noto Sans KR", "NanumGothic", sans-serif; color:var(--fg); background:var(--bg); }
  header { padding: 1rem 1.25rem; border-bottom: 1px solid var(--line); background: var(--card); }
  header h1 { margin:0; font-size:1.25rem; } header p { margin:.25rem 0 0; color:var(--muted); }
  main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; display:grid; gap:1.25rem; grid-template-columns: minmax(0,1fr); }
  @media (min-width: 900px) { main { grid-template-columns: minmax(0,1fr) minmax(0,1fr); } }
  form, section { background: var(--card); border:1px solid var(--line); border-radius: .75rem; padding: 1rem; }
  label { display:block; font-weight:600; margin-bottom:.35rem; }
  textarea { width:100%; min-height: 18rem; font: inherit; padding:.6rem; border:1px solid var(--line); border-radius:.5rem; }
  input[type=date] { font: inherit; padding:.35rem; border:1px solid var(--line); border-radius:.5rem; }
  .row { display:flex; gap:.75rem; align-items:end; flex-wrap: wrap; margin-top:.75rem; }
  button { font: inherit; font-weight:600; padding:.5rem 1.1rem; border-radius:.5rem; border:0; background:#22223b; color:#fff; cursor:pointer; }
  button:focus-visible, textarea:focus-visible, input:focus-visible { outline: 3px solid #6c8cff; outline-offset: 2px; }
  #article p { margin:.4rem 0; white-space: pre-wrap; } #article .headline { font-size:1.2rem; font-weight:700; }
  #article .caption { color: var(--muted); font-size:.92rem; } #article .kind { font-size:.7rem; text-transform:uppercase; color:var(--muted); letter-spacing:.05em; }
  mark { border-radius:.25rem; padding:0 .1rem; } mark.show{background:var(--show)} mark.person{background:var(--person)} mark.character{background:var(--character)} mark.network{background:var(--network)} mark.ambiguous{background:var(--amb)}
  dl { display:grid; grid-template-columns: max-content 1fr; gap:.25rem .75rem; margin:0; } dt { font-weight:600; } dd { margin:0; }
  .spoiler { border-left: 4px solid #d9534f; padding:.25rem .75rem; margin:.5rem 0; background:#fff6f6; }
  .error { color:#a4161a; font-weight:600; } .legend mark { margin-right:.4rem; }
</style>
</head>
<body>
<header><h1>haebang</h1><p>Paste a K-drama article to see the shows, people, characters and networks it names, and which episodes it spoils.</p></header>
<main>
  <form id="form">
    <label for="text">Article (plain text or HTML)</label>
    <textarea id="text" name="text" required placeholder="Son Suk Ku and Kim Ji Won's kiss scene in episode 11 of My Liberation Notes…"></textarea>
    <div class="row">
      <div><label for="published">Published</label><input type="date" id="published" name="published"></div>
      <button type="submit">Analyse</button>
    </div>
    <p id="status" role="status" aria-live="polite"></p>
  </form>
  <section aria-labelledby="result-h">
    <h2 id="result-h" style="margin-top:0">Analysis</h2>
    <p class="legend"><mark class="show">show</mark><mark class="person">person</mark><mark class="character">character</mark><mark class="network">network</mark><mark class="ambiguous">ambiguous</mark></p>
    <dl id="summary"></dl>
    <div id="spoilers"></div>
    <div id="article"></div>
  </section>
</main>
<script>
const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...kids) => { const e = document.createElement(tag); Object.assign(e, props); for (const k of kids) e.append(k); return e; };
$('form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  $('status').textContent = 'Analysing…'; $('status').className = '';
  try {
    const res = await fetch('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: $('text').value, published: $('published').value || null }) });
    const data = await res.json();
    if (!res.ok) throw new Error(data.error?.message + (data.error?.details ? ': ' + data.error.details.join('; ') : ''));
    render(data); $('status').textContent = 'Done.';
  } catch (e) { $('status').textContent = e.message; $('status').className = 'error'; }
});
function render(a) {
  const names = (list, f) => list.length ? list.map(f).join(', ') : '—';
  $('summary').replaceChildren(
    el('dt', { textContent: 'Title' }), el('dd', { textContent: a.title ?? '—' }),
    el('dt', { textContent: 'Kind' }), el('dd', { textContent: a.kind }),
    el('dt', { textContent: 'Shows' }), el('dd', { textContent: names(a.shows, (s) => s.title + ' ×' + s.mentions) }),
    el('dt', { textContent: 'People' }), el('dd', { textContent: names(a.people, (p) => p.name + ' ×' + p.mentions) }),
    el('dt', { textContent: 'Characters' }), el('dd', { textContent: names(a.characters, (c) => c.name) }),
    el('dt', { textContent: 'Networks' }), el('dd', { textContent: names(a.networks, (n) => n.name) }));
  $('spoilers').replaceChildren(...(a.spoilers.length ? a.spoilers.map((s) => el('div', { className: 'spoiler' },
    el('strong', { textContent: (a.shows.find((x) => x.id === s.show)?.title ?? s.show) + ': reveals through episode ' + s.throughEpisode }),
    el('div', { textContent: s.evidence.slice(0, 2).map((e) => '“' + e.text + '” (' + e.rule + ')').join(' · ') }))) : [el('p', { textContent: 'Reveals no episode of any show.' })]));
  const text = a.structure.length ? null : '';
  $('article').replaceChildren(...a.structure.map((b) => {
    const p = el('p', { className: b.kind });
    p.append(el('span', { className: 'kind', textContent: b.kind + ' ' }));
    let at = b.start;
    for (const m of a.mentions.filter((m) => m.start >= b.start && m.end <= b.end)) {
      p.append(b.text.slice(at - b.start, m.start - b.start));
      p.append(el('mark', { className: m.id ? m.kind : 'ambiguous', textContent: m.text, title: m.id ?? ('ambiguous: ' + m.candidates.join(' or ')) }));
      at = m.end;
    }
    p.append(b.text.slice(at - b.start));
    return p;
  }));
}
</script>
</body>
</html>`;
}
