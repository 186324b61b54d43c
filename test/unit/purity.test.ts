import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The core must run in Node, a browser or a worker. The core tsconfig already refuses these
// imports at type-check time; this test is the lint rule that names the offending file.
const FORBIDDEN = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](vscode|node:[^'"]+|fs|path|os|child_process|worker_threads|crypto|util|stream|url)['"]/;

test('src/core imports no vscode, DOM-only or Node built-in module', () => {
  const dir = join(process.cwd(), 'src/core');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.startsWith('stubs'));
  assert.ok(files.length > 10);
  for (const f of files) {
    const m = FORBIDDEN.exec(readFileSync(join(dir, f), 'utf8'));
    assert.equal(m, null, `src/core/${f} imports ${m?.[1]}`);
  }
});

test('src/core uses no DOM or Node globals', () => {
  const dir = join(process.cwd(), 'src/core');
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((x) => x.endsWith('.ts') && !x.endsWith('.d.ts'))) {
    const code = readFileSync(join(dir, f), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    assert.doesNotMatch(code, /\b(document|window|process|Buffer|require)\s*[.(]/, `src/core/${f}`);
  }
});
