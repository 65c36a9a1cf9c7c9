import { readFile, stat } from 'node:fs/promises';
import { AppError } from '../errors/app-error.js';

export const maxInputBytes = 5 * 1024 * 1024;

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += chunk.length;
    if (size > maxInputBytes) throw new AppError('input.too-large', 'stdin: input is larger than 5 MB');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Standard input as UTF-8 text (`analyze --stdin`'s list of sources), refusing more than `maxInputBytes`. */
export async function readStdinText(): Promise<string> {
  return (await readStdin()).toString('utf8');
}

/** Reads a file, or standard input for "-", refusing more than `maxInputBytes`. */
export async function readInput(path: string): Promise<{ bytes: Uint8Array; origin: string }> {
  if (path === '-') return { bytes: await readStdin(), origin: 'stdin' };
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new AppError('input.invalid', `${path}: is a directory`);
    if (info.size > maxInputBytes) throw new AppError('input.too-large', `${path}: file is larger than 5 MB`);
    return { bytes: await readFile(path), origin: path };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      'input.invalid',
      `${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      {
        cause: error,
      },
    );
  }
}
