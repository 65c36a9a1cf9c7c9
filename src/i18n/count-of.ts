/** An English count with its noun in the right number: "1 item", "2 items", "0 items" (`many` when not `one` + s). */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
