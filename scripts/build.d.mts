// Types of scripts/build.mjs, for the TypeScript that imports it (the startup bench).
export const root: string;
export const dist: string;
export function buildNeeded(): string | null;
export function build(): void;
export function ensureBuilt(options?: { quiet?: boolean }): void;
