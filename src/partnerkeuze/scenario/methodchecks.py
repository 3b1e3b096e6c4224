"""Each weighting method's own checks: rank order, swing, pairwise comparisons (AHP).

Every problem is reported located (``r.add``) and the function returns None; on
success it returns what the method needs: places, ratings or the AHP result.

``rangorde``: ``volgorde`` lists every criterion that counts, most important first; a
list of ids shares a place. ``swing``: every criterion that counts gets 0-100, the
most valuable swing exactly 100. Criteria under ``weegt_niet`` get weight 0 and may
not appear in the method's own list.

Pairwise comparisons, two ways to write them under ``weging: {methode: paarsgewijs}``:

- ``vergelijkingen: [[ict, kosten, 3], ...]``: one line per compared pair, "ict is 3
  times as important as kosten". Pairs may be left out (an incomplete set, weighed
  with Harker's method, ``weighting.pairwise_weights``) as long as the comparisons
  connect all criteria.
- ``matrix: {ict: [1, 3], kosten: [1/3, 1]}``: the full matrix, rows and columns in
  the order of the keys. It must be reciprocal (a_ji = 1/a_ij; 0.33 for 1/3 is fine:
  within 2%) with ones on the diagonal; the values above the diagonal count.
"""

from __future__ import annotations

from typing import Any, Protocol

from partnerkeuze.core import weighting as w
from partnerkeuze.scenario.models import Weighting
from partnerkeuze.scenario.weightmodels import SAATY_HIGH, SAATY_LOW, judgement_text

Loc = tuple[str | int, ...]  # a path into the file, as SourceMap.locate takes it


class WeightingResolver(Protocol):
    """What these checks need of the caller (``profiles.WeightingResolver`` is one)."""

    ids: list[str]

    def add(self, loc: Loc, key: str, *, at_key: bool = False, **values: Any) -> None: ...
    def hint(self, cid: str) -> str: ...
    def line_of(self, loc: Loc) -> int: ...

# a_ij * a_ji may differ this much from 1: users write 0.33 or 0.2 for 1/3 and 1/5.
RECIPROCAL_TOLERANCE = 0.02


def check_pairwise(
    r: WeightingResolver, loc: Loc, weighting: Weighting, kept: list[str], zero: set[str] | None = None
) -> w.PairwiseResult | None:
    """The AHP result of a ``paarsgewijs`` weighting, or None after reporting what is wrong."""
    has_list, has_matrix = weighting.comparisons is not None, weighting.matrix is not None
    if has_list == has_matrix:
        r.add(loc, "weights.pairwise_needs_one", at_key=True)
        return None
    key = "vergelijkingen" if has_list else "matrix"
    pairs = _from_list(r, loc, weighting) if has_list else _from_matrix(r, loc, weighting)
    if pairs is None:
        return None
    named = {cid for pair in pairs for cid in pair}
    both = sorted(named & (zero or set()))
    if both:
        r.add((*loc, "weegt_niet"), "weights.listed_and_zero", at_key=True, criterion=", ".join(both))
        return None
    missing = [cid for cid in kept if cid not in named]
    if missing:
        r.add((*loc, key), "weights.pairwise_missing", at_key=True, criteria=", ".join(missing))
        return None
    index = {cid: k for k, cid in enumerate(kept)}
    comparisons = {(index[a], index[b]): value for (a, b), value in pairs.items()}
    groups = w.components(len(kept), list(comparisons))
    if len(groups) > 1:
        text = " | ".join(", ".join(kept[k] for k in group) for group in groups)
        r.add((*loc, key), "weights.pairwise_disconnected", at_key=True, groups=text)
        return None
    return w.pairwise_weights(len(kept), comparisons, weighting.ri_table)


def _from_list(r: WeightingResolver, loc: Loc, weighting: Weighting) -> dict[tuple[str, str], float] | None:
    pairs: dict[tuple[str, str], float] = {}
    first: dict[frozenset[str], Loc] = {}
    ok = True
    for k, (a, b, value) in enumerate(weighting.comparisons or []):
        where: Loc = (*loc, "vergelijkingen", k)
        unknown = [cid for cid in (a, b) if cid not in r.ids]
        for cid in unknown:
            r.add(where, "weights.unknown_criterion", criterion=cid, hint=r.hint(cid))
        if unknown:
            ok = False
            continue
        if a == b:
            r.add(where, "weights.pairwise_self", criterion=a)
            ok = False
            continue
        pair = frozenset((a, b))
        if pair in first:
            r.add(where, "weights.pairwise_twice", a=a, b=b, line=r.line_of(first[pair]))
            ok = False
            continue
        first[pair] = where
        pairs[(a, b)] = value
    return pairs if ok else None


def _from_matrix(r: WeightingResolver, loc: Loc, weighting: Weighting) -> dict[tuple[str, str], float] | None:
    matrix = weighting.matrix or {}
    keys = list(matrix)
    base: Loc = (*loc, "matrix")
    ok = True
    for cid in keys:
        if cid not in r.ids:
            r.add((*base, cid), "weights.unknown_criterion", at_key=True, criterion=cid, hint=r.hint(cid))
            ok = False
        elif len(matrix[cid]) != len(keys):
            r.add((*base, cid), "weights.matrix_row_length", criterion=cid, count=len(matrix[cid]), n=len(keys))
            ok = False
    if not ok:
        return None
    pairs: dict[tuple[str, str], float] = {}
    for i, a in enumerate(keys):
        for j, b in enumerate(keys):
            value = matrix[a][j]
            if i == j:
                if abs(value - 1) > 1e-9:
                    r.add((*base, a, j), "weights.matrix_diagonal", criterion=a, value=judgement_text(value))
                    ok = False
                continue
            if not SAATY_LOW <= value <= SAATY_HIGH:
                r.add((*base, a, j), "weights.matrix_range", a=a, b=b, value=judgement_text(value))
                ok = False
            elif i > j and abs(value * matrix[b][i] - 1) > RECIPROCAL_TOLERANCE:
                r.add((*base, a, j), "weights.matrix_not_reciprocal", a=b, b=a,
                      given=judgement_text(matrix[b][i]), expected=judgement_text(1 / matrix[b][i]),
                      value=judgement_text(value))
                ok = False
            elif i < j:
                pairs[(a, b)] = value
    return pairs if ok else None


def check_rank_order(r: WeightingResolver, base: Loc, weighting: Weighting, kept: list[str],
                     zero: set[str]) -> list[int] | None:
    """Places (1 = most important, ties share) of ``kept`` in a ``rangorde``, or None after reporting."""
    loc = (*base, "volgorde")
    if weighting.order is None:
        r.add(base, "weights.method_needs", at_key=True, method="rangorde", key="volgorde")
        return None
    place_of: dict[str, int] = {}
    seen: dict[str, Loc] = {}
    ok = True
    place = 1
    for k, item in enumerate(weighting.order):
        group = (item,) if isinstance(item, str) else item
        for m, cid in enumerate(group):
            where: Loc = (*loc, k) if isinstance(item, str) else (*loc, k, m)
            if cid not in r.ids:
                r.add(where, "weights.unknown_criterion", criterion=cid, hint=r.hint(cid))
                ok = False
            elif cid in seen:
                r.add(where, "weights.order_twice", criterion=cid, line=r.line_of(seen[cid]))
                ok = False
            elif cid in zero:
                r.add(where, "weights.listed_and_zero", criterion=cid)
                ok = False
            else:
                seen[cid] = where
                place_of[cid] = place
        place += len(group)
    missing = [cid for cid in kept if cid not in place_of]
    if missing and ok:  # after a typo, the typo is the message
        r.add(loc, "weights.order_missing", at_key=True, criteria=", ".join(missing))
        ok = False
    if not ok:
        return None
    # Places among the weighed criteria only: competition ranks 1, 2, 2, 4.
    ordered = sorted(place_of[cid] for cid in kept)
    rank = {p: ordered.index(p) + 1 for p in ordered}
    return [rank[place_of[cid]] for cid in kept]


def check_swing(r: WeightingResolver, base: Loc, weighting: Weighting, kept: list[str],
                zero: set[str]) -> list[float] | None:
    """The swing ratings of ``kept``, or None after reporting what is wrong."""
    loc = (*base, "swing")
    if weighting.swing is None:
        r.add(base, "weights.method_needs", at_key=True, method="swing", key="swing")
        return None
    ok = True
    for cid in weighting.swing:
        if cid not in r.ids:
            r.add((*loc, cid), "weights.unknown_criterion", at_key=True, criterion=cid, hint=r.hint(cid))
            ok = False
        elif cid in zero:
            r.add((*loc, cid), "weights.listed_and_zero", at_key=True, criterion=cid)
            ok = False
    missing = [cid for cid in kept if cid not in weighting.swing]
    if missing and ok:
        r.add(loc, "weights.swing_missing", at_key=True, criteria=", ".join(missing))
        ok = False
    highest = max(weighting.swing.values(), default=0.0)
    if highest != 100:
        r.add(loc, "weights.swing_top", at_key=True, highest=judgement_text(highest))
        ok = False
    return [weighting.swing[cid] for cid in kept] if ok else None
