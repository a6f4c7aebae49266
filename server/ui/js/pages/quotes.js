// Who said what: a feed of quotes, filtered by speaker, words, kind and
// date; each links to its evidence highlighted in the article.
import {h, route} from '../dom.js';
import {api} from '../api.js';
import {pager, quoteCard, SEARCH_HINT} from '../cards.js';

export default async function quotes(view, params, _arg, alive) {
  const f = {speaker: params.speaker || '', q: params.q || '', kind: params.kind || '', from: params.from || '', to: params.to || ''};
  // A link from an entity's page names the speaker by id, which finds that
  // entity only, and by name (speaker_name), which the box shows instead of
  // the id; the id is kept while the box still holds that name.
  const named = params.speaker_name || '';
  const speaker = h('input', {type: 'search', name: 'speaker', value: named || f.speaker, placeholder: 'Speaker, e.g. Andrii Sybiha', 'aria-label': 'Speaker'});
  const words = h('input', {type: 'search', name: 'q', value: f.q, placeholder: 'Words in the quote, or "a phrase"', 'aria-label': 'Words',
    title: SEARCH_HINT});
  const kind = h('select', {name: 'kind', 'aria-label': 'Kind'},
    ['', 'direct', 'partial', 'indirect'].map((k) => h('option', {value: k, selected: k === f.kind}, k || 'any kind')));
  const from = h('input', {type: 'text', class: 'date', name: 'from', value: f.from, placeholder: 'from YYYY-MM-DD', 'aria-label': 'From date'});
  const to = h('input', {type: 'text', class: 'date', name: 'to', value: f.to, placeholder: 'to YYYY-MM-DD', 'aria-label': 'To date'});
  const form = h('form', {class: 'searchbar'}, speaker, words, kind, from, to, h('button', {type: 'submit'}, 'Show quotes'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const same = named && speaker.value.trim() === named;
    location.hash = route('quotes', {speaker: same ? f.speaker : speaker.value.trim(), speaker_name: same ? named : '', q: words.value.trim(), kind: kind.value,
      from: from.value.trim(), to: to.value.trim()});
  });
  view.append(h('h1', {}, 'Who said what'), form);
  const feed = h('div', {class: 'quote-feed'});
  const box = h('section', {}, feed);
  view.append(box);
  const first = await pager(box, (cursor) => api('quotes', {...f, cursor, limit: 25}),
    (items) => feed.append(...items.map(quoteCard)), alive);
  if (alive() && !first.items.length) {
    feed.append(h('p', {class: 'muted empty'}, f.speaker ? `No quotes by “${named || f.speaker}”.` : 'No quotes match.'));
  }
}
