"""Shared text machinery of every extractor: clauses, the regex prefilter, numbers, phrase patterns,
lexicon files, provenance and row ids."""
