import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignArticles, compareArticles, type Cluster } from '../../src/core/index';

// The embedded example corpus: five real articles on the January 2022 CSTO deployment.
const dir = join(process.cwd(), 'examples/kazakhstan-2022');
const inputs = readdirSync(dir).sort().map((f) => ({ path: `examples/kazakhstan-2022/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
const result = alignArticles(inputs);
const docOf = (prefix: string) => result.documents.find((d) => d.path.includes(`/${prefix}_`))!.id;

/** Clusters with a member in each named article containing the given words. */
function clustersWith(...wants: Array<[string, string]>): Cluster[] {
  return result.clusters.filter((c) => wants.every(([doc, words]) => c.members.some((m) => m.doc === docOf(doc) && m.text.includes(words))));
}

test('Xi Jinping’s condolences: 000 “sent” / 004 “expressed”, origin 000', () => {
  const [c] = clustersWith(['000', 'sent condolences to Kazakh President Tokayev'], ['004', 'expressed condolences to Kazakh President Tokayev']);
  assert.ok(c);
  assert.equal(c.members[c.origin].doc, docOf('000'));
});

test('Yang Jin, research fellow: 000 and 004, including the name on both sides', () => {
  const found = clustersWith(['000', 'Yang Jin, an associate research fellow at the Institute'], ['004', 'research fellow Yang Jin at the Institute']);
  assert.equal(found.length, 1);
});

test('Tokayev’s appeal to the CSTO: 002 “have appealed … assist” / 003 “turned … help”', () => {
  const [c] = clustersWith(['002', 'I have appealed to the heads of the CSTO states to assist Kazakhstan in overcoming'],
    ['003', 'I turned to the heads of the CSTO states to help Kazakhstan overcome']);
  assert.ok(c);
  assert.equal(c.kind, 'quote');
});

test('the Article 4 decision: 001 and 003', () => {
  assert.equal(clustersWith(['001', 'in accordance with Article 4 of the Collective Security Treaty'], ['003', 'in accordance with Article 4 of the Collective Security Treaty']).length, 1);
});

test('“their attack on Kazakhstan … an act of aggression”: 001 and 003', () => {
  assert.equal(clustersWith(['001', 'their attack on Kazakhstan is an act of aggression'], ['003', 'Their attack on Kazakhstan should be viewed as an act of aggression']).length, 1);
});

test('the “trained abroad” chain spans 001, 002, 003 and 004', () => {
  const found = clustersWith(['001', 'trained abroad'], ['002', 'trained abroad'], ['003', 'training abroad'], ['004', 'trained from abroad']);
  assert.equal(found.length, 1);
  assert.equal(found[0].kind, 'quote');
  assert.equal(found[0].members[found[0].origin].doc, docOf('001'));
});

test('topical likeness and comment boilerplate are not reuse', () => {
  const all = result.clusters.flatMap((c) => c.members);
  assert.ok(!all.some((m) => /closely (monitoring|following)/.test(m.text)));
  const d4 = inputs.find((i) => i.path.includes('/004_'))!.text;
  const footer = d4.indexOf('Leave a Reply');
  assert.ok(footer > 0);
  assert.ok(!all.some((m) => m.doc === docOf('004') && m.end > footer));
});

test('compare 002 with 003 shows the appeal as changed: “have appealed” deleted, “turned” inserted', () => {
  const [l, r] = [inputs.find((i) => i.path.includes('/002_'))!, inputs.find((i) => i.path.includes('/003_'))!];
  const rows = compareArticles(l, r).rows.filter((row) => row.kind === 'changed' && row.left!.text.includes('have appealed'));
  assert.equal(rows.length, 1);
  const diff = rows[0].diff!;
  assert.ok(diff.some((p) => p.op === 'delete' && p.text.includes('have appealed')));
  assert.ok(diff.some((p) => p.op === 'insert' && p.text.includes('turned')));
  assert.ok(rows[0].right!.text.includes('turned to the heads of the CSTO states'));
});

test('both of 001’s “trained abroad” (line 13 unquoted, line 25 quoted) stand in the chain', () => {
  const [c] = clustersWith(['002', 'trained abroad'], ['004', 'trained from abroad']);
  assert.deepEqual(c.members.filter((m) => m.doc === docOf('001')).map((m) => m.line), [13, 25]);
});

test('a statement restated in other words: the CSTO’s members, 001 and 003', () => {
  const [c] = clustersWith(['001', 'Armenia, Belarus, Kyrgyzstan and Tajikistan are members of CSTO'], ['003', 'Russia, Belarus, Armenia, Kyrgyzstan and Tajikistan']);
  assert.ok(c);
  assert.equal(c.members[1].evidence?.match, 'paraphrase');
});

test('repeats inside one article are no clusters of their own', () => {
  const single = result.clusters.filter((c) => new Set(c.members.map((m) => m.doc)).size < 2);
  assert.deepEqual(single, []);
  const all = result.clusters.flatMap((c) => c.members);
  assert.ok(!all.some((m) => m.text.includes('infuriated the entire West')), '003 repeats it; no other article has it');
});
