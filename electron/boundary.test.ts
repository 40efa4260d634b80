// DESIGN.md: only electron/ imports 'electron'. Lint checks the TypeScript folders; this walks every
// source file of the project, scripts and configs included, so nothing outside electron/ can come
// to need the Electron binary (which this machine and CI do not have).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = join(import.meta.dirname, '..');
const SKIP = new Set(['node_modules', 'out', 'dist', '.tsbuild', 'artifacts', 'hub-data', '.git', '.native', 'test-results']);
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
const IMPORTS_ELECTRON =
  /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)(['"`])electron(?:\/[^'"`]*)?\1/m;

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (SOURCE.test(entry.name)) yield path;
  }
}

describe("only electron/ imports 'electron'", () => {
  it('recognises every way of importing it, and not electron-vite or electron-builder', () => {
    for (const yes of [
      "import { app } from 'electron';",
      'import type { App } from "electron";',
      "const { ipcRenderer } = require('electron');",
      "await import('electron/main')",
      "import 'electron';",
    ]) {
      expect(IMPORTS_ELECTRON.test(yes), yes).toBe(true);
    }
    for (const no of [
      "import { defineConfig } from 'electron-vite';",
      "require('electron-builder')",
      "const s = 'electron';",
      "message: \"Only electron/ may import 'electron'\"",
    ]) {
      expect(IMPORTS_ELECTRON.test(no), no).toBe(false);
    }
  });

  it('holds for every source file in the project', () => {
    const offenders: string[] = [];
    let seen = 0;
    for (const file of sources(root)) {
      const rel = relative(root, file);
      if (rel.startsWith(`electron${sep}`)) continue;
      seen++;
      if (IMPORTS_ELECTRON.test(readFileSync(file, 'utf8'))) offenders.push(rel);
    }
    expect(seen).toBeGreaterThan(20);
    expect(offenders).toEqual([]);
  });
});
