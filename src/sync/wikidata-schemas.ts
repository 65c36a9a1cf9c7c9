import { z } from 'zod';

/** A SPARQL 1.1 query result in JSON (https://www.w3.org/TR/sparql11-results-json/), as Wikidata sends it. */
const term = z.looseObject({
  type: z.enum(['uri', 'literal', 'bnode', 'typed-literal']),
  value: z.string(),
  'xml:lang': z.string().optional(),
  datatype: z.string().optional(),
});

export const sparqlResultSchema = z.looseObject({
  head: z.looseObject({ vars: z.array(z.string()) }),
  results: z.looseObject({ bindings: z.array(z.record(z.string(), term)) }),
});

export type SparqlBinding = z.infer<typeof sparqlResultSchema>['results']['bindings'][number];

/** The QID at the end of an entity URI (http://www.wikidata.org/entity/Q42 -> Q42), or null. */
export function qidOf(uri: string | undefined): string | null {
  const m = uri?.match(/\/entity\/(Q[1-9]\d*)$/);
  return m ? m[1] : null;
}
