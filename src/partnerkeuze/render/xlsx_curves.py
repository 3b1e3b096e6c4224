"""Value functions in the workbook: their points on sheet 'Gegevens', the values as live formulas.

Why formulas: a reader who moves a point of a function (the value of € 450.000 from 70
to 60) must see the ranking change, as with a weight. Below the raw scores, each
criterion with a ``waardefunctie`` gets a block: the points' scores and values (0-100),
for a function per label the labels, then per candidate the piece its score falls on
and the score's value, interpolated over the points as the model does (README
"Waardefuncties"):

    k = MIN(MATCH(x, scores, 1), n - 1)        the point left of x (x held to the function's range)
    t = (x - score_k) / (score_k+1 - score_k)
    v = (1 - t) value_k / 100 + t value_k+1 / 100

MATCH, INDEX and MEDIAN (three numbers' middle: x held between the first and last
point) exist in every Excel since 2007 and in LibreOffice; no LET, which older ones lack.
Sheet 'Afweging' takes the value from the block's last row.
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
from openpyxl.worksheet.worksheet import Worksheet  # type: ignore[import-untyped]

from partnerkeuze.language.texts import t
from partnerkeuze.render.memo import Memo
from partnerkeuze.render.xlsx_cells import (
    BOLD,
    TOP,
    euro_unit,
    formula,
    number_format,
    row,
    text,
)

FIRST = 6  # column F: the first point and the first candidate, as the raw scores on 'Gegevens'


@dataclass(frozen=True)
class Block:
    """Where one function sits on 'Gegevens': its rows (labels only for a function per label)."""

    title: int
    scores: int
    values: int
    labels: int | None
    piece: int
    result: int  # each candidate's value (0-1), in the candidate's column

    @property
    def end(self) -> int:
        """The block's last row."""
        return self.result


def blocks(memo: Memo, data_rows: list[int]) -> dict[int, Block]:
    """Per criterion index with a function, its block: below the raw scores, a blank row between blocks."""
    found: dict[int, Block] = {}
    r = (data_rows[-1] if data_rows else 0) + 2
    for k, criterion in enumerate(memo.rows):
        function = criterion.value_function
        if function is None:
            continue
        labels = r + 3 if function.labels is not None else None
        piece = (labels or r + 2) + 1
        found[k] = Block(title=r, scores=r + 1, values=r + 2, labels=labels, piece=piece, result=piece + 1)
        r = piece + 3
    return found


def write(ws: Worksheet, memo: Memo, data_rows: list[int], *, euro: str, plain: str) -> None:
    """Every function's block on 'Gegevens' (``euro``/``plain``: the number formats of scores)."""
    for k, block in blocks(memo, data_rows).items():
        criterion = memo.rows[k]
        function = criterion.value_function
        assert function is not None
        n = len(function.points)
        is_euro = euro_unit(criterion.unit)
        text(ws, block.title, 1, criterion.id)
        text(ws, block.title, 2, t("xlsx.curve_title", criterion=criterion.name), font=BOLD)
        row(ws, block.scores, [t("xlsx.curve_scores")], start=2)
        row(ws, block.values, [t("xlsx.curve_values")], start=2)
        for i, (score, value) in enumerate(function.points):
            ws.cell(block.scores, FIRST + i, score).number_format = euro if is_euro else plain
            ws.cell(block.values, FIRST + i, value).number_format = plain
        if block.labels is not None and function.labels is not None:
            text(ws, block.labels, 2, t("xlsx.curve_labels"))
            row(ws, block.labels, list(function.labels), start=FIRST)
        row(ws, block.piece, [t("xlsx.curve_piece")], start=2)
        row(ws, block.result, [t("xlsx.curve_result")], start=2)
        scores = _span(block.scores, n)
        for i in range(len(memo.columns)):
            col = get_column_letter(FIRST + i)
            x = f"MEDIAN({col}{data_rows[k]},{scores.split(':')[0]},{scores.split(':')[1]})"
            formula(ws, block.piece, FIRST + i, f"=MIN(MATCH({x},{scores},1),{n - 1})", number_format=plain)
            formula(ws, block.result, FIRST + i, "=" + _value(x, f"{col}${block.piece}", scores,
                                                                _span(block.values, n)),
                    number_format=number_format(memo.language, "0.000"))
        for r in range(block.title, block.end + 1):
            for c in range(1, FIRST + max(n, len(memo.columns))):
                ws.cell(r, c).alignment = TOP


def value_cell(data: str, memo: Memo, data_rows: list[int], k: int, i: int) -> str | None:
    """The formula of candidate i's value on criterion k on sheet 'Afweging', None without a function."""
    block = blocks(memo, data_rows).get(k)
    if block is None:
        return None
    return f"={data}!{get_column_letter(FIRST + i)}{block.result}"


def ends(memo: Memo, data_rows: list[int], k: int) -> tuple[str, str] | None:
    """Formulas for a function's first and last score (its range on 'Gegevens'), None without one."""
    block = blocks(memo, data_rows).get(k)
    function = memo.rows[k].value_function
    if block is None or function is None:
        return None
    last = get_column_letter(FIRST + len(function.points) - 1)
    return f"=${get_column_letter(FIRST)}${block.scores}", f"=${last}${block.scores}"


def _span(r: int, n: int) -> str:
    return f"${get_column_letter(FIRST)}${r}:${get_column_letter(FIRST + n - 1)}${r}"


def _value(x: str, k: str, scores: str, values: str) -> str:
    """(1 - t) value_k / 100 + t value_k+1 / 100 with t = (x - score_k) / (score_k+1 - score_k)."""
    step = f"(({x}-INDEX({scores},{k}))/(INDEX({scores},{k}+1)-INDEX({scores},{k})))"
    return f"(1-{step})*INDEX({values},{k})/100+{step}*INDEX({values},{k}+1)/100"
