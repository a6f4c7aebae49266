// Pieces several pages share: a quote card, an event row, a "more" pager.
import {h, route, quadChip, fmtDate, errorBox} from './dom.js';

// quoteCard shows who said what, when, with a link to the evidence
// highlighted in its article.
export function quoteCard(q) {
  const speaker = q.speaker_id
    ? h('a', {class: 'speaker', href: route('entity/' + encodeURIComponent(q.speaker_id))}, q.speaker_name || 'unknown')
    : h('span', {class: 'speaker unknown'}, q.speaker_name || 'unattributed');
  return h('article', {class: 'quote-card', dataset: {kind: q.kind}},
    h('header', {},
      speaker,
      h('span', {class: 'kind kind-' + q.kind}, q.kind),
      h('time', {class: 'date'}, fmtDate(q.published)),
      q.cue ? h('span', {class: 'muted'}, '“' + q.cue + '”') : null),
    h('blockquote', {}, q.text),
    h('a', {class: 'evidence-link', href: route('article/' + encodeURIComponent(q.article_id), {quote: q.id})}, 'See it in the article →'));
}

// actorLabel names one side of an event, linked to its entity page.
export function actorLabel(a) {
  if (!a || (!a.name && !a.code)) return h('span', {class: 'muted'}, '—');
  const label = a.name || a.code;
  const code = a.code && a.code !== label ? h('span', {class: 'code'}, a.code) : null;
  if (a.entity_id) return h('span', {}, h('a', {href: route('entity/' + encodeURIComponent(a.entity_id))}, label), ' ', code);
  return h('span', {}, label, ' ', code);
}

// eventTable lists events; more rows can be appended to its tbody with
// eventRow (a pager's further pages).
export function eventTable(events) {
  if (!events.length) return h('p', {class: 'muted'}, 'None.');
  return scrollBox(h('table', {class: 'events'},
    h('thead', {}, h('tr', {}, h('th', {}, 'Date'), h('th', {}, 'Actor 1'), h('th', {}, 'Code'), h('th', {}, 'Actor 2'),
      h('th', {}, 'Class'), h('th', {}, 'Where'), h('th', {}, 'Evidence'))),
    h('tbody', {}, events.map(eventRow))));
}

export function eventRow(e) {
  return h('tr', {},
    h('td', {}, fmtDate(e.date)),
    h('td', {}, actorLabel(e.actor1)),
    h('td', {class: 'code'}, e.code),
    h('td', {}, actorLabel(e.actor2)),
    h('td', {}, quadChip(e.quad_class)),
    h('td', {}, e.location || ''),
    h('td', {}, h('a', {href: route('article/' + encodeURIComponent(e.article_id), {event: e.id}), title: e.text}, 'text →')));
}

// scrollBox holds a table that may be wider than the window (a phone): it
// scrolls sideways in its box while the page keeps the window's width.
export function scrollBox(table) {
  return h('div', {class: 'table-scroll'}, table);
}

// pager appends pages of a listing: load(cursor) returns {items, next} and
// draw(items) appends them. Returns the first page. A further page that
// fails to load shows its error above the button, which stays to try again
// (the first page's error is the page's own, shown by the router).
export async function pager(container, load, draw, alive) {
  const first = await load('');
  if (alive && !alive()) return first;
  draw(first.items);
  let next = first.next;
  const more = h('button', {class: 'more', type: 'button'}, 'More');
  let failed = null;
  more.addEventListener('click', async () => {
    more.disabled = true;
    if (failed) failed.remove();
    failed = null;
    try {
      const page = await load(next);
      if (alive && !alive()) return;
      draw(page.items);
      next = page.next;
    } catch (err) {
      failed = errorBox(err);
      more.before(failed);
    }
    more.disabled = false;
    if (!next) more.remove();
  });
  if (next) container.append(more);
  return first;
}

// SEARCH_HINT is the tooltip of the search boxes (articles, quotes): how
// the store reads a query (store.SearchTerms).
export const SEARCH_HINT = 'Every word must match. Words in double quotes ("climate change") must match in that order, next to each other. ' +
  'A word with a * after it (negotiat*) matches the words it begins.';
