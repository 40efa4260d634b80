// The runner's contract with every bench file: discovery, the row shape, one table, one JSON file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { benchFiles, formatTable, loadBench, runBenches, toRow, writeReport, type BenchModule } from './runner';

const dir = mkdtempSync(join(tmpdir(), 'frontdesk-bench-runner-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fake = (file: string, rows: unknown[] | Error): BenchModule => ({
  file: join(dir, file),
  run: async () => {
    if (rows instanceof Error) throw rows;
    return rows;
  },
});

describe('bench runner', () => {
  it('finds bench files but not itself, tests or fixtures, and loads only those exporting run()', async () => {
    for (const f of ['run.ts', 'runner.ts', 'runner.test.ts', 'calls-fixture.ts', 'tiny.ts', 'helper.ts', 'notes.md']) writeFileSync(join(dir, f), '');
    writeFileSync(join(dir, 'tiny.ts'), "export async function run() { return [{ name: 'tiny op', value: 1.5, unit: 'ms' }]; }\n");
    writeFileSync(join(dir, 'helper.ts'), 'export const answer = 42;\n');
    expect(benchFiles(dir).map((f) => f.slice(dir.length + 1))).toEqual(['helper.ts', 'tiny.ts']);
    expect(await loadBench(join(dir, 'helper.ts'))).toBeNull();
    const tiny = await loadBench(join(dir, 'tiny.ts'));
    expect(await tiny!.run()).toEqual([{ name: 'tiny op', value: 1.5, unit: 'ms' }]);
  });

  it('accepts the older `figure` name, keeps only finite optional numbers, refuses a row without a value', () => {
    expect(toRow({ name: 'a', figure: 2, unit: 'ms', aim: 5, ratio: Number.NaN, extra: 'x' })).toEqual({ name: 'a', value: 2, unit: 'ms', aim: 5 });
    expect(() => toRow({ name: 'a', unit: 'ms' })).toThrow(/not a bench row/);
  });

  it('runs every bench, reports a failing one without stopping the others, and prints one table', async () => {
    const report = await runBenches([
      fake('mutate.ts', [{ name: 'mutate p50', value: 5.814, unit: 'ms', baseline: 4.1, ratio: 1.418 }]),
      fake('broken.ts', new Error('fixture missing\nstack...')),
      fake('calls.ts', [{ name: 'lookup p95', figure: 0.4, unit: 'ms', aim: 5 }]),
    ]);
    expect(report.rows).toEqual([
      { bench: 'mutate', name: 'mutate p50', value: 5.814, unit: 'ms', baseline: 4.1, ratio: 1.418 },
      { bench: 'calls', name: 'lookup p95', value: 0.4, unit: 'ms', aim: 5 },
    ]);
    expect(report.failures).toEqual([{ bench: 'broken', error: 'fixture missing\nstack...' }]);
    expect(report.machine.cpus).toBeGreaterThan(0);

    const lines = formatTable(report).split('\n');
    expect(lines[0]).toMatch(/^\| name +\| value \| unit \| baseline \| ratio \| aim \|$/);
    expect(lines[1]).toMatch(/^\|[-:|]+\|$/);
    expect(lines[2]).toMatch(/^\| mutate p50 +\| +5\.81 \| +ms \| +4\.1 \| +1\.42× \| +\|$/);
    expect(lines[3]).toMatch(/^\| lookup p95 .*\| +0\.4 \| +ms \| +\| +\| +5 \|$/);
    expect(lines[4]).toMatch(/broken: FAILED \(fixture missing\)/);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);

    const out = join(dir, 'results.json');
    writeReport(out, report);
    const saved = JSON.parse(readFileSync(out, 'utf8')) as typeof report;
    expect(saved.rows).toEqual(report.rows);
    expect(saved.failures).toHaveLength(1);
    expect(Date.parse(saved.measuredAt)).not.toBeNaN();
  });
});
