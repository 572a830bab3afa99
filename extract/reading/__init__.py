"""One reading of a sentence for every fact extractor: sentence -> clauses -> frames (issue #16).

`read.read_sentence` splits a sentence into clauses and reads each into a `frames.Frame`: what kind of
claim it makes (`predicates`), its polarity with explicit negation scopes (`negation`, ConText-style),
its modality (`modality`), its arguments by role (`roles`) and its links to context. Directive
statements of guidelines are read by `directives` into frames of the same type. All cue lists are
YAML in `lexicons/`.
"""
