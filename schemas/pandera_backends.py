"""Load pandera's typing module without its optional dask backend, unless dask is already in use.

Building any `DataFrameModel` asks pandera for its list of index and series types, and pandera
builds that list by importing `pandera.typing.dask`, which imports `dask.dataframe` whenever dask
is installed (the `dist` extra): about 2 s of every run's start-up, for types our models never use
(they are pandas models only). We import `pandera.typing.dask` once with dask hidden, so pandera
records dask as absent for annotation purposes, exactly as on an install without the `dist` extra.
A process that already loaded `dask.dataframe` (a Dask worker) is left as it is.
"""
from __future__ import annotations

import sys

_HIDDEN = ("dask", "dask.dataframe")


def load_without_dask() -> None:
    """Import `pandera.typing.dask` with dask hidden (no-op if either is already loaded)."""
    if "pandera.typing.dask" in sys.modules or any(name in sys.modules for name in _HIDDEN):
        return
    for name in _HIDDEN:
        sys.modules[name] = None  # type: ignore[assignment]  # makes `import dask...` raise ImportError
    try:
        import pandera.typing.dask  # noqa: F401
    finally:
        for name in _HIDDEN:
            del sys.modules[name]
