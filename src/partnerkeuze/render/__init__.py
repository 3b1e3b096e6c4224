"""Renderers: result objects in, text or rich renderables out; they never print."""
