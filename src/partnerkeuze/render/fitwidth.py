"""Tables that fit the terminal: split into parts side by side content, never a cut number.

rich shrinks a table that is too wide by squeezing columns and cutting cells with '…'
("€ 1.150.0…"), and lets a label column collapse to a letter. ``Fitted`` renders a
table at the width it is given instead: every column at least as wide as its longest
unbreakable piece (a word, or an amount such as '€ 1.150.000', up to a cap), text
folded rather than cut; and when even that is too wide, the columns after the first
``fixed`` ones (the labels) are split over consecutive tables, each repeating the labels.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from rich.console import Console, ConsoleOptions, RenderableType
from rich.measure import Measurement
from rich.table import Column, Row, Table
from rich.text import Text

from partnerkeuze.language.texts import t

CAP = 24  # a column need not keep a longer word whole: beyond this it folds


class Fitted:
    """``table`` as one table if it fits, else as parts of its columns, labels repeated."""

    def __init__(self, table: Table, *, fixed: int = 1, cap: int = CAP) -> None:
        self.table = table
        self.fixed = fixed
        for column in table.columns:
            column.overflow = "fold"
            column.min_width = max(column.min_width or 0, min(cap, _longest_piece(column)))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[RenderableType]:
        width = options.max_width
        if _minimum(console, options, self.table) <= width:
            yield self.table
            return
        movable = list(range(self.fixed, len(self.table.columns)))
        parts = None
        for size in range(len(movable) - 1, 0, -1):
            candidate = [self._part(movable[k:k + size]) for k in range(0, len(movable), size)]
            if all(_minimum(console, options, p) <= width for p in candidate):
                parts = candidate
                break
        if parts is None:  # one column is too wide even alone (a very long name): it folds, the rest share parts
            parts = self._packed(console, options, movable, width)
        for k, part in enumerate(parts):
            if k:
                yield Text("")
            yield part

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        measured = Measurement.get(console, options, self.table)
        return Measurement(min(measured.minimum, options.max_width), measured.maximum)

    def _packed(self, console: Console, options: ConsoleOptions, movable: list[int], width: int) -> list[Table]:
        """Consecutive columns in as few parts as fit, a column too wide for any part on its own."""
        groups: list[list[int]] = []
        for k in movable:
            if groups and _minimum(console, options, self._part([*groups[-1], k])) <= width:
                groups[-1].append(k)
            else:
                groups.append([k])
        return [self._part(group) for group in groups]

    def _part(self, columns: Sequence[int]) -> Table:
        """A table of the label columns and ``columns``; after the first part its title says it goes on."""
        source = self.table
        first = not columns or columns[0] == self.fixed
        title = source.title if first else (t("term.continued", title=source.title) if source.title else None)
        part = Table(title=title, title_justify=source.title_justify, box=source.box, show_lines=source.show_lines,
                     show_header=source.show_header, header_style=source.header_style, title_style=source.title_style,
                     caption=source.caption if columns[-1] == len(source.columns) - 1 else None)
        for k in (*range(self.fixed), *columns):
            column = source.columns[k]
            copy = Column(header=column.header, footer=column.footer, header_style=column.header_style,
                          style=column.style, justify=column.justify, vertical=column.vertical,
                          overflow=column.overflow, width=column.width, min_width=column.min_width,
                          max_width=column.max_width, ratio=column.ratio, no_wrap=column.no_wrap)
            copy._cells = list(column._cells)  # noqa: SLF001 - rich has no API to copy a column's cells
            copy._index = len(part.columns)  # noqa: SLF001
            part.columns.append(copy)
        part.rows = [Row(style=row.style, end_section=row.end_section) for row in source.rows]
        return part


def _minimum(console: Console, options: ConsoleOptions, table: Table) -> int:
    """The width the table needs, with two characters of room per column: rich's squeezing of a
    table to exactly its minimum does not keep every column at its minimum."""
    return Measurement.get(console, options.update(width=10_000), table).minimum + 2 * len(table.columns)


def _longest_piece(column: Column) -> int:
    """The longest piece of the column's header or cells that should not break: a word, or an amount."""
    texts = [_plain(column.header), *(_plain(cell) for cell in column._cells)]  # noqa: SLF001
    return max((len(piece) for text in texts for piece in pieces(text)), default=1)


def pieces(text: str) -> list[str]:
    """'€ 1.150.000 → 10,6' -> ['€ 1.150.000', '→', '10,6']: words, with a currency sign kept to its amount."""
    out: list[str] = []
    for line in text.split("\n"):
        for word in line.split():
            if out and out[-1] in ("€", "(€") and word[:1].isdigit():
                out[-1] += " " + word
            else:
                out.append(word)
    return out


def _plain(cell: object) -> str:
    if isinstance(cell, Text):
        return cell.plain
    return cell if isinstance(cell, str) else ""
