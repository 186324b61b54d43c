import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignArticles } from '../../src/core/index';

// Each folder under test/fixtures/align is one case: its articles and an expected.json
// snapshot of the clusters found (member texts by article). UPDATE_SNAPSHOTS=1 rewrites them.
const root = join(process.cwd(), 'test/fixtures/align');
for (const name of readdirSync(root)) {
  test(`alignment fixture ${name}`, () => {
    const dir = join(root, name);
    const inputs = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => ({ path: f, text: readFileSync(join(dir, f), 'utf8') }));
    const result = alignArticles(inputs);
    const paths = new Map(result.documents.map((d) => [d.id, d.path]));
    for (const c of result.clusters) {
      for (const m of c.members) {
        const text = inputs.find((i) => i.path === paths.get(m.doc))!.text;
        assert.equal(text.slice(m.start, m.end), m.text, 'span round-trips');
      }
    }
    assert.equal(JSON.stringify(alignArticles([...inputs].reverse())), JSON.stringify(result), 'independent of input order');
    const actual = result.clusters.map((c) => ({ kind: c.kind, members: c.members.map((m) => ({ path: paths.get(m.doc), text: m.text, score: m.score })) }));
    const snap = join(dir, 'expected.json');
    if (process.env.UPDATE_SNAPSHOTS || !existsSync(snap)) writeFileSync(snap, JSON.stringify(actual, null, 2) + '\n');
    assert.deepEqual(actual, JSON.parse(readFileSync(snap, 'utf8')));
  });
}
