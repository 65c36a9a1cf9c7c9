import type { TextKind } from '../analyze/analysis-types.js';

/** Cues for the kind of a text, strongest first; the first kind whose cue appears wins. */
export const kindCues: Array<[TextKind, RegExp]> = [
  [
    'bts',
    /behind[- ]the[- ]scenes?|\bmaking[- ](?:of|film|video)\b|\bBTS\b|\bon[- ]set\b|\bNG\b|bloopers?|outtakes?|비하인드|메이킹/i,
  ],
  [
    'preview',
    /\bpreview|\bteaser|\bstills?\b.*\b(?:upcoming|next|tonight)|\b(?:upcoming|next|tonight'?s)\s+(?:\d+(?:st|nd|rd|th)\s+)?episode|예고/i,
  ],
  ['finale', /\bfinale\b|\b(?:final|last)\s+episode|\bthe ending\b|\bending explained\b|최종회|마지막\s?회|결말/i],
  [
    'ratings',
    /\b\d+(?:\.\d+)?\s?(?:%|percent)|\bNielsen\b|viewership ratings?|\bratings? (?:rise|rose|climb|drop|record|high|low)|\bin the ratings\b|시청률/i,
  ],
  ['review', /\breview(?:ed|s)?\b|\bverdict\b|first impressions?|리뷰/i],
  [
    'recap',
    /\brecap\b|\bin (?:the )?(?:latest |last |new )?episode\b|\bepisodes?\s+\d+|\bEP\.?\s?\d+|\d+\s*(?:회|화)/i,
  ],
];

/** Plot being told: events, relationships, deaths, twists, scenes. */
export const plotCue =
  /\b(?:kiss(?:ed|es|ing)?|confess(?:ed|es|ion)?|died|dies|death|killed|murder(?:ed)?|reveal(?:ed|s|ing)?|twist|broke up|break-?up|propos(?:ed|al)|married|wedding|pregnan\w*|arrest(?:ed)?|betray\w*|reunit\w*|cliffhanger|turns? out|found out|discover(?:ed|s)|the scene (?:where|in which)|scene where|ended with|flashback|identity|secret|hug(?:ged)?|tears|cried|fought|rescued?|escape[ds]?|return(?:ed|s))\b|키스|고백|죽음|반전|정체/i;

export const spoilerBanner =
  /spoiler alert|spoilers? ahead|\[spoilers?\]|contains spoilers|warning:? spoilers?|major spoilers|스포일러|스포 주의/i;

export const preairCue =
  /\b(?:casting|cast(?:s|ing)? (?:as|in)|confirmed to star|in talks|poster|teaser|premieres? on|will premiere|set to premiere|first script reading|script reading|upcoming drama|new drama)\b|캐스팅|포스터|첫 방송/i;

export function classifyTextKind(
  text: string,
  opts: { beforePremiere: boolean; plot: boolean; episodes: boolean },
): TextKind {
  if (opts.beforePremiere) return 'preair';
  for (const [kind, cue] of kindCues) if (cue.test(text)) return kind;
  return opts.plot || opts.episodes ? 'recap' : 'news';
}
