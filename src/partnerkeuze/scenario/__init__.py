"""The scenario format: a YAML file read with line numbers, validated by the pydantic
model, its cross-references resolved into plain records (numbers, labels, ranges, weights,
profiles, tasks), and the cache of resolved scenarios.

It may import the core and the language layer; never app, render or cli. Every mistake in a
file becomes a located, translated issue here, so the layers above only see valid scenarios.
"""
