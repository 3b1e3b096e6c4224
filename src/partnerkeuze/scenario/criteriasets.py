"""Reusable criteria sets shipped with the package (``criteria/<naam>.yaml``)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def builtin_dir() -> Path:
    """The folder of the built-in sets inside the installed package."""
    return Path(str(resources.files("partnerkeuze.scenario") / "criteria"))


def builtin_names() -> list[str]:
    """Names of the built-in sets, sorted."""
    folder = builtin_dir()
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.yaml"))


def find(name: str, relative_to: Path | None = None) -> Path | None:
    """A set by built-in name, or by a path relative to the scenario (or cwd)."""
    if name in builtin_names():
        return builtin_dir() / f"{name}.yaml"
    candidate = Path(name).expanduser()
    if not candidate.is_absolute() and relative_to is not None:
        candidate = relative_to / candidate
    if candidate.suffix in ("", ".yml", ".yaml") and candidate.is_file():
        return candidate
    return None
