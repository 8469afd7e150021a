// One-line messages for failures: never a stack trace for bad input.
import { ExtractionError } from '../record/types.js';

/** `FILE: reason` for a page that could not be converted. */
export function describeFailure(file: string, error: unknown): string {
  if (error instanceof ExtractionError) return error.message.startsWith(file) ? error.message : `${file}: ${error.message}`;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `${file}: no such file`;
  if (code === 'EISDIR') return `${file}: is a directory`;
  if (code === 'EACCES') return `${file}: permission denied`;
  const message = error instanceof Error ? error.message : String(error);
  return `${file}: internal error while converting (${message.split('\n')[0]})`;
}
