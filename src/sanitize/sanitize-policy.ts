/**
 * The sanitizer policy, as data: which tags and attributes survive, which URL schemes links and images may use, and
 * which hosts may be embedded as video iframes. Anything not listed here is removed.
 */
export const allowedTags = [
  'p',
  'br',
  'hr',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'code',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'mark',
  'q',
  'cite',
  'abbr',
  'time',
  'span',
  'a',
  'img',
  'picture',
  'source',
  'figure',
  'figcaption',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'caption',
  'iframe',
] as const;

export const allowedAttributes: Record<string, readonly string[]> = {
  a: ['href', 'title'],
  img: ['src', 'srcset', 'alt', 'title', 'width', 'height'],
  source: ['srcset', 'type', 'media'],
  iframe: ['src', 'width', 'height', 'title', 'allowfullscreen'],
  time: ['datetime'],
  abbr: ['title'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  blockquote: ['cite'],
  q: ['cite'],
};

/** Classes that survive: only the reader's own mention highlight (`<a class="mention">`, added after extraction). */
export const allowedClasses: Record<string, readonly string[]> = { a: ['mention'] };

/** Schemes allowed in href/src: never javascript:, data:, vbscript: or file:. */
export const allowedSchemes = ['http', 'https', 'mailto'] as const;

/** Only these hosts may be embedded as iframes (video players). */
export const allowedIframeHosts = [
  'www.youtube.com',
  'youtube.com',
  'www.youtube-nocookie.com',
  'player.vimeo.com',
  'tv.naver.com',
  'tv.kakao.com',
] as const;

/** Images this small are tracking pixels, and images from these hosts are trackers: both are dropped. */
export const trackingPixelMaxSize = 2;
export const trackerHostPatterns = [
  /(^|\.)doubleclick\.net$/,
  /(^|\.)google-analytics\.com$/,
  /(^|\.)scorecardresearch\.com$/,
  /(^|\.)facebook\.com$/,
  /(^|\.)quantserve\.com$/,
  /^pixel\./,
  /^stats\./,
];
