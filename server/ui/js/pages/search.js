// Search: full-text over articles, with facets (language, month, entity),
// and the entities and quotes that match the same words.
import {h, route, clear, fmtDate, plural} from '../dom.js';
import {api} from '../api.js';
import {pager, quoteCard, SEARCH_HINT} from '../cards.js';
import {lead} from '../text.js';

// entity_name rides along with entity so that the filter's chip can name
// the entity; it is never sent to the API.
const FILTERS = ['q', 'from', 'to', 'lang', 'entity', 'entity_name', 'source'];

export default async function search(view, params, _arg, alive) {
  const f = Object.fromEntries(FILTERS.map((k) => [k, params[k] || '']));
  const q = h('input', {type: 'search', name: 'q', value: f.q, placeholder: 'Search articles: words, names, places, "a phrase"…', 'aria-label': 'Search words',
    title: SEARCH_HINT, autofocus: true});
  const from = h('input', {type: 'text', class: 'date', name: 'from', value: f.from, placeholder: 'from YYYY-MM-DD', 'aria-label': 'From date'});
  const to = h('input', {type: 'text', class: 'date', name: 'to', value: f.to, placeholder: 'to YYYY-MM-DD', 'aria-label': 'To date'});
  const form = h('form', {class: 'searchbar', role: 'search'}, q, from, to, h('button', {type: 'submit'}, 'Search'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = route('search', {...f, q: q.value.trim(), from: from.value.trim(), to: to.value.trim()});
  });
  view.append(h('h1', {}, 'Search'), form);

  const chips = h('div', {class: 'filters'});
  for (const k of ['lang', 'entity', 'source']) {
    if (!f[k]) continue;
    const label = k === 'entity' ? 'entity ' + (params.entity_name || f[k]) : k + ': ' + f[k];
    chips.append(h('a', {class: 'filter-chip', href: route('search', {...f, [k]: '', entity_name: ''}), title: 'Remove this filter'}, label, ' ×'));
  }
  view.append(chips);

  const facets = h('aside', {class: 'facets'});
  const results = h('div', {class: 'results'});
  view.append(h('div', {class: 'with-facets'}, facets, results));

  const side = [];
  if (f.q) {
    side.push(api('entities', {q: f.q, limit: 6}).then((p) => {
      if (!p.items.length || !alive()) return;
      results.prepend(h('section', {class: 'matches'}, h('h2', {}, 'People, places and organisations'),
        h('ul', {class: 'entity-list'}, p.items.map((e) => h('li', {},
          h('a', {href: route('entity/' + encodeURIComponent(e.id))}, e.name), ' ',
          h('span', {class: 'muted'}, `${e.type}${e.country ? ' · ' + e.country : ''} · ${e.counts.mentions} mentions`))))));
    }));
    side.push(api('quotes', {q: f.q, limit: 3}).then((p) => {
      if (!p.items.length || !alive()) return;
      results.append(h('section', {class: 'matches'}, h('h2', {}, 'Quotes with these words'),
        p.items.map(quoteCard), h('a', {href: route('quotes', {q: f.q})}, 'All quotes with these words →')));
    }));
  }

  const articleFilters = {q: f.q, from: f.from, to: f.to, lang: f.lang, entity: f.entity, source: f.source};
  const [fc] = await Promise.all([api('facets', articleFilters)]);
  if (!alive()) return;
  drawFacets(facets, fc, f);

  const heading = h('h2', {}, `${fc.total} article${fc.total === 1 ? '' : 's'}`);
  const list = h('ol', {class: 'article-list'});
  const listBox = h('section', {}, heading, list);
  results.append(listBox);
  await pager(listBox, (cursor) => api('articles', {...articleFilters, cursor, limit: 20}),
    (items) => list.append(...items.map(articleRow)), alive);
  await Promise.all(side);
}

function articleRow(a) {
  return h('li', {class: 'article-row'},
    a.title ? h('a', {class: 'title', href: route('article/' + encodeURIComponent(a.id))}, a.title)
      : h('a', {class: 'title untitled', href: route('article/' + encodeURIComponent(a.id)), title: 'no title: the article begins'},
        lead(a.lead) || '(untitled)'),
    h('div', {class: 'meta'},
      h('time', {}, fmtDate(a.published)), ' · ', a.language || '?',
      a.analysed ? ' · ' + [plural(a.counts.quotes, 'quote'), plural(a.counts.events, 'event'), plural(a.counts.mentions, 'mention')].join(' · ') : ' · not analysed'));
}

function drawFacets(box, fc, f) {
  clear(box);
  const group = (title, items, link, label) => {
    if (!items.length) return;
    box.append(h('h3', {}, title), h('ul', {}, items.map((it) => h('li', {},
      h('a', {href: link(it)}, label(it)), ' ', h('span', {class: 'count'}, String(it.count))))));
  };
  group('Language', fc.languages, (it) => route('search', {...f, lang: it.value}), (it) => it.value || 'unknown');
  group('Month', fc.months, (it) => route('search', {...f, from: it.value, to: it.value}), (it) => it.value);
  group('Entities', fc.entities, (it) => route('search', {...f, entity: it.value, entity_name: it.name}),
    (it) => it.name + (it.type ? ' (' + it.type + ')' : ''));
  if (!box.childNodes.length) box.append(h('p', {class: 'muted'}, 'No facets.'));
}
