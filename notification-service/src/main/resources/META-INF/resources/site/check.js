// Checks the public hash chain in the browser, the way deploy/verify-feed does: every entry's SHA-256 over its
// canonical lines, each entry's prevHash equal to the hash before it, the last one equal to the published checkpoint.
document.addEventListener('DOMContentLoaded', () => {
  const box = document.getElementById('check');
  const start = document.getElementById('check-start');
  const bar = document.getElementById('check-bar');
  const result = document.getElementById('check-result');
  if (!box || !window.crypto || !crypto.subtle) return;
  start.hidden = false;
  const say = (template, n, why) => template.replace('@n@', String(n)).replace('@why@', why || '');
  const hex = buffer => [...new Uint8Array(buffer)].map(b => b.toString(16).padStart(2, '0')).join('');
  const canonical = e => [e.seq, e.caseNumber, e.channel, e.category, e.district, e.street, e.status, e.outcome,
      e.publicSummary, e.satisfaction, e.receivedAt, e.resolvedAt, e.closedAt, e.publishedAt, e.prevHash]
    .map(v => v == null ? '' : String(v)).join('\n') + (e.correctsSeq == null ? '' : '\ncorrects=' + e.correctsSeq);
  start.addEventListener('click', async () => {
    start.disabled = true; bar.hidden = false;
    try {
      const checkpoint = await (await fetch('/disclosure/checkpoint', { cache: 'no-store' })).json();
      bar.max = Math.max(1, checkpoint.seq);
      let previous = '0'.repeat(64), after = 0, checked = 0;
      for (;;) {
        const page = await (await fetch('/disclosure/entries?after=' + after + '&limit=1000', { cache: 'no-store' })).json();
        if (page.length === 0) break;
        for (const e of page) {
          if (e.prevHash !== previous) { result.textContent = say(box.dataset.broken, e.seq, 'prevHash'); return; }
          const digest = hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical(e))));
          if (digest !== e.hash) { result.textContent = say(box.dataset.broken, e.seq, 'hash'); return; }
          previous = e.hash; after = e.seq; checked++;
          if (e.seq >= checkpoint.seq) break;
        }
        bar.value = after; result.textContent = say(box.dataset.progress, checked);
        if (after >= checkpoint.seq) break;
      }
      if (checkpoint.seq > 0 && previous !== checkpoint.hash) { result.textContent = say(box.dataset.broken, after, 'checkpoint'); return; }
      bar.value = bar.max;
      result.textContent = say(box.dataset.intact, after);
    } catch (err) {
      result.textContent = say(box.dataset.broken, 0, String(err));
    } finally { start.disabled = false; }
  });
});
