/** A one-line progress bar on a terminal (stderr); silent when stderr is not a terminal, so scripts see only results. */
export interface ProgressBar {
  /** Moves the bar to `done` of `total`, with a short label (the current feed or show). */
  update(done: number, total: number, label?: string): void;
  /** Clears the bar's line. */
  stop(): void;
}

export function createProgressBar(stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  if (!stream.isTTY) return { update() {}, stop() {} };
  let drawn = false;
  return {
    update(done, total, label = '') {
      const width = 24;
      const ratio = total > 0 ? Math.min(1, done / total) : 0;
      const filled = Math.round(ratio * width);
      const columns = stream.columns ?? 80;
      const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${label}`;
      stream.write(`\r${line.slice(0, columns - 1).padEnd(Math.min(columns - 1, line.length))}\x1b[K`);
      drawn = true;
    },
    stop() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}
