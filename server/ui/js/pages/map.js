// A world map of where events happen, drawn from an offline outline
// (Natural Earth via world-atlas, converted by cmd/gen-worldmap). A circle's
// area is its number of events, its colour the main QuadClass.
import {h, s, route, QUAD, clear, errorBox, showTip, moveTip, hideTip} from '../dom.js';
import {api} from '../api.js';
import {eventTable, eventRow, pager, scrollBox} from '../cards.js';

let world = null; // the outline, fetched once per page load

async function loadWorld() {
  if (!world) {
    const resp = await fetch('/ui/world.json');
    if (!resp.ok) throw new Error('the map outline did not load: HTTP ' + resp.status);
    world = await resp.json();
  }
  return world;
}

export default async function map(view, params, _arg, alive) {
  const f = {from: params.from || '', to: params.to || '', quad_class: params.quad_class || ''};
  const from = h('input', {type: 'text', class: 'date', name: 'from', value: f.from, placeholder: 'from YYYY-MM-DD', 'aria-label': 'From date'});
  const to = h('input', {type: 'text', class: 'date', name: 'to', value: f.to, placeholder: 'to YYYY-MM-DD', 'aria-label': 'To date'});
  const qc = h('select', {name: 'quad_class', 'aria-label': 'Kind of event'},
    h('option', {value: ''}, 'all events'),
    Object.entries(QUAD).map(([k, q]) => h('option', {value: k, selected: f.quad_class === k}, q.name)));
  const form = h('form', {class: 'searchbar'}, from, to, qc, h('button', {type: 'submit'}, 'Show'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = route('map', {from: from.value.trim(), to: to.value.trim(), quad_class: qc.value});
  });
  view.append(h('h1', {}, 'Where events happen'), form);
  const [w, pl] = await Promise.all([loadWorld(), api('places', f)]);
  if (!alive()) return;
  const details = h('section', {class: 'place-events'});
  view.append(drawMap(w, pl.places, details, f));
  view.append(h('p', {class: 'muted'}, `${pl.places.length} places; ${pl.unplaced} events with no known place. ` +
    'A place is the city or country the text names, else the country of actor 1, else of actor 2.'));
  view.append(placeTable(pl.places, details, f), details);
}

function mainClass(p) {
  let best = 0;
  p.by_quad_class.forEach((n, i) => { if (n > 0 && n >= p.by_quad_class[best]) best = i; });
  return best + 1;
}

function drawMap(w, places, details, f) {
  // Latitudes 84°N to 58°S: Antarctica and the far north hold no news.
  const svg = s('svg', {class: 'worldmap', viewBox: '0 6 360 142', role: 'img', 'aria-label': 'World map of event locations'});
  svg.append(s('rect', {x: 0, y: 0, width: 360, height: 180, class: 'sea'}));
  const land = s('g', {class: 'land'});
  for (const c of w.countries) {
    const path = s('path', {d: c.d, 'data-id': c.id});
    path.append(s('title', {}, c.name));
    land.append(path);
  }
  svg.append(land);
  const max = Math.max(1, ...places.map((p) => p.events));
  const dots = s('g', {class: 'dots'});
  for (const p of [...places].sort((a, b) => b.events - a.events)) {
    const qc = mainClass(p);
    const dot = s('circle', {cx: p.lon + 180, cy: 90 - p.lat, r: 1.2 + 3.5 * Math.sqrt(p.events / max),
      fill: QUAD[qc].color, class: 'dot ' + p.precision, 'data-name': p.name});
    const lines = [p.name + (p.precision === 'country' ? ' (country)' : ''), `${p.events} event${p.events === 1 ? '' : 's'}`,
      ...p.by_quad_class.map((n, i) => (n ? `${n} ${QUAD[i + 1].name}` : null)).filter(Boolean)];
    if (p.locations && p.locations.length) lines.push('named as: ' + p.locations.join(', '));
    dot.addEventListener('mouseover', (ev) => showTip(ev, lines));
    dot.addEventListener('mousemove', moveTip);
    dot.addEventListener('mouseout', hideTip);
    dot.addEventListener('click', () => showEvents(details, p, f));
    dots.append(dot);
  }
  svg.append(dots);
  return h('figure', {class: 'chart map-box'}, svg);
}

function placeTable(places, details, f) {
  if (!places.length) return h('p', {class: 'muted empty'}, 'No events with a place in this range.');
  return scrollBox(h('table', {class: 'places'},
    h('thead', {}, h('tr', {}, h('th', {}, 'Place'), h('th', {}, 'Country'), h('th', {}, 'Events'), h('th', {}, 'Main class'), h('th', {}, ''))),
    h('tbody', {}, places.map((p) => {
      // Fifty buttons all named "events" tell a screen reader nothing.
      const btn = h('button', {type: 'button', class: 'link', 'aria-label': 'events in ' + p.name}, 'events');
      btn.addEventListener('click', () => showEvents(details, p, f));
      const sw = h('span', {class: 'swatch'});
      sw.style.background = QUAD[mainClass(p)].color;
      return h('tr', {}, h('td', {}, p.name), h('td', {}, p.country || ''), h('td', {}, String(p.events)),
        h('td', {}, sw, QUAD[mainClass(p)].name), h('td', {}, btn));
    }))));
}

// showEvents lists the events involving a place's country, 50 at a time
// with a More button (it showed the first 50 only, and the table of places
// its first 50 rows, neither saying so): the API selects events by actor
// country, so a city shows its country's events. A later click replaces an
// earlier one's list, even while the earlier one still loads.
let shown = 0;

async function showEvents(box, p, f) {
  const mine = ++shown;
  const alive = () => mine === shown && box.isConnected;
  clear(box);
  if (!p.country) return;
  const loadingNote = h('p', {class: 'muted loading'}, 'Loading…');
  box.append(h('h2', {}, `Events involving ${p.country}`), loadingNote);
  let table = null;
  const draw = (items) => {
    if (!table) {
      loadingNote.remove();
      table = eventTable(items);
      box.append(table);
      box.scrollIntoView({block: 'start'});
    } else {
      table.querySelector('tbody').append(...items.map(eventRow));
    }
  };
  try {
    await pager(box, (cursor) => api('events', {country: p.country, from: f.from, to: f.to, quad_class: f.quad_class, cursor, limit: 50}),
      draw, alive);
  } catch (err) {
    if (alive()) { loadingNote.remove(); box.append(errorBox(err)); }
  }
}
