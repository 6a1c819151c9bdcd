// Draws the report's charts with ECharts from the JSON in #report-data. Names come from docket data:
// they are drawn on canvas (inert) and escaped in every tooltip. After drawing, the page title becomes
// "charts:N" with N the number of charts ECharts finished on a canvas, which .ci/notebooks.sh reads.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) { return ESC[c]; });
  }
  function pct(x) {
    return x == null ? 'n/a' : (100 * x).toFixed(1) + '%';
  }
  // Rate axes end a little past the largest upper bound, at most 100%.
  function rateMax(v) {
    return Math.min(1, Math.ceil((v.max + 0.02) * 10) / 10);
  }
  function pctAxis(v) {
    return Math.round(v * 100) + '%';
  }
  var finished = 0;
  function chart(id, rows, option) {
    var el = document.getElementById(id);
    if (rows !== null) {
      el.style.height = Math.max(260, 26 * rows + 90) + 'px';
    }
    var c = echarts.init(el, null, { renderer: 'canvas' });
    c.on('finished', function once() {
      c.off('finished', once);
      var canvas = el.querySelector('canvas');
      if (!canvas || canvas.width === 0 || canvas.height === 0) {
        console.error('chart ' + id + ' has no canvas');
        return;
      }
      finished++;
      document.title = 'charts:' + finished;
    });
    option.animation = false;
    c.setOption(option);
    window.addEventListener('resize', function () { c.resize(); });
  }
  function empty(text) {
    return { text: text, left: 'center', top: 'middle', textStyle: { color: '#888', fontSize: 14 } };
  }
  // Error bars for a custom series whose items are [category index, lower, upper].
  function whiskers(horizontal) {
    return function (params, api) {
      var cat = api.value(0), lo = api.value(1), hi = api.value(2);
      var a = horizontal ? api.coord([lo, cat]) : api.coord([cat, lo]);
      var b = horizontal ? api.coord([hi, cat]) : api.coord([cat, hi]);
      var band = api.size(horizontal ? [0, 1] : [1, 0])[horizontal ? 1 : 0] * 0.35;
      var style = { stroke: '#222', lineWidth: 1.5 };
      function line(x1, y1, x2, y2) {
        return { type: 'line', shape: { x1: x1, y1: y1, x2: x2, y2: y2 }, style: style };
      }
      return {
        type: 'group',
        children: horizontal
          ? [line(a[0], a[1], b[0], b[1]), line(a[0], a[1] - band / 2, a[0], a[1] + band / 2),
             line(b[0], b[1] - band / 2, b[0], b[1] + band / 2)]
          : [line(a[0], a[1], b[0], b[1]), line(a[0] - band / 2, a[1], a[0] + band / 2, a[1]),
             line(b[0] - band / 2, b[1], b[0] + band / 2, b[1])]
      };
    };
  }
  function rateTip(rows) {
    return function (p) {
      var r = rows[p.dataIndex];
      return esc(r.name) + '<br>rate ' + pct(r.rate) + ' (95% ' + pct(r.lower) + ' to ' +
        pct(r.upper) + ')<br>' + r.denied + ' of ' + r.n + ' ruled motions';
    };
  }
  var small = 'with at least ' + data.minCell + ' ruled motions';

  // 1. Rate by court, with 95% intervals.
  var courts = data.courts;
  chart('chart-courts', courts.length, {
    title: courts.length ? undefined : empty('No court ' + small),
    grid: { left: 110, right: 40, top: 20, bottom: 40 },
    tooltip: { trigger: 'item', formatter: rateTip(courts) },
    xAxis: { type: 'value', min: 0, max: rateMax, axisLabel: { formatter: pctAxis },
      name: 'conferral-denial rate', nameLocation: 'middle', nameGap: 26 },
    yAxis: { type: 'category', data: courts.map(function (c) { return c.name; }) },
    series: [
      { type: 'bar', data: courts.map(function (c) { return c.rate; }), itemStyle: { color: '#5470c6' } },
      { type: 'custom', renderItem: whiskers(true), encode: { x: [1, 2], y: 0 }, z: 10,
        data: courts.map(function (c, i) { return [i, c.lower, c.upper]; }), tooltip: { show: false } }
    ]
  });

  // 2. Trend by year: rate with intervals, ruled motions as bars.
  var years = data.years;
  chart('chart-years', null, {
    title: years.length ? undefined : empty('No year ' + small),
    grid: { left: 60, right: 60, top: 40, bottom: 40 },
    legend: { top: 0, data: ['rate', 'ruled motions'] },
    tooltip: { trigger: 'item', formatter: rateTip(years) },
    xAxis: { type: 'category', data: years.map(function (y) { return y.name; }) },
    yAxis: [
      { type: 'value', min: 0, max: rateMax, axisLabel: { formatter: pctAxis } },
      { type: 'value', name: 'ruled', splitLine: { show: false } }
    ],
    series: [
      { name: 'ruled motions', type: 'bar', yAxisIndex: 1, itemStyle: { color: '#c8d3ee' },
        data: years.map(function (y) { return y.n; }) },
      { name: 'rate', type: 'line', data: years.map(function (y) { return y.rate; }),
        itemStyle: { color: '#ee6666' }, symbolSize: 8 },
      { type: 'custom', renderItem: whiskers(false), encode: { x: 0, y: [1, 2] }, z: 10,
        data: years.map(function (y, i) { return [i, y.lower, y.upper]; }), tooltip: { show: false } }
    ]
  });

  // 3. Funnel of judges.
  var anyJudge = data.funnel.some(function (s) { return s.value > 0; });
  chart('chart-judges', null, {
    title: anyJudge ? undefined : empty('No judge named on a discovery motion'),
    tooltip: { trigger: 'item', formatter: function (p) { return esc(p.name) + ': ' + p.value; } },
    series: [{ type: 'funnel', left: '10%', width: '80%', top: 20, bottom: 20, minSize: '8%',
      sort: 'none', label: { position: 'inside', formatter: '{b}: {c}', color: '#111' },
      data: anyJudge ? data.funnel : [] }]
  });

  // 4. Outcome mix: final outcome of every motion.
  chart('chart-outcomes', null, {
    title: data.outcomes.length ? undefined : empty('No motion in this run'),
    tooltip: { trigger: 'item', formatter: function (p) {
      return esc(p.name) + ': ' + p.value + ' (' + p.percent + '%)'; } },
    legend: { orient: 'vertical', left: 10, top: 20 },
    series: [{ type: 'pie', radius: ['35%', '70%'], center: ['60%', '50%'], data: data.outcomes,
      label: { formatter: '{b}: {c}' } }]
  });

  // 5. Time to ruling by court: min, quartiles, max of days.
  var times = data.times;
  chart('chart-times', times.length, {
    title: times.length ? undefined : empty('No court with at least ' + data.minCell + ' timed motions'),
    grid: { left: 110, right: 40, top: 20, bottom: 40 },
    tooltip: { trigger: 'item', formatter: function (p) {
      var t = times[p.dataIndex];
      return esc(t.name) + '<br>median ' + t.box[2] + ' days (quartiles ' + t.box[1] + ' to ' +
        t.box[3] + ')<br>' + t.n + ' motions'; } },
    xAxis: { type: 'value', name: 'days to ruling', nameLocation: 'middle', nameGap: 26 },
    yAxis: { type: 'category', data: times.map(function (t) { return t.name; }) },
    series: [{ type: 'boxplot', data: times.map(function (t) { return t.box; }) }]
  });

  // 6. Motions pending past 120 and 180 days by court.
  chart('chart-pending', times.length, {
    title: times.length ? undefined : empty('No court with at least ' + data.minCell + ' timed motions'),
    grid: { left: 110, right: 40, top: 40, bottom: 40 },
    legend: { top: 0, data: ['pending > 120 days', 'pending > 180 days'] },
    tooltip: { trigger: 'item', formatter: function (p) {
      return esc(p.name) + '<br>' + esc(p.seriesName) + ': ' + p.value; } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: times.map(function (t) { return t.name; }) },
    series: [
      { name: 'pending > 120 days', type: 'bar', itemStyle: { color: '#fac858' },
        data: times.map(function (t) { return t.pending120; }) },
      { name: 'pending > 180 days', type: 'bar', itemStyle: { color: '#ee6666' },
        data: times.map(function (t) { return t.pending180; }) }
    ]
  });
})();
