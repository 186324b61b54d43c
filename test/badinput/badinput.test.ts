// The bad-input suite: every case of cases/ generated into a temporary folder, then run
// through the built command line (`npm test` builds it first) and checked (see check.ts).
import { after, before, describe, test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { availableParallelism, tmpdir } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASES } from './cases/index';
import { checkCase, unprivilegedBlocker } from './check';
import { suiteRoot, writeSuite } from './generate';

const only = process.env.BADINPUT_ONLY;
const cases = CASES.filter((c) => !only || c.name.includes(only));
let root = '';
const timings: string[] = [];

before(() => {
  root = suiteRoot(tmpdir());
  writeSuite(root, cases);
});
after(() => {
  // The slowest cases, for the record (test-results/ is not committed).
  mkdirSync(join(__dirname, '../../test-results'), { recursive: true });
  writeFileSync(join(__dirname, '../../test-results/badinput-times.txt'), timings.sort((a, b) => Number(b.split(' ')[0]) - Number(a.split(' ')[0])).join('\n') + '\n', { flag: 'w' });
  // Locked folders first made readable again, so that removing them works for any user.
  spawnSync('chmod', ['-R', 'u+rwX', root]);
  spawnSync('rm', ['-rf', root]);
});

const blocker = unprivilegedBlocker();

describe(`${cases.length} bad-input cases`, { concurrency: availableParallelism() }, () => {
  for (const c of cases) {
    test(`${c.name}: ${c.about}`, { skip: (c.unprivileged && blocker) || false }, async () => {
      const { json, text } = await checkCase(c, root);
      timings.push(`${json.ms + text.ms} ms ${c.name}`);
    });
  }
});
