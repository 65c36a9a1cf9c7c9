import sanitize from 'sanitize-html';
import { boundHtml } from '../extract/bound-html.js';
import {
  allowedAttributes,
  allowedClasses,
  allowedIframeHosts,
  allowedSchemes,
  allowedTags,
  trackerHostPatterns,
  trackingPixelMaxSize,
} from './sanitize-policy.js';

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

function isTrackingImage(attribs: Record<string, string>): boolean {
  const size = (v: string | undefined) => (v === undefined || v.trim() === '' ? Number.NaN : Number.parseInt(v, 10));
  const w = size(attribs.width);
  const h = size(attribs.height);
  if (w <= trackingPixelMaxSize || h <= trackingPixelMaxSize) return true;
  const host = hostOf(attribs.src);
  return !!host && trackerHostPatterns.some((p) => p.test(host));
}

/** Elements with no content: the parser closes them itself (an implied close), which changes nothing. */
const voidTags = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'source', 'track', 'wbr']);

/**
 * Cleans HTML we show to a reader with an allowlist (the policy in sanitize-policy.ts): no scripts, styles, event
 * handlers, forms, javascript:/data: URLs, iframes other than known video hosts, or tracking pixels. It only
 * removes; run it after the last step that changes content (URLs are made absolute before it). Input is bounded
 * first (`boundHtml`: at most 2 MB, nesting at most 64 deep), so its cost is linear in the input; `bounded` says the
 * caller did that already (docFromContentHtml's output: a bounded tree, serialised).
 */
export function sanitizeHtml(html: string, options: { bounded?: boolean } = {}): string {
  // Broken markup can come out of one pass in a shape a second pass still changes (a <p> left inside a <p>, once a
  // dropped tag no longer holds it apart); passes repeat until the output is stable, so sanitising is idempotent. A
  // pass that dropped no element and met no close it had to imply (every tag allowed, kept and closed where the
  // input closed it: a serialised tree of allowed tags, as ingest's content mostly is) gives back the same tags in
  // the same tree, with attributes and text in the form it writes them: the next pass would change nothing. The
  // idempotence properties in sanitize-html.test.ts hold that claim to account.
  let { html: out, clean } = sanitizeOnce(options.bounded ? html : boundHtml(html));
  if (clean) return out;
  for (let pass = 0; pass < 4; pass++) {
    const again = sanitizeOnce(out).html;
    if (again === out) break;
    out = again;
  }
  return out;
}

const policy = {
  allowedTags: [...allowedTags],
  allowedAttributes: Object.fromEntries(Object.entries(allowedAttributes).map(([k, v]) => [k, [...v]])),
  allowedClasses: Object.fromEntries(Object.entries(allowedClasses).map(([k, v]) => [k, [...v]])),
  allowedSchemes: [...allowedSchemes],
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite', 'srcset'],
  allowProtocolRelative: false,
  allowedIframeHostnames: [...allowedIframeHosts],
  allowIframeRelativeUrls: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'title', 'select', 'button'],
} satisfies sanitize.IOptions;
const allowed = new Set<string>(allowedTags);

/** One pass of sanitize-html, and whether it kept every element as it was (see sanitizeHtml). */
function sanitizeOnce(html: string): { html: string; clean: boolean } {
  let clean = true;
  const out = sanitize(html, {
    ...policy,
    onOpenTag: (name) => {
      if (!allowed.has(name)) clean = false;
    },
    onCloseTag: (name, isImplied) => {
      if (isImplied && !voidTags.has(name)) clean = false;
    },
    exclusiveFilter: (frame) => {
      const drop =
        (frame.tag === 'img' && isTrackingImage(frame.attribs)) || (frame.tag === 'iframe' && !frame.attribs.src);
      if (drop) clean = false;
      return drop;
    },
  });
  return { html: out, clean };
}
