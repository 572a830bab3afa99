"""Log lines emitted while one source file is parsed name that file.

Libraries log about the document they were handed, not about our file: trafilatura's
"parsed tree length: 0, wrong data type or not valid HTML" reached the user with no file
name, so it could not be acted on. `parsing(rel_path)` marks the file being parsed, and
a filter on the libraries' loggers puts its path in front of their messages.
"""
from __future__ import annotations

import contextvars
import logging
from contextlib import contextmanager
from typing import Iterator

_CURRENT: contextvars.ContextVar[str | None] = contextvars.ContextVar("oncocurate_source_file", default=None)
NAMED_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer")
LOG = logging.getLogger("oncocurate.sources")


class _NameTheFile(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        path = _CURRENT.get()
        if path is not None and not getattr(record, "oncocurate_file", None):
            record.msg = f"{path}: {record.name.split('.')[0]}: {record.getMessage()}"
            record.args = None
            record.oncocurate_file = path
        return True


_FILTER = _NameTheFile()


def name_files_in_library_logs() -> None:
    """Attach the filter to the libraries' loggers (logger filters do not see records that
    children propagate, so every existing child logger gets it too). Idempotent."""
    for name in list(logging.Logger.manager.loggerDict):
        if name.split(".")[0] in NAMED_LOGGERS:
            logger = logging.getLogger(name)
            if _FILTER not in logger.filters:
                logger.addFilter(_FILTER)
    for name in NAMED_LOGGERS:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)


@contextmanager
def parsing(rel_path: str) -> Iterator[None]:
    """Within this block, library log lines name `rel_path`."""
    token = _CURRENT.set(rel_path)
    try:
        yield
    finally:
        _CURRENT.reset(token)
