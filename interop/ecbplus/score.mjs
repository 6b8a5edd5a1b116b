// Scores factpipe's contradictions on ECB+ against the reference in
// key.json and the row judgements in judged.json.
//
// usage: node interop/ecbplus/score.mjs OUTROOT
//
// OUTROOT holds one factpipe output per ECB+ topic folder
// (OUTROOT/<topic>/), and any other outputs to judge (OUTROOT/bbc/), as
// `make eval-contradictions` writes them. For each split (even topics: tuning;
// odd topics: held out) it prints:
//   - precision: rows judged right over rows judged, from judged.json (a
//     row's judgement is keyed by its contradiction_id, which is stable
//     while the figures it compares are extracted the same way); rows not
//     yet judged are listed for reading and count as not judged;
//   - first run: for sets whose first run's rows are marked first in
//     judged.json, the precision of that run, before any rule changed;
//   - events: how many events each set has and how many of the judged
//     ones are right (events-judged.json), and of those dated by a month
//     or a year; and the same for the first run of the event rules on a
//     set (its events marked first);
//   - figures: how many, how many with a measure, how many magnitudes and
//     populations;
//   - recall: key disagreements (medium or high certainty, numeric kinds)
//     for which some row compares the same two values, over all of them
//     and over those in scope (both values extracted as figures with a
//     measure: what the quantities table groups); and key date conflicts
//     (medium or high) whose two values both name a day of the week, for
//     which some date_conflict row between events gives the two days.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = process.argv[2];
if (!root) {
  console.error('usage: node interop/ecbplus/score.mjs OUTROOT');
  process.exit(2);
}
const key = JSON.parse(fs.readFileSync(path.join(here, 'key.json'), 'utf8')).topics;
const judged = JSON.parse(fs.readFileSync(path.join(here, 'judged.json'), 'utf8')).rows;
const eventsJudged = JSON.parse(fs.readFileSync(path.join(here, 'events-judged.json'), 'utf8')).events;

const words = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
// valueOf reads the first number of a key value: "18 injured", "more than 450", "three".
function valueOf(v) {
  const m = String(v).replace(/,/g, '').match(/-?\d+(\.\d+)?/);
  if (m) return parseFloat(m[0]);
  const w = String(v).toLowerCase().match(/\b(no|none|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/);
  if (!w) return null;
  return w[1] === 'no' || w[1] === 'none' ? 0 : words[w[1]];
}

const dayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
// weekdays lists the days of the week a key value names.
const weekdays = (v) => dayNames.filter(d => String(v).includes(d));

const db = await (await DuckDBInstance.create(':memory:')).connect();
async function rows(sql) {
  return (await db.runAndReadAll(sql)).getRowObjectsJson();
}

const splits = { even: { name: 'ECB+ even topics (tuning)' }, odd: { name: 'ECB+ odd topics (held out)' } };
const unjudged = [];
const unjudgedEvents = [];
// Numbered folders are ECB+ topics; any other folder (a BBC run) is a set
// of its own, judged but with no key.
// Output folders only: runs leave their lock files (".factpipe-lock-<name>") beside them.
const topics = fs.readdirSync(root).filter((n) => !n.startsWith('.') && fs.statSync(path.join(root, n)).isDirectory()).sort((a, b) => (Number(a) || Infinity) - (Number(b) || Infinity) || a.localeCompare(b));
for (const t of topics) if (!/^\d+$/.test(t)) splits[t] = { name: t };
for (const s of Object.values(splits)) Object.assign(s, { rows: 0, right: 0, judged: 0, key: 0, found: 0, scope: 0, scopeFound: 0, dayKey: 0, dayFound: 0, events: 0, evJudged: 0, evRight: 0, periods: 0, periodsRight: 0,
  figures: 0, measured: 0, magnitudes: 0, populations: 0 });
for (const t of topics) {
  const dir = path.join(root, t);
  const split = /^\d+$/.test(t) ? splits[Number(t) % 2 === 0 ? 'even' : 'odd'] : splits[t];
  if (fs.existsSync(path.join(dir, 'events.parquet'))) {
    const evs = await rows(`SELECT e.event_id, split_part(d.path, '/', -1) AS file, e.subject, e.action, e.text, e.precision
      FROM read_parquet('${dir}/events.parquet') e JOIN read_parquet('${dir}/documents.parquet') d USING (doc_id)`);
    for (const e of evs) {
      split.events++;
      const period = e.precision !== 'day';
      if (period) split.periods++;
      const j = eventsJudged[e.event_id];
      if (!j) {
        unjudgedEvents.push(`${t} ${e.event_id} ${e.file}: ${e.subject} | ${e.action} | ${e.text}`);
        continue;
      }
      split.evJudged++;
      if (j.right) split.evRight++;
      if (j.right && period) split.periodsRight++;
    }
  }
  const [fc] = await rows(`SELECT count(*) AS n, count(measure) AS measured,
      count(*) FILTER (WHERE measure = 'magnitude') AS magnitudes, count(*) FILTER (WHERE measure = 'population') AS populations
    FROM read_parquet('${dir}/figures.parquet')`);
  split.figures += Number(fc.n);
  split.measured += Number(fc.measured);
  split.magnitudes += Number(fc.magnitudes);
  split.populations += Number(fc.populations);
  const figs = await rows(`SELECT split_part(d.path, '/', -1) AS file, f.figure_id, f.value, f.measure
    FROM read_parquet('${dir}/figures.parquet') f JOIN read_parquet('${dir}/documents.parquet') d USING (doc_id)`);
  const cons = await rows(`SELECT c.contradiction_id, c.kind, c.explanation, c.event_a, c.claim_a, c.claim_b, fa.value AS va, fb.value AS vb
    FROM read_parquet('${dir}/contradictions.parquet') c
    LEFT JOIN read_parquet('${dir}/figures.parquet') fa ON fa.figure_id = c.figure_a
    LEFT JOIN read_parquet('${dir}/figures.parquet') fb ON fb.figure_id = c.figure_b`);
  for (const c of cons) {
    split.rows++;
    const j = judged[c.contradiction_id];
    if (!j) {
      unjudged.push(`topic ${t} ${c.contradiction_id} [${c.kind}] ${c.explanation}`);
      continue;
    }
    split.judged++;
    if (j.right) split.right++;
  }
  for (const k of key[t]?.contradictions ?? []) {
    if (k.certainty !== 'low' && k.kind === 'date_conflict') {
      // Days of the week on both sides: found when some date_conflict
      // row between events gives one side's weekday against the other's.
      const wa = weekdays(k.a.value), wb = weekdays(k.b.value);
      if (wa.length && wb.length) {
        split.dayKey++;
        if (cons.some(c => c.kind === 'date_conflict' && c.event_a !== null &&
          ((wa.some(w => c.claim_a.includes(w)) && wb.some(w => c.claim_b.includes(w))) ||
           (wb.some(w => c.claim_a.includes(w)) && wa.some(w => c.claim_b.includes(w)))))) split.dayFound++;
      }
    }
    if (k.certainty === 'low' || !['numeric_dispute', 'revision'].includes(k.kind)) continue;
    const va = valueOf(k.a.value), vb = valueOf(k.b.value);
    const figOf = (side, v) => figs.find(f => f.file === side.file && f.value !== null && Number(f.value) === v);
    const fa = figOf(k.a, va), fb = figOf(k.b, vb);
    const found = cons.some(c => c.va !== null && c.vb !== null &&
      ((Number(c.va) === va && Number(c.vb) === vb) || (Number(c.va) === vb && Number(c.vb) === va)));
    split.key++;
    if (found) split.found++;
    if (found || (fa?.measure && fb?.measure)) {
      split.scope++;
      if (found) split.scopeFound++;
    }
  }
}
const ratio = (a, b) => (b ? `${a}/${b} = ${(a / b).toFixed(2)}` : `${a}/${b}`);
for (const s of Object.values(splits)) {
  console.log(`${s.name}: ${s.rows} rows; precision ${ratio(s.right, s.judged)}` +
    `${s.rows > s.judged ? ` (${s.rows - s.judged} not judged)` : ''}` +
    (s.key ? `; recall ${ratio(s.found, s.key)} of the key, ${ratio(s.scopeFound, s.scope)} in scope` : '') +
    (s.dayKey ? `; date conflicts between weekdays ${ratio(s.dayFound, s.dayKey)}` : '') +
    (s.events ? `; events ${s.events}, right ${ratio(s.evRight, s.evJudged)}` : '') +
    (s.periods ? ` (dated by a month or a year ${s.periods}, right ${s.periodsRight})` : '') +
    `; figures ${s.figures}, with a measure ${s.measured} (magnitudes ${s.magnitudes}, populations ${s.populations})`);
}
// The first run on each set, before any rule was changed for it: the rows
// marked first in judged.json.
const first = {};
for (const j of Object.values(judged)) {
  if (!j.first) continue;
  const f = (first[j.topic] ??= { rows: 0, right: 0 });
  f.rows++;
  if (j.right) f.right++;
}
for (const [t, f] of Object.entries(first)) {
  console.log(`${t}, first run: ${f.rows} rows; precision ${ratio(f.right, f.rows)}`);
}
// The events of the first run of the event rules on a set (marked first
// in events-judged.json), by split.
const firstEvents = {};
for (const j of Object.values(eventsJudged)) {
  if (!j.first) continue;
  const name = /^\d+$/.test(j.set) ? splits[Number(j.set) % 2 === 0 ? 'even' : 'odd'].name : j.set;
  const f = (firstEvents[name] ??= { n: 0, right: 0 });
  f.n++;
  if (j.right) f.right++;
}
for (const [t, f] of Object.entries(firstEvents)) {
  console.log(`${t}, first run of the events: ${f.n} events; right ${ratio(f.right, f.n)}`);
}
if (unjudgedEvents.length) {
  console.log(`\nevents not judged yet (add them to interop/ecbplus/events-judged.json):`);
  for (const u of unjudgedEvents) console.log('  ' + u);
}
if (unjudged.length) {
  console.log(`\nrows not judged yet (add them to interop/ecbplus/judged.json):`);
  for (const u of unjudged) console.log('  ' + u);
}
