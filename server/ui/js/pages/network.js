// Actor network: who acts on whom. Edges run actor 1 → actor 2 and are
// coloured by their main QuadClass (cooperation greens, conflict orange
// and red); a date range and an actor narrow it. The layout is a small
// force simulation run to rest before drawing, from fixed starting points,
// so the same data always draws the same picture. The server leaves out
// events whose two sides are one node (an actor acting on itself), which
// would draw as loops; every node carries a label (nodeLabel).
import {h, s, route, QUAD, showTip, moveTip, hideTip} from '../dom.js';
import {api} from '../api.js';
import {scrollBox} from '../cards.js';

export default async function network(view, params, _arg, alive) {
  const f = {from: params.from || '', to: params.to || '', actor: params.actor || ''};
  const from = h('input', {type: 'text', class: 'date', name: 'from', value: f.from, placeholder: 'from YYYY-MM-DD', 'aria-label': 'From date'});
  const to = h('input', {type: 'text', class: 'date', name: 'to', value: f.to, placeholder: 'to YYYY-MM-DD', 'aria-label': 'To date'});
  // From an entity's page the actor comes as an id and a name (actor_name):
  // the box shows the name, and the id is kept while the box holds it.
  const named = params.actor_name || '';
  const actor = h('input', {type: 'text', name: 'actor', value: named || f.actor, placeholder: 'actor: name, entity id or CAMEO code', 'aria-label': 'Actor'});
  const form = h('form', {class: 'searchbar'}, from, to, actor, h('button', {type: 'submit'}, 'Draw'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const same = named && actor.value.trim() === named;
    location.hash = route('network', {from: from.value.trim(), to: to.value.trim(), actor: same ? f.actor : actor.value.trim(),
      actor_name: same ? named : ''});
  });
  view.append(h('h1', {}, 'Who acts on whom'), form, legend());
  const net = await api('network', {...f, limit: EDGES});
  if (!alive()) return;
  if (!net.edges.length) {
    view.append(h('p', {class: 'muted empty'}, 'No events between two actors in this range.'));
    return;
  }
  view.append(draw(net));
  // A full answer may be cut short: say so, or the table's count reads as
  // the whole network.
  if (net.edges.length >= EDGES) {
    view.append(h('p', {class: 'muted capped'}, `The ${EDGES} busiest pairs of actors are drawn; ` +
      'a date range or an actor shows the others.'));
  }
  view.append(edgeTable(net));
}

// EDGES is how many edges, the busiest first, the page asks for.
const EDGES = 150;

// CAMEO's actor role codes (CAMEO codebook, chapter 3): the words a node
// named only by its code is labelled with.
const ROLES = {
  GOV: 'government', MIL: 'military', COP: 'police', JUD: 'judiciary', LEG: 'legislature', OPP: 'opposition',
  REB: 'rebels', INS: 'insurgents', SEP: 'separatists', SPY: 'intelligence', UAF: 'armed group', PTY: 'party',
  BUS: 'business', CRM: 'criminals', CVL: 'civilians', EDU: 'education', ELI: 'elites', ENV: 'environmentalists',
  HLH: 'health', HRI: 'human rights', LAB: 'labour', MED: 'media', REF: 'refugees', AGR: 'agriculture',
  DEV: 'development', MOD: 'moderates', RAD: 'radicals', NGO: 'NGO', NGM: 'movement', IGO: 'international body',
  INT: 'international', MNC: 'multinational', UIS: 'unidentified state actor', SET: 'settlers', PKO: 'peacekeepers',
  IMG: 'international armed group',
};

// codeLabel reads a CAMEO actor code as words: "---GOV" (a government of
// no known country) is "government (country unknown)", "FRAMIL" is "FRA
// military"; a part it does not know stays as written.
export function codeLabel(code) {
  if (!code) return 'unnamed actor';
  const parts = code.match(/.{1,3}/g);
  const unknown = parts[0] === '---';
  // The first part is a country unless it is a role ("IGO…", "GOV").
  const country = unknown || ROLES[parts[0]] ? '' : parts[0];
  const words = parts.slice(unknown || country ? 1 : 0).map((p) => ROLES[p] || p);
  if (!words.length) return country || 'unnamed actor';
  return country ? `${country} ${words.join(' ')}` : words.join(' ') + (unknown ? ' (country unknown)' : '');
}

// nodeLabel is what a node is called on the drawing: its entity's name, the
// one name its unnamed actors share ("women"), else its code read as words.
export function nodeLabel(nd) {
  if (nd.name && nd.name !== nd.code) return nd.name;
  return codeLabel(nd.code);
}

function legend() {
  return h('div', {class: 'legend'}, Object.entries(QUAD).map(([, q]) => {
    const sw = h('span', {class: 'swatch line'});
    sw.style.background = q.color;
    return h('span', {}, sw, q.name);
  }));
}

// layout places nodes: each group of connected actors is laid out on its
// own by a Fruchterman–Reingold simulation in a square that grows with its
// size, and the groups are packed in rows, largest first, then fitted to
// the box. A real corpus is one large group and many pairs with no tie to
// it; laid out together, the pairs drifted far out and fitting them in
// shrank the large group to a clump with its edges hidden under its circles.
export function layout(nodes, edges, W, H) {
  const n = nodes.length;
  const index = new Map(nodes.map((nd, i) => [nd.id, i]));
  const links = edges.map((e) => [index.get(e.source), index.get(e.target)]).filter(([a, b]) => a !== undefined && b !== undefined && a !== b);
  const parent = nodes.map((_, i) => i);
  const find = (i) => { while (parent[i] !== i) i = parent[i] = parent[parent[i]]; return i; };
  for (const [a, b] of links) parent[find(a)] = find(b);
  const groups = new Map();
  nodes.forEach((_, i) => {
    const r = find(i);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r).push(i);
  });
  // A group's square grows with its size; few actors get more room each.
  // The gaps leave room for circles and, to the right of them, labels.
  const CELL = Math.max(90, Math.sqrt((W * H) / Math.max(1, n)) * 0.5), GAPX = 110, GAPY = 30;
  const boxes = [...groups.values()].sort((a, b) => b.length - a.length || a[0] - b[0]).map((members) => {
    const local = new Map(members.map((g, j) => [g, j]));
    const own = links.filter(([a]) => local.has(a)).map(([a, b]) => [local.get(a), local.get(b)]);
    const at = simulate(members.length, own, CELL * Math.sqrt(members.length));
    // The group's own extent, not its square: a pair is packed as a pair.
    const bx = Math.min(...at.map((p) => p.x)), by = Math.min(...at.map((p) => p.y));
    const w = Math.max(...at.map((p) => p.x)) - bx + GAPX, h = Math.max(...at.map((p) => p.y)) - by + GAPY;
    return {members, w, h, at: at.map((p) => ({x: p.x - bx, y: p.y - by}))};
  });
  if (!n) return [];
  // Rows of groups, largest first; of a few row lengths, the one whose
  // packing fills the box best (the largest scale).
  const M = 80;
  const pack = (rowWidth) => {
    const at = new Array(n);
    let x = 0, y = 0, rowH = 0, width = 0;
    for (const b of boxes) {
      if (x > 0 && x + b.w > rowWidth) { x = 0; y += rowH; rowH = 0; }
      b.members.forEach((g, j) => { at[g] = {x: x + b.at[j].x, y: y + b.at[j].y}; });
      x += b.w;
      width = Math.max(width, x);
      rowH = Math.max(rowH, b.h);
    }
    return {at, scale: Math.min((W - 2 * M) / width, (H - 2 * M) / (y + rowH))};
  };
  const area = boxes.reduce((sum, b) => sum + b.w * b.h, 0);
  const best = [1, 1.3, 1.7, 2.2, 3].map((f) => pack(Math.max(boxes[0].w, f * Math.sqrt((area * W) / H))))
    .reduce((a, b) => (b.scale > a.scale ? b : a));
  const pos = best.at;
  // Fit into the box with a margin for labels.
  const xs = pos.map((p) => p.x), ys = pos.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // One scale for both axes (no stretching), at most 1.5×, centred.
  const sc = Math.min(1.5, (W - 2 * M) / Math.max(1, x1 - x0), (H - 2 * M) / Math.max(1, y1 - y0));
  const ox = (W - (x1 - x0) * sc) / 2, oy = (H - (y1 - y0) * sc) / 2;
  return pos.map((p) => ({x: ox + (p.x - x0) * sc, y: oy + (p.y - y0) * sc}));
}

// simulate lays out one connected group of n nodes in a side × side square,
// from fixed starting points on a circle, so the same data always draws the
// same picture. Nodes stay inside the square (Fruchterman and Reingold's
// frame).
function simulate(n, links, side) {
  const c = side / 2;
  if (n === 1) return [{x: c, y: c}];
  // From the top of the circle: a pair stands upright, its labels (to the
  // right of each node) clear of its edge and of each other.
  const pos = Array.from({length: n}, (_, i) => ({
    x: c + (side / 3) * Math.cos(Math.PI / 2 + (2 * Math.PI * i) / n),
    y: c + (side / 3) * Math.sin(Math.PI / 2 + (2 * Math.PI * i) / n),
  }));
  const k = (side / Math.sqrt(n)) * 0.6;
  let temp = side / 8;
  // Gravity keeps the group round; weaker with many nodes, which repel
  // each other enough to fill the square.
  const gravity = Math.min(0.3, 3 / n);
  for (let it = 0; it < 300; it++) {
    const disp = pos.map(() => ({x: 0, y: 0}));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
        let d = Math.hypot(dx, dy);
        if (d < 0.01) { dx = 0.01 * (i - j); dy = 0.01; d = Math.hypot(dx, dy); }
        const f = (k * k) / d;
        disp[i].x += (dx / d) * f; disp[i].y += (dy / d) * f;
        disp[j].x -= (dx / d) * f; disp[j].y -= (dy / d) * f;
      }
    }
    for (const [a, b] of links) {
      const dx = pos[a].x - pos[b].x, dy = pos[a].y - pos[b].y;
      const d = Math.max(0.01, Math.hypot(dx, dy));
      const f = (d * d) / k;
      disp[a].x -= (dx / d) * f; disp[a].y -= (dy / d) * f;
      disp[b].x += (dx / d) * f; disp[b].y += (dy / d) * f;
    }
    for (let i = 0; i < n; i++) {
      disp[i].x += (c - pos[i].x) * gravity;
      disp[i].y += (c - pos[i].y) * gravity;
      const d = Math.max(0.01, Math.hypot(disp[i].x, disp[i].y));
      pos[i].x = Math.min(side, Math.max(0, pos[i].x + (disp[i].x / d) * Math.min(d, temp)));
      pos[i].y = Math.min(side, Math.max(0, pos[i].y + (disp[i].y / d) * Math.min(d, temp)));
    }
    temp *= 0.985;
  }
  return pos;
}

function draw(net) {
  const W = 1000, H = 620;
  const pos = layout(net.nodes, net.edges, W, H);
  const index = new Map(net.nodes.map((nd, i) => [nd.id, i]));
  const maxEvents = Math.max(1, ...net.edges.map((e) => e.events));
  const svg = s('svg', {class: 'network', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'Actor network'});
  const defs = s('defs');
  for (const [qc, q] of Object.entries(QUAD)) {
    defs.append(s('marker', {id: 'arrow' + qc, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 11, markerHeight: 11,
      markerUnits: 'userSpaceOnUse', orient: 'auto'},
      s('path', {d: 'M0 0L10 5L0 10z', fill: q.color})));
  }
  svg.append(defs);
  const maxNode = Math.max(1, ...net.nodes.map((nd) => nd.events));
  const radius = (nd) => 4 + 14 * Math.sqrt(nd.events / maxNode);
  // With many actors only the busiest are labelled; the rest on hover.
  const labelled = new Set([...net.nodes].sort((a, b) => b.events - a.events).slice(0, 30).map((nd) => nd.id));
  const pairs = new Set(net.edges.map((e) => e.source + '\u0000' + e.target));
  for (const e of net.edges) {
    const a = pos[index.get(e.source)], b = pos[index.get(e.target)];
    if (!a || !b || e.source === e.target) continue; // the server sends no loops; none is drawn
    const rb = radius(net.nodes[index.get(e.target)]);
    const dx = b.x - a.x, dy = b.y - a.y, d = Math.max(1, Math.hypot(dx, dy));
    // Two-way pairs bend apart so both directions show.
    const bend = pairs.has(e.target + '\u0000' + e.source) ? 0.15 : 0;
    const mx = (a.x + b.x) / 2 - dy * bend, my = (a.y + b.y) / 2 + dx * bend;
    const ex = b.x - (dx / d) * (rb + 3), ey = b.y - (dy / d) * (rb + 3);
    const q = QUAD[e.quad_class] || QUAD[1];
    const path = s('path', {d: `M${a.x} ${a.y}Q${mx} ${my} ${ex} ${ey}`, class: 'edge q' + e.quad_class,
      stroke: q.color, 'stroke-width': 1.5 + 4 * (e.events / maxEvents), fill: 'none', 'marker-end': `url(#arrow${e.quad_class})`,
      'data-source': e.source, 'data-target': e.target});
    const names = `${nodeLabel(net.nodes[index.get(e.source)])} → ${nodeLabel(net.nodes[index.get(e.target)])}`;
    const lines = [names, `${e.events} event${e.events === 1 ? '' : 's'}, mostly ${q.name}`,
      `by class: ${e.by_quad_class.join(' / ')}`, `Goldstein ${e.goldstein.toFixed(1)}`, `${e.first || ''} – ${e.last || ''}`];
    path.addEventListener('mouseover', (ev) => showTip(ev, lines));
    path.addEventListener('mousemove', moveTip);
    path.addEventListener('mouseout', hideTip);
    svg.append(path);
  }
  net.nodes.forEach((nd, i) => {
    const p = pos[i];
    const isEntity = !nd.id.startsWith('code:');
    const href = isEntity ? route('entity/' + encodeURIComponent(nd.id)) : route('network', {actor: nd.code});
    // Only the busiest nodes carry a visible label; every node is named for
    // the keyboard and screen readers, which do not hover.
    const g = s('g', {class: 'node' + (isEntity ? '' : ' code-node'), 'data-id': nd.id, tabindex: 0, role: 'link',
      'aria-label': `${nodeLabel(nd)}, ${nd.events} event${nd.events === 1 ? '' : 's'}`});
    g.append(s('circle', {cx: p.x, cy: p.y, r: radius(nd)}));
    if (labelled.has(nd.id)) g.append(s('text', {x: p.x + radius(nd) + 4, y: p.y + 4}, nodeLabel(nd)));
    g.addEventListener('click', () => { hideTip(); location.hash = href; });
    g.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') location.hash = href; });
    g.addEventListener('mouseover', (ev) => showTip(ev, [nodeLabel(nd), [nd.code, nd.country].filter(Boolean).join(' · '), `${nd.events} events`]));
    g.addEventListener('mouseout', hideTip);
    svg.append(g);
  });
  return h('figure', {class: 'chart network-box'}, svg);
}

function edgeTable(net) {
  const name = new Map(net.nodes.map((nd) => [nd.id, nodeLabel(nd)]));
  return h('details', {class: 'edge-table'}, h('summary', {}, `${net.edges.length} edges as a table`),
    scrollBox(h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'From'), h('th', {}, 'To'), h('th', {}, 'Events'), h('th', {}, 'Main class'), h('th', {}, 'Goldstein'))),
      h('tbody', {}, net.edges.map((e) => h('tr', {},
        h('td', {}, name.get(e.source)), h('td', {}, name.get(e.target)), h('td', {}, String(e.events)),
        h('td', {}, (QUAD[e.quad_class] || {}).name), h('td', {}, e.goldstein.toFixed(1))))))));
}
