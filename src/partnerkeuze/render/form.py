"""The offline weighing form (``partnerkeuze form``): one page a participant fills in and saves.

Like the HTML memo (render/html.py), whose style it shares, the page is one file with
everything inline and a Content-Security-Policy that forbids every request: it works
from an e-mail attachment or a USB stick, on a laptop or a phone, and sends nothing.
The participant types a name or a role, weighs the criteria by the method the adviser
chose (points, a rank order, pairwise comparisons on Saaty's scale, or swing), and
saves a small file ``weging-NAAM.yaml`` (a download) to send back; scenario/participants.py
reads it. The script computes the weights as partnerkeuze does (core/weighting.py:
ROC/RS/RR, the AHP eigenvector and consistency ratio), so what the page shows is what
``partnerkeuze profiles --deelnemer`` will show; tests/render/test_form.py checks that in
chromium. The markup holds every text; the script only reads and writes the inputs.
"""

from __future__ import annotations

import json
from html import escape
from importlib.resources import files

from partnerkeuze._version import __version__
from partnerkeuze.app.workshop import WeighingForm
from partnerkeuze.core.weighting import CR_LIMIT, DEFAULT_RI_TABLE, RI_TABLES
from partnerkeuze.language import current_language
from partnerkeuze.language.texts import join_names, t
from partnerkeuze.render.profiles_view import range_text
from partnerkeuze.scenario.resolved import ResolvedCriterion

_LOCALES = {"nl": "nl-NL", "en": "en-GB"}
# Texts the script puts together while the participant works (the rest is in the markup).
_SCRIPT_TEXTS = (
    "equal", "verdict", "weights_comment", "header_comment", "method_comment", "cr_ok", "cr_high", "cr_none",
    "cr_worst", "problem_name", "problem_points", "problem_points_zero", "problem_top", "problem_swing_range",
    "problem_rank_empty", "problem_pairwise_two", "saved", "no_weights", "cr_comment", "cr_show",
)


def _template(name: str) -> str:
    return files("partnerkeuze.render").joinpath(f"templates/{name}").read_text(encoding="utf-8")


def _head() -> str:
    """The HTML memo's head: the same Content-Security-Policy and style sheet, the form's style added.

    Why the memo's own: one policy that forbids every request, and the form looks like the
    memo it will feed.
    """
    memo = _template("memo.html")
    head = memo[: memo.index("</head>\n") + len("</head>\n")]
    return head.replace("</style>", _template("form.css") + "</style>", 1)


def render(form: WeighingForm) -> str:
    """The page's HTML text (the same form always gives the same text)."""
    e = escape
    out = [f"<header><h1>{e(t('form.heading', title=form.title))}</h1>"]
    if form.organisation:
        out.append(f'<p class="meta">{e(form.organisation)}</p>')
    out += ["</header>", f"<p>{e(t('form.intro'))}</p>"]
    if form.tasks:
        out.append(f"<p>{e(t('form.tasks_note', tasks=join_names(list(form.tasks))))}</p>")
    out.append(f'<section class="step" id="who"><h2>{e(t("form.step_who"))}</h2>'
               f'<label for="participant">{e(t("form.name_label"))}</label>'
               '<input type="text" id="participant" maxlength="80" autocomplete="name" spellcheck="false">'
               f'<p class="legend">{e(t("form.name_hint"))}</p></section>')
    out.append(f'<section class="step" id="weigh" data-method="{form.method}">'
               f"<h2>{e(t(f'form.step_{form.method}'))}</h2><p>{e(t(f'form.how_{form.method}'))}</p>")
    out.append(_METHODS[form.method](form))
    if form.left_out:
        out.append(f'<p class="legend">{e(t("form.left_out", criteria=join_names([c.name for c in form.left_out])))}</p>')
    out.append("</section>")
    out.append(_result(form))
    out.append(_save())
    out.append(f"<noscript><p class=\"notice\">{e(t('form.noscript'))}</p></noscript>")
    out.append(f'<footer class="repro">{e(t("form.footer", version=__version__, file=form.file_name, sha256=form.sha256))}</footer>')
    out.append(f'<script type="application/json" id="form-data">{_data(form)}</script>')
    page = _head() + _template("form.html")
    parts = {"{{lang}}": current_language(), "{{title}}": e(t("form.heading", title=form.title)),
             "{{body}}": "\n".join(out), "{{script}}": _template("form.js")}
    for marker, value in parts.items():
        page = page.replace(marker, value, 1)
    return page


def _criterion_text(c: ResolvedCriterion, *, label_for: str | None = None, extra: str = "") -> str:
    """A criterion's name (a label for an input, if given) and its definition."""
    e = escape
    name = (f'<label class="name" for="{label_for}">{e(c.name)}</label>' if label_for
            else f'<span class="name">{e(c.name)}</span>')
    definition = f'<p class="def">{e(c.description)}</p>' if c.description else ""
    return f'<div class="crit-text">{name}{definition}{extra}</div>'


def _number_inputs(c: ResolvedCriterion) -> str:
    """A slider and a number box for one criterion, kept equal by the script (0-100)."""
    return (f'<input type="range" min="0" max="100" step="1" value="0" data-range="{c.id}" '
            f'aria-label="{escape(c.name)}" tabindex="-1">'
            f'<input type="number" id="w-{c.id}" min="0" max="100" step="any" value="0" inputmode="decimal" '
            f'data-value="{c.id}">')


def _points(form: WeighingForm) -> str:
    rows = [f'<div class="crit" data-criterion="{c.id}">{_criterion_text(c, label_for=f"w-{c.id}")}'
            f'<div class="crit-input">{_number_inputs(c)}</div></div>' for c in form.criteria]
    return '<div class="crits">' + "".join(rows) + "</div>"


def _swing(form: WeighingForm) -> str:
    e = escape
    rows = []
    for c in form.criteria:
        worst, best = (t("term.label_quote", label=end) if c.scale else end for end in range_text(c))
        step = f'<p class="swing-range">{e(t("form.swing_step", worst=worst, best=best))}</p>'
        top = (f'<label class="top"><input type="radio" name="top" value="{c.id}" data-top="{c.id}"> '
               f"{e(t('form.swing_top'))}</label>")
        rows.append(f'<div class="crit" data-criterion="{c.id}">{_criterion_text(c, label_for=f"w-{c.id}", extra=step)}'
                    f'<div class="crit-input">{top}{_number_inputs(c)}</div></div>')
    return '<div class="crits">' + "".join(rows) + "</div>"


def _rank(form: WeighingForm) -> str:
    e = escape
    items = []
    for c in form.criteria:
        tools = (f'<label class="tie"><input type="checkbox" data-tie> {e(t("form.rank_tie"))}</label>'
                 f'<button type="button" data-up aria-label="{e(t("form.rank_up", name=c.name))}">↑</button>'
                 f'<button type="button" data-down aria-label="{e(t("form.rank_down", name=c.name))}">↓</button>'
                 f'<button type="button" data-out>{e(t("form.rank_out"))}</button>'
                 f'<button type="button" data-in>{e(t("form.rank_in"))}</button>')
        items.append(f'<li class="rank-item" data-criterion="{c.id}"><span class="handle" data-handle '
                     f'title="{e(t("form.rank_drag"))}">⠿</span><span class="place" data-place></span>'
                     f'{_criterion_text(c)}<div class="rank-tools">{tools}</div></li>')
    formula = t(f"weights.formula_{form.formula}")
    return (f'<ol class="rank" data-rank-list>{"".join(items)}</ol>'
            f'<h3>{e(t("form.rank_out_heading"))}</h3><ul class="rank rank-out" data-rank-out>'
            f'<li class="empty" data-empty>{e(t("form.rank_out_empty"))}</li></ul>'
            f'<p class="legend">{e(t("form.rank_formula", formula=formula))}</p>')


def _pairwise(form: WeighingForm) -> str:
    e = escape
    which = "".join(
        f'<label class="which-item"><input type="checkbox" checked data-count="{c.id}"> '
        f'{_criterion_text(c)}</label>' for c in form.criteria)
    pairs = []
    for i, a in enumerate(form.criteria):
        for b in form.criteria[i + 1:]:
            label = e(t("form.pair_label", a=a.name, b=b.name))
            pairs.append(f'<div class="pair" data-a="{a.id}" data-b="{b.id}"><span class="pa">{e(a.name)}</span>'
                         f'<span class="pb">{e(b.name)}</span><input type="range" min="-8" max="8" step="1" '
                         f'value="0" aria-label="{label}" data-pair><output data-verdict>{e(t("form.equal"))}</output>'
                         "</div>")
    return (f'<fieldset class="which"><legend>{e(t("form.pairwise_which"))}</legend>{which}</fieldset>'
            f'<p class="legend">{e(t("form.pairwise_scale"))}</p><div class="pairs">{"".join(pairs)}</div>')


_METHODS = {"punten": _points, "swing": _swing, "rangorde": _rank, "paarsgewijs": _pairwise}


def _result(form: WeighingForm) -> str:
    e = escape
    bars = "".join(
        f'<div class="wbar" data-criterion="{c.id}"><span class="wname">{e(c.name)}</span>'
        f'<div class="bar"><span data-bar="{c.id}"></span></div><output data-share="{c.id}">–</output></div>'
        for c in form.criteria)
    consistency = '<p class="consistency" data-consistency role="status" aria-live="polite"></p>' \
        if form.method == "paarsgewijs" else ""
    return (f'<section class="step" id="result"><h2>{e(t("form.step_result"))}</h2>'
            f'<p class="legend" data-empty-result>{e(t("form.no_weights"))}</p>'
            f'<div class="wbars">{bars}</div>{consistency}</section>')


def _save() -> str:
    e = escape
    return (f'<section class="step" id="save"><h2>{e(t("form.step_save"))}</h2><p>{e(t("form.save_hint"))}</p>'
            f'<p><button type="button" class="save" data-save>{e(t("form.save_button"))} '
            '<span data-filename>weging.yaml</span></button></p>'
            '<div class="problems" data-problems role="alert" hidden></div>'
            '<p class="saved" data-saved role="status" hidden></p>'
            f'<details><summary>{e(t("form.copy_summary"))}</summary><p class="legend">{e(t("form.copy_hint"))}</p>'
            f'<textarea readonly rows="12" data-yaml aria-label="{e(t("form.copy_summary"))}"></textarea></details>'
            "</section>")


def _data(form: WeighingForm) -> str:
    """What the script needs, as JSON that cannot close the <script> element."""
    texts = {key: t(f"form.{key}") for key in _SCRIPT_TEXTS}
    texts["words"] = [t(f"form.saaty_{k}") for k in range(1, 10)]
    texts["method"] = t(f"weights.method_{form.method}")
    document = {
        "locale": _LOCALES[current_language()],
        "method": form.method,
        "formula": form.formula,
        "riTable": DEFAULT_RI_TABLE,
        "ri": list(RI_TABLES[DEFAULT_RI_TABLE]),
        "crLimit": CR_LIMIT,
        "criteria": [{"id": c.id, "name": c.name} for c in form.criteria],
        "title": form.title,
        "sha256": form.sha256,
        "version": __version__,
        "texts": texts,
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
