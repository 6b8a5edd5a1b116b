// Opens every table of a factpipe output directory with DuckDB and checks
// that the columns have the types the schema promises, that every table is
// readable to the last row, and that the schema's example queries run.
//
// usage: node check.mjs [-partitioned] OUT_DIR SCHEMA_JSON
//
// A table is OUT_DIR/<table>.parquet, or else a folder OUT_DIR/<table>/ of
// part files (as the Beam runner writes), read as one table with a glob.
// With -partitioned, OUT_DIR is a -partition output and every table is read
// as read_parquet('OUT_DIR/<table>/**/*.parquet', hive_partitioning = true),
// which must add a run_date DATE column.
import { DuckDBInstance } from '@duckdb/node-api';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const partitioned = args[0] === '-partitioned';
if (partitioned) args.shift();
const [outDir, schemaFile] = args;
if (!outDir || !schemaFile) {
  console.error('usage: node check.mjs OUT_DIR SCHEMA_JSON');
  process.exit(2);
}
const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
const db = await DuckDBInstance.create(':memory:');
const conn = await db.connect();
const quote = (s) => "'" + s.replaceAll("'", "''") + "'";
// The file or glob DuckDB reads a flat table from: one file or a folder of parts.
const flatTable = (name) => {
  const file = join(outDir, name + '.parquet');
  return existsSync(file) ? file : join(outDir, name, '*.parquet');
};

let passed = 0;
let failed = 0;
function check(ok, what) {
  if (ok) {
    passed++;
  } else {
    failed++;
    console.error('FAIL ' + what);
  }
}

for (const table of schema) {
  const file = partitioned ? join(outDir, table.name, '**', '*.parquet') : flatTable(table.name);
  const source = partitioned ? `read_parquet(${quote(file)}, hive_partitioning = true)` : `read_parquet(${quote(file)})`;
  let cols;
  try {
    const r = await conn.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`);
    cols = r.getRowObjectsJson();
  } catch (e) {
    check(false, `${table.name}: DuckDB cannot open ${file}: ${e.message}`);
    continue;
  }
  const got = cols.map((c) => `${c.column_name} ${c.column_type}`);
  const want = table.columns.map((c) => `${c.name} ${c.type}`);
  if (partitioned) want.push('run_date DATE');
  check(JSON.stringify(got) === JSON.stringify(want),
    `${table.name}: columns\n  got  ${got.join(', ')}\n  want ${want.join(', ')}`);

  const r = await conn.runAndReadAll(`SELECT count(*) AS n FROM ${source}`);
  const n = Number(r.getRowObjectsJson()[0].n);
  // Reading every value proves the pages decode, not only the footer.
  const all = await conn.runAndReadAll(`SELECT * FROM ${source}`);
  check(all.getRowObjectsJson().length === n, `${table.name}: read ${n} rows`);

  for (const c of table.columns.filter((c) => !c.nullable)) {
    const q = await conn.runAndReadAll(
      `SELECT count(*) AS n FROM ${source} WHERE "${c.name}" IS NULL`);
    check(Number(q.getRowObjectsJson()[0].n) === 0, `${table.name}.${c.name}: NULL in a non-nullable column`);
  }

  if (partitioned) {
    console.log(`ok ${table.name}: ${n} rows, ${cols.length} columns (partitioned)`);
    continue;
  }
  const example = table.example.replaceAll(/'out\/(\w+)\.parquet'/g, (_, name) => quote(flatTable(name)));
  try {
    await conn.runAndReadAll(example);
    check(true, '');
  } catch (e) {
    check(false, `${table.name}: example query failed: ${example}: ${e.message}`);
  }
  console.log(`ok ${table.name}: ${n} rows, ${cols.length} columns`);
}
// References between tables resolve: a contradiction's figures and events
// are rows of the figures and events tables, an event's person a row of
// people.
if (!partitioned) {
  const t = (name) => `read_parquet(${quote(flatTable(name))})`;
  for (const [from, col, table, key] of [['contradictions', 'figure_a', 'figures', 'figure_id'],
    ['contradictions', 'figure_b', 'figures', 'figure_id'], ['contradictions', 'event_a', 'events', 'event_id'],
    ['contradictions', 'event_b', 'events', 'event_id'], ['events', 'person_id', 'people', 'person_id']]) {
    const q = await conn.runAndReadAll(`SELECT count(*) AS n FROM ${t(from)} c
      WHERE c.${col} IS NOT NULL AND c.${col} NOT IN (SELECT ${key} FROM ${t(table)})`);
    check(Number(q.getRowObjectsJson()[0].n) === 0, `${from}.${col}: refers to no row of ${table}`);
  }
  console.log('ok references: contradictions to figures and events, events to people');
}
console.log(`interop: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
