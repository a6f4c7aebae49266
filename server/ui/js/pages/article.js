// One article: its text with entities, quotes (speaker on hover), events,
// times and amounts highlighted, and the record a link pointed at (a
// quote, an event, a commitment) marked as evidence and scrolled to.
import {h, route, externalLink, quadChip, QUAD, fmtDate, dueRange} from '../dom.js';
import {api} from '../api.js';
import {annotate, lead} from '../text.js';

const LAYERS = [
  {cls: 'ent', label: 'Entities'},
  {cls: 'quote', label: 'Quotes'},
  {cls: 'event', label: 'Events'},
  {cls: 'time', label: 'Times'},
  {cls: 'amount', label: 'Amounts'},
];

export default async function article(view, params, id, alive) {
  const a = await api('articles/' + encodeURIComponent(id));
  if (!alive()) return;
  const self = (p) => route('article/' + encodeURIComponent(id), p);
  const ents = new Map((a.entities || []).map((e) => [e.id, e]));
  const globalID = (local) => (a.entity_ids || {})[local];
  const entName = (local) => (ents.get(local) || {}).name || local;

  view.append(a.title ? h('h1', {class: 'article-title'}, a.title)
    : h('h1', {class: 'article-title untitled', title: 'no title: the article begins'}, lead(a.text) || '(untitled)'));
  const meta = h('p', {class: 'article-meta'}, h('time', {}, fmtDate(a.published)), ' · ', a.language || '?');
  if (a.url) meta.append(' · ', externalLink(a.url, 'original'));
  view.append(meta);
  const sources = (a.stored && a.stored.sources) || [];
  if (sources.length) {
    view.append(h('details', {class: 'sources'}, h('summary', {}, `${sources.length} source${sources.length === 1 ? '' : 's'}`),
      h('ul', {}, sources.map((s) => h('li', {}, s.input, s.url ? ' · ' : '', s.url ? externalLink(s.url) : '')))));
  }

  const annots = [];
  for (const e of a.entities || []) {
    for (const m of e.mentions || []) {
      annots.push({start: m.start, end: m.end, cls: 'ent', href: globalID(e.id) ? route('entity/' + encodeURIComponent(globalID(e.id))) : null,
        tip: [`${e.type}: ${e.name}${e.country ? ' (' + e.country + ')' : ''}`]});
    }
  }
  for (const q of a.quotes || []) {
    const who = q.speaker_name || (q.speaker ? entName(q.speaker) : null);
    annots.push({start: q.start, end: q.end, cls: 'quote', tip: [who ? `Quote by ${who} (${q.kind})` : `Unattributed quote (${q.kind})`]});
  }
  for (const e of a.events || []) {
    const side = (x) => (x ? (x.name || x.code) : '?');
    annots.push({start: e.start, end: e.end, cls: 'event q' + e.quad_class,
      tip: [`Event ${e.code}, ${(QUAD[e.quad_class] || {}).name || ''}: ${side(e.actor1)} → ${side(e.actor2)}`]});
  }
  for (const t of a.times || []) annots.push({start: t.start, end: t.end, cls: 'time', tip: [`Time: ${t.value || t.text}`]});
  for (const m of a.amounts || []) annots.push({start: m.start, end: m.end, cls: 'amount', tip: [`Amount: ${m.value} ${m.unit}${m.object ? ' of ' + m.object : ''}`]});

  // What a link asked to see.
  let evidence = null, what = null;
  if (params.quote) {
    const q = (a.quotes || []).find((x) => x.id === params.quote);
    if (q) { evidence = q; what = `quote ${q.id}${q.speaker_name ? ' by ' + q.speaker_name : ''}`; }
  } else if (params.event) {
    const e = (a.events || []).find((x) => x.id === params.event);
    if (e) { evidence = e; what = `event ${e.id} (${e.code})`; }
  } else if (params.commit !== undefined) {
    const c = (a.commitments || [])[Number(params.commit)];
    if (c) { evidence = c; what = `commitment: ${c.action}`; }
  } else if (params.hl) {
    const [st, en] = params.hl.split('-').map(Number);
    if (en > st) { evidence = {start: st, end: en}; what = 'the selected span'; }
  }

  const toggles = h('div', {class: 'layers'}, 'Show: ');
  const textBox = h('div', {class: 'text-box'});
  for (const l of LAYERS) {
    const cb = h('input', {type: 'checkbox', checked: true, 'data-layer': l.cls});
    cb.addEventListener('change', () => textBox.classList.toggle('hide-' + l.cls, !cb.checked));
    toggles.append(h('label', {class: 'layer layer-' + l.cls}, cb, l.label));
  }
  const rendered = annotate(a.text || '', annots, evidence);
  textBox.append(rendered.node);

  const left = h('div', {class: 'article-main'}, toggles);
  if (what) left.append(h('p', {class: 'evidence-note'}, 'Highlighted: ' + what + '. ', h('a', {href: self({})}, 'clear')));
  else if (params.quote || params.event || params.commit) left.append(h('p', {class: 'error'}, 'The record the link named is not in this article.'));
  left.append(textBox);

  const side = h('aside', {class: 'article-side'});
  side.append(h('h2', {}, `Quotes (${(a.quotes || []).length})`), h('ul', {class: 'side-list'}, (a.quotes || []).map((q) =>
    h('li', {class: params.quote === q.id ? 'current' : ''},
      h('a', {href: self({quote: q.id})}, '“' + q.text + '”'), ' — ',
      q.speaker && globalID(q.speaker)
        ? h('a', {href: route('entity/' + encodeURIComponent(globalID(q.speaker)))}, q.speaker_name || entName(q.speaker))
        : h('span', {class: 'muted'}, q.speaker_name || 'unattributed')))));
  side.append(h('h2', {}, `Entities (${(a.entities || []).length})`), h('ul', {class: 'side-list'}, (a.entities || []).map((e) =>
    h('li', {}, globalID(e.id) ? h('a', {href: route('entity/' + encodeURIComponent(globalID(e.id)))}, e.name) : e.name,
      ' ', h('span', {class: 'muted'}, `${e.type}${e.actor ? ' · ' + e.actor : ''}`)))));
  side.append(h('h2', {}, `Events (${(a.events || []).length})`), h('ul', {class: 'side-list'}, (a.events || []).map((e) =>
    h('li', {class: params.event === e.id ? 'current' : ''}, quadChip(e.quad_class), ' ',
      h('a', {href: self({event: e.id})}, `${e.code}: ${(e.actor1 || {}).name || '?'} → ${(e.actor2 || {}).name || '?'}`),
      e.location ? h('span', {class: 'muted'}, ' in ' + e.location) : null))));
  side.append(h('h2', {}, `Times (${(a.times || []).length})`), h('ul', {class: 'side-list'}, (a.times || []).map((t) =>
    h('li', {}, h('a', {href: self({hl: t.start + '-' + t.end})}, t.text), ' ', h('span', {class: 'muted'}, t.value)))));
  if ((a.commitments || []).length) {
    side.append(h('h2', {}, 'Commitments'), h('ul', {class: 'side-list'}, a.commitments.map((c, i) =>
      h('li', {}, h('a', {href: self({commit: i})}, c.action), ' ', h('span', {class: 'muted'}, 'due ' + dueRange((c.due || {}).start, (c.due || {}).end))))));
  }
  view.append(h('div', {class: 'article-layout'}, left, side));
  if (rendered.evidence) rendered.evidence.scrollIntoView({block: 'center'});
}
