"""partnerkeuze: choose a cooperation partner for a municipality, explicitly and reproducibly.

The public API, for use from Python (the command line is ``partnerkeuze``)::

    from partnerkeuze import open_scenario, rank
    loaded, scenario = open_scenario(Path("scenarios/haaksbergen-2020.yaml"))
    ranking = rank(scenario)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from partnerkeuze._version import __version__

__all__ = ["__version__", "open_scenario", "rank"]

if TYPE_CHECKING:
    from partnerkeuze.app.service import open_scenario, rank


def __getattr__(name: str) -> Any:
    # Lazy: `partnerkeuze --version` must not pay for numpy and pydantic.
    if name in ("open_scenario", "rank"):
        from partnerkeuze.app import service  # noqa: PLC0415

        return getattr(service, name)
    msg = f"module 'partnerkeuze' has no attribute {name!r}"
    raise AttributeError(msg)
