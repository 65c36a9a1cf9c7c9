/**
 * Axis ticks from 0 to a round number at or above `max`: steps of 1, 2 or 5 times a power of ten, at most `most`
 * steps. `integer` keeps steps whole (counts of items). A max of 0 still gives one step, so an axis is never flat.
 */
export function niceTicks(max: number, most = 5, integer = false): number[] {
  const top = Math.max(max, integer ? 1 : 0.1);
  const rough = top / most;
  const power = 10 ** Math.floor(Math.log10(rough));
  let step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  if (integer) step = Math.max(1, Math.ceil(step));
  const count = Math.ceil(top / step - 1e-9);
  return Array.from({ length: count + 1 }, (_, i) => round(i * step));
}

/** Drops floating-point noise (0.30000000000000004 → 0.3). */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
