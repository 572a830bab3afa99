"""`dagster dev` that stops on SIGTERM (and Ctrl-C) however it was started.

`dagster dev` makes SIGTERM do what SIGINT does, by copying SIGINT's handler onto SIGTERM. A command
that a script (a shell without job control) starts with `&` inherits SIGINT *ignored*, so `dagster dev`
then ignores SIGTERM as well, and only SIGKILL stops it, leaving its webserver, daemon and code
servers behind. This launcher gives SIGINT back its default before it
becomes `dagster dev` (the same process, by exec), so SIGTERM shuts the services down cleanly:

    python -m pipelines.dagster_dev [dagster dev options, e.g. -p 3000] &
"""
from __future__ import annotations

import os
import shutil
import signal
import sys
from pathlib import Path


def dagster_command() -> str:
    """The `dagster` script of this environment (beside this Python), else the one on PATH."""
    beside = Path(sys.executable).with_name("dagster")
    found = str(beside) if beside.is_file() else shutil.which("dagster")
    if not found:
        raise SystemExit("dagster is not installed in this environment: pip install -e .")
    return found


def main(argv: list[str] | None = None) -> None:
    """Become `dagster dev <argv>` with SIGINT and SIGTERM at their defaults (never returns)."""
    args = sys.argv[1:] if argv is None else argv
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, signal.SIG_DFL)  # an ignored signal stays ignored across exec
    command = dagster_command()
    os.execv(command, [command, "dev", *args])


if __name__ == "__main__":
    main()
