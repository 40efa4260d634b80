// The benchmark runner behind `npm run bench`: finds every bench/<domain>.ts that exports run(),
// runs them one after another (never in parallel: they would time each other), prints one table
// and writes the rows as JSON. bench/run.ts is the command; this file is what its test checks.
import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import { cpus, platform } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** One measured figure. `ratio` is whatever the bench says it is (e.g. baseline / value = "times faster"). */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** The same work done the plain way, measured in the same run, so the ratio survives a slow machine. */
  baseline?: number;
  ratio?: number;
  /** The figure the design asks for (an upper bound for times, a lower bound for shares). */
  aim?: number;
}

export interface BenchModule {
  file: string;
  run(): Promise<unknown[]> | unknown[];
}

export interface BenchReport {
  measuredAt: string;
  machine: { node: string; platform: string; cpus: number; cpu: string };
  rows: (BenchRow & { bench: string })[];
  failures: { bench: string; error: string }[];
}

/** bench/*.ts files that may hold a benchmark: not the runner, not tests, not fixtures. */
export function benchFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
    .filter((f) => !['run.ts', 'runner.ts'].includes(f) && !/fixture/i.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/** The run() a file exports, by name or on its default export; helper modules have none. */
export async function loadBench(file: string): Promise<BenchModule | null> {
  const mod = (await import(pathToFileURL(file).href)) as { run?: unknown; default?: { run?: unknown } };
  const run = typeof mod.run === 'function' ? mod.run : typeof mod.default?.run === 'function' ? mod.default.run : null;
  return run ? { file, run: run as BenchModule['run'] } : null;
}

const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);

/** Checks one row; `figure` is accepted for `value` (the name the first benches used). */
export function toRow(raw: unknown): BenchRow {
  const r = (raw ?? {}) as Record<string, unknown>;
  const value = num(r.value) ?? num(r.figure);
  if (typeof r.name !== 'string' || value === undefined || typeof r.unit !== 'string') {
    throw new Error(`not a bench row (name, value, unit): ${JSON.stringify(raw)}`);
  }
  const row: BenchRow = { name: r.name, value, unit: r.unit };
  for (const k of ['baseline', 'ratio', 'aim'] as const) if (num(r[k]) !== undefined) row[k] = num(r[k]);
  return row;
}

/** Runs each bench in turn; a failing bench is reported and the others still run. */
export async function runBenches(modules: BenchModule[], log: (s: string) => void = () => {}): Promise<BenchReport> {
  const rows: BenchReport['rows'] = [];
  const failures: BenchReport['failures'] = [];
  for (const m of modules) {
    const bench = basename(m.file, '.ts');
    const started = performance.now();
    try {
      for (const raw of await m.run()) rows.push({ bench, ...toRow(raw) });
      log(`[bench] ${bench}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (err) {
      failures.push({ bench, error: err instanceof Error ? err.message : String(err) });
      log(`[bench] ${bench} FAILED: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
  }
  const cpu = cpus();
  return {
    measuredAt: new Date().toISOString(),
    machine: { node: process.version, platform: platform(), cpus: cpu.length, cpu: cpu[0]?.model ?? 'unknown' },
    rows,
    failures,
  };
}

const fmt = (x: number | undefined) => (x === undefined ? '' : String(Math.round(x * 100) / 100));
const HEAD = ['name', 'value', 'unit', 'baseline', 'ratio', 'aim'] as const;

/** One Markdown table (it reads as plain text in a terminal and pastes into the README as is). */
export function formatTable(report: BenchReport): string {
  const lines = report.rows.map((r) => [r.name, fmt(r.value), r.unit, fmt(r.baseline), r.ratio === undefined ? '' : `${fmt(r.ratio)}×`, fmt(r.aim)]);
  for (const f of report.failures) lines.push([`${f.bench}: FAILED (${f.error.split('\n')[0]})`, '', '', '', '', '']);
  const widths = HEAD.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: readonly string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `-${'-'.repeat(w)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [row(HEAD), rule, ...lines.map(row)].join('\n');
}

/** Written beside a temp file and renamed, so an interrupted run never leaves half a JSON file. */
export function writeReport(path: string, report: BenchReport): void {
  writeFileSync(`${path}.tmp`, `${JSON.stringify(report, null, 2)}\n`);
  renameSync(`${path}.tmp`, path);
}
