// npm run bench: every benchmark of the project, one table, bench/results.json.
// `npm run bench -- calls mutate` runs only the benches whose file names are given.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchFiles, formatTable, loadBench, runBenches, writeReport, type BenchModule } from './runner';

const dir = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = benchFiles(dir).filter((f) => only.length === 0 || only.some((o) => f.endsWith(`/${o}.ts`)));
const modules = (await Promise.all(files.map(loadBench))).filter((m): m is BenchModule => m !== null);

const started = Date.now();
const report = await runBenches(modules, (s) => console.error(s));
console.log(`\n${formatTable(report)}\n`);
const took = `${report.rows.length} figures from ${modules.length} benches in ${Math.round((Date.now() - started) / 1000)} s`;
// A partial run (some benches named) must not replace the full table.
if (only.length === 0) writeReport(join(dir, 'results.json'), report);
console.log(only.length === 0 ? `${took}; saved to bench/results.json` : took);
if (report.failures.length > 0) process.exitCode = 1;
