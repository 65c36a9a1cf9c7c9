/**
 * The SPARQL queries the Wikidata sync sends. Each starts with a `# haebang:` line naming it (the test server routes on
 * it). Q5398426 is "television series", Q884 South Korea; P495 country of origin, P449 original broadcaster, P1113
 * number of episodes, P580/P582 start/end time, P161 cast member (qualifiers P453 character role, P4633 name of the
 * character role).
 */
export const pageSize = 200;

const literal = (s: string) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r]/g, ' ')}"`;

export function listQuery(page: number, since: string | null): string {
  const dated = since ? `?show wdt:P580|wdt:P582 ?date . FILTER(?date >= "${since}T00:00:00Z"^^xsd:dateTime)` : '';
  return `# haebang:list
SELECT DISTINCT ?show WHERE {
  ?show wdt:P31 wd:Q5398426 ; wdt:P495 wd:Q884 .
  ${dated}
}
ORDER BY ?show
LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
}

export function findQuery(title: string): string {
  return `# haebang:find
SELECT DISTINCT ?show WHERE {
  VALUES ?name { ${literal(title)}@en ${literal(title)}@ko }
  ?show rdfs:label|skos:altLabel ?name ; wdt:P31 wd:Q5398426 ; wdt:P495 wd:Q884 .
}
LIMIT 5`;
}

export function showQuery(qid: string): string {
  const label = (v: string, of: string, lang: string) =>
    `OPTIONAL { ${of} rdfs:label ?${v} . FILTER(LANG(?${v}) = "${lang}") }`;
  return `# haebang:show
SELECT ?kind ?value ?item ?en ?ko ?role WHERE {
  VALUES ?show { wd:${qid} }
  { ?show rdfs:label ?value . FILTER(LANG(?value) IN ("en", "ko")) BIND("label" AS ?kind) }
  UNION { ?show skos:altLabel ?value . FILTER(LANG(?value) IN ("en", "ko")) BIND("alias" AS ?kind) }
  UNION { ?show wdt:P580 ?value . BIND("start" AS ?kind) }
  UNION { ?show wdt:P582 ?value . BIND("end" AS ?kind) }
  UNION { ?show wdt:P1113 ?value . BIND("episodes" AS ?kind) }
  UNION { ?show wdt:P449 ?item . BIND("network" AS ?kind) ${label('en', '?item', 'en')} ${label('ko', '?item', 'ko')} }
  UNION {
    ?show p:P161 ?statement . ?statement ps:P161 ?item . BIND("cast" AS ?kind)
    ${label('en', '?item', 'en')} ${label('ko', '?item', 'ko')}
    OPTIONAL { ?statement pq:P453 ?roleItem . ?roleItem rdfs:label ?roleLabel . FILTER(LANG(?roleLabel) = "en") }
    OPTIONAL { ?statement pq:P4633 ?roleName }
    BIND(COALESCE(?roleName, ?roleLabel) AS ?role)
  }
}`;
}
