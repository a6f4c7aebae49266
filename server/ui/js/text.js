import {h, showTip, moveTip, hideTip} from './dom.js';

// annotate renders an article's text with its records highlighted. Spans
// are UTF-8 byte offsets (the Analysis contract) while JavaScript strings
// count UTF-16 units, so the text is cut as bytes and each piece decoded.
// Every piece becomes a text node, inside a <span> when records cover it.
//
// annots: [{start, end, cls, tip: [line...], href}]; evidence: {start, end}
// or null. Returns {node, evidence: the first evidence element or null}.
export function annotate(text, annots, evidence) {
  const bytes = new TextEncoder().encode(text);
  const dec = new TextDecoder();
  const n = bytes.length;
  const clamp = (x) => Math.max(0, Math.min(n, x | 0));
  const list = annots
    .map((a) => ({...a, start: clamp(a.start), end: clamp(a.end)}))
    .filter((a) => a.end > a.start);
  const cuts = new Set([0, n]);
  for (const a of list) { cuts.add(a.start); cuts.add(a.end); }
  let ev = null;
  if (evidence && evidence.end > evidence.start) {
    ev = {start: clamp(evidence.start), end: clamp(evidence.end)};
    cuts.add(ev.start); cuts.add(ev.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const root = h('div', {class: 'article-text'});
  let firstEvidence = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const p = points[i], q = points[i + 1];
    const str = dec.decode(bytes.subarray(p, q));
    const cover = list.filter((a) => a.start <= p && a.end >= q);
    const inEv = ev && ev.start <= p && ev.end >= q;
    if (!cover.length && !inEv) {
      root.append(document.createTextNode(str));
      continue;
    }
    const classes = new Set(cover.map((a) => a.cls));
    if (inEv) classes.add('evidence');
    // data-s/data-e keep the byte span of the piece: tests check each
    // piece against the text cut in bytes.
    const span = h('span', {class: [...classes].join(' '), 'data-s': p, 'data-e': q}, str);
    const tips = cover.flatMap((a) => a.tip || []);
    if (tips.length) {
      span.addEventListener('mouseover', (e) => showTip(e, tips));
      span.addEventListener('mousemove', moveTip);
      span.addEventListener('mouseout', hideTip);
      span.dataset.tip = tips.join(' · ');
    }
    const link = cover.find((a) => a.href);
    if (link) {
      span.classList.add('linked');
      span.addEventListener('click', () => { hideTip(); location.hash = link.href; });
    }
    if (inEv && !firstEvidence) firstEvidence = span;
    root.append(span);
  }
  return {node: root, evidence: firstEvidence};
}

// lead heads an article that has no title (a text file whose first line is
// no headline, like the bundled summit article) with its first line, cut at
// a word: "(untitled)" told the reader nothing.
export function lead(text) {
  const line = (text || '').trim().split('\n')[0].trim();
  if (line.length <= 100) return line;
  const cut = line.slice(0, 100);
  const sp = cut.lastIndexOf(' ');
  return (sp > 50 ? cut.slice(0, sp) : cut) + '…';
}
