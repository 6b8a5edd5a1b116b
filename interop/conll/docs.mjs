// Rebuilds the articles of a CoNLL-2003 file (Reuters news, one token a
// line, -DOCSTART- between documents) as text files, one article a file,
// for running factpipe on them: the headline, a blank line, the date line
// ("BRUSSELS 1996-08-22"), a blank line, then one sentence a line, with the
// spaces the tokenisation put around punctuation taken out.
//
// usage: node interop/conll/docs.mjs CONLLFILE OUTDIR PREFIX
//
// The text of the corpus is not to be copied into the repository: OUTDIR
// is a scratch folder (make eval-contradictions uses .eval/).
import fs from 'node:fs';
import path from 'node:path';
import { detok } from '../detok.mjs';

const [file, outDir, prefix] = process.argv.slice(2);
if (!file || !outDir || !prefix) {
  console.error('usage: node interop/conll/docs.mjs CONLLFILE OUTDIR PREFIX');
  process.exit(2);
}

const docs = [];
let doc = [], sent = [];
const endSent = () => { if (sent.length) doc.push(sent); sent = []; };
const endDoc = () => { endSent(); if (doc.length) docs.push(doc); doc = []; };
for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
  const f = line.trim().split(/\s+/);
  if (f[0] === '') { endSent(); continue; }
  if (f[0] === '-DOCSTART-') { endDoc(); continue; }
  sent.push(f[0]);
}
endDoc();

fs.mkdirSync(outDir, { recursive: true });
docs.forEach((d, i) => {
  const lines = d.map(detok);
  let text = lines[0] + '\n\n';
  let rest = lines.slice(1);
  if (rest.length && /\b\d{4}-\d{2}-\d{2}$/.test(rest[0])) {
    text += rest[0] + '\n\n';
    rest = rest.slice(1);
  }
  text += rest.join('\n') + '\n';
  fs.writeFileSync(path.join(outDir, `${prefix}-${String(i + 1).padStart(4, '0')}.txt`), text);
});
console.log(`${docs.length} articles from ${file} in ${outDir}`);
