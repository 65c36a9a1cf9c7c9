/** A string or template literal of a source file: its text (a template's `${…}` parts as \0) and line. */
export interface SourceLiteral {
  line: number;
  text: string;
  /** A template tagged `html` (hono/html): its text is markup. */
  html: boolean;
  /** The code just before it (up to 60 characters), to tell what it is given to. */
  before: string;
}

/**
 * The string and template literals of a TypeScript source, comments and regular expressions skipped, templates
 * inside `${…}` read too. A small scanner, not a parser: enough for the project's own files, which Biome formats.
 */
export function sourceLiterals(source: string): SourceLiteral[] {
  const out: SourceLiteral[] = [];
  let i = 0;
  const lineAt = (p: number) => source.slice(0, p).split('\n').length;
  const push = (start: number, text: string, html: boolean) =>
    out.push({ line: lineAt(start), text, html, before: source.slice(Math.max(0, start - 60), start) });
  const readQuoted = (quote: string) => {
    const start = i++;
    let text = '';
    while (i < source.length && source[i] !== quote) {
      if (source[i] === '\\') i++;
      text += source[i++];
    }
    i++;
    push(start, text, false);
  };
  const readTemplate = (html: boolean) => {
    const start = i++;
    let text = '';
    while (i < source.length && source[i] !== '`') {
      if (source[i] === '\\') {
        text += source[i + 1];
        i += 2;
      } else if (source[i] === '$' && source[i + 1] === '{') {
        i += 2;
        text += '\0';
        readCode('}');
        i++;
      } else text += source[i++];
    }
    i++;
    push(start, text, html);
  };
  const readRegExp = () => {
    let inClass = false;
    for (i++; i < source.length && (source[i] !== '/' || inClass); i++) {
      if (source[i] === '\\') i++;
      else if (source[i] === '[') inClass = true;
      else if (source[i] === ']') inClass = false;
    }
    i++;
  };
  function readCode(until: string | null): void {
    let depth = 0;
    while (i < source.length) {
      const c = source[i];
      if (c === until && depth === 0) return;
      if (c === '{') depth++;
      else if (c === '}') depth--;
      const before = source.slice(Math.max(0, i - 8), i);
      if (c === '/' && source[i + 1] === '/') i = source.includes('\n', i) ? source.indexOf('\n', i) : source.length;
      else if (c === '/' && source[i + 1] === '*') i = source.indexOf('*/', i) + 2;
      else if (c === "'" || c === '"') readQuoted(c);
      else if (c === '`') readTemplate(/\bhtml\s*$/.test(before));
      else if (c === '/' && /([(,=:[!&|?{};]|\breturn)\s*$/.test(before)) readRegExp();
      else i++;
    }
  }
  readCode(null);
  return out;
}
