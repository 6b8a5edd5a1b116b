// Joins tokenised text back into running text, for the corpora that
// interop/*/docs.mjs rebuild as articles.

// detok joins a sentence's tokens as running text.
export function detok(tokens) {
  let s = '';
  let open = false; // inside a double quote
  for (const t of tokens) {
    let glue = s !== '' && !s.endsWith('(') && !s.endsWith('[') && !s.endsWith('$');
    if (/^[,.;:!?%)\]}]$/.test(t) || /^(n't|'s|'re|'ve|'ll|'d|'m|')$/i.test(t)) glue = false;
    if (t === '"') {
      if (open) glue = false;
      open = !open;
    } else if (s.endsWith('"') && open) {
      glue = false;
    }
    s += (glue ? ' ' : '') + t;
  }
  return s;
}
