import { AppError } from '../errors/app-error.js';

export const maxArticleBytes = 5 * 1024 * 1024;

const binaryMagic: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip data', [0x1f, 0x8b]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
];

function charsetOf(contentType: string | undefined, head: string): string | null {
  const fromHeader = contentType?.match(/charset\s*=\s*["']?([\w-]+)/i)?.[1];
  if (fromHeader) return fromHeader.toLowerCase();
  const meta =
    head.match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i)?.[1] ??
    head.match(/^\s*<\?xml[^>]+encoding\s*=\s*["']([\w-]+)["']/i)?.[1];
  return meta ? meta.toLowerCase() : null;
}

function decodeAs(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Bytes to text: BOMs, a declared charset (Content-Type, <meta> or the XML declaration), else UTF-8, else EUC-KR/CP949 (the WHATWG
 * "euc-kr" decoder is CP949). Empty, binary, undecodable and over-5-MB input is refused with a one-line error.
 */
export function decodeBytes(bytes: Uint8Array, contentType?: string): string {
  if (bytes.length > maxArticleBytes) throw new AppError('input.too-large', 'input is larger than 5 MB');
  for (const [what, magic] of binaryMagic)
    if (magic.every((b, i) => bytes[i] === b))
      throw new AppError('input.binary', `input is binary (${what}), not an article`);
  let text: string | null = null;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = decodeAs(bytes.subarray(3), 'utf-8');
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decodeAs(bytes.subarray(2), 'utf-16le');
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decodeAs(bytes.subarray(2), 'utf-16be');
  else {
    if (bytes.includes(0)) throw new AppError('input.binary', 'input is binary (it has NUL bytes), not an article');
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
    const declared = charsetOf(contentType, head);
    if (declared) {
      try {
        text = decodeAs(bytes, declared) ?? new TextDecoder(declared).decode(bytes);
      } catch {
        text = null;
      }
    }
    text ??= decodeAs(bytes, 'utf-8') ?? decodeAs(bytes, 'euc-kr');
  }
  if (text === null) throw new AppError('input.undecodable', 'input is not valid UTF-8, UTF-16 or EUC-KR/CP949 text');
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) controls++;
  }
  if (controls > 8 && controls / text.length > 0.01)
    throw new AppError('input.binary', 'input looks binary (control characters), not an article');
  if (!text.trim()) throw new AppError('input.empty', 'input is empty');
  return text;
}
