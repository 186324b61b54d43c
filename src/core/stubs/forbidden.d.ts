// The core may not use `vscode` or Node built-ins; this empty module makes any such import a type error.
export {};
