import type { Evidence, SpoilerDecision } from '../analyze/analysis-types.js';
import { attributeRef, showPositions } from './attribute-refs.js';
import { classifyTextKind, plotCue, preairCue, spoilerBanner } from './classify-text-kind.js';
import { findEpisodeRefs } from './find-episode-refs.js';
import { latestAiredBy, mapEpisodeRef } from './map-episode-ref.js';
import type { ShowFacts, SpoilerInput, SpoilerResult } from './spoiler-types.js';

const showWords = /\b(?:the (?:drama|series|show|episode|finale|couple|duo|leads?)|episode|character|scene)\b/i;

interface PlotCue {
  start: number;
  end: number;
  cue: string;
}

/** Plot cues (kissed, confessed, died, twist…) in sentences about a show: next to it, its people, or "the drama". */
function plotCues(text: string, anchors: number[], names: Array<{ start: number; end: number }>): PlotCue[] {
  const out: PlotCue[] = [];
  // A cue word inside a name is no cue: the "Tears" of Queen of Tears.
  const blanked = names.reduce((t, n) => t.slice(0, n.start) + ' '.repeat(n.end - n.start) + t.slice(n.end), text);
  for (const m of blanked.matchAll(/[^.!?\n]+[.!?]?/g)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const cue = plotCue.exec(m[0]);
    if (!cue) continue;
    if (anchors.some((a) => a >= start && a < end) || showWords.test(m[0]))
      out.push({ start: start + (cue.index ?? 0), end: start + (cue.index ?? 0) + cue[0].length, cue: cue[0] });
  }
  return out;
}

/**
 * Decides, for every show a text talks about, the highest episode it reveals (its spoiler horizon), with evidence.
 * Rules, in order: a text published before a show's premiere reveals nothing of it; episode references attributed
 * to the show (explicit numbers, premiere, finale, and time phrases mapped through KST air dates) set the horizon —
 * a preview reveals the episode it previews; ratings-only and passing actor news reveal nothing; plot told with no
 * episode named falls back to the latest episode aired at the publish date (or by today, or the whole show, when
 * the date is unknown).
 */
export function decideSpoilers({ doc, mentions, shows, today }: SpoilerInput): SpoilerResult {
  const text = doc.text;
  const published = doc.published;
  const refs = findEpisodeRefs(text);
  const positions = showPositions(mentions, shows);
  const banner = spoilerBanner.exec(text);
  const headlineEnd = doc.blocks.find((b) => b.kind === 'headline')?.end ?? 0;
  const beforePremiere = (s: ShowFacts) => !!published && !!s.episodes[0] && published < s.episodes[0].airDate;
  const plots = plotCues(
    text,
    positions.map((p) => p.at),
    mentions,
  );
  const allPreair = shows.length > 0 && shows.every(beforePremiere);
  const kind = classifyTextKind(text, {
    beforePremiere: allPreair || (!plots.length && !refs.length && preairCue.test(text) && shows.some(beforePremiere)),
    plot: plots.length > 0 || !!banner,
    episodes: refs.length > 0,
  });

  const spoilers: SpoilerDecision[] = [];
  for (const show of shows) {
    if (beforePremiere(show)) continue;
    const mine = positions.filter((p) => p.show === show.id);
    const primary = shows.length === 1 || mine.length >= 2 || mine.some((p) => p.at < headlineEnd);
    const evidence: Evidence[] = [];
    let horizon = 0;
    let confidence = 0.9;
    for (const ref of refs) {
      if (attributeRef(ref, text, positions, shows) !== show.id) continue;
      const ep = mapEpisodeRef(ref, show, published, today);
      if (ep === null) continue;
      if (kind === 'ratings' && !plots.length && !banner) continue;
      horizon = Math.max(horizon, ep);
      if (ref.rule.startsWith('time')) confidence = Math.min(confidence, 0.75);
      evidence.push({
        text: ref.text,
        start: ref.start,
        end: ref.end,
        rule: ref.upcoming ? `preview-${ref.rule}` : ref.rule,
      });
    }
    // A plot cue belongs to the show it is attributed to, like an episode reference.
    const myPlots = plots.filter(
      (p) => attributeRef({ ...p, text: p.cue, episode: 0, rule: 'plot' }, text, positions, shows) === show.id,
    );
    const reveals = myPlots.length > 0 || !!banner || kind === 'bts' || kind === 'finale' || kind === 'review';
    // A show known only from its cast (real-life news of two co-stars) is not spoiled by loose plot words.
    const looseOk = !show.inferred || kind === 'bts' || kind === 'preview';
    if (!horizon && primary && reveals && looseOk && kind !== 'ratings' && kind !== 'news') {
      const latest = published ? latestAiredBy(show.episodes, published) : latestAiredBy(show.episodes, today);
      horizon = latest ?? (published ? 0 : show.episodeCount);
      confidence = 0.6;
      const why = banner ?? myPlots[0];
      if (horizon && why)
        evidence.push({
          text: 'cue' in why ? why.cue : why[0],
          start: 'cue' in why ? why.start : why.index,
          end: 'cue' in why ? why.end : why.index + why[0].length,
          rule: published ? 'fallback-latest-aired' : 'fallback-no-date',
        });
    }
    if (horizon > 0) spoilers.push({ show: show.id, throughEpisode: horizon, confidence, evidence });
  }
  return { kind, spoilers };
}
