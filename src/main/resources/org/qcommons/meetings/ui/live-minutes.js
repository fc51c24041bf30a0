// The browser's half of differential synchronisation (Neil Fraser, 2009), for one agenda item's minutes.
// Run by LiveMinutes with this = its host element, $0 = the vaadin-text-area, $1 = diff-match-patch's URL,
// $2 = the start state (JSON). The server's half is ServerShadow; decision 116 explains the protocol.
const host = this;
const field = $0;
const start = JSON.parse($2);
if (!window.__qcDmp) {
  window.__qcDmp = window.diff_match_patch ? Promise.resolve() : new Promise((resolve, reject) => {
    // The npm file ends with CommonJS exports; give it somewhere to put them.
    window.module = window.module || { exports: {} };
    const s = document.createElement('script');
    s.src = $1;
    s.onload = () => resolve();
    s.onerror = () => { window.__qcDmp = null; reject(new Error('diff-match-patch could not be loaded')); };
    document.head.appendChild(s);
  });
}
return window.__qcDmp.then(() => {
  if (host.__qcLive) { host.__qcLive.stop(); }
  const dmp = new diff_match_patch();
  const status = host.querySelector('.live-status');
  const alert = host.querySelector('.live-alert');
  const state = {
    shadow: start.text, confirmed: start.text, n: start.n, m: start.m, stack: [],
    inFlight: false, seq: 0, again: false, timer: null, retry: null, idle: null, dirtyForSave: false,
    offlineSince: null, readOnly: false, stopped: false
  };
  const input = () => field.inputElement || field.querySelector('textarea');
  const text = () => field.value || '';

  const encode = (diffs) => diffs.map(d => d[0] === 0 ? d[1].length : d[0] < 0 ? -d[1].length : d[1]);
  const decode = (source, steps) => {
    const diffs = []; let at = 0;
    for (const s of steps) {
      if (typeof s === 'string') { diffs.push([1, s]); continue; }
      const len = Math.abs(s);
      if (at + len > source.length) { throw new Error('edit past the end'); }
      diffs.push([s > 0 ? 0 : -1, source.substring(at, at + len)]); at += len;
    }
    if (at !== source.length) { throw new Error('edit does not cover the text'); }
    return diffs;
  };
  // Smallest diffs, untidied: typing stays pure insertion, so a fuzzy patch never deletes a neighbour's letter.
  const between = (a, b) => dmp.diff_main(a, b, false);
  // As Rebase.onto on the server: an edit made on a known base is carried exactly to its place in a text that has
  // moved on, through that text's own diff from the base. Insertions always survive; a letter is deleted only if
  // it is still there. (diff-match-patch's fuzzy patch could delete the letter next to the one meant.)
  const rebase = (base, other, edit) => {
    const moved = between(base, other);
    const kept = new Uint8Array(base.length);
    let at = 0;
    for (const d of moved) {
      if (d[0] === 0) { kept.fill(1, at, at + d[1].length); }
      if (d[0] !== 1) { at += d[1].length; }
    }
    const out = []; let copied = 0; let p = 0;
    for (const d of edit) {
      if (d[0] === 0) { p += d[1].length; continue; }
      if (d[0] === 1) {
        const x = Math.max(copied, dmp.diff_xIndex(moved, p));
        out.push(other.substring(copied, x), d[1]); copied = x;
        continue;
      }
      for (let i = 0; i < d[1].length; i++, p++) {
        if (kept[p]) {
          const x = Math.max(copied, dmp.diff_xIndex(moved, p));
          out.push(other.substring(copied, x)); copied = x + 1;
        }
      }
    }
    out.push(other.substring(copied));
    return out.join('');
  };
  const say = (words) => { if (status && status.textContent !== words) { status.textContent = words; } };
  const warn = (words) => { if (alert) { alert.textContent = words || ''; alert.hidden = !words; } };

  // Puts text into the field keeping the person's cursor and selection where their words are.
  const show = (next) => {
    const before = text();
    if (next === before) { return; }
    const ta = input();
    const focused = ta && document.activeElement === ta || (ta && ta.getRootNode().activeElement === ta);
    const selStart = ta ? ta.selectionStart : 0, selEnd = ta ? ta.selectionEnd : 0;
    const diffs = dmp.diff_main(before, next);
    field.value = next;
    if (ta && ta.value !== next) { ta.value = next; }
    if (ta && focused) { ta.setSelectionRange(dmp.diff_xIndex(diffs, selStart), dmp.diff_xIndex(diffs, selEnd)); }
    field.dispatchEvent(new CustomEvent('qc-live-applied', { detail: { at: performance.now(), text: next } }));
  };

  const sync = () => {
    if (state.stopped || state.readOnly) { return; }
    if (state.inFlight) { state.again = true; return; }
    const now = text();
    if (now !== state.shadow) {
      state.stack.push({ v: state.n, d: encode(between(state.shadow, now)) });
      state.shadow = now; state.n++; state.dirtyForSave = true;
    }
    state.inFlight = true; state.again = false;
    const seq = ++state.seq;
    const sentAt = Date.now();
    clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      if (seq !== state.seq) { return; }
      // No answer: the connection is down. Keep everything and try again; versions stop doubles.
      state.inFlight = false;
      if (!state.offlineSince) { state.offlineSince = sentAt; }
      say('Offline: your typing is kept here and will be merged when the connection returns.');
      schedule(1000);
    }, 3000);
    host.$server.sync(JSON.stringify({ m: state.m, edits: state.stack })).then(json => {
      if (seq !== state.seq || state.stopped) { return; }
      clearTimeout(state.timer);
      state.inFlight = false;
      receive(JSON.parse(json));
      if (state.offlineSince) {
        state.offlineSince = null;
        warn('You were offline for a moment. Your typing has been merged with everyone else\'s.');
      }
      say('Shared with everyone editing as you type.');
      if (state.again || text() !== state.shadow || state.stack.length) { schedule(0); }
    }, () => { if (seq === state.seq) { state.inFlight = false; schedule(1000); } });
  };

  const receive = (reply) => {
    if (reply.notice) { warn(reply.notice); }
    if (reply.readOnly) {
      state.readOnly = true; field.readonly = true;
      say('Read only.');
      return;
    }
    if (reply.reset) {
      // Lost track of each other: merge what this person typed since the last agreement into the server's text.
      const merged = rebase(state.confirmed, reply.reset.text, between(state.confirmed, text()));
      state.shadow = state.confirmed = reply.reset.text;
      state.n = reply.reset.n; state.m = reply.reset.m; state.stack = [];
      show(merged);
      schedule(0);
      return;
    }
    state.stack = state.stack.filter(e => e.v >= reply.n);
    let local = text();
    for (const e of reply.edits) {
      if (e.v < state.m) { continue; }
      if (e.v > state.m) { state.stack = []; state.confirmed = state.shadow; break; }
      const diffs = decode(state.shadow, e.d);
      local = rebase(state.shadow, local, diffs);
      state.shadow = dmp.diff_text2(diffs);
      state.m++;
    }
    show(local);
    if (!state.stack.length) { state.confirmed = state.shadow; }
  };

  const schedule = (ms) => {
    clearTimeout(state.retry);
    state.retry = setTimeout(sync, ms);
  };

  const typed = () => {
    if (state.readOnly) { return; }
    sync();
    clearTimeout(state.idle);
    // A pause in typing saves a version in this person's name.
    state.idle = setTimeout(() => {
      if (state.dirtyForSave && !state.stack.length && text() === state.shadow) {
        state.dirtyForSave = false;
        host.$server.checkpoint();
      } else if (state.dirtyForSave) {
        typed();
      }
    }, 1500);
  };

  const onFocus = () => host.$server.editing(true);
  const onBlur = () => host.$server.editing(false);
  field.addEventListener('input', typed);
  field.addEventListener('focusin', onFocus);
  field.addEventListener('focusout', onBlur);
  // Anything left unsent after a drop goes as soon as the browser says it is back.
  const online = () => schedule(0);
  window.addEventListener('online', online);
  const keepAlive = setInterval(() => { if (state.stack.length || text() !== state.shadow) { sync(); } }, 2000);

  if (text() !== start.text) { field.value = start.text; }
  say('Shared with everyone editing as you type.');
  host.__qcLive = {
    poke: () => sync(),
    flush: () => sync(),
    pending: () => state.inFlight || state.stack.length > 0 || text() !== state.shadow,
    stop: () => {
      state.stopped = true;
      clearInterval(keepAlive); clearTimeout(state.timer); clearTimeout(state.retry); clearTimeout(state.idle);
      field.removeEventListener('input', typed);
      field.removeEventListener('focusin', onFocus);
      field.removeEventListener('focusout', onBlur);
      window.removeEventListener('online', online);
    }
  };
});
