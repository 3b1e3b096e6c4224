"""The renderers: the memo model (memo.py, with the Woo redaction) and every form a
result takes for a reader: rich tables for the terminal, plain-language sentences, JSON,
and the export formats (Markdown, CSV, Word, Excel, a self-contained HTML page, charts).

They take result objects and return text, renderables or bytes; they never print, exit
or open files (cli/ prints, app/export.py writes). They may import app, scenario, core
and language, never cli.
"""
