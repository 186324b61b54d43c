/**
 * Building an earlier commit's engine and reading its CLI's clusters:
 *   node --import tsx --test bench/peers/pastEngine.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runEngineCli } from '../harness/tools';
import { pastEngineCli } from './pastEngine';

const ROOT = resolve(import.meta.dirname, '../..');
const EXAMPLES = join(ROOT, 'examples/kazakhstan-2022');
const hasGit = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT }).status === 0;

test('a commit that does not exist is a reason, not an exception', () => {
  const r = pastEngineCli('0123456789abcdef0123456789abcdef01234567', mkdtempSync(join(tmpdir(), 'past-')));
  assert.equal(r.ok, false);
  assert.match((r as { reason: string }).reason, /not found/);
});

test('HEAD built from its own sources runs align --json; clusters come back with kinds and exact spans', { skip: !hasGit && 'no git history here', timeout: 300_000 }, () => {
  const cache = mkdtempSync(join(tmpdir(), 'past-'));
  try {
    const built = pastEngineCli('HEAD', cache);
    assert.ok(built.ok, built.ok ? '' : built.reason);
    const again = pastEngineCli('HEAD', cache);
    assert.ok(again.ok && !again.built, 'the second call reuses the build');
    const run = runEngineCli('head', built.cli, EXAMPLES, 120_000);
    assert.ok(run.ran, run.note);
    assert.ok(run.groups!.length > 0);
    for (const g of run.groups!) {
      assert.ok(['quote', 'passage', 'boilerplate'].includes(g.kind!));
      for (const m of g.members) {
        assert.match(m.path, /^\d{3}_[0-9a-f]+\.txt$/);
        assert.ok(m.end > m.start && m.end <= readFileSync(join(EXAMPLES, m.path), 'utf8').length);
      }
    }
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
});
