import type { CrewRole } from '../catalog/catalog-schema.js';

/** Words the press puts before or after a credit: "director Kim Hee-won", "극본 박재범", "김은숙 작가", "PD Kim". */
const before: Array<[CrewRole, RegExp]> = [
  ['director', /(?:\b(?:director|directed by|PD|producer-director)|감독|연출|피디)\s*[:=]?\s*$/i],
  ['writer', /(?:\b(?:writer|screenwriter|scriptwriter|written by|screenplay by)|작가|극본|각본)\s*[:=]?\s*$/i],
  ['creator', /\b(?:creator|created by)\s*[:=]?\s*$/i],
];
const after: Array<[CrewRole, RegExp]> = [
  ['director', /^(?:\s*(?:PD|감독|연출|피디)(?![가-힣A-Za-z])|,? (?:the )?director\b)/],
  ['writer', /^(?:\s*(?:작가|극본|각본)(?![가-힣A-Za-z])|,? (?:the )?(?:screen)?writer\b)/],
];

/**
 * The crew role a text gives the name at start..end, if any: a role word right before it (in the same clause, past
 * other names of a credit list: "연출 정대윤∙김상호") or right after it.
 */
export function crewRoleAt(text: string, start: number, end: number): CrewRole | null {
  let lead = text.slice(Math.max(0, start - 24), start);
  const cut = Math.max(...['.', '!', '?', '\n', '(', ')', ';'].map((c) => lead.lastIndexOf(c)));
  if (cut >= 0) lead = lead.slice(cut + 1);
  // Past other names of the same credit ("연출 정대윤∙김상호", "directors Kim and Lee").
  const credit = lead.replace(
    /(?:[가-힣]{2,4}|[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+){0,2})\s*(?:[,∙·、]|and|및|와|과)\s*$/u,
    '',
  );
  for (const [role, re] of before) if (re.test(lead) || re.test(credit)) return role;
  const tail = text.slice(end, end + 16);
  for (const [role, re] of after) if (re.test(tail)) return role;
  return null;
}
