// What test code and scripts/test-vscode.mjs import from the harness.
export * from './paths';
export * from './server';
export * from './browser';
export * from './workbench';
export * from './screenshot';
export * from './results';
export * from './build';
export * from './integration';
export * from './ui';
export * from './vsix';
