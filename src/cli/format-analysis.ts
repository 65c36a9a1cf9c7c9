import type { Analysis } from '../analyze/analysis-types.js';

/** The readable summary `haebang analyze` prints without --json. */
export function formatAnalysis(a: Analysis): string {
  const spellings = (kind: string, id: string) => {
    const seen = [...new Set(a.mentions.filter((m) => m.kind === kind && m.id === id).map((m) => m.text))];
    return seen.length ? ` — as ${seen.map((s) => `"${s}"`).join(', ')}` : '';
  };
  const lines: string[] = [
    `Title:      ${a.title ?? '(none)'}`,
    `Published:  ${a.published ?? '(unknown)'}`,
    `Kind:       ${a.kind}`,
    '',
    `Shows (${a.shows.length})`,
    ...a.shows.map((s) => `  ${s.title} [${s.id}] ×${s.mentions}${spellings('show', s.id)}`),
    `People (${a.people.length})`,
    ...a.people.map((p) => `  ${p.name} [${p.id}] ×${p.mentions}${spellings('person', p.id)}`),
    `Characters (${a.characters.length})`,
    ...a.characters.map((c) => `  ${c.name} in ${c.show}${c.person ? ` (played by ${c.person})` : ''} ×${c.mentions}`),
    `Networks (${a.networks.length})`,
    ...a.networks.map((n) => `  ${n.name} [${n.id}] ×${n.mentions}`),
  ];
  const ambiguous = a.mentions.filter((m) => m.candidates?.length);
  if (ambiguous.length) {
    lines.push(`Ambiguous (${ambiguous.length})`);
    for (const m of ambiguous) lines.push(`  "${m.text}" at ${m.start}: ${m.candidates!.join(' or ')}`);
  }
  lines.push('', `Spoilers (${a.spoilers.length})`);
  if (!a.spoilers.length) lines.push('  reveals no episode of any show');
  for (const s of a.spoilers) {
    const title = a.shows.find((x) => x.id === s.show)?.title ?? s.show;
    lines.push(`  ${title}: reveals through episode ${s.throughEpisode} (confidence ${s.confidence.toFixed(2)})`);
    for (const e of s.evidence.slice(0, 3)) lines.push(`    ${e.rule}: "${e.text}" at ${e.start}`);
  }
  for (const r of a.ratings) {
    const title = a.shows.find((x) => x.id === r.show)?.title ?? r.show;
    lines.push(`  ${title}: reports the ratings of episode ${r.episode} (hidden until watched, like the chart)`);
  }
  const counts = new Map<string, number>();
  for (const b of a.structure) counts.set(b.kind, (counts.get(b.kind) ?? 0) + 1);
  const credits = [...new Set(a.structure.flatMap((b) => (b.credit ? [b.credit] : [])))];
  lines.push(
    '',
    `Structure: ${[...counts].map(([k, n]) => (n > 1 ? `${n} ${k}s` : k)).join(', ')}${credits.length ? `; captions credited to ${credits.join(', ')}` : ''}`,
  );
  return lines.join('\n');
}
