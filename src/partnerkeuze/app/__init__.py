"""The use cases the commands run: open and rank a scenario, sensitivity, the portfolio of
tasks, comparing versions and profiles, scaffolding a new file, exports, and the result
records they return.

It may import core, scenario and language, never cli; it does not print or exit. The export
use case alone reaches up into render for the renderers it writes to a file atomically.
"""
