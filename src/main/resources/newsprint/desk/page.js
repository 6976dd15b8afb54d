// The page view: the page's picture with its modules over it, its fit, overset text and findings,
// sign-off, and what changed since sign-off; live.
'use strict';

(function () {
  const number = Number(location.pathname.split('/').pop());
  const stage = document.getElementById('stage');
  const image = document.getElementById('page-image');
  const overlay = document.getElementById('overlay');
  const failure = document.getElementById('failure');
  let page = null;
  let zoom = 'fit';

  function applyZoom() {
    if (!page || !page.widthPx) return;
    stage.style.width = zoom === 'fit' ? '100%' : (page.widthPx * Number(zoom)) + 'px';
  }

  function marks(p) {
    const w = p.pageWidthPt, h = p.pageHeightPt;
    overlay.replaceChildren(...(p.marks || []).map(m => {
      const box = desk.el('div', { class: 'mark ' + m.fit.toLowerCase(), 'data-article': m.id, 'data-kind': m.kind,
                                   title: m.label + (m.overset.length ? '\n' + m.overset.join('\n') : '') },
        desk.el('span', {}, m.label));
      box.style.left = (100 * m.xPt / w) + '%';
      box.style.top = (100 * m.yPt / h) + '%';
      box.style.width = (100 * m.widthPt / w) + '%';
      box.style.height = (100 * m.heightPt / h) + '%';
      box.addEventListener('click', () => highlight(m.id));
      return box;
    }));
  }

  function highlight(article) {
    for (const m of overlay.querySelectorAll('.mark')) {
      m.classList.toggle('highlight', article !== null && m.dataset.article === article);
    }
    const target = [...overlay.querySelectorAll('.mark')].find(m => m.dataset.article === article);
    if (target) target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  function fitRows(p) {
    const body = document.querySelector('#fit tbody');
    const rows = (p.fit ? p.fit.articles : []).map(a => {
      const state = !a.placed ? 'over' : a.jumpsTo ? 'jumps' : a.oversetLines > 0 ? 'over' : a.undersetLines > 0 ? 'under' : 'exact';
      const text = !a.placed ? 'not placed: ' + a.oversetLines + ' lines over'
        : a.jumpsTo ? 'jumps to page ' + a.jumpsTo + ': ' + a.continuedLines + ' lines run on'
        : a.oversetLines > 0 ? 'over by ' + a.oversetLines + ' lines (' + a.oversetChars + ' characters)'
        : a.undersetLines > 0 ? 'under by ' + a.undersetLines + ' lines (' + a.undersetChars + ' characters)' : 'exact';
      const row = desk.el('tr', { class: state, 'data-article': a.id },
        desk.el('td', {}, a.id),
        desk.el('td', {}, a.placed ? 'c' + a.column + ' r' + a.row : '–'),
        desk.el('td', {}, a.placed ? a.spanColumns + '×' + a.heightLines : '–'),
        desk.el('td', { class: 'lines' }, a.contentLines + ' / ' + a.capacityLines),
        desk.el('td', { class: 'chars' }, a.contentChars + ' / ' + a.capacityChars),
        desk.el('td', { class: 'fit-state' }, text));
      row.addEventListener('click', () => highlight(a.id));
      return row;
    });
    body.replaceChildren(...rows);
    document.getElementById('free').textContent = p.fit
      ? 'free: ' + p.fit.freeCells + ' grid cells (' + p.fit.freePercent + '%), about ' + p.fit.freeChars + ' characters' : '';
    const overset = document.getElementById('overset');
    const cut = (p.fit ? p.fit.articles : []).filter(a => a.overset.length);
    overset.replaceChildren(...(cut.length ? cut.flatMap(a => [desk.el('p', {}, desk.el('b', {}, a.id + ':')),
      ...a.overset.map(line => desk.el('p', { class: 'line' }, line))]) : [desk.el('p', { class: 'message' }, 'nothing over')]));
  }

  function findings(p) {
    const list = document.getElementById('findings');
    list.replaceChildren(...(p.findings.length ? p.findings.map(f => {
      const li = desk.el('li', { class: f.severity, 'data-article': f.article || '' },
        f.severity + ': ' + (f.article ? 'article \u2018' + f.article + '\u2019: ' : '') + (f.field ? f.field + ': ' : '') + f.message);
      li.addEventListener('click', () => highlight(f.article || null));
      return li;
    }) : [desk.el('li', { class: 'message' }, 'none')]));
  }

  function signOff(p) {
    const state = document.getElementById('signoff-state');
    const r = p.signOffRecord;
    state.dataset.state = p.signOff;
    state.textContent = p.signOff === 'signed' ? 'signed off by ' + r.user + ' at ' + r.time
      : p.signOff === 'changed' ? 'changed since sign-off (signed off by ' + r.user + ' at ' + r.time + ')'
      : 'not signed off';
    document.getElementById('signoff-button').disabled = !p.hash || p.signOff === 'signed';
    const compare = document.getElementById('compare');
    compare.hidden = p.signOff !== 'changed';
    if (p.signOff === 'changed') {
      document.getElementById('signed-image').src = p.signedImage;
      document.getElementById('current-image').src = p.image || '';
      if (p.diffImage) {
        fetch(p.diffImage, { cache: 'no-store' }).then(r => {
          document.getElementById('changed-pixels').textContent = (r.headers.get('X-Changed-Pixels') || '?') + ' pixels changed';
          return r.blob();
        }).then(b => { document.getElementById('diff-image').src = URL.createObjectURL(b); });
      }
    }
  }

  function downloads(p) {
    const list = document.getElementById('downloads');
    const items = [];
    if (p.pdf) items.push(desk.el('li', {}, desk.el('a', { href: p.pdf }, 'print PDF')));
    if (p.proof) items.push(desk.el('li', {}, desk.el('a', { href: p.proof }, 'PNG proof (modules marked)')));
    if (p.image) items.push(desk.el('li', {}, desk.el('a', { href: p.image, download: 'page-' + p.number + '.png' }, 'PNG picture')));
    items.push(desk.el('li', {}, desk.el('a', { href: '/edition/plates.zip' }, "the edition's plates (zip)")));
    items.push(desk.el('li', {}, desk.el('a', { href: '/files/' + p.file.split('/').map(encodeURIComponent).join('/') }, 'page file ' + p.file)));
    list.replaceChildren(...items);
  }

  function show(p) {
    page = p;
    document.getElementById('title').textContent = desk.pageName(p) + ' · ' + p.file;
    document.title = desk.pageName(p) + ' · newsprint';
    const badge = document.getElementById('state');
    badge.className = 'badge ' + p.state;
    badge.textContent = desk.stateLabel(p) + (p.overset ? ': ' + p.overset : '');
    if (p.error) {
      failure.hidden = false;
      failure.textContent = 'error: ' + p.error.message + (p.error.hint ? '\nhint: ' + p.error.hint : '');
    } else {
      failure.hidden = true;
    }
    stage.hidden = !p.image;
    if (p.widthPx) stage.style.aspectRatio = p.widthPx + ' / ' + p.heightPx; // the page's room before its picture arrives
    if (p.image) {
      image.dataset.version = p.version;
      image.src = p.image;
    }
    marks(p);
    fitRows(p);
    findings(p);
    signOff(p);
    downloads(p);
    applyZoom();
    document.body.dataset.version = p.version;
  }

  function load() {
    return desk.json('/api/pages/' + number).then(show).catch(e => { failure.hidden = false; failure.textContent = String(e); });
  }

  document.getElementById('signoff-button').addEventListener('click', () => {
    const message = document.getElementById('signoff-message');
    desk.json('/api/pages/' + number + '/signoff', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ hash: page.hash })
    }).then(p => { message.textContent = ''; return load(); }).catch(e => { message.textContent = String(e.message || e); load(); });
  });
  for (const b of document.querySelectorAll('[data-zoom]')) {
    b.addEventListener('click', () => { zoom = b.dataset.zoom; applyZoom(); });
  }
  document.getElementById('show-marks').addEventListener('change', e => overlay.classList.toggle('hidden', !e.target.checked));

  load();
  desk.live(edition => {
    const mine = edition.pages.find(q => q.number === number);
    if (!page || !mine || mine.version !== page.version || mine.signOff !== page.signOff) load();
  });
})();
