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

/**
 * Cleans HTML we show to a reader with an allowlist (the policy in sanitize-policy.ts): no scripts, styles, event
 * handlers, forms, javascript:/data: URLs, iframes other than known video hosts, or tracking pixels. It only
 * removes; run it after the last step that changes content (URLs are made absolute before it). Input is bounded
 * first (`boundHtml`: at most 2 MB, nesting at most 64 deep), so its cost is linear in the input.
 */
export function sanitizeHtml(html: string): string {
  // Broken markup can come out of one pass in a shape a second pass still changes (a <p> left inside a <p>);
  // passes repeat until the output is stable, so sanitising is idempotent.
  let out = sanitizeOnce(boundHtml(html));
  for (let pass = 0; pass < 4; pass++) {
    const again = sanitizeOnce(out);
    if (again === out) break;
    out = again;
  }
  return out;
}

function sanitizeOnce(html: string): string {
  return sanitize(html, {
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
    exclusiveFilter: (frame) =>
      (frame.tag === 'img' && isTrackingImage(frame.attribs)) || (frame.tag === 'iframe' && !frame.attribs.src),
  });
}
