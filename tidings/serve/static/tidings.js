/* tidings: draws the actor network and the event timeline as SVG, links evidence highlights to events.
   Vanilla JS, no dependencies, no network access. Reads its data from <script type="application/json"
   id="tidings-data"> and only ever writes text with textContent (never innerHTML). */
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var STOPS = [[-10, [178, 24, 43]], [-5, [239, 138, 98]], [0, [150, 150, 150]], [5, [77, 172, 38]], [10, [33, 102, 172]]];
  var HOLLOW = { planned: 1, negated: 1, hypothetical: 1, normative: 1 };
  /* Draw at most MAX_NODES (the most active); above LABEL_ALL nodes only the LABEL_TOP first keep a label. */
  var MAX_NODES = 150, LABEL_ALL = 30, LABEL_TOP = 25;

  function svgEl(name, attrs, parent) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function addTitle(node, text) { svgEl("title", {}, node).textContent = text; }

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  function readData() {
    var node = document.getElementById("tidings-data");
    if (!node) { return null; }
    try { return JSON.parse(node.textContent); } catch (e) { return null; }
  }

  function scoreColour(score) {
    if (score === null || score === undefined) { return "#969696"; }
    var s = Math.max(-10, Math.min(10, score));
    for (var i = 0; i < STOPS.length - 1; i++) {
      var lo = STOPS[i], hi = STOPS[i + 1];
      if (s <= hi[0]) {
        var t = (s - lo[0]) / (hi[0] - lo[0]);
        var rgb = lo[1].map(function (a, j) { return Math.round(a + (hi[1][j] - a) * t); });
        return "#" + rgb.map(function (v) { return (v < 16 ? "0" : "") + v.toString(16); }).join("");
      }
    }
    return "#2166ac";
  }

  function link(template, values) {
    if (!template) { return null; }
    return template.replace(/\{(\w+)\}/g, function (_, k) { return encodeURIComponent(values[k] || ""); });
  }

  /* ------------------------------------------------------------ network */

  function buildNetwork(events, by) {
    var nodes = {}, edges = {};
    events.forEach(function (ev) {
      var ends = [];
      ["source", "target"].forEach(function (side) {
        var key = by === "country" ? ev[side + "_country"] : (ev[side + "_key"] || ev[side]);
        var label = by === "country" ? key : ev[side];
        if (!key) { return; }
        if (!nodes[key]) { nodes[key] = { id: key, label: label || key, country: ev[side + "_country"], count: 0 }; }
        nodes[key].count += 1;
        ends.push(key);
      });
      if (ends.length === 2 && ends[0] !== ends[1]) {
        var pair = ends.slice().sort(), k = pair.join("\u0000");
        if (!edges[k]) { edges[k] = { source: pair[0], target: pair[1], count: 0, sum: 0, scored: 0, types: {} }; }
        var e = edges[k];
        e.count += 1;
        e.types[ev.type] = (e.types[ev.type] || 0) + 1;
        if (ev.score !== null && ev.score !== undefined) { e.sum += ev.score; e.scored += 1; }
      }
    });
    var edgeList = Object.keys(edges).map(function (k) {
      var e = edges[k];
      e.score = e.scored ? Math.round(100 * e.sum / e.scored) / 100 : null;
      e.colour = scoreColour(e.score);
      return e;
    });
    return { nodes: Object.keys(nodes).map(function (k) { return nodes[k]; }), edges: edgeList };
  }

  /* Fruchterman-Reingold on one connected component; positions normalised to the unit square. */
  function forceLayout(nodes, edges) {
    var n = nodes.length, pos = {}, i, j, it;
    nodes.forEach(function (nd, idx) {
      var a = 2 * Math.PI * idx / Math.max(1, n);
      pos[nd.id] = { x: 0.5 + 0.4 * Math.cos(a), y: 0.5 + 0.4 * Math.sin(a) };
    });
    if (n === 1) { pos[nodes[0].id] = { x: 0.5, y: 0.5 }; return pos; }
    if (n === 2) { return pos; }
    var k = Math.sqrt(1 / n) * 0.9, temp = 0.1, iters = n > 100 ? 120 : 250;
    for (it = 0; it < iters; it++) {
      var disp = {};
      nodes.forEach(function (nd) { disp[nd.id] = { x: 0, y: 0 }; });
      for (i = 0; i < n; i++) {
        for (j = i + 1; j < n; j++) {
          var a = pos[nodes[i].id], b = pos[nodes[j].id];
          var dx = a.x - b.x, dy = a.y - b.y, d = Math.sqrt(dx * dx + dy * dy) || 1e-4;
          var f = k * k / d;
          disp[nodes[i].id].x += dx / d * f; disp[nodes[i].id].y += dy / d * f;
          disp[nodes[j].id].x -= dx / d * f; disp[nodes[j].id].y -= dy / d * f;
        }
      }
      edges.forEach(function (e) {
        var a = pos[e.source], b = pos[e.target];
        if (!a || !b) { return; }
        var dx = a.x - b.x, dy = a.y - b.y, d = Math.sqrt(dx * dx + dy * dy) || 1e-4;
        var f = d * d / k;
        disp[e.source].x -= dx / d * f; disp[e.source].y -= dy / d * f;
        disp[e.target].x += dx / d * f; disp[e.target].y += dy / d * f;
      });
      nodes.forEach(function (nd) {
        var p = pos[nd.id], v = disp[nd.id];
        v.x += (0.5 - p.x) * k; v.y += (0.5 - p.y) * k;
        var len = Math.sqrt(v.x * v.x + v.y * v.y) || 1e-4, step = Math.min(len, temp);
        p.x += v.x / len * step; p.y += v.y / len * step;
      });
      temp *= 0.97;
    }
    var xs = nodes.map(function (nd) { return pos[nd.id].x; }), ys = nodes.map(function (nd) { return pos[nd.id].y; });
    var minX = Math.min.apply(null, xs), maxX = Math.max.apply(null, xs);
    var minY = Math.min.apply(null, ys), maxY = Math.max.apply(null, ys);
    var span = Math.max(maxX - minX, maxY - minY, 1e-4);
    nodes.forEach(function (nd) {
      var p = pos[nd.id];
      p.x = 0.5 + (p.x - (minX + maxX) / 2) / span; p.y = 0.5 + (p.y - (minY + maxY) / 2) / span;
    });
    return pos;
  }

  function components(nodes, edges) {
    var parent = {}, groups = {};
    nodes.forEach(function (nd) { parent[nd.id] = nd.id; });
    function find(x) { while (parent[x] !== x) { parent[x] = parent[parent[x]]; x = parent[x]; } return x; }
    edges.forEach(function (e) {
      if (parent[e.source] !== undefined && parent[e.target] !== undefined) { parent[find(e.source)] = find(e.target); }
    });
    nodes.forEach(function (nd) { var r = find(nd.id); (groups[r] = groups[r] || []).push(nd); });
    return Object.keys(groups).map(function (k) { return groups[k]; })
      .sort(function (a, b) { return b.length - a.length || (a[0].id < b[0].id ? -1 : 1); });
  }

  /* Lay out each connected component in its own square cell (side ~ sqrt(size)), cells shelf-packed. */
  function layout(nodes, edges, width, height) {
    var comps = components(nodes, edges), cells = [], total = 0;
    function sideOf(c) { return Math.sqrt(c.length) * (c.length > 4 ? 1.6 : 1); }
    comps.forEach(function (c) { total += sideOf(c) * sideOf(c); });
    var rowW = Math.max(Math.sqrt(total * width / height) * 1.05, sideOf(comps[0]));
    var x = 0, y = 0, rowH = 0, maxW = 0;
    comps.forEach(function (c) {
      var side = sideOf(c);
      if (x > 0 && x + side > rowW) { x = 0; y += rowH; rowH = 0; }
      cells.push({ nodes: c, x: x, y: y, side: side });
      x += side; rowH = Math.max(rowH, side); maxW = Math.max(maxW, x);
    });
    var totalH = y + rowH, pad = 40;
    var sx = (width - 2 * pad) / maxW, sy = (height - 2 * pad) / totalH;
    sx = Math.min(sx, sy * 1.6); sy = Math.min(sy, sx * 1.6);  /* stretch to the box, within limits */
    var ox = (width - maxW * sx) / 2, oy = (height - totalH * sy) / 2, pos = {};
    cells.forEach(function (cell) {
      var ids = {};
      cell.nodes.forEach(function (nd) { ids[nd.id] = 1; });
      var local = forceLayout(cell.nodes, edges.filter(function (e) { return ids[e.source] && ids[e.target]; }));
      var inner = cell.side * 0.8, off = cell.side * 0.1;
      cell.nodes.forEach(function (nd) {
        var p = local[nd.id];
        pos[nd.id] = { x: ox + (cell.x + off + p.x * inner) * sx, y: oy + (cell.y + off + p.y * inner) * sy };
      });
    });
    return pos;
  }

  function drawNetwork(svg, net, links) {
    clear(svg);
    var width = 800, height = 520;
    svg.setAttribute("data-nodes", net.nodes.length);
    svg.setAttribute("data-edges", net.edges.length);
    if (!net.nodes.length) {
      svgEl("text", { x: width / 2, y: height / 2, "text-anchor": "middle", "class": "empty" }, svg).textContent = "No actors to draw.";
      return;
    }
    var nodes = net.nodes.slice().sort(function (a, b) { return b.count - a.count || (a.id < b.id ? -1 : 1); });
    nodes = nodes.slice(0, MAX_NODES);
    var pos = layout(nodes, net.edges, width, height);
    var labelled = nodes.length > LABEL_ALL ? LABEL_TOP : nodes.length;
    svg.setAttribute("data-drawn-nodes", nodes.length);
    var gEdges = svgEl("g", { "class": "edges" }, svg), gNodes = svgEl("g", { "class": "nodes" }, svg);
    net.edges.forEach(function (e) {
      var a = pos[e.source], b = pos[e.target];
      if (!a || !b) { return; }
      var line = svgEl("line", {
        x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: e.colour || scoreColour(e.score),
        "stroke-width": (1.5 + 2 * Math.sqrt(e.count)).toFixed(1), "stroke-linecap": "round", "class": "edge"
      }, gEdges);
      var types = Object.keys(e.types || {}).map(function (t) { return t + " x" + e.types[t]; }).join(", ");
      addTitle(line, (e.source_label || e.source) + " \u2013 " + (e.target_label || e.target) + ": " + e.count + " events, mean score " +
        (e.score === null ? "n/a" : e.score) + " (" + types + ")");
    });
    nodes.forEach(function (nd, rank) {
      var p = pos[nd.id], href = link(links && links.actor, { id: nd.id });
      var parent = href ? svgEl("a", { href: href }, gNodes) : svgEl("g", {}, gNodes);
      parent.setAttribute("class", rank < labelled ? "node" : "node minor");
      svgEl("circle", { cx: p.x, cy: p.y, r: (5 + 2.5 * Math.sqrt(nd.count)).toFixed(1) }, parent);
      var label = svgEl("text", { x: p.x, y: p.y - 9 - 2.5 * Math.sqrt(nd.count), "text-anchor": "middle" }, parent);
      label.textContent = nd.label + (nd.country && nd.country !== nd.label ? " (" + nd.country + ")" : "");
      addTitle(parent, nd.label + ": " + nd.count + " event roles");
    });
  }

  /* ------------------------------------------------------------ timeline */

  function day(iso) { return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)); }

  function fmt(ms, span) {
    var d = new Date(ms), y = d.getUTCFullYear(), m = ("0" + (d.getUTCMonth() + 1)).slice(-2), dd = ("0" + d.getUTCDate()).slice(-2);
    if (span > 3 * 365 * 864e5) { return String(y); }
    if (span > 90 * 864e5) { return y + "-" + m; }
    return y + "-" + m + "-" + dd;
  }

  /* Calendar-aligned ticks: years, months or days, about six of them. */
  function ticks(t0, t1) {
    var out = [], d0 = new Date(t0), span = t1 - t0, step, y, m;
    if (span > 3 * 365 * 864e5) {
      step = Math.max(1, Math.ceil(span / (365.25 * 864e5) / 6));
      for (y = d0.getUTCFullYear() + 1; Date.UTC(y, 0, 1) <= t1; y += step) { out.push(Date.UTC(y, 0, 1)); }
    } else if (span > 90 * 864e5) {
      step = Math.max(1, Math.ceil(span / (30.44 * 864e5) / 6));
      y = d0.getUTCFullYear(); m = d0.getUTCMonth() + 1;
      for (; Date.UTC(y, m, 1) <= t1; m += step) { out.push(Date.UTC(y, m, 1)); }
    } else {
      step = Math.max(1, Math.ceil(span / 864e5 / 6));
      for (var t = Date.UTC(d0.getUTCFullYear(), d0.getUTCMonth(), d0.getUTCDate() + 1); t <= t1; t += step * 864e5) { out.push(t); }
    }
    return out;
  }

  function drawTimeline(svg, items, links) {
    clear(svg);
    var types = [];
    items.forEach(function (it) { if (types.indexOf(it.type) < 0) { types.push(it.type); } });
    types.sort();
    var left = 110, right = 20, top = 20, row = 26, width = 800;
    var height = top + Math.max(1, types.length) * row + 40;
    svg.setAttribute("viewBox", "0 0 " + width + " " + height);
    svg.setAttribute("data-items", items.length);
    if (!items.length) {
      svgEl("text", { x: width / 2, y: height / 2, "text-anchor": "middle", "class": "empty" }, svg).textContent = "No dated events.";
      return;
    }
    var t0 = Math.min.apply(null, items.map(function (i) { return day(i.start); }));
    var t1 = Math.max.apply(null, items.map(function (i) { return day(i.end) + 864e5; }));
    if (t1 - t0 < 30 * 864e5) { t0 -= 15 * 864e5; t1 += 15 * 864e5; }
    var span = t1 - t0, plotW = width - left - right;
    function x(ms) { return left + (ms - t0) / span * plotW; }
    var axisY = top + types.length * row + 6;
    var axis = svgEl("g", { "class": "axis" }, svg);
    svgEl("line", { x1: left, y1: axisY, x2: width - right, y2: axisY }, axis);
    ticks(t0, t1).forEach(function (ms) {
      var tx = x(ms);
      svgEl("line", { x1: tx, y1: top - 6, x2: tx, y2: axisY + 4, "class": "grid" }, axis);
      svgEl("text", { x: tx, y: axisY + 18, "text-anchor": "middle" }, axis).textContent = fmt(ms, span);
    });
    types.forEach(function (t, r) {
      svgEl("text", { x: left - 8, y: top + r * row + row / 2 + 4, "text-anchor": "end", "class": "row-label" }, svg).textContent = t;
    });
    var marks = svgEl("g", { "class": "marks" }, svg);
    items.forEach(function (it) {
      var r = types.indexOf(it.type), cy = top + r * row + row / 2;
      var href = link(links && links.event, { id: it.id, doc: it.doc_id });
      var parent = href ? svgEl("a", { href: href }, marks) : svgEl("g", {}, marks);
      parent.setAttribute("class", "mark st-" + it.status);
      var colour = it.colour || scoreColour(it.score), hollow = HOLLOW[it.status];
      var style = { fill: hollow ? "#ffffff" : colour, stroke: colour, "stroke-width": 2 };
      var a = x(day(it.start)), b = x(day(it.end) + 864e5), shape;
      if (b - a < 8) {
        style.cx = (a + b) / 2; style.cy = cy; style.r = 6;
        shape = svgEl("circle", style, parent);
      } else {
        style.x = a; style.y = cy - 6; style.width = b - a; style.height = 12; style.rx = 3;
        shape = svgEl("rect", style, parent);
      }
      shape.setAttribute("data-event", it.id);
      addTitle(parent, it.label + " \u2014 " + it.date);
    });
  }

  /* ------------------------------------------------------------ page wiring */

  function paintColours() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-colour]"), function (n) {
      var c = n.getAttribute("data-colour");
      if (/^#[0-9a-fA-F]{6}$/.test(c)) { n.style.setProperty("--c", c); }
    });
  }

  function linkHighlights() {
    function toggle(ids, on) {
      ids.forEach(function (id) {
        Array.prototype.forEach.call(document.querySelectorAll("[data-event]"), function (n) {
          if (n.getAttribute("data-event") === id) { n.classList.toggle("hot", on); }
        });
        Array.prototype.forEach.call(document.querySelectorAll("a.ev"), function (n) {
          if ((n.getAttribute("data-events") || "").split(" ").indexOf(id) >= 0) { n.classList.toggle("hot", on); }
        });
      });
    }
    Array.prototype.forEach.call(document.querySelectorAll("a.ev"), function (n) {
      var ids = (n.getAttribute("data-events") || "").split(" ");
      n.addEventListener("mouseenter", function () { toggle(ids, true); });
      n.addEventListener("mouseleave", function () { toggle(ids, false); });
    });
    Array.prototype.forEach.call(document.querySelectorAll(".event-list li[data-event]"), function (n) {
      var ids = [n.getAttribute("data-event")];
      n.addEventListener("mouseenter", function () { toggle(ids, true); });
      n.addEventListener("mouseleave", function () { toggle(ids, false); });
    });
  }

  function wireReportFilters(data) {
    var form = document.getElementById("report-filters"), svg = document.getElementById("network-svg");
    if (!form || !data.events) { return; }
    function apply() {
      var type = form.elements.type.value, status = form.elements.status.value, by = form.elements.by.value;
      var kept = data.events.filter(function (ev) {
        return (!type || ev.type === type) && (!status || ev.status === status);
      });
      drawNetwork(svg, buildNetwork(kept, by), data.links);
      var ids = {};
      kept.forEach(function (ev) { ids[ev.id] = 1; });
      var tl = document.getElementById("timeline-svg");
      if (tl && data.timeline) {
        drawTimeline(tl, data.timeline.dated.filter(function (it) { return ids[it.id]; }), data.links);
      }
      Array.prototype.forEach.call(document.querySelectorAll("tr.event-row"), function (tr) {
        tr.hidden = !ids[tr.getAttribute("data-event")];
      });
    }
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
  }

  function main() {
    var data = readData() || {};
    var links = data.links || {};
    var svg = document.getElementById("network-svg");
    if (svg && data.network) { drawNetwork(svg, data.network, links); }
    var tl = document.getElementById("timeline-svg");
    if (tl && data.timeline) { drawTimeline(tl, data.timeline.dated, links); }
    paintColours();
    linkHighlights();
    wireReportFilters(data);
    document.documentElement.setAttribute("data-tidings-ready", "1");
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", main); } else { main(); }
})();
