// Small helpers for the console's pages: live clocks, copy, character count, the channel remembered.
(function () {
  function fmt(ms) {
    var s = Math.floor(Math.abs(ms) / 1000), h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60;
    if (h >= 24) { return Math.floor(h / 24) + '天' + (h % 24) + '小时'; }
    return (h ? h + ':' : '') + String(m).padStart(2, '0') + ':' + String(r).padStart(2, '0');
  }
  function tick() {
    var now = Date.now();
    document.querySelectorAll('.clock[data-due]').forEach(function (c) {
      var from = +c.dataset.from, due = +c.dataset.due, done = +c.dataset.done, left = c.querySelector('.left'),
          fill = c.querySelector('.fill');
      if (!due) { return; }
      var end = done || now, share = Math.max(0, Math.min(1, (end - from) / Math.max(1, due - from)));
      fill.style.width = (share * 100).toFixed(1) + '%';
      c.classList.toggle('done', !!done);
      c.classList.toggle('extended', !done && c.dataset.extended === 'true');
      c.classList.toggle('breached', end > due);
      c.classList.toggle('warn', end <= due && share >= 0.75);
      if (done) { left.textContent = '✓'; return; }
      left.textContent = now > due ? left.dataset.overdue + ' ' + fmt(now - due) : left.dataset.left + ' ' + fmt(due - now);
    });
  }
  // how long a breach has been overdue, in the words Times.since writes (2小时13分, 3天4小时)
  function since(ms) {
    var m = Math.max(0, Math.floor(ms / 60000)), d = Math.floor(m / 1440), h = Math.floor(m / 60) % 24;
    return d ? d + '天' + h + '小时' : (h ? h + '小时' : '') + (m % 60) + '分';
  }
  function tickSince() {
    var now = Date.now();
    document.querySelectorAll('.since[data-since]').forEach(function (s) { s.textContent = since(now - +s.dataset.since); });
  }
  setInterval(tickSince, 30000);
  setInterval(tick, 1000);
  document.addEventListener('DOMContentLoaded', tick);
  document.addEventListener('htmx:afterSwap', tick);

  document.addEventListener('click', function (e) {
    var b = e.target.closest('[data-copy]');
    if (b && navigator.clipboard) {
      navigator.clipboard.writeText(b.dataset.copy).then(function () { b.textContent = b.dataset.copied; });
    }
  });
  document.addEventListener('input', function (e) {
    var t = e.target;
    if (t.dataset && t.dataset.count) {
      var out = document.getElementById(t.dataset.count);
      if (out) { out.textContent = out.textContent.replace(/^\d+/, String([...t.value].length)); }
    }
  });
  document.addEventListener('change', function (e) {
    if (e.target.id === 'channel') { document.cookie = 'channel=' + e.target.value + ';path=/;max-age=31536000;samesite=lax'; }
    if (e.target.id === 'anonymous') {
      ['name', 'phone'].forEach(function (id) { var f = document.getElementById(id); if (f) { f.disabled = e.target.checked; } });
    }
  });
  // An htmx request says it comes from script: when the session has ended, the console then answers 499 instead of
  // a redirect to Keycloak (whose login page would otherwise be swapped into a card); the page reloads through the
  // login and comes back. Any other failed action says so on top of the page instead of doing nothing.
  document.addEventListener('htmx:configRequest', function (e) { e.detail.headers['X-Requested-With'] = 'JavaScript'; });
  document.addEventListener('htmx:responseError', function (e) {
    var status = e.detail.xhr.status;
    if (status === 499 || status === 401) { window.location.reload(); return; }
    showProblem(document.body.dataset.failed + ' (' + status + ')');
  });
  document.addEventListener('htmx:sendError', function () { showProblem(document.body.dataset.offline); });
  function showProblem(text) {
    var box = document.getElementById('action-problem');
    if (!box) { return; }
    box.textContent = text;
    box.hidden = false;
    box.focus();
  }
  document.addEventListener('htmx:beforeRequest', function () {
    var box = document.getElementById('action-problem');
    if (box) { box.hidden = true; }
  });

  // Ctrl+Enter in the description submits the call like Enter does in every other field.
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && e.target.tagName === 'TEXTAREA' && e.target.form) {
      e.preventDefault();
      e.target.form.requestSubmit();
    }
  });
})();
