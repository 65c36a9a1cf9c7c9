import type { Sentence } from './split-sentences.js';

/**
 * What a sentence does in an article. Only `plot` (events of the story) and `ending` (how the story ends) reveal
 * anything; the other roles are how the press surrounds a story: the premise and the characters' setup, promotion
 * of what is coming (stills, teasers, "tune in"), production and behind-the-scenes talk, ratings figures, reactions,
 * and navigation (watch links, related lists, comment headers, bylines).
 */
export type SentenceRole =
  | 'plot'
  | 'ending'
  | 'premise'
  | 'promotion'
  | 'production'
  | 'ratings'
  | 'reaction'
  | 'navigation'
  | 'other';

const navigation =
  /^(?:watch(?: now| here| it)?\b|source\b|sources?\s*\(|how does this article|related\b|read more|more from|comments?\b|reply\b|share\b|advertisement|subscribe|sign up|click here|follow us|tags?:|photo:|credit:|\[?사진\b|▶|ⓒ|©|copyright|무단\s?전재|관련\s?기사|다른\s?기사)|\b(?:with (?:english )?subtitles below|watch (?:the )?(?:full )?episodes? (?:on|below|here))\b|기자\s*$|^\[[^\]]*=\s*[^\]]*기자\]$/i;

/** Events of a story, English: what characters do and what happens to them. */
const plotEn =
  /\b(?:kiss(?:ed|es|ing)?|confess(?:ed|es|ing|ion)?|died|dies|die|dead|revealed (?:\w+ )?(?:[A-Z][\w.]* )*(?:\w+['’]s )?(?:past|secret|identity|truth|feelings|plan)|saved (?:by|from|her|him)|(?:was|were|is|are) (?:depicted|shown|revealed|portrayed|drawn)|death|killed|kills|murder(?:ed|s|er)?|reveal(?:ed|s)? (?:that|to|his|her|their|himself|herself)|turns? out|turned out|twist|broke up|breaks? up|break-?up|propos(?:ed|es|al)|(?<!\b(?:been|are|is|were|was|be|newly|the|a|happily|unhappily) )married|marries|wedding|pregnan\w*|arrest(?:ed|s)?|jail(?:ed)?|betray\w*|reunit\w*|the cliffhanger (?:where|when|in which|of)|found out|finds out|learn(?:ed|s|t) (?:that|of|about|the)|discover(?:ed|s)|realiz(?:ed|es)|the scene (?:where|in which)|scene where|flashback|time skip|time jump|hug(?:ged|s)?|cried|cries|in tears|fought|fights|rescue[ds]?|escape[ds]?|collaps(?:ed|es)|shot|stabbed|attack(?:ed|s)|survive[ds]?|sacrific\w*|diagnos\w*|terminal|amnesia|memor(?:y|ies) (?:back|return)|regain\w*|wakes? up|woke up|left (?:for|her|him|the(?! (?:viewers?|fans|audiences?|readers)\b))|leaves (?:for|her|him|the)|returns? to|returned to|went (?:their|his|her) separate|separate ways|decid(?:ed|es) to|refus(?:ed|es)|reject(?:ed|s)|chose|chooses|falls? for|fell for|fell in love|falls? in love|breakup|ends? up|ended up|caught|exposed|punish\w*|(?:takes?|took|gets?|got|exact(?:s|ed)?) (?:\w+ )?revenge|avenge[ds]\b|ending|ends with|ended with|finally|in the end|happily ever after)\b/i;

/** The story's end: an ending given away (not the end of one episode). */
const endingCue =
  /\b(?:happy ending|sad ending|open ending|the (?:drama's|show's|series'?|story's) ending|ending explained|happily ever after|(?:series|show|drama|story|season) (?:ends|ended|concludes?|concluded) (?:with|on|as(?! (?:strongly|well|good|badly|beautifully|strong|it (?:began|started))\b)))|결말|해피\s?엔딩|새드\s?엔딩|열린\s?결말|대단원/i;

/** Korean plot: "이날 방송에서는", "방송 말미", scenes and characters "(배우)". */
const plotKoIntro =
  /(?:이날|지난|앞선|전날|어제|첫|\d+\s*(?:회|화))\s*(?:방송|방영)(?:에서|분)(?:는|은)?\s|\d+\s*(?:회|화)에서(?:는)?\s|방송\s?말미|엔딩|장면|모습이\s*(?:그려|담겨|펼쳐)|전개|반전|정체/;
const characterActor = /[가-힣]{1,5}\s?\((?:[가-힣]{2,4}|[A-Z][\w.]+(?: [A-Z][\w.-]+)*)\)/;
const plotKo =
  /키스|고백|죽음|죽었|사망|숨(?:을 거|졌)|살해|반전|정체|재회|이별|헤어|결혼|청혼|프러포즈|체포|복수|배신|눈물|오열|절규|기억을 (?:되찾|잃)|목격|위기|납치|습격|피습|총|쓰러|구하|구출|탈출|깨어|밝혀|드러|알게|깨달|결심|선택|거절|떠나|돌아|만나|입맞춤|포옹|맞이|응징/;
const ratingsFig =
  /\d+(?:\.\d+)?\s?(?:%|percent|퍼센트)|시청률|\bNielsen\b|\bviewership\b|\bratings?\b|\b(?:AGB|TNmS)\b|화제성|동시간대|\b(?:new|record|all-time|personal|series) (?:high|low|best)\b|\bclimb(?:s|ed|ing)? (?:to|in)\b/i;
const promotion =
  /\b(?:stills|still (?:cuts?|images?|photos?)|teasers?|theor(?:y|ies)|predictions?|speculat\w*|trailer|preview(?:ed|s)?|poster|will (?:air|be aired|premiere|be released|(?:begin|start) airing)|(?:to|will) be (?:broadcast|released|shown)|will be (?:seen|portrayed|depicted)|premieres? (?:on|in|this|next)|(?:is|are) coming to|arriv(?:es|ing) (?:on|in)|to air|airs? (?:on|at|this|next|tonight)|tune in|upcoming|next episode|next week|coming up|stay tuned|(?:newly|just) released (?:photos|images|stills)|what will happen|will (?:\w+ )?(?:find|be able|manage|overcome|survive)|keep an eye)\b|예고|스틸|티저|포스터|공개된 (?:사진|스틸|영상)|오는\s*\d+일|방송될|방송 예정|방송된다|공개될|공개 예정|궁금증|기대(?:를|감|가)|(?:관심|이목|시선)(?:이|을)?\s?(?:쏠|모|집중)|주목된다|귀추|지켜봐야|어떤 \S+ (?:펼쳐|그려)|될지|을지|할지/i;
const premise =
  /\b(?:is (?:a|an) (?:\w+ )*(?:drama|series|story|show|romance|thriller|comedy|k-?drama) (?:about|that|following|in which|of|set)|tells the (?:story|tale)|follows (?:the|a|an|three|two)|revolves around|centers on|centres on|is about|synopsis|logline|premise|stars? (?:as|in)|starring|plays? (?:the|a|an|his|her)|portrays?|cast as|takes on the role|in the role of|role of|is set in|the story of|a story about|based on|(?:comedy|drama|thriller|series|romance|story|tale|webtoon|novel)[”"’]? (?:about|of|in which) (?:a|an|the|two|three|four)\b|^[^,]{0,60}\b(?:is|are) (?:a|an|the) (?:\w+ ){0,3}(?:who|whose|with|from)\b|played (?:a|an|the|his|her)|(?:take|took|takes) on the role|(?:drama|series) (?:depicts|deals with|explores))\b|그린 (?:드라마|작품|이야기)|(?:이야기|과정)를 (?:담은|그린|그리는)|(?:이야기|과정)를 그린다|드라마다|작품이다|역을 맡|(?:로|으로)\s?(?:완벽(?:하게|히)?\s?)?변신|역으로 (?:분|출연)|(?:로|으로) 분(?:해|한|했)|연기한다|출연한다|출연하는|주연을 맡/i;
const production =
  /\b(?:filming|filmed|on set|behind[- ]the[- ]scenes|rehears\w*|script|director|the actors?|actress|the cast|interview|press conference|showcase|photoshoot|making[- ]of|recalled|shared (?:his|her|their)|said|says|told|added|explained|commented|revealed in an interview)\b|촬영|현장|비하인드|메이킹|소감|인터뷰|제작발표회|기자간담회|밝혔다|말했다|회상|연기 호흡|열연/i;
const reaction =
  /\b(?:netizens?|viewers|fans|audiences?|readers|commenters?|i think|i loved|i hate|i can't|my heart|so good|amazing|can't wait|omg|lol|this drama|what do you think|let us know)\b|시청자|네티즌|누리꾼|호평|반응|극찬|화제를 모/i;

/** A headline or dek that declares the episodes it covers: "Episodes 3-4 recap", "[어제TV] … 9회". */
const scopeHeadline =
  /(?:\b(?:episodes?|eps?\.?)\s*\d|\b\w+(?:st|nd|rd|th)? (?:and \w+ )?episodes?\b|\d\s*(?:회|화)).*\b(?:recap|review|spoilers?|explained|ending)\b|\b(?:recap|review|spoilers? for)\b.*\b(?:episodes?|eps?\.?)\s*\w|\[어제\s?TV\]|리뷰|스포/i;

const firstPerson =
  /\b(?:I|I'm|I've|I'd|me|my|we|us|our)\b|^(?:Many |Some |The )?(?:viewers|fans|netizens|audiences?)\b/i;

/** A Korean past-tense verb: a syllable with final ㅆ followed by 다/고/지/는데/으나/던. */
function koreanPast(text: string): boolean {
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i) - 0xac00;
    if (c >= 0 && c < 11172 && c % 28 === 20 && !'있겠'.includes(text[i]) && /[다고지는으던]/.test(text[i + 1]))
      return true;
  }
  return false;
}

export interface RoleOptions {
  /** The sentence names a character of a show, or a cast member as "Character (Actor)". */
  namesCharacter: boolean;
  /** The paragraph opens with the premise: its loose narration is the synopsis, not events. */
  premiseBlock?: boolean;
  /** Character names the text introduced ("Mi-jeong (Kim Ji-won)"). */
  characters?: string[];
}

const verbAfter =
  /^(?:,[^,]{0,60},)? (?:(?:finally|then|later|also|soon|eventually|suddenly|quickly|still|now|only|even|immediately) )?(?!is\b|are\b|was\b|were\b|has\b|have\b|had\b|will\b|would\b|can\b|could\b|may\b|might\b|should\b|must\b|does\b|plays?\b|played\b|stars?\b|starred\b|said\b|says\b|told\b|works?\b|lives?\b|dreams?\b|wants?\b|aspires?\b|aspired\b|dreamed\b|hoped\b|wished\b|lived\b|worked\b|needs?\b)[a-z]+(?:s|ed)\b(?!,)/;

/** A character doing something: a name the text gave a character, or a pronoun, followed by a verb. */
function narrates(t: string, names: string[]): boolean {
  for (const n of names) {
    for (let at = t.indexOf(n); at >= 0; at = t.indexOf(n, at + 1))
      if (verbAfter.test(t.slice(at + n.length))) return true;
  }
  return (
    /(?:^|[,;:] |\b(?:when|after|before|as|while|but|and|then|so|until|because) )(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]he (?:two|couple|pair|duo))(?= )/.test(
      t,
    ) &&
    /\b(?:he|she|they|two|couple|pair|duo)\b(?:,[^,]{0,60},)? (?:(?:finally|then|later|also|soon|eventually|suddenly|still) )?(?!is\b|are\b|was\b|has\b|will\b|would\b|plays?\b|played\b|stars?\b|said\b|says\b)[a-z]+(?:s|ed)\b/i.test(
      t,
    )
  );
}

/** A plot word that names a genre ("a revenge drama", "murder mystery", "time-travel romance") tells no event. */
const genre =
  /\b[\w-]+(?=[- ](?:drama|thriller|series|romance|rom-?com|comedy|melodrama|mystery|saga|tale|story|webtoon|novel|film|k-?drama)s?\b)/gi;

const castSetup =
  /\b(?:plays|played|portrays|portrayed|stars as|starring as) (?:[A-Z][\w'’-]+ ){0,3}[A-Z][\w'’-]+, (?:a|an)\b/;

/**
 * A frame the press puts around the premise ("the story revolves around", "is based on a webtoon about", "In the 2018
 * drama X, …", "The show begins with"): what follows is the setup, whatever its words, unless an episode is named.
 */
const premiseFrame =
  /\b(?:the (?:premise|synopsis|logline)\b|(?:plays|played|portrays|portrayed|stars as) (?:a|an) |the (?:premise|story|plot|series|drama|show)(?: \w+)? (?:is about|revolves|follows|centers|centres|tells)|revolves around|tells the (?:story|tale) of|(?:is|are) based on (?:a|an|the)|is the (?:story|tale) of|(?:is|was) (?:a|an) (?:[\w-]+ ){0,3}(?:drama|series|story|romance|thriller|comedy|melodrama) (?:about|following|in which)|^in the (?:\d{4} )?(?:[\w-]+ )?(?:drama|series)\b|the (?:show|series|drama|story) (?:begins|opens|starts) (?:with|after|when|as))|(?:이야기|과정|성장기|로맨스)(?:를|을) (?:담은|그린|그리는|그린다)|그린 (?:드라마|작품|이야기)/i;
const namesEpisode = /\b(?:episodes?|eps?\.?\s?\d|finale|premiere)\b|\d\s*(?:회|화)|최종회|마지막\s?회/i;

/** Scheduling: releases, air times, delays, reruns ("planned to release episodes 8 and 9", "결방", "재방송"). */
const schedule =
  /\b(?:(?:is|are) (?:finally )?(?:here|out now)|(?:has|have) (?:finally )?(?:arrived|dropped|landed)|now streaming|release[sd]?|releasing|postpon\w*|delay(?:ed|s)?|scheduled|reruns?|re-?air\w*|(?:begin|start)s? airing|will (?:begin|start) airing|time ?slot)\b|결방|재방송|편성|방송 시간|방영 시간/i;

/** What a still or a poster shows ("the two are seen sitting"): in a text about images, a description, not events. */
const depiction =
  /\b(?:is|are|was|were) (?:shown|seen|captured|pictured|spotted)\b|\bpos(?:es|ing)\b|모습(?:이|을)? ?(?:담겼|담긴|포착)/gi;

/** Whether a sentence tells events once what an image shows is taken out ("are seen sitting" is no event). */
/** A frame that opens the setup ("The story follows …", "X plays Y, a …"): the narration after it is the synopsis. */
export function opensSetup(text: string): boolean {
  return (castSetup.test(text) || premiseFrame.test(text)) && !namesEpisode.test(text);
}

/**
 * Words that move a story past its setup ("finally", "later", "it turns out", a confession, a kiss, a reunion, an
 * episode named): a sentence with them tells events even inside a synopsis paragraph.
 */
export const storyAdvance =
  /\b(?:finally|eventually|in the end|ultimately|later|at last|by the end|turns? out|turned out|it is revealed|(?:is|was) revealed|confess(?:es|ed)|kiss(?:es|ed)|propos(?:es|ed)|reunit\w*|broke up|breaks? up|marries|got married|gets married|cliffhanger|the (?:ending|finale)|episodes?)\b|결국|마침내|드디어|밝혀졌|고백했|키스했|재회했|사망했|죽었|결말|최종회/i;

export function eventsBesidesDepiction(text: string, korean: boolean): boolean {
  const rest = text.replace(depiction, ' ');
  return korean ? plotKo.test(rest) : plotEn.test(rest);
}

const numberedEpisode = /\b(?:episodes?|eps?\.?)\s*\d|\b\d+(?:st|nd|rd|th) episode|\d\s*(?:회|화)(?![가-힣])/i;
const genreWord = /drama|thriller|series|rom|comedy|mystery|saga|tale|story|webtoon|novel|film/i;

/** The role of one sentence, from its block and its wording. */
export function sentenceRole(s: Sentence, opts: RoleOptions): SentenceRole {
  const t = s.text;
  const events =
    s.korean || !genreWord.test(t) ? t : t.replace(genre, (w) => (plotEn.test(w) ? 'genre'.padEnd(w.length, ' ') : w));
  const email = t.includes('@') && /[\w.]+@[\w.]+\.\w+/.test(t);
  if (s.block === 'related' || s.block === 'source' || email || navigation.test(t)) return 'navigation';
  if (s.block === 'caption') return 'other';
  const question = /\?["”’]?$|[까나]\s*[?…]?["”’']?$|될까|할까|을까/.test(t);
  if (endingCue.test(t) && !promotion.test(t) && !question) return 'ending';
  // "Song plays Moon Dong-eun, a woman who …": a character's setup, whatever its words, unless it names an episode.
  if ((castSetup.test(t) || premiseFrame.test(t)) && !namesEpisode.test(t)) return 'premise';
  const character = opts.namesCharacter || characterActor.test(t);
  if ((s.block === 'headline' || s.block === 'dek') && scopeHeadline.test(t) && !promotion.test(t)) return 'plot';
  const cue = s.korean ? plotKo.test(t) || plotKoIntro.test(t) : plotEn.test(events);
  const plot = s.korean
    ? (cue || character) && koreanPast(t)
    : (cue &&
        (character ||
          /\b(?:he|she|they|his|her|the (?:couple|duo|pair|two|leads?))\b/i.test(t) ||
          (s.block === 'headline' && !production.test(t)))) ||
      (character && !opts.premiseBlock && narrates(t, opts.characters ?? []));
  if (question && !/\b(?:previous|last|latest)\b|지난|앞선/.test(t)) return 'reaction';
  const strong = plot && (s.korean ? plotKo.test(t) || plotKoIntro.test(t) : plotEn.test(events));
  if (ratingsFig.test(t) && !strong) return 'ratings';
  if (promotion.test(t) && !(plot && /\b(?:previous|last|latest)\b|지난|앞선|전날/.test(t))) return 'promotion';
  if (schedule.test(t) && !strong) return 'production';
  // The setup is the same in every episode: a casting phrase next to an episode number ("his role is only in
  // Episode 1, … the actor who played the dad") tells something of that episode.
  if (premise.test(t) && !strong && !numberedEpisode.test(t)) return 'premise';
  if (firstPerson.test(t) && !strong) return 'reaction';
  if (plot) return 'plot';
  if (production.test(t)) return 'production';
  if (reaction.test(t)) return 'reaction';
  return 'other';
}
