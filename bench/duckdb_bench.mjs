// SPDX-License-Identifier: GPL-3.0-or-later
// The DuckDB side of bench/run: loads the rows bench_cube wrote into an in-memory table and times
// the same three queries as the cube (same keys, same exact integer sums, results sorted and read
// back completely). Prints `key=value` lines.
//
//   node bench/duckdb_bench.mjs --csv FILE --runs N --threads N --project NAME
import { DuckDBInstance, version } from '@duckdb/node-api';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    csv: { type: 'string' },
    runs: { type: 'string', default: '15' },
    threads: { type: 'string', default: String(availableParallelism()) },
    project: { type: 'string', default: 'proj-017' },
  },
});
if (!args.csv) {
  console.error('duckdb_bench: --csv FILE is required');
  process.exit(2);
}
const runs = Math.max(1, Number.parseInt(args.runs, 10));
const threads = Math.max(1, Number.parseInt(args.threads, 10));

const sqlString = (text) => `'${text.replaceAll("'", "''")}'`;

// Each query returns its groups with both sums, as CostCube::query() does; ORDER BY because the
// cube's result is sorted too. SUM over BIGINT is a HUGEINT in DuckDB: exact, like the cube's
// 128-bit accumulators.
const queries = [
  {
    name: 'team_month',
    sql: `SELECT date_trunc('month', day) AS month, team,
                 SUM(cost_nanos) AS cost, SUM(quantity_nanos) AS quantity
          FROM usage GROUP BY month, team ORDER BY month, team`,
  },
  {
    name: 'model_day',
    sql: `SELECT day, model, SUM(cost_nanos) AS cost, SUM(quantity_nanos) AS quantity
          FROM usage GROUP BY day, model ORDER BY day, model`,
  },
  {
    name: 'project_model',
    sql: `SELECT model, SUM(cost_nanos) AS cost, SUM(quantity_nanos) AS quantity
          FROM usage WHERE project = ${sqlString(args.project)} GROUP BY model ORDER BY model`,
  },
];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
const connection = await instance.connect();
const threadsUsed = (await connection.runAndReadAll("SELECT current_setting('threads')")).getRowsJS()[0][0];
console.log(`duckdb_version=${version()} duckdb_threads=${threadsUsed}`);

let started = performance.now();
await connection.run(`CREATE TABLE usage AS SELECT * FROM read_csv(${sqlString(args.csv)}, header = true,
    columns = {'day': 'DATE', 'team': 'VARCHAR', 'project': 'VARCHAR', 'model': 'VARCHAR',
               'provider': 'VARCHAR', 'token_type': 'VARCHAR', 'tier': 'VARCHAR', 'region': 'VARCHAR',
               'cost_nanos': 'BIGINT', 'quantity_nanos': 'BIGINT'})`);
const rowCount = (await connection.runAndReadAll('SELECT count(*) FROM usage')).getRowsJS()[0][0];
console.log(`duckdb_load rows=${rowCount} load_ms=${(performance.now() - started).toFixed(0)} (not part of any query time)`);

for (const query of queries) {
  // Warm-up run; its rows give the group count and the grand total to compare with the cube.
  const reader = await connection.runAndReadAll(query.sql);
  const rows = reader.getRowObjectsJS();
  const total = rows.reduce((sum, row) => sum + BigInt(row.cost), 0n);

  const times = [];
  for (let i = 0; i < runs; ++i) {
    started = performance.now();
    // The whole result, read into JS-side chunks (the cube likewise hands back every group).
    const timed = await connection.runAndReadAll(query.sql);
    times.push(performance.now() - started);
    if (timed.currentRowCount !== rows.length) {
      console.error(`duckdb_bench: ${query.name} returned ${timed.currentRowCount} rows, then ${rows.length}`);
      process.exit(1);
    }
  }
  console.log(`query=${query.name} engine=duckdb runs=${runs} median_ms=${median(times).toFixed(2)} ` +
              `min_ms=${Math.min(...times).toFixed(2)} groups=${rows.length} total_nanos=${total}`);
}
connection.closeSync();
