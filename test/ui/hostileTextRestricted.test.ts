// The hostile-text visit of hostileText.test.ts in Restricted Mode: the folder is not trusted
// (the trust prompt is answered "No"), and every surface must still show the payloads as text
// without running or loading anything. Screenshots hostileTextRestricted-*.png.
import type { UiContext, UiTestOptions } from '../harness';
import { FILES, FOLDER } from './hostile/corpus';
import { visitHostileSurfaces } from './hostile/surfaces';

export const options: UiTestOptions = {
  folder: FOLDER,
  openFile: `${FOLDER}/${FILES.wire}`,
  trust: false,
  machineSettings: { 'workbench.startupEditor': 'none', 'editor.wordWrap': 'on' },
  timeoutMs: 180_000,
};

export async function run(ctx: UiContext): Promise<void> {
  await visitHostileSurfaces(ctx, true);
}
