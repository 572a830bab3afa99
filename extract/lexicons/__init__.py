"""Lexicons (YAML data files) of the extractors, found with importlib.resources.

A package of its own so that `importlib.resources.files("extract.lexicons")` points here even when
the test run puts a `tests/extract` folder on sys.path and `extract` becomes a namespace package.
"""
