"""The numbers: decision matrices, normalisation, weighted totals, the weighting methods
and the sensitivity analyses (weight stability intervals, score thresholds, SMAA-2 Monte
Carlo) on plain numpy arrays.

What lives here knows nothing of files, YAML, languages or the terminal: it imports numpy
and the standard library only, never another part of partnerkeuze (a test enforces it), so
every formula can be checked against published examples in isolation.
"""
