// Builds a dataset in a temporary sibling folder and swaps it in, so readers only ever see a whole dataset.
import { mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Runs `fill(tempDir)` on a fresh folder beside `outputDir`, then replaces `outputDir` with it:
 * old → `.old`, new → output, old removed. If `fill` throws, the temp folder is removed and `outputDir` is untouched.
 */
export async function replaceDirectory<T>(outputDir: string, fill: (tempDir: string) => Promise<T>): Promise<T> {
  const target = path.resolve(outputDir);
  const prefix = path.join(path.dirname(target), `.${path.basename(target)}.`);
  await mkdir(path.dirname(target), { recursive: true }); // `build --output a/b/site` may name a new folder
  const tempDir = await mkdtemp(`${prefix}new-`);
  let result: T;
  try {
    result = await fill(tempDir);
  } catch (error) {
    await rm(tempDir, { recursive: true, force: true });
    throw error;
  }
  await swapIn(tempDir, target, prefix);
  return result;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false);
}

async function swapIn(tempDir: string, target: string, prefix: string): Promise<void> {
  if (!(await exists(target))) {
    await rename(tempDir, target);
    return;
  }
  const oldDir = `${prefix}old-${path.basename(tempDir).slice(-6)}`;
  await rename(target, oldDir);
  try {
    await rename(tempDir, target);
  } catch (error) {
    await rename(oldDir, target);
    await rm(tempDir, { recursive: true, force: true });
    throw error;
  }
  await rm(oldDir, { recursive: true, force: true });
}
