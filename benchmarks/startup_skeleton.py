"""The least a typer command that prints a rich table can cost: a reference for bench_startup.

A bare typer app with one command that imports numpy and prints a rich table of the
size of `partnerkeuze rank` on the Haaksbergen scenario (12 rows, 5 columns). It does
no work of its own: its distance to the floor is what typer, rich and numpy cost
before partnerkeuze does anything (issue #7: start-up).
"""

# ruff: noqa: T201

import typer

app = typer.Typer(add_completion=False)


@app.callback()
def main() -> None:
    """A group, as partnerkeuze's command line is."""


@app.command()
def rank(path: str, weight: list[str] = typer.Option([], "--weight")) -> None:  # noqa: B008 - typer's idiom
    """Print a table of the size of partnerkeuze's rank table."""
    import numpy as np  # noqa: PLC0415
    from rich.console import Console  # noqa: PLC0415
    from rich.table import Table  # noqa: PLC0415

    totals = np.linspace(0.45, 0.75, 3)
    table = Table(title=f"Rangorde ({path}, {len(weight)} gewichten vervangen)")
    for header in ("Criterium", "Gewicht", "Hengelo", "Enschede", "Zelf doen"):
        table.add_column(header)
    for i in range(10):
        table.add_row(f"Criterium nummer {i} met een naam", "10%", "++  8,4", "+  6,1", "0  3,2")
    table.add_row("Totaal", "100%", *(f"{x * 100:.1f}" for x in totals))
    table.add_row("Rang", "", "1 ★", "2", "3")
    Console(highlight=False).print(table)


if __name__ == "__main__":
    app()
