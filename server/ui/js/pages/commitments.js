// Commitments: statements of future action, grouped by the month they
// fall due, each with its actor and a link to its evidence.
import {h, route, monthName, dueRange} from '../dom.js';
import {api} from '../api.js';
import {pager} from '../cards.js';

export default async function commitments(view, params, _arg, alive) {
  const f = {due_from: params.due_from || '', due_to: params.due_to || ''};
  const from = h('input', {type: 'text', class: 'date', name: 'due_from', value: f.due_from, placeholder: 'due from YYYY-MM-DD', 'aria-label': 'Due from'});
  const to = h('input', {type: 'text', class: 'date', name: 'due_to', value: f.due_to, placeholder: 'due to YYYY-MM-DD', 'aria-label': 'Due to'});
  const form = h('form', {class: 'searchbar'}, from, to, h('button', {type: 'submit'}, 'Show'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = route('commitments', {due_from: from.value.trim(), due_to: to.value.trim()});
  });
  view.append(h('h1', {}, 'What falls due when'), form);
  const list = h('div', {class: 'due-list'});
  const box = h('section', {}, list);
  view.append(box);
  let month = null, group = null;
  const draw = (items) => {
    for (const c of items) {
      const m = dueGroup(c.due_start, c.due_end);
      if (m !== month) {
        month = m;
        group = h('ol', {class: 'due-group'});
        list.append(h('h2', {class: 'due-month'}, monthName(m)), group);
      }
      group.append(h('li', {class: 'commitment'},
        h('span', {class: 'due', title: `${c.due_start || '?'} – ${c.due_end || '?'}`}, dueRange(c.due_start, c.due_end)),
        h('span', {class: 'who'}, c.actor_id ? h('a', {href: route('entity/' + encodeURIComponent(c.actor_id))}, c.actor_name || '?') : (c.actor_name || 'someone')),
        h('span', {class: 'what'}, c.action, h('span', {class: 'evidence-text'}, '“' + c.evidence + '”')),
        h('a', {class: 'evidence-link', href: route('article/' + encodeURIComponent(c.article_id), {commit: c.seq}), title: c.evidence}, 'evidence →')));
    }
  };
  const first = await pager(box, (cursor) => api('commitments', {...f, cursor, limit: 50}), draw, alive);
  if (alive() && !first.items.length) list.append(h('p', {class: 'muted empty'}, 'No commitments in this range.'));
}

// dueGroup is the heading a commitment is listed under: the month its due
// interval starts in ("2027-01"), or the year ("2027") when it is due
// within a whole year, which would otherwise be filed under January.
function dueGroup(start, end) {
  if (!start) return 'no date';
  const y = start.slice(0, 4);
  if (start === y + '-01-01' && end === y + '-12-31') return y;
  return start.slice(0, 7);
}
