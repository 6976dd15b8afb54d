// Shared by the flatplan and the page view. Text from the server (headlines, messages, ids) is always
// set as text (textContent), never as markup.
'use strict';

const desk = {
  /** An element with attributes and children; strings become text nodes. */
  el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k.startsWith('data-')) e.setAttribute(k, String(v));
      else e[k] = v;
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      e.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    }
    return e;
  },

  async json(url, options) {
    const r = await fetch(url, Object.assign({ cache: 'no-store', credentials: 'same-origin' }, options || {}));
    const text = await r.text();
    if (!r.ok) throw new Error(text || r.statusText);
    return JSON.parse(text);
  },

  /** Calls onEdition with every state the server sends; shows whether the screen is live. */
  live(onEdition) {
    const badge = document.getElementById('live');
    const source = new EventSource('/events');
    source.addEventListener('edition', e => {
      badge.textContent = 'live';
      badge.classList.add('on');
      onEdition(JSON.parse(e.data));
    });
    source.onerror = () => {
      badge.textContent = 'reconnecting…';
      badge.classList.remove('on');
    };
    return source;
  },

  stateLabel(p) {
    if (p.state === 'error') return 'error';
    if (p.state === 'overset') return 'overset';
    return 'fits';
  },

  signOffLabel(p) {
    if (p.signOff === 'signed') return 'signed off';
    if (p.signOff === 'changed') return 'changed since sign-off';
    return 'not signed off';
  },

  pageName(p) {
    return '第' + p.number + '版' + (p.section ? ' ' + p.section : '');
  }
};
