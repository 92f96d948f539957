// Draws a chart beside each figures table, from the numbers in the table itself (the table is the record).
document.documentElement.classList.add('js');
document.addEventListener('DOMContentLoaded', () => {
  if (!window.echarts) return;
  const names = [...document.querySelectorAll('table.figures thead th')].slice(2, 7).map(th => th.textContent);
  document.querySelectorAll('.chart[data-for]').forEach(box => {
    const table = document.querySelector('table.figures[data-chart="' + box.dataset.for + '"]');
    if (!table) return;
    const rows = [...table.querySelectorAll('tbody tr')];
    const series = ['response', 'ontime', 'strict', 'satisfaction', 'reopen'].map((key, i) => ({
      name: names[i], type: box.dataset.for === 'trend' ? 'line' : 'bar', connectNulls: true,
      data: rows.map(r => r.dataset[key] === '' ? null : Math.round(parseFloat(r.dataset[key]) * 1000) / 10)
    }));
    const chart = echarts.init(box);
    chart.setOption({
      animation: false, tooltip: { trigger: 'axis', valueFormatter: v => v == null ? '—' : v + '%' },
      legend: { top: 0 }, grid: { left: 40, right: 10, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: rows.map(r => r.dataset.key) },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }, series
    });
    addEventListener('resize', () => chart.resize());
  });
});
