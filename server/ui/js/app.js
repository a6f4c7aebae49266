// Dateline's web UI: a single page with hash routes, one module per page.
import {clear, errorBox, h, hideTip} from './dom.js';
import {api} from './api.js';
import search from './pages/search.js';
import quotes from './pages/quotes.js';
import entity from './pages/entity.js';
import article from './pages/article.js';
import network from './pages/network.js';
import map from './pages/map.js';
import commitments from './pages/commitments.js';

const pages = {search, quotes, entity, article, network, map, commitments};

// parse splits "#/entity/ID?x=1" into page "entity", arg "ID", params {x: "1"}.
function parse(hash) {
  const raw = hash.replace(/^#\/?/, '');
  const [path, qs] = raw.split('?', 2);
  const parts = path.split('/').map(decodeURIComponent);
  return {page: parts[0] || 'search', arg: parts.slice(1).join('/'), params: Object.fromEntries(new URLSearchParams(qs || ''))};
}

let generation = 0;

async function render() {
  const {page, arg, params} = parse(location.hash);
  const main = document.getElementById('main');
  const gen = ++generation;
  hideTip();
  for (const a of document.querySelectorAll('#nav a')) {
    a.classList.toggle('active', a.dataset.page === page);
  }
  const fn = pages[page];
  clear(main);
  if (!fn) {
    main.append(errorBox('No page "' + page + '".'), h('p', {}, h('a', {href: '#/search'}, 'Go to search')));
    return;
  }
  const view = h('section', {class: 'page page-' + page});
  main.append(view);
  document.body.dataset.page = page;
  document.body.dataset.ready = 'false';
  try {
    await fn(view, params, arg, () => gen === generation);
  } catch (err) {
    if (gen === generation) view.append(errorBox(err));
  }
  if (gen === generation) document.body.dataset.ready = 'true';
}

async function showStats() {
  try {
    const s = await api('stats');
    const el = document.getElementById('stats');
    el.textContent = `${s.articles} articles · ${s.quotes} quotes · ${s.events} events`;
  } catch (e) { /* the header can do without */ }
}

window.addEventListener('hashchange', render);
render();
showStats();
