import type { EpisodeRef } from './spoiler-types.js';

const ordinals = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];
const counts = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const num = (s: string) => Number.parseInt(s, 10);

interface Pattern {
  re: RegExp;
  rule: string;
  ref: (m: RegExpExecArray) => Partial<EpisodeRef> | null;
}

// An episode looked forward to ("can't wait for episode 3", "Part 2 cannot come soon enough") is not yet watched.
const upcomingNear =
  /\b(?:next (?:episode|week|broadcast|time|installment)|upcoming|tonight'?s|preview|teaser|will air|to air|will be aired|(?:to|will) be (?:broadcast|released|shown)|airs on|can(?:not|['’]t) (?:wait|come soon)|look(?:s|ing)? forward to|anticipat\w*|ahead of|press play on|remaining|until the (?:final|last))\b|오늘\s?\(?\d{0,2}일?\)?\s*(?:공개|방송|첫 방송)|예고|오는|방송될|방송 예정|방영될|공개될|방영하면|방송하면/i;

/** The episode is scheduled, so it had not aired when the text was written: "Episode 13 will be released on …", "오늘(28일) 공개". */
const scheduledNear =
  /\b(?:will (?:air|be aired|be released|come out|be out|drop|premiere|be available|arrive|be broadcast|be shown)|(?:to|will) be (?:broadcast|released|shown)|airs? (?:on|at|tonight|this)|(?:is|are) (?:set|scheduled|slated) to (?:air|premiere|be released|drop)|releases? on)\b|오늘\s?\(?\d{0,2}일?\)?\s*(?:공개|방송|첫 방송)|방송될|방송 예정|방영될|방영 예정|공개될|공개 예정|오는\s*\d+일/i;

/** The reference is the subject of a future verb: "The finale will answer …", "Episode 14 will come out on …". */
const futureAfter = /^["”’']?\s*(?:\([^)]{0,40}\)\s*)?(?:will|is (?:set|scheduled|slated) to)\b/;

/** Episode references in English and Korean, each with the rule that found it. */
const patterns: Pattern[] = [
  // Korean countdowns: "종영까지 단 4회", "최종회까지 2회만을 남겨두고", "4회만을 남긴".
  {
    re: /(?:종영|최종회|마지막\s?회)까지\s*(?:단\s*)?(\d{1,2})\s*(?:회|화|번)|(\d{1,2})\s*(?:회|화)(?:만)?(?:을|를)?\s*(?:남겨|남긴|남은|앞둔|앞두고)/g,
    rule: 'countdown',
    ref: (m) => ({ episode: 'latest', remaining: num(m[1] ?? m[2]) }),
  },
  {
    re: /(\d{1,3})\s*[,·∙]\s*(\d{1,3})\s*(?:회|화)(?![장사원계견담식])/g,
    rule: 'explicit-episode',
    ref: (m) => ({ episode: Math.max(num(m[1]), num(m[2])), korean: true }),
  },
  { re: /첫\s?(?:회|방송(?:된|한|분|에서|은|에)?)/g, rule: 'premiere', ref: () => ({ episode: 1, night: true }) },
  { re: /(?:이날|당일)\s*(?:방송|방영|공개)?/g, rule: 'same-night', ref: () => ({ episode: 'context' }) },
  {
    re: /(?:지난|앞선|직전|전\s?회|지난주)\s*(?:방송|회|화|방영|에피소드)|지난\s?주|\b(?:the |on the |in the )?(?:previous|last week'?s|last time'?s|prior)\s+(?:episodes?|broadcasts?|week)\b|\bthe last broadcast\b/gi,
    rule: 'previous',
    ref: () => ({ episode: 'previous' }),
  },
  {
    re: /(?:전날|어제)\s*(?:방송|방영|공개)?/g,
    rule: 'time-date',
    ref: () => ({ episode: 'latest', dayOffset: -1 }),
  },
  {
    re: /(?:(\d{4})년\s*)?(\d{1,2})월\s*(\d{1,2})일/g,
    rule: 'time-date',
    ref: (m) => ({ episode: 'latest', date: `${m[1] ? `${m[1]}-` : ''}${m[2]}-${m[3]}` }),
  },
  {
    re: /(?:지난|오는|오늘\s?\(|\()?\s*(\d{1,2})일\)?\s*(?:밤\s*)?(?:\d{1,2}시\S*\s*)?(?:에\s*)?(?:방송|방영|공개|첫\s?방송|전파)/g,
    rule: 'time-date',
    ref: (m) => ({ episode: 'latest', date: `day-${m[1]}` }),
  },
  { re: /(\d)\s?막/g, rule: 'batch', ref: (m) => ({ episode: 'batch', batch: num(m[1]) }) },
  {
    re: /\b(?:part|act|volume|vol\.)\s*(\d|one|two|three|four)\b/gi,
    rule: 'batch',
    ref: (m) => ({ episode: 'batch', batch: /\d/.test(m[1]) ? num(m[1]) : counts.indexOf(m[1].toLowerCase()) + 1 }),
  },
  {
    re: /\b(?:episodes?|eps?\.?)\s*#?(\d{1,3})(?:\s*(?:-|–|—|to|through|and|&)\s*(\d{1,3}))?\b/gi,
    rule: 'explicit-episode',
    ref: (m) => ({ episode: Math.max(num(m[1]), m[2] ? num(m[2]) : 0) }),
  },
  { re: /\bEP\.?\s?(\d{1,3})\b/g, rule: 'explicit-episode', ref: (m) => ({ episode: num(m[1]) }) },
  {
    re: /\b(\d{1,3})(?:st|nd|rd|th)\s+(?:and\s+(\d{1,3})(?:st|nd|rd|th)\s+)?episodes?\b/gi,
    rule: 'explicit-episode',
    ref: (m) => ({ episode: Math.max(num(m[1]), m[2] ? num(m[2]) : 0) }),
  },
  {
    re: new RegExp(`\\b(${ordinals.join('|')})\\s+(?:and\\s+(${ordinals.join('|')})\\s+)?episodes?\\b`, 'gi'),
    rule: 'explicit-episode',
    ref: (m) => ({
      episode: Math.max(ordinals.indexOf(m[1].toLowerCase()), m[2] ? ordinals.indexOf(m[2].toLowerCase()) : 0) + 1,
    }),
  },
  {
    re: new RegExp(
      `\\bepisodes?\\s+(${counts.join('|')})(?:\\s*(?:-|–|to|through|and|&)\\s*(${counts.join('|')}))?\\b`,
      'gi',
    ),
    rule: 'explicit-episode',
    ref: (m) => ({
      episode: Math.max(counts.indexOf(m[1].toLowerCase()), m[2] ? counts.indexOf(m[2].toLowerCase()) : 0) + 1,
    }),
  },
  {
    re: new RegExp(`\\bfirst\\s+(${counts.join('|')}|\\d{1,2})\\s+episodes\\b`, 'gi'),
    rule: 'explicit-episode',
    ref: (m) => ({ episode: /\d/.test(m[1]) ? num(m[1]) : counts.indexOf(m[1].toLowerCase()) + 1 }),
  },
  // "The premiere" names episode 1; "will premiere in April" (the verb) does not.
  {
    re: /\b(?:the|its|series|season)\s+(?:premiere|pilot)\b(?!\s+(?:on|in|date)\b)|\bpremiere episode\b|\bpilot episode\b/gi,
    rule: 'premiere',
    ref: () => ({ episode: 1 }),
  },
  // "Queen of Tears premiere recap": the noun after a capitalised title (case matters here: "will premiere" is a verb).
  {
    re: /\bpremiere\b(?!\s+(?:on|in|date|at|this|next)\b)/g,
    rule: 'premiere',
    ref: (m) => (/[A-Z][\w'’]*\s$/.test(m.input.slice(Math.max(0, m.index - 30), m.index)) ? { episode: 1 } : null),
  },
  {
    re: /\b(?:(?:series|season)\s+)?finale\b|\b(?:final|last)\s+episodes?\b/gi,
    rule: 'finale',
    ref: () => ({ episode: 'last' }),
  },
  {
    re: /(?:제\s?)?(\d{1,3})\s*(?:-|~)?\s*(\d{1,3})?\s*(?:회|화)(?![장사원계견담식])/g,
    rule: 'explicit-episode',
    ref: (m) => ({ episode: Math.max(num(m[1]), m[2] ? num(m[2]) : 0), korean: true }),
  },
  { re: /최종회|마지막\s?회|마지막\s?화/g, rule: 'finale', ref: () => ({ episode: 'last' }) },
  {
    re: /\b(?:last night'?s|yesterday'?s|the latest|the most recent|the newest|this weekend'?s|recent)\s+(?:episode|broadcast|installment|instalment)s?\b/gi,
    rule: 'time-latest',
    ref: () => ({ episode: 'latest' }),
  },
  { re: /\bthis week'?s\s+(?:episodes?|broadcasts?)\b/gi, rule: 'time-week', ref: () => ({ episode: 'week' }) },
  {
    re: new RegExp(`\\b(${weekdays.join('|')})'?s\\s+(?:episode|broadcast|airing)\\b`, 'gi'),
    rule: 'time-weekday',
    ref: (m) => ({ episode: 'latest', weekday: weekdays.indexOf(m[1].toLowerCase()) }),
  },
  {
    re: new RegExp(
      `\\b(?:on|aired|broadcast|airing|released|dropped)\\s+(?:${weekdays.join('|')})?,?\\s*(${months.join('|')})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`,
      'gi',
    ),
    rule: 'time-date',
    ref: (m) => ({
      episode: 'latest',
      date: `${m[3] ? `${m[3]}-` : ''}${months.indexOf(m[1].toLowerCase()) + 1}-${m[2]}`,
    }),
  },
];

export function findEpisodeRefs(text: string): EpisodeRef[] {
  const refs: EpisodeRef[] = [];
  for (const p of patterns) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const ref = p.ref(m);
      if (!ref || ref.episode === 0 || (typeof ref.episode === 'number' && ref.episode > 500)) continue;
      if (refs.some((r) => m!.index < r.end && r.start < m!.index + m![0].length)) continue;
      const end = m.index + m[0].length;
      const around = text.slice(Math.max(0, m.index - 25), end + 20).split(/[.!?\n]\s/);
      const near = around.length > 1 ? (around.find((x) => x.includes(m![0])) ?? m[0]) : around[0];
      const future = futureAfter.test(text.slice(end, end + 50));
      // An episode that is the subject of a future verb had not aired either.
      const scheduled = future || scheduledNear.test(near);
      refs.push({
        start: m.index,
        end,
        text: m[0],
        rule: p.rule,
        upcoming: future || upcomingNear.test(near),
        ...(scheduled ? { scheduled: true } : {}),
        ...ref,
      } as EpisodeRef);
    }
  }
  return refs.sort((a, b) => a.start - b.start);
}
