// DOM helpers. Every string from the API goes into the page as a text node
// or an attribute value set through the DOM: never as markup, so article
// text, titles and names cannot run script.

const SVG = 'http://www.w3.org/2000/svg';

// h builds an element: h('a', {href: '#/x', class: 'c', onclick: fn}, 'text', child).
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

// s builds an SVG element.
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') {
      el.addEventListener(k.slice(2), v);
    } else if (k === 'href') {
      const safe = safeHref(String(v));
      if (safe !== null) el.setAttribute('href', safe);
    } else if (k === 'dataset') {
      Object.assign(el.dataset, v);
    } else {
      el.setAttribute(k, v === true ? '' : String(v));
    }
  }
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

// safeHref allows in-page routes and http(s) URLs only: a "javascript:" or
// "data:" URL from an article never becomes a link.
export function safeHref(u) {
  if (u.startsWith('#/')) return u;
  try {
    const url = new URL(u);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch (e) { /* not a URL */ }
  return null;
}

// externalLink is a link out of Dateline, or the URL as plain text when it
// is not http(s).
export function externalLink(u, label) {
  const safe = safeHref(u || '');
  if (safe === null || safe.startsWith('#')) {
    return h('span', {class: 'unsafe-url', title: 'not an http(s) link: shown as text'}, u || '');
  }
  return h('a', {href: safe, rel: 'noopener noreferrer nofollow', target: '_blank'}, label || u);
}

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

// route builds an in-page link target: route('quotes', {speaker: 'X'}).
export function route(page, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== '' && v !== null && v !== undefined) q.set(k, v);
  }
  const qs = q.toString();
  return '#/' + page + (qs ? '?' + qs : '');
}

export function loading() { return h('p', {class: 'muted loading'}, 'Loading…'); }

export function errorBox(err) {
  return h('div', {class: 'error', role: 'alert'}, String(err && err.message ? err.message : err));
}

// Quad classes: CAMEO's four kinds of event.
export const QUAD = {
  1: {name: 'verbal cooperation', color: '#5aae61'},
  2: {name: 'material cooperation', color: '#1b7837'},
  3: {name: 'verbal conflict', color: '#f1a340'},
  4: {name: 'material conflict', color: '#d73027'},
};

export function quadChip(qc) {
  const q = QUAD[qc] || {name: 'unknown', color: '#999'};
  const chip = h('span', {class: 'chip', title: q.name}, q.name);
  chip.style.borderColor = q.color;
  chip.style.color = q.color;
  return chip;
}

// The tooltip shared by the pages (article highlights, map, network).
export function showTip(ev, lines) {
  const tip = document.getElementById('tip');
  clear(tip);
  for (const l of lines) tip.append(h('div', {}, l));
  tip.hidden = false;
  moveTip(ev);
}

export function moveTip(ev) {
  const tip = document.getElementById('tip');
  tip.style.left = Math.min(ev.clientX + 14, window.innerWidth - tip.offsetWidth - 8) + 'px';
  tip.style.top = (ev.clientY + 16) + 'px';
}

export function hideTip() { document.getElementById('tip').hidden = true; }

export function fmtDate(d) { return d || 'undated'; }

export function plural(n, word) { return `${n} ${word}${n === 1 ? '' : 's'}`; }

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// monthName turns "2025-07" into "July 2025".
export function monthName(ym) {
  const m = /^(\d{4})-(\d{2})$/.exec(ym || '');
  return m ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : ym;
}

// dueRange says when something falls due: "2028" for a whole year, "July
// 2025" for a whole month, "25–31 August 2025" for days of one month, else
// the two dates.
export function dueRange(start, end) {
  if (!start) return 'no date';
  if (!end || end === start) return start;
  const a = /^(\d{4})-(\d{2})-(\d{2})$/.exec(start), b = /^(\d{4})-(\d{2})-(\d{2})$/.exec(end);
  if (a && b && a[1] === b[1] && a[2] === '01' && a[3] === '01' && b[2] === '12' && b[3] === '31') return a[1];
  if (!a || !b || a[1] !== b[1] || a[2] !== b[2]) return `${start} – ${end}`;
  const last = new Date(Date.UTC(+a[1], +a[2], 0)).getUTCDate();
  if (a[3] === '01' && +b[3] === last) return monthName(`${a[1]}-${a[2]}`);
  return `${+a[3]}–${+b[3]} ${monthName(`${a[1]}-${a[2]}`)}`;
}
