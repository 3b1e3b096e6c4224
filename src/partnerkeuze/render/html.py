"""The memo as one self-contained HTML page: printable, offline, with weight sliders.

Everything is inline (CSS, script, data); a Content-Security-Policy forbids any
request, so the page works from a USB stick or an e-mail attachment. The table is
complete without JavaScript; the script only recomputes it when a slider moves,
with the model of README "Het model" on the values partnerkeuze computed.
"""

from __future__ import annotations

import json
from html import escape
from importlib.resources import files
from typing import TYPE_CHECKING

from partnerkeuze.core.scoring import TIE_TOLERANCE
from partnerkeuze.language import formatting
from partnerkeuze.language.texts import t
from partnerkeuze.render import curves
from partnerkeuze.render.charts import PALETTE
from partnerkeuze.render.markdown import interval, sampling_text
from partnerkeuze.render.memo import Memo, MemoSensitivity

if TYPE_CHECKING:
    from partnerkeuze.render.portfolio_view import PortfolioMemo

_LOCALES = {"nl": "nl-NL", "en": "en-GB"}


def render(memo: Memo) -> str:
    """The page's HTML text (the same memo always gives the same text)."""
    body = f"<main data-memo>\n{_body(memo)}\n{_data_script(memo, 'memo-data')}\n</main>"
    return _page(memo.language, memo.title, body)


def render_portfolio(portfolio: PortfolioMemo) -> str:
    """The portfolio as one page: the summary table and sentences, then each task's memo with its own sliders.

    Every task's memo sits in a ``<div data-memo="taak-ID">`` with its own data block, table
    and controls; the page's one script drives each of them on its own (ids carry the task
    as prefix, and ``data-summary="taak-ID"`` marks the task's cells in the summary).
    Moving a task's sliders also updates that task's best partner, score, runner-up and
    margin in the summary (marked as moved); robustness, advice and the sentences stay
    as partnerkeuze computed them, since they need the sensitivity analysis and the
    coordination cost across all tasks.
    """
    e = escape
    out = [f"<header><h1>{e(portfolio.title)}</h1></header>"]
    out += [f'<p class="notice">{e(notice)}</p>' for notice in portfolio.notices]
    out += [f"<section><h2>{e(t('portfolio.title'))}</h2>", '<table class="portfolio" id="portfolio-table"><thead><tr>']
    out.append("".join(f'<th scope="col">{e(h)}</th>' for h in portfolio.header) + "</tr></thead><tbody>")
    for (task, _, _), row in zip(portfolio.tasks, portfolio.rows, strict=True):
        cells = "".join(
            f"<td{_cls(False, 'num') if k in (3, 5) else ''}"
            + (f' data-summary="taak-{e(task)}" data-summary-cell="{_SUMMARY_CELLS[k]}"' if k in _SUMMARY_CELLS else "")
            + f">{e(c)}</td>"
            for k, c in enumerate(row[1:], 1)
        )
        out.append(f'<tr><th scope="row"><a href="#taak-{e(task)}">{e(row[0])}</a></th>{cells}</tr>')
    out.append("</tbody></table>")
    for heading, lines in portfolio.sections:
        out.append(f"<h3>{e(heading)}</h3><ul>" + "".join(f"<li>{e(line)}</li>" for line in lines) + "</ul>")
    out.append("</section>")
    for task, name, memo in portfolio.tasks:
        prefix = f"taak-{e(task)}"
        body = _body(memo, page=False, prefix=prefix)
        for tag in ("h3", "h2"):  # the memo's sections sit one level below the task's heading
            lower = f"h{int(tag[1]) + 1}"
            body = body.replace(f"<{tag}>", f"<{lower}>").replace(f"</{tag}>", f"</{lower}>")
        # ids unique on the page: user text is escaped, so these markers only come from the renderer
        body = (body.replace('id="note-', f'id="{prefix}-note-').replace('href="#note-', f'href="#{prefix}-note-')
                .replace('id="memo-table"', f'id="{prefix}-table"'))
        out.append(f'<section class="task" id="{prefix}"><h2>{e(name)}</h2>\n<div class="task-memo" data-memo="{prefix}">\n'
                   f'{body}\n{_data_script(memo, f"{prefix}-data")}\n</div>\n</section>')
    return _page(portfolio.first.language, portfolio.title, "\n".join(out))


# Summary cells the script keeps up to date (column index in ``PortfolioMemo.rows``).
_SUMMARY_CELLS = {2: "best", 3: "score", 4: "second", 5: "margin"}


def _page(language: str, title: str, body: str) -> str:
    template = files("partnerkeuze.render").joinpath("templates/memo.html").read_text(encoding="utf-8")
    # Every table scrolls in a box of its own, so a wide one never widens the page on a phone
    # (user text is escaped: these tags only come from the renderer).
    body = body.replace("<table", '<div class="scroll"><table').replace("</table>", "</table></div>")
    body = body.replace("€ ", "€\u00a0")  # an amount never breaks after its currency sign
    parts = {"{{lang}}": language, "{{title}}": escape(title), "{{body}}": body}
    for marker, value in parts.items():
        template = template.replace(marker, value, 1)
    return template


def _data_script(memo: Memo, ident: str) -> str:
    """The data block of one memo section, found by the script through ``data-memo-data``."""
    return f'<script type="application/json" id="{ident}" data-memo-data>{_data(memo)}</script>'


def _data(memo: Memo) -> str:
    """What the script needs, as JSON that cannot close the <script> element."""
    texts = {"flip": t("memo.html_flip"), "item": t("rank.flip_item"), "and": t("common.and"),
             "noFlip": t("memo.html_no_flip"), "conclusion": t("rank.conclusion"),
             "tie": t("rank.conclusion_tie"), "single": t("rank.conclusion_single")}
    document: dict[str, object] = {
        "locale": _LOCALES[memo.language],
        "tolerance": TIE_TOLERANCE,
        "weights": [row.weight for row in memo.rows],
        "values": [[row.cells[i].value for row in memo.rows] for i in range(len(memo.columns))],
        "ranks": [c.rank for c in memo.columns],
        "names": [c.name for c in memo.columns],
        "texts": texts,
    }
    if memo.curves:  # the script values these scores through their value function, as partnerkeuze does
        document["curves"] = [
            None if row.value_function is None else {
                "x": list(row.value_function.scores), "y": [v / 100 for v in row.value_function.values],
                "raw": [cell.raw for cell in row.cells]}
            for row in memo.rows
        ]
    if memo.has_status_quo:  # the script keeps the difference row and the conclusion's second sentence
        document["statusQuo"] = next(i for i, c in enumerate(memo.columns) if c.status_quo)
        texts.update(statusQuoNone=t("statusquo.none"), statusQuoBeaten=t("statusquo.beaten"),
                     statusQuoItem=t("statusquo.item"))
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c")


def _body(memo: Memo, *, page: bool = True, prefix: str | None = None) -> str:
    """The memo's sections; ``page``: with its own title, ``prefix``: before the ids of the controls."""
    e = escape
    out = [f"<header><h1>{e(memo.title)}</h1>"] if page else []
    meta = [f"{t('memo.organisation')}: {memo.organisation}" if memo.organisation else "",
            f"{t('memo.date')}: {memo.date_text}" if memo.date_text else ""]
    if any(meta):
        out.append(f'<p class="meta">{e(" · ".join(m for m in meta if m))}</p>')
    if page:
        out.append("</header>")
    out += [f'<p class="notice">{e(notice)}</p>' for notice in memo.notices]
    if memo.description:
        out.append(f"<section><h2>{e(t('memo.description'))}</h2>")
        out += [f"<p>{e(p)}</p>" for p in memo.description]
        out.append("</section>")
    out.append(f"<section><h2>{e(t('memo.section_table'))}</h2>")
    out.append(_table(memo))
    out.append(f'<p class="legend">{e(t("memo.legend"))}</p>')
    said = e(" ".join(s for s in (memo.conclusion, memo.flips) if s))
    out.append(f'<p class="conclusion" data-conclusion data-served="{said}">{said}</p>')
    out.append(f'<p class="legend" data-original hidden>{e(t("html.original_conclusion"))} {said}</p>')
    if memo.dropped:
        out.append(f"<p>{e(t('rank.dropped', criteria=', '.join(memo.dropped)))}</p>")
    if memo.excluded:
        out.append(f"<h3>{e(t('memo.excluded'))}</h3><ul class=\"excluded\">")
        out += [f"<li>{e(item.text)}</li>" for item in memo.excluded]
        out.append("</ul>")
    out.append(f"<h3>{e(t('memo.contributions'))}</h3>")
    out.append(_bars(memo))
    out.append(_curves(memo))
    out.append("</section>")
    out.append(_controls(memo, prefix))
    if memo.sensitivity is not None:
        out.append(_sensitivity(memo.sensitivity))
    if memo.footnotes:
        out.append(f"<section><h2>{e(t('memo.notes'))}</h2><ol class=\"notes\">")
        for note in memo.footnotes:
            source = f' <span class="source">{e(t("memo.source", source=note.source))}</span>' if note.source else ""
            out.append(f'<li id="note-{note.number}" value="{note.number}">{e(note.text)}{source}</li>')
        out.append("</ol></section>")
    paragraph, items = memo.repro_lines
    listed = "<ul>" + "".join(f"<li>{e(item)}</li>" for item in items) + "</ul>" if items else ""
    out.append(f'<footer class="repro"><strong>{e(t("memo.reproducibility"))}:</strong> {e(paragraph)}{listed}</footer>')
    return "\n".join(out)


def _table(memo: Memo) -> str:
    e = escape
    rows = ['<table class="memo" id="memo-table">', "<thead><tr>",
            f'<th scope="col">{e(t("memo.col_criterion"))}</th><th scope="col">{e(t("memo.col_weight"))}</th>']
    for i, c in enumerate(memo.columns):
        star = f' <span class="star" data-star="{i}"{"" if c.preferred else " hidden"}>★</span>'
        rows.append(f'<th scope="col" data-col="{i}"{_cls(c.preferred)}>{e(c.name)}{star}</th>')
    rows.append("</tr></thead><tbody>")
    for j, row in enumerate(memo.rows):
        title = f' title="{e(row.description)}"' if row.description else ""
        mark = " *" if row.overridden else ""
        cells = "".join(
            f'<td data-col="{i}"{_cls(memo.columns[i].preferred, "score")}>{e(c.text)}'
            + (f'<sup><a href="#note-{c.note}">{c.note}</a></sup>' if c.note else "") + "</td>"
            for i, c in enumerate(row.cells)
        )
        rows.append(f'<tr><th scope="row"{title}>{e(row.name)}</th><td class="weight">'
                    f'<span data-weight="{j}">{e(row.weight_text)}</span>{mark}</td>{cells}</tr>')
    rows.append("</tbody><tfoot>")
    totals = "".join(f'<td data-col="{i}" data-total="{i}"{_cls(c.preferred, "total")}>{e(c.total_text)}</td>'
                     for i, c in enumerate(memo.columns))
    ranks = "".join(f'<td data-col="{i}" data-rank="{i}"{_cls(c.preferred, "rank")}>{c.rank}</td>'
                    for i, c in enumerate(memo.columns))
    rows.append(f'<tr><th scope="row">{e(t("memo.row_total"))}</th><td class="num">100%</td>{totals}</tr>')
    rows.append(f'<tr><th scope="row">{e(t("memo.row_rank"))}</th><td></td>{ranks}</tr>')
    if memo.has_status_quo:
        versus = "".join(f'<td data-col="{i}" data-versus="{i}"{_cls(c.preferred, "total")}>{e(memo.versus_text(c))}</td>'
                         for i, c in enumerate(memo.columns))
        rows.append(f'<tr><th scope="row">{e(t("statusquo.row"))}</th><td></td>{versus}</tr>')
    rows.append("</tfoot></table>")
    return "\n".join(rows)


def _bars(memo: Memo) -> str:
    """Stacked bars of the weighted contributions, drawn in HTML so the script can move them."""
    e = escape
    out = ['<div class="bars" role="img">']
    for i, c in enumerate(memo.columns):
        parts = "".join(
            f'<span data-bar="{i}" data-part="{j}" style="width:{row.cells[i].contribution * 100:.6f}%;'
            f'background:{PALETTE[j % len(PALETTE)]}" title="{e(row.name)}"></span>'
            for j, row in enumerate(memo.rows)
        )
        out.append(f'<div class="bar-row"><span>{e(c.name)}</span><div class="bar">{parts}</div>'
                   f'<span class="bar-total" data-bar-total="{i}">{e(c.total_text)}</span></div>')
    key = "".join(f'<span><i style="background:{PALETTE[j % len(PALETTE)]}"></i>{e(row.name)}</span>'
                  for j, row in enumerate(memo.rows))
    out.append(f'<div class="key">{key}</div></div>')
    return "\n".join(out)


def _curves(memo: Memo) -> str:
    """Each value function as a small SVG plot with the candidates on it, and the same in words."""
    if not memo.curves:
        return ""
    e = escape
    names = [c.name for c in memo.columns]
    out = [f"<h3>{e(t('curves.section'))}</h3>", f"<p>{e(t('curves.memo_intro'))}</p>", '<div class="curves">']
    for row in memo.curves:
        function = row.value_function
        assert function is not None
        marks = curves.marks(names, row.cells, function)
        items = "<br>".join(f'<span style="color:{curves.mark_colour(k)}">●</span> '
                          + e(t("curves.mark_item", name=m.name, score=m.text, value=curves.value_text(m.value)))
                          for k, m in enumerate(marks))
        out.append(f"<figure>{curves.svg(row.name, function, row.unit, marks)}<figcaption>"
                   f"{e(curves.summary(row.name, function, row.unit))}.<br>{items}</figcaption></figure>")
    out.append("</div>")
    return "\n".join(out)


def _controls(memo: Memo, prefix: str | None = None) -> str:
    """The sliders (hidden until the script runs); ``prefix``: ids for a task of a portfolio."""
    e = escape

    def ident(name: str) -> str:
        return f"{prefix}-{name}" if prefix else name

    out = [f'<section class="controls" id="{ident("controls")}" data-controls hidden><h2>{e(t("memo.html_controls"))}</h2>',
           f"<p>{e(t('memo.html_controls_hint'))}</p>"]
    for j, row in enumerate(memo.rows):
        slider = ident(f"weight-{j}")
        out.append(f'<div class="slider"><label for="{slider}">{e(row.name)}</label>'
                   f'<input type="range" id="{slider}" data-slider="{j}" min="0" max="100" step="any" '
                   f'value="{row.weight * 100!r}"><output for="{slider}" data-weight="{j}">'
                   f"{e(row.weight_text)}</output></div>")
    out.append(f'<p><button type="button" id="{ident("reset")}" data-reset>{e(t("memo.html_reset"))}</button></p>')
    out.append(f'<p class="flip" id="{ident("flip")}" data-flip role="status" aria-live="polite" data-flipped="false"></p>'
               "</section>")
    out.append(f"<noscript><p>{e(t('memo.html_noscript'))}</p></noscript>")
    return "\n".join(out)


def _sensitivity(s: MemoSensitivity) -> str:
    e = escape
    out = [f"<section><h2>{e(t('memo.sensitivity'))}</h2>"]
    if s.sentences:
        out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in s.sentences) + "</ul>")
    if s.intervals:
        out.append(f"<h3>{e(t('memo.intervals'))}</h3><p>{e(t('memo.intervals_intro'))}</p>")
        head = [t("memo.col_criterion"), t("memo.col_weight"), t("memo.col_winner_interval"),
                t("memo.col_ranking_interval"), t("memo.col_takeover_low"), t("memo.col_takeover_high")]
        out.append("<table><thead><tr>" + "".join(f'<th scope="col">{e(h)}</th>' for h in head) + "</tr></thead><tbody>")
        for r in s.intervals:
            cells = [formatting.percent(r.weight, 1), interval(r.winner_low, r.winner_high),
                     interval(r.ranking_low, r.ranking_high)]
            out.append(f'<tr><th scope="row">{e(r.criterion)}</th>'
                       + "".join(f'<td class="num">{e(c)}</td>' for c in cells)
                       + f"<td>{e(r.takeover_low or t('memo.none'))}</td><td>{e(r.takeover_high or t('memo.none'))}</td></tr>")
        out.append("</tbody></table>")
    if s.first_shares:
        out.append(f"<h3>{e(t('memo.first_shares'))}</h3><table><thead><tr>"
                   f'<th scope="col">{e(t("memo.col_candidate"))}</th><th scope="col">{e(t("memo.col_share"))}</th>'
                   "</tr></thead><tbody>")
        out += [f'<tr><th scope="row">{e(name)}</th><td class="num">{e(formatting.percent(share, 1))}</td></tr>'
                for name, share in s.first_shares]
        out.append("</tbody></table>")
    if s.samples is not None:
        out.append(f"<p>{e(sampling_text(s))}</p>")
    out.append("</section>")
    return "\n".join(out)


def _cls(preferred: bool, *names: str) -> str:
    """A class attribute; 'preferred' marks the voorkeursalternatief's column."""
    classes = [*names, "preferred"] if preferred else list(names)
    return f' class="{" ".join(classes)}"' if classes else ""
