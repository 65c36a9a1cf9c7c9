// The /analyze page's script (served as a file: the Content-Security-Policy allows no inline script). Everything the
// analysis returns goes into the page as text (textContent), never as HTML. Its words come from the page's
// #analyze-messages block, in the reader's language.
const $ = (id) => document.getElementById(id);
const msg = JSON.parse($('analyze-messages').textContent);
const fill = (text, params) => text.replace(/\{(\w+)\}/g, (_, k) => String(params[k]));
const el = (tag, props = {}, ...kids) => {
  const e = document.createElement(tag);
  Object.assign(e, props);
  for (const k of kids) e.append(k);
  return e;
};

function render(a) {
  const names = (list, f) => (list.length ? list.map(f).join(', ') : '—');
  const row = (label, text) => [el('dt', { textContent: label }), el('dd', { textContent: text })];
  $('summary').replaceChildren(
    ...row(msg.title, a.title ?? '—'),
    ...row(msg.kind, a.kind),
    ...row(
      msg.shows,
      names(a.shows, (s) => `${s.title} ×${s.mentions}`),
    ),
    ...row(
      msg.people,
      names(a.people, (p) => `${p.name} ×${p.mentions}`),
    ),
    ...row(
      msg.characters,
      names(a.characters, (c) => c.name),
    ),
    ...row(
      msg.networks,
      names(a.networks, (n) => n.name),
    ),
  );
  const spoilers = a.spoilers.map((s) =>
    el(
      'div',
      { className: 'spoiler' },
      el('strong', {
        textContent: fill(msg.reveals, {
          show: a.shows.find((x) => x.id === s.show)?.title ?? s.show,
          episode: s.throughEpisode,
        }),
      }),
      el('div', {
        textContent: s.evidence
          .slice(0, 2)
          .map((e) => `“${e.text}” (${e.rule})`)
          .join(' · '),
      }),
    ),
  );
  $('spoilers').replaceChildren(...(spoilers.length ? spoilers : [el('p', { textContent: msg.revealsNothing })]));
  $('article').replaceChildren(
    ...a.structure.map((b) => {
      const p = el('p', { className: b.kind });
      p.append(el('span', { className: 'kind', textContent: `${b.kind} ` }));
      let at = b.start;
      for (const m of a.mentions.filter((m) => m.start >= b.start && m.end <= b.end)) {
        p.append(b.text.slice(at - b.start, m.start - b.start));
        const title = m.id ?? fill(msg.ambiguous, { candidates: m.candidates.join(' / ') });
        p.append(el('mark', { className: m.id ? m.kind : 'ambiguous', textContent: m.text, title }));
        at = m.end;
      }
      p.append(b.text.slice(at - b.start));
      return p;
    }),
  );
}

$('analyze-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const status = $('status');
  status.textContent = msg.working;
  status.className = '';
  try {
    const res = await fetch('/api/analyze', {
      method: 'POST',
      // The session's CSRF token, which the layout carries for its log-out form.
      headers: {
        'content-type': 'application/json',
        'x-csrf-token': document.querySelector('input[name="_csrf"]')?.value ?? '',
      },
      body: JSON.stringify({ text: $('text').value, published: $('published').value || null }),
    });
    const data = await res.json();
    if (!res.ok)
      throw new Error(data.error?.message + (data.error?.details ? `: ${data.error.details.join('; ')}` : ''));
    render(data);
    status.textContent = msg.done;
  } catch (e) {
    status.textContent = e.message;
    status.className = 'error';
  }
});
