/**
 * Repairs the XML mistakes feeds make most: a bare `&` that starts no entity, a bare `<` that starts no tag, and
 * control characters XML forbids. Also drops any DOCTYPE, so no entity can be defined (no expansion bombs, no
 * external entities). Well-formed XML passes through unchanged but for the DOCTYPE.
 */
const forbiddenControl = (c: number) => c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d;

export function repairXml(xml: string): string {
  const cleaned = Array.from(stripDoctype(xml))
    .filter((ch) => !forbiddenControl(ch.charCodeAt(0)))
    .join('');
  return cleaned
    .replace(
      /(<!\[CDATA\[[\s\S]*?\]\]>)|&(?!(?:[a-zA-Z][\w.-]*|#\d+|#x[0-9a-fA-F]+);)/g,
      (_m, cdata) => cdata ?? '&amp;',
    )
    .replace(
      /(<!\[CDATA\[[\s\S]*?\]\]>)|(<!--[\s\S]*?-->)|<(?![a-zA-Z_/!?])/g,
      (_m, cdata, comment) => cdata ?? comment ?? '&lt;',
    );
}

/** Removes `<!DOCTYPE ...>` including an internal subset in brackets. */
export function stripDoctype(xml: string): string {
  const start = xml.search(/<!DOCTYPE/i);
  if (start < 0) return xml;
  let depth = 0;
  for (let i = start; i < xml.length; i++) {
    const c = xml[i];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return xml.slice(0, start) + xml.slice(i + 1);
  }
  return xml.slice(0, start);
}
