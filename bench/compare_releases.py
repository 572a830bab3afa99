"""Are two published warehouses the same release? Every table read from its Parquet export, rows sorted;
the per-run columns (run ids and clock times of `runs`, and of the rows a run stamps) left out.

    .venv/bin/python bench/compare_releases.py WAREHOUSE_A WAREHOUSE_B [--runs-tail]

Exit status 0 when identical. `--runs-tail` compares only the last row of `runs` (the run just made),
for two warehouses that reached the same state through different histories.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

PER_RUN = {"run_id", "started_at", "finished_at", "created_at"}


def table(warehouse: Path, name: str) -> pd.DataFrame:
    folder = warehouse / "parquet" / name
    files = sorted(folder.glob("*.parquet"))
    frames = [pd.read_parquet(f) for f in files]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def normalised(df: pd.DataFrame, drop: set[str]) -> pd.DataFrame:
    df = df.drop(columns=[c for c in df.columns if c in drop])
    text = df.astype(str)
    return df.iloc[text.apply(tuple, axis=1).argsort(kind="stable")].reset_index(drop=True).astype(str)


def differences(a: Path, b: Path, runs_tail: bool = False) -> list[str]:
    names = sorted({p.name for p in (a / "parquet").iterdir() if p.is_dir()}
                   | {p.name for p in (b / "parquet").iterdir() if p.is_dir()})
    found = []
    for name in names:
        left, right = table(a, name), table(b, name)
        drop = PER_RUN if name == "runs" else set()
        if name == "runs" and runs_tail:
            left, right = left.tail(1), right.tail(1)
        left, right = normalised(left, drop), normalised(right, drop)
        if list(left.columns) != list(right.columns) or len(left) != len(right) or not left.equals(right):
            found.append(f"{name}: {len(left)} vs {len(right)} rows differ")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("a", type=Path)
    parser.add_argument("b", type=Path)
    parser.add_argument("--runs-tail", action="store_true")
    args = parser.parse_args()
    found = differences(args.a, args.b, args.runs_tail)
    print("\n".join(found) if found else "identical")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
