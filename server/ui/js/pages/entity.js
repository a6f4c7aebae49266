// An entity's page: who or what it is, a timeline of mentions, quotes and
// events per day, its quotes, its events as actor 1 and actor 2, and the
// entities it shares articles with.
import {h, s, route, plural, showTip, moveTip, hideTip} from '../dom.js';
import {api} from '../api.js';
import {quoteCard, eventTable} from '../cards.js';

const SERIES = [
  {key: 'mentions', label: 'mentions', color: '#4575b4'},
  {key: 'quotes', label: 'quotes', color: '#8e44ad'},
  {key: 'events', label: 'events', color: '#e67e22'},
];

export default async function entity(view, params, id, alive) {
  const p = await api('entities/' + encodeURIComponent(id), {from: params.from || '', to: params.to || ''});
  if (!alive()) return;
  view.append(
    h('h1', {}, p.name),
    h('p', {class: 'entity-meta'},
      h('span', {class: 'badge'}, p.type),
      p.country ? h('span', {class: 'badge'}, p.country) : null,
      p.actor ? h('span', {class: 'badge code', title: 'CAMEO actor code'}, p.actor) : null,
      ' ' + [plural(p.counts.articles, 'article'), plural(p.counts.mentions, 'mention'), plural(p.counts.quotes, 'quote'),
        plural(p.counts.events, 'event')].join(' · ')),
    h('p', {class: 'entity-links'}, h('a', {href: route('search', {entity: p.id, entity_name: p.name})}, 'Articles that mention them →'),
      h('a', {href: route('quotes', {speaker: p.id, speaker_name: p.name})}, 'All their quotes →'),
      h('a', {href: route('network', {actor: p.id, actor_name: p.name})}, 'Their network →')));

  view.append(h('h2', {}, 'Timeline'), timeline(p.timeline));

  const cols = h('div', {class: 'two-cols'});
  const quotesBox = h('section', {}, h('h2', {}, 'Quotes'));
  if (p.quotes.items.length) {
    quotesBox.append(...p.quotes.items.map(quoteCard));
    if (p.quotes.next) quotesBox.append(h('a', {href: route('quotes', {speaker: p.id, speaker_name: p.name})}, 'All quotes by ' + p.name + ' →'));
  } else {
    quotesBox.append(h('p', {class: 'muted'}, 'No quotes attributed.'));
  }
  const co = h('section', {}, h('h2', {}, 'Seen with'),
    p.co_entities.length
      ? h('ul', {class: 'entity-list'}, p.co_entities.map((c) => h('li', {},
          h('a', {href: route('entity/' + encodeURIComponent(c.id))}, c.name), ' ',
          h('span', {class: 'muted'}, `${c.type} · ${c.shared} shared article${c.shared === 1 ? '' : 's'}`))))
      : h('p', {class: 'muted'}, 'No other entities.'));
  cols.append(quotesBox, co);
  view.append(cols,
    h('h2', {}, 'Events as actor 1 (acting)'), eventTable(p.events_as_actor1),
    h('h2', {}, 'Events as actor 2 (acted on)'), eventTable(p.events_as_actor2));
}

function dayNumber(d) { return Math.round(Date.parse(d + 'T00:00:00Z') / 86400000); }
function dayString(n) { return new Date(n * 86400000).toISOString().slice(0, 10); }

// buckets fills the days between the first and last with zeros; past 120
// days it counts per month so bars stay visible.
function buckets(days) {
  if (!days.length) return [];
  const first = dayNumber(days[0].day), last = dayNumber(days[days.length - 1].day);
  const byMonth = last - first > 120;
  const map = new Map();
  const keyOf = (d) => (byMonth ? d.slice(0, 7) : d);
  for (let n = first; n <= last; n++) {
    const k = keyOf(dayString(n));
    if (!map.has(k)) map.set(k, {day: k, mentions: 0, quotes: 0, events: 0});
  }
  for (const d of days) {
    const b = map.get(keyOf(d.day));
    if (!b) continue;
    b.mentions += d.mentions; b.quotes += d.quotes; b.events += d.events;
  }
  return [...map.values()];
}

function timeline(days) {
  const data = buckets(days);
  if (!data.length) return h('p', {class: 'muted'}, 'Nothing dated.');
  const W = 900, H = 200, L = 36, B = 28, T = 10;
  const max = Math.max(1, ...data.flatMap((d) => SERIES.map((x) => d[x.key])));
  const slot = (W - L) / data.length;
  const bar = Math.max(1, Math.min(14, (slot - 2) / SERIES.length));
  const y = (v) => T + (H - T - B) * (1 - v / max);
  const svg = s('svg', {class: 'timeline', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'Mentions, quotes and events per day'});
  for (const v of [0, max / 2, max]) {
    const val = Math.round(v);
    svg.append(s('line', {x1: L, x2: W, y1: y(val), y2: y(val), class: 'grid'}),
      s('text', {x: L - 6, y: y(val) + 4, 'text-anchor': 'end', class: 'axis'}, String(val)));
  }
  data.forEach((d, i) => {
    const x0 = L + i * slot + (slot - bar * SERIES.length) / 2;
    const g = s('g', {class: 'day', 'data-day': d.day});
    g.append(s('rect', {x: L + i * slot, y: T, width: slot, height: H - T - B, class: 'hover'}));
    SERIES.forEach((ser, k) => {
      const v = d[ser.key];
      if (!v) return;
      g.append(s('rect', {x: x0 + k * bar, y: y(v), width: bar - 0.5, height: y(0) - y(v), fill: ser.color, class: 'bar bar-' + ser.key}));
    });
    const lines = [d.day, ...SERIES.map((ser) => `${d[ser.key]} ${ser.label}`)];
    g.addEventListener('mouseover', (e) => showTip(e, lines));
    g.addEventListener('mousemove', moveTip);
    g.addEventListener('mouseout', hideTip);
    svg.append(g);
  });
  const ticks = Math.min(data.length, 8);
  for (let t = 0; t < ticks; t++) {
    const i = Math.round(t * (data.length - 1) / Math.max(1, ticks - 1));
    const anchor = ticks > 1 && t === 0 ? 'start' : ticks > 1 && t === ticks - 1 ? 'end' : 'middle';
    const x = anchor === 'start' ? L + i * slot : anchor === 'end' ? L + (i + 1) * slot : L + (i + 0.5) * slot;
    svg.append(s('text', {x, y: H - 8, 'text-anchor': anchor, class: 'axis'}, data[i].day));
  }
  const legend = h('div', {class: 'legend'}, SERIES.map((ser) => {
    const sw = h('span', {class: 'swatch'});
    sw.style.background = ser.color;
    return h('span', {}, sw, ser.label);
  }));
  return h('figure', {class: 'chart'}, svg, legend);
}
