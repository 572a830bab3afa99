"""Which Dagster instance an in-process run records into.

With `DAGSTER_HOME` set (the folder `dagster dev`, `dagster-webserver` and `dagster-daemon` share), the
run is stored there, so `oncocurate run` appears in the UI's Runs list and the assets' materialization
history. Without it the run uses a throwaway in-memory instance and leaves nothing behind but the
warehouse. `ONCOCURATE_DAGSTER_EPHEMERAL=1` forces the throwaway instance even when DAGSTER_HOME is set.
"""
from __future__ import annotations

import os
from pathlib import Path


def recording_home() -> Path | None:
    """The DAGSTER_HOME folder runs are recorded in, or None for a throwaway instance."""
    home = os.environ.get("DAGSTER_HOME", "").strip()
    if not home or os.environ.get("ONCOCURATE_DAGSTER_EPHEMERAL", "").strip() not in ("", "0"):
        return None
    return Path(home).expanduser()


def run_instance():
    """The instance for one run, a DagsterInstance (use it as a context manager: it is disposed of
    afterwards). Dagster is imported here, not with the module: pipelines.no_change asks
    recording_home() before deciding whether the graph runs at all."""
    import dagster as dg

    home = recording_home()
    if home is None:
        return dg.DagsterInstance.ephemeral()
    home.mkdir(parents=True, exist_ok=True)  # Dagster refuses a DAGSTER_HOME that does not exist yet
    return dg.DagsterInstance.get()
