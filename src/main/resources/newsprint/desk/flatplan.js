// The flatplan: every page as a thumbnail with its state, live.
'use strict';

(function () {
  const plan = document.getElementById('flatplan');
  const failure = document.getElementById('edition-error');
  let shown = '';

  function card(p) {
    const picture = p.thumbnail
      ? desk.el('img', { src: p.thumbnail, alt: desk.pageName(p), 'data-version': p.version })
      : desk.el('div', { class: 'missing' }, p.error ? p.error.message : 'not made');
    return desk.el('a', { class: 'card', href: '/page/' + p.number, 'data-page': p.number, 'data-version': p.version,
                          'data-state': p.state, 'data-signoff': p.signOff },
      picture,
      desk.el('h2', {}, desk.pageName(p)),
      desk.el('div', { class: 'file' }, p.file),
      desk.el('div', { class: 'badges' },
        desk.el('span', { class: 'badge state ' + p.state }, desk.stateLabel(p)),
        p.errors ? desk.el('span', { class: 'badge error' }, p.errors + ' errors') : null,
        desk.el('span', { class: 'badge signoff ' + p.signOff }, desk.signOffLabel(p))),
      p.overset ? desk.el('p', { class: 'message' }, p.overset) : null);
  }

  function show(edition) {
    document.getElementById('title').textContent = edition.name;
    document.title = edition.name + ' · flatplan';
    if (edition.editionFailure) {
      failure.hidden = false;
      failure.textContent = 'error: ' + edition.editionFailure.message + (edition.editionFailure.hint ? '\nhint: ' + edition.editionFailure.hint : '');
    } else {
      failure.hidden = true;
    }
    const key = JSON.stringify(edition.pages);
    if (key === shown) return;
    shown = key;
    plan.replaceChildren(...edition.pages.map(card));
  }

  desk.json('/api/edition').then(show).catch(e => { failure.hidden = false; failure.textContent = String(e); });
  desk.live(show);
})();
