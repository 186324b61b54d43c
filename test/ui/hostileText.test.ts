// Hostile text in the editor, trusted workspace: a folder whose articles, titles, front matter
// and file names carry script, markup, command and javascript: links, Markdown, template
// strings, HTML comments and a right-to-left override (test/fixtures/hostile-editor), shown
// in every surface of the extension and in the exported report. Nothing may run or load (a
// dialog, a changed title, a request to a loopback port would be seen), and every payload
// must read back as text. Steps in test/ui/hostile/; screenshots hostileText-*.png.
import type { UiContext, UiTestOptions } from '../harness';
import { FILES, FOLDER } from './hostile/corpus';
import { visitHostileSurfaces } from './hostile/surfaces';

export const options: UiTestOptions = {
  folder: FOLDER,
  openFile: `${FOLDER}/${FILES.wire}`,
  machineSettings: { 'workbench.startupEditor': 'none', 'editor.wordWrap': 'on' },
  timeoutMs: 180_000,
};

export async function run(ctx: UiContext): Promise<void> {
  await visitHostileSurfaces(ctx, false);
}
