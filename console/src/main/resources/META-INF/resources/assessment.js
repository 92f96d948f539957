// One bar chart per figure of the monthly assessment, from the numbers the table shows (data-chart on #charts).
(function () {
  function draw() {
    var box = document.getElementById('charts');
    if (!box || !window.echarts) { return; }
    var data = JSON.parse(box.dataset.chart);
    box.querySelectorAll('.chart[data-figure]').forEach(function (el) {
      var chart = echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption({
        animation: false,
        grid: { left: 48, right: 12, top: 16, bottom: 56 },
        tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : v + '%'; } },
        xAxis: { type: 'category', data: data.labels, axisLabel: { interval: 0, rotate: data.labels.length > 4 ? 30 : 0 } },
        yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
        series: [{ type: 'bar', data: data.series[el.dataset.figure], itemStyle: { color: '#1d4f91' },
                   label: { show: true, position: 'top', formatter: function (p) { return p.value == null ? '' : p.value + '%'; } } }]
      });
      el.dataset.drawn = 'true';
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', draw); } else { draw(); }
})();
