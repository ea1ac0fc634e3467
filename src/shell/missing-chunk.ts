/**
 * Whether an error is the browser failing to load a lazily imported chunk: offline, with a lesson
 * that was never opened with a network (MNIST lessons are not precached), or after an update
 * removed the old build's files.
 */
export function isMissingChunk(error: Error): boolean {
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported/i.test(error.message);
}
