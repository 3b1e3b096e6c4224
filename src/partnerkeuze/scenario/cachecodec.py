"""Resolved scenarios as JSON and back, building nothing but the records of ``resolved.py``.

Why not pickle: reading a pickle runs whatever code it names, so a file planted in
the cache folder would run as the user (issue #12). Here a record is
``{"$": "ResolvedScore", "raw": 4.0, ...}``; decoding looks its type up in a fixed
table and calls it with keyword arguments, so the worst a foreign entry can do is
fail to decode. Lists come back as tuples (every sequence in the records is one),
numpy arrays as ``{"$": "ndarray", ...}``. Floats survive exactly: ``json`` writes
the shortest repr, and non-finite values as ``Infinity``/``NaN``, which it reads back.
"""

from __future__ import annotations

import json
from dataclasses import fields, is_dataclass
from typing import Any

from partnerkeuze.scenario import resolved

_RECORDS: dict[str, Any] = {
    cls.__name__: cls
    for cls in (
        resolved.Uncertainty,
        resolved.ResolvedScore,
        resolved.ResolvedWeighting,
        resolved.ValueFunction,
        resolved.ResolvedCriterion,
        resolved.ResolvedCandidate,
        resolved.Failure,
        resolved.ExcludedCandidate,
        resolved.ResolvedScenario,
    )
}
_TYPE = "$"


def dumps(value: Any) -> bytes:
    """``value`` (records, tuples, numbers, strings, numpy arrays) as JSON bytes."""
    return json.dumps(_encode(value), ensure_ascii=False, separators=(",", ":")).encode()


def loads(data: bytes) -> Any:
    """What ``dumps`` wrote; ValueError for anything else."""
    return _decode(json.loads(data))


def _encode(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (tuple, list)):
        return [_encode(item) for item in value]
    if is_dataclass(value) and not isinstance(value, type):
        name = type(value).__name__
        if _record(name) is not type(value):
            msg = f"not a cached record type: {name}"
            raise TypeError(msg)
        return {_TYPE: name, **{f.name: _encode(getattr(value, f.name)) for f in fields(value)}}
    if type(value).__name__ == "ndarray":
        return {_TYPE: "ndarray", "dtype": str(value.dtype), "shape": list(value.shape),
                "data": value.ravel().tolist()}
    msg = f"cannot cache a {type(value).__name__}"
    raise TypeError(msg)


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_decode(item) for item in value)
    if not isinstance(value, dict):
        return value
    name = value.get(_TYPE)
    if name == "ndarray":
        import numpy as np  # noqa: PLC0415 - only for an AHP weighting

        dtype = {"float64": np.float64, "bool": np.bool_}.get(value["dtype"])
        if dtype is None:
            msg = f"unexpected array type {value['dtype']!r}"
            raise ValueError(msg)
        return np.array(value["data"], dtype=dtype).reshape(tuple(value["shape"]))
    cls = _record(name) if isinstance(name, str) else None
    if cls is None:
        msg = f"unknown record {name!r}"
        raise ValueError(msg)
    return cls(**{key: _decode(item) for key, item in value.items() if key != _TYPE})


def _record(name: str) -> Any:
    if name == "PairwiseResult":  # the AHP result lives in the core, with numpy
        from partnerkeuze.core.weighting import PairwiseResult  # noqa: PLC0415

        return PairwiseResult
    return _RECORDS.get(name)
