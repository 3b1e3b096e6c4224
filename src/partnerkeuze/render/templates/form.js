/* The weighing form (render/form.py): the participant's judgements in, their weights and a
   file weging-NAAM.yaml out. The weights follow core/weighting.py rule for rule (rank-order
   centroid, rank sum, rank reciprocal; the AHP principal eigenvector and consistency ratio),
   so the page shows what partnerkeuze will compute from the saved file; tests/render/test_form.py
   checks that in chromium against the Python. Nothing leaves the page but the download. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("form-data").textContent);
  var texts = data.texts;
  var ids = data.criteria.map(function (c) { return c.id; });
  var names = {};
  data.criteria.forEach(function (c) { names[c.id] = c.name; });
  var percent = new Intl.NumberFormat(data.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  var two = new Intl.NumberFormat(data.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  var section = document.getElementById("weigh");
  var attempted = false;
  var current = null;

  function all(root, selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); }
  function one(selector) { return document.querySelector(selector); }
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return values[key]; });
  }
  function sum(xs) { var s = 0; for (var i = 0; i < xs.length; i++) { s += xs[i]; } return s; }

  /* --- the rules of core/weighting.py ------------------------------------------------- */

  /* Untied surrogate weights for places 1..n (weighting._surrogate). */
  function surrogate(n, formula) {
    var w = new Array(n), k;
    if (formula === "roc") {
      var tail = 0;
      for (k = n; k >= 1; k--) { tail += 1 / k; w[k - 1] = tail / n; }
    } else if (formula === "rs") {
      for (k = 1; k <= n; k++) { w[k - 1] = 2 * (n + 1 - k) / (n * (n + 1)); }
    } else {
      var total = 0;
      for (k = 1; k <= n; k++) { total += 1 / k; }
      for (k = 1; k <= n; k++) { w[k - 1] = (1 / k) / total; }
    }
    return w;
  }
  /* Weights from competition places (1, 2, 2, 4): tied criteria share the mean of the
     weights of the places they occupy together (weighting.rank_order_weights). */
  function rankWeights(places, formula) {
    var base = surrogate(places.length, formula), size = {};
    places.forEach(function (p) { size[p] = (size[p] || 0) + 1; });
    return places.map(function (p) {
      var s = 0;
      for (var k = p - 1; k < p - 1 + size[p]; k++) { s += base[k]; }
      return s / size[p];
    });
  }
  function times(matrix, w) {
    return matrix.map(function (row) {
      var s = 0;
      for (var j = 0; j < row.length; j++) { s += row[j] * w[j]; }
      return s;
    });
  }
  /* Saaty's AHP on a complete reciprocal matrix: the principal eigenvector (power
     iteration to the last bit), lambda_max, CI = (lambda_max - n)/(n - 1), CR = CI/RI(n):
     0 for n <= 2, null beyond the RI table (weighting.pairwise_weights). */
  function ahp(matrix) {
    var n = matrix.length, w = [], i;
    for (i = 0; i < n; i++) { w.push(1 / n); }
    for (var step = 0; step < 10000; step++) {
      var v = times(matrix, w), s = sum(v), change = 0;
      for (i = 0; i < n; i++) { v[i] /= s; change = Math.max(change, Math.abs(v[i] - w[i])); }
      w = v;
      if (change < 1e-16) { break; }
    }
    var lambda = n > 1 ? sum(times(matrix, w)) : 1;  /* A w = lambda w and w adds up to 1 */
    var ci = n > 1 ? Math.max(0, (lambda - n) / (n - 1)) : 0;
    var ri = n <= data.ri.length ? data.ri[n - 1] : null;
    var cr = ri === null ? null : (n <= 2 ? 0 : ci / ri);
    return { weights: w, lambdaMax: lambda, ci: ci, ri: ri, cr: cr };
  }
  /* The given comparison furthest from what the weights imply: the largest
     |log(a_ij w_j / w_i)|, the first pair on a tie up to 1e-9 (weighting.inconsistencies, tie_rounded). */
  function tieRounded(error) { return Math.floor(error * 1e9 + 0.5); }
  function worst(matrix, w) {
    var found = null;
    for (var i = 0; i < w.length; i++) {
      for (var j = i + 1; j < w.length; j++) {
        var error = Math.abs(Math.log(matrix[i][j] * w[j] / w[i]));
        if (error > 1e-9 && (found === null || tieRounded(error) > tieRounded(found.error))) {
          found = { i: i, j: j, given: matrix[i][j], implied: w[i] / w[j], error: error };
        }
      }
    }
    return found;
  }
  /* A judgement as people write it: 3, 1/3, 2.5 (weightmodels.judgement_text). */
  function judgementText(value) {
    var text;
    if (value < 1 && value > 0 && Math.abs(1 / value - Math.round(1 / value)) < 1e-6) {
      text = "1/" + Math.round(1 / value);
    } else {
      text = Number.isInteger(value) ? String(value) : String(parseFloat(value.toPrecision(4)));
    }
    return data.locale.indexOf("nl") === 0 ? text.replace(".", ",") : text;
  }

  /* --- the file ------------------------------------------------------------------------- */

  /* A string as YAML reads it back: plain when safe, else double-quoted (as profiletext._key, _string). */
  function yamlText(value) {
    if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(value) && ["y", "n", "yes", "no", "on", "off", "true", "false", "null"].indexOf(value.toLowerCase()) < 0) {
      return value;
    }
    return JSON.stringify(value).replace(/\u0085/g, "\\x85").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
  }
  function yamlNumber(x) {
    var text = String(x);
    return /e/.test(text) ? x.toFixed(20).replace(/0+$/, "").replace(/\.$/, "") : text;
  }
  function comment(text) { return "# " + text.replace(/[\r\n\u0085\u2028\u2029]+/g, " "); }
  /* The file name: weging-<the name as an id>.yaml (participants.identifier). */
  function fileName(name) {
    var slug = name.normalize("NFKD").replace(/[^\x00-\x7f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40).replace(/-+$/, "");
    return "weging-" + (slug || "deelnemer") + ".yaml";
  }

  /* --- reading the inputs, per method ----------------------------------------------------- */

  function number(id) {
    var input = section.querySelector("[data-value='" + id + "']");
    var text = input.value.trim().replace(",", ".");
    return text === "" ? NaN : Number(text);
  }
  function fromPoints() {
    var problems = [], values = {};
    ids.forEach(function (id) {
      values[id] = number(id);
      /* 0-100 as the page asks (and the file format's limit of 10^12 points is far away) */
      if (!(isFinite(values[id]) && values[id] >= 0 && values[id] <= 100)) {
        problems.push(fill(texts.problem_points, { name: names[id] }));
      }
    });
    var total = sum(ids.map(function (id) { return values[id]; }));
    if (!problems.length && !(total > 0)) { problems.push(texts.problem_points_zero); }
    var lines = ["gewichten: {" + ids.map(function (id) { return yamlText(id) + ": " + yamlNumber(values[id]); }).join(", ") + "}"];
    return { problems: problems, lines: lines, weights: problems.length ? null : share(values, total) };
  }
  function share(values, total) {
    var weights = {};
    ids.forEach(function (id) { weights[id] = values[id] / total; });
    return weights;
  }
  function fromSwing() {
    var problems = [], values = {};
    var top = section.querySelector("[data-top]:checked");
    if (!top) { problems.push(texts.problem_top); }
    ids.forEach(function (id) {
      values[id] = top && top.value === id ? 100 : number(id);
      if (!(isFinite(values[id]) && values[id] >= 0 && values[id] <= 100)) {
        problems.push(fill(texts.problem_swing_range, { name: names[id] }));
      }
    });
    var lines = ["weging:", "  methode: swing",
      "  swing: {" + ids.map(function (id) { return yamlText(id) + ": " + yamlNumber(values[id]); }).join(", ") + "}"];
    var total = sum(ids.map(function (id) { return values[id]; }));
    return { problems: problems, lines: lines, weights: problems.length ? null : share(values, total) };
  }
  function fromRank() {
    var items = all(section, "[data-rank-list] > .rank-item");
    var out = all(section, "[data-rank-out] > .rank-item").map(function (li) { return li.dataset.criterion; });
    var places = [], groups = [];
    items.forEach(function (li, k) {
      var tied = k > 0 && li.querySelector("[data-tie]").checked;
      places.push(tied ? places[k - 1] : k + 1);
      if (tied) { groups[groups.length - 1].push(li.dataset.criterion); } else { groups.push([li.dataset.criterion]); }
      li.querySelector("[data-place]").textContent = places[k];
    });
    var problems = items.length ? [] : [texts.problem_rank_empty];
    var order = groups.map(function (g) { return g.length > 1 ? "[" + g.map(yamlText).join(", ") + "]" : yamlText(g[0]); });
    var lines = ["weging:", "  methode: rangorde", "  volgorde: [" + order.join(", ") + "]", "  formule: " + data.formula];
    if (out.length) { lines.push("  weegt_niet: [" + out.map(yamlText).join(", ") + "]"); }
    var weights = null;
    if (!problems.length) {
      var found = rankWeights(places, data.formula);
      weights = {};
      ids.forEach(function (id) { weights[id] = 0; });
      items.forEach(function (li, k) { weights[li.dataset.criterion] = found[k]; });
    }
    return { problems: problems, lines: lines, weights: weights };
  }
  function fromPairs() {
    var counted = ids.filter(function (id) { return section.querySelector("[data-count='" + id + "']").checked; });
    var index = {}, matrix = [], comparisons = [];
    counted.forEach(function (id, k) { index[id] = k; matrix.push(counted.map(function () { return 1; })); });
    all(section, ".pair").forEach(function (pair) {
      var a = pair.dataset.a, b = pair.dataset.b, s = +pair.querySelector("[data-pair]").value;
      var on = a in index && b in index;
      pair.classList.toggle("off", !on);
      pair.classList.remove("worst");
      var verdict = s === 0 ? texts.equal
        : fill(texts.verdict, { name: names[s < 0 ? a : b], word: texts.words[Math.abs(s)], value: Math.abs(s) + 1 });
      pair.querySelector("[data-verdict]").textContent = verdict;
      if (!on) { return; }
      var value = s <= 0 ? 1 - s : 1 / (1 + s);
      matrix[index[a]][index[b]] = value;
      matrix[index[b]][index[a]] = 1 / value;
      comparisons.push({ pair: pair, a: a, b: b, text: s <= 0 ? String(1 - s) : "1/" + (1 + s) });
    });
    var problems = counted.length >= 2 ? [] : [texts.problem_pairwise_two];
    var lines = ["weging:", "  methode: paarsgewijs", "  vergelijkingen:"].concat(comparisons.map(function (c) {
      return "    - [" + yamlText(c.a) + ", " + yamlText(c.b) + ", " + c.text + "]";
    }));
    var out = ids.filter(function (id) { return !(id in index); });
    if (out.length) { lines.push("  weegt_niet: [" + out.map(yamlText).join(", ") + "]"); }
    var state = { problems: problems, lines: lines, weights: null };
    if (!problems.length) {
      var result = ahp(matrix);
      state.weights = {};
      ids.forEach(function (id) { state.weights[id] = id in index ? result.weights[index[id]] : 0; });
      state.ahp = result;
      state.worst = worst(matrix, result.weights);
      if (state.worst) {
        var w = state.worst;
        state.worstPair = comparisons.filter(function (c) { return index[c.a] === w.i && index[c.b] === w.j; })[0];
        state.worstText = fill(texts.cr_worst, { a: names[counted[w.i]], b: names[counted[w.j]],
          given: judgementText(w.given), implied: judgementText(Math.round(w.implied * 100) / 100) });
      }
    }
    return state;
  }
  var readers = { punten: fromPoints, swing: fromSwing, rangorde: fromRank, paarsgewijs: fromPairs };

  /* --- showing the state ------------------------------------------------------------------ */

  function update() {
    var name = one("#participant").value.trim();
    var state = readers[data.method]();
    if (!name) { state.problems.unshift(texts.problem_name); }
    state.name = name;
    state.filename = fileName(name);
    one("[data-filename]").textContent = state.filename;
    ids.forEach(function (id) {
      var w = state.weights ? state.weights[id] : null;
      one("[data-bar='" + id + "']").style.width = (w === null ? 0 : w * 100) + "%";
      one("[data-share='" + id + "']").textContent = w === null ? "\u2013" : percent.format(w * 100) + "%";
    });
    one("[data-empty-result]").hidden = state.weights !== null;
    consistency(state);
    var header = [comment(fill(texts.header_comment, { title: data.title })),
      comment(fill(texts.method_comment, { version: data.version, method: texts.method }))];
    if (state.weights) {
      header.push(comment(fill(texts.weights_comment, { items: ids.map(function (id) {
        return names[id] + " " + percent.format(state.weights[id] * 100) + "%";
      }).join(", ") })));
    }
    if (state.ahp && state.ahp.cr !== null && ids.length > 2) {
      header.push(comment(fill(texts.cr_comment, { cr: two.format(state.ahp.cr) })));
    }
    state.yaml = header.concat(["versie: 1", "scenario: \"" + data.sha256 + "\"", "deelnemer: " + JSON.stringify(name)
      .replace(/\u0085/g, "\\x85").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029")], state.lines).join("\n") + "\n";
    one("[data-yaml]").value = state.problems.length ? "" : state.yaml;
    var box = one("[data-problems]");
    box.hidden = !(attempted && state.problems.length);
    box.innerHTML = "";
    if (!box.hidden) {
      var list = document.createElement("ul");
      state.problems.forEach(function (p) { var li = document.createElement("li"); li.textContent = p; list.appendChild(li); });
      box.appendChild(list);
    }
    current = state;
    return state;
  }
  function consistency(state) {
    var line = one("[data-consistency]");
    if (!line) { return; }
    line.classList.remove("high");
    var result = state.ahp;
    if (!result || result.weights.length <= 2) { line.textContent = ""; return; }
    if (result.cr === null) { line.textContent = texts.cr_none; return; }
    if (result.cr <= data.crLimit + 1e-12) { line.textContent = fill(texts.cr_ok, { cr: two.format(result.cr) }); return; }
    line.classList.add("high");
    line.textContent = fill(texts.cr_high, { cr: two.format(result.cr) }) + (state.worstText ? " " + state.worstText : "");
    if (state.worstPair) {
      var pair = state.worstPair.pair, show = document.createElement("button");
      pair.classList.add("worst");
      show.type = "button";
      show.textContent = texts.cr_show;
      show.addEventListener("click", function () {
        pair.scrollIntoView({ block: "center" });
        pair.querySelector("[data-pair]").focus();
      });
      line.appendChild(document.createTextNode(" "));
      line.appendChild(show);
    }
  }

  function save() {
    attempted = true;
    one("[data-saved]").hidden = true;
    var state = update();
    if (state.problems.length) { one("[data-problems]").scrollIntoView({ block: "nearest" }); return; }
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([state.yaml], { type: "text/yaml;charset=utf-8" }));
    link.download = state.filename;
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
    var saved = one("[data-saved]");
    saved.textContent = fill(texts.saved, { file: state.filename });
    saved.hidden = false;
  }

  /* --- the inputs ----------------------------------------------------------------------- */

  section.addEventListener("input", function (event) {
    var target = event.target;
    if (target.dataset.range) {
      section.querySelector("[data-value='" + target.dataset.range + "']").value = target.value;
    } else if (target.dataset.value) {
      var x = Number(target.value.replace(",", "."));
      if (isFinite(x)) { section.querySelector("[data-range='" + target.dataset.value + "']").value = Math.min(100, Math.max(0, x)); }
    }
  });
  section.addEventListener("change", function (event) {
    if (event.target.dataset.top) { chooseTop(event.target.value); }
  });
  function chooseTop(chosen) {
    ids.forEach(function (id) {
      var row = section.querySelector(".crit[data-criterion='" + id + "']");
      row.classList.toggle("chosen", id === chosen);
      row.querySelectorAll("[data-range], [data-value]").forEach(function (input) {
        input.disabled = id === chosen;
        if (id === chosen) { input.value = 100; }
      });
    });
  }
  document.addEventListener("input", update);
  document.addEventListener("change", update);

  var list = section.querySelector("[data-rank-list]");
  var outList = section.querySelector("[data-rank-out]");
  function placeholder() {
    if (outList) { outList.querySelector("[data-empty]").hidden = outList.querySelectorAll(".rank-item").length > 0; }
  }
  section.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    var item = button && button.closest(".rank-item");
    if (!item) { return; }
    var keep = button;
    if (button.hasAttribute("data-up") && item.previousElementSibling) {
      list.insertBefore(item, item.previousElementSibling);
    } else if (button.hasAttribute("data-down") && item.nextElementSibling) {
      list.insertBefore(item.nextElementSibling, item);
    } else if (button.hasAttribute("data-out")) {
      item.querySelector("[data-tie]").checked = false;
      outList.appendChild(item);
      keep = item.querySelector("[data-in]");
    } else if (button.hasAttribute("data-in")) {
      list.appendChild(item);
      keep = item.querySelector("[data-out]");
    }
    keep.focus();
    placeholder();
    update();
  });
  /* Dragging by the handle, with a mouse, a pen or a finger (pointer events). Held near the
     top or bottom of the window, the page scrolls, so a long list works on a phone too. */
  if (list) {
    list.addEventListener("pointerdown", function (event) {
      var handle = event.target.closest("[data-handle]");
      var item = handle && handle.closest(".rank-item");
      if (!item || item.parentNode !== list) { return; }
      event.preventDefault();
      handle.setPointerCapture(event.pointerId);
      item.classList.add("dragging");
      var y = event.clientY;
      function place() {
        var others = all(list, ".rank-item").filter(function (x) { return x !== item; });
        var before = null;
        for (var k = 0; k < others.length; k++) {
          var box = others[k].getBoundingClientRect();
          if (y < box.top + box.height / 2) { before = others[k]; break; }
        }
        if (item.nextElementSibling !== before) { moveTo(before); update(); }
      }
      /* Put the item just before ``before`` (null: last) by moving the others round it: the
         dragged item itself stays in the document, or the browser would drop the pointer. */
      function moveTo(before) {
        var items = all(list, ".rank-item"), from = items.indexOf(item);
        var to = before ? items.indexOf(before) : items.length, k;
        if (to > from) {
          for (k = from + 1; k < to; k++) { list.insertBefore(items[k], item); }
        } else {
          var anchor = item.nextSibling;
          for (k = to; k < from; k++) { list.insertBefore(items[k], anchor); }
        }
      }
      var scroller = setInterval(function () {
        var edge = 60, step = 0;
        if (y < edge) { step = -Math.ceil((edge - y) / 3); } else if (y > window.innerHeight - edge) { step = Math.ceil((y - window.innerHeight + edge) / 3); }
        if (step) { window.scrollBy(0, step); place(); }
      }, 30);
      function move(e) { y = e.clientY; place(); }
      function up() {
        clearInterval(scroller);
        handle.removeEventListener("pointermove", move);
        handle.removeEventListener("pointerup", up);
        handle.removeEventListener("pointercancel", up);
        item.classList.remove("dragging");
        update();
      }
      handle.addEventListener("pointermove", move);
      handle.addEventListener("pointerup", up);
      handle.addEventListener("pointercancel", up);
    });
  }
  one("[data-save]").addEventListener("click", save);

  /* For the tests in a real browser: the rules, and what the page computed last. */
  window.partnerkeuzeForm = {
    surrogate: surrogate, rankWeights: rankWeights, ahp: ahp, worst: worst,
    state: function () { return current; }
  };
  placeholder();
  update();
})();
