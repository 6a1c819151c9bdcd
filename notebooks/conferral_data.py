"""Loading a conferral run's tables for the notebooks.

The run is the one OUTPUT/manifest.json names, with OUTPUT from the environment variable
CONFERRAL_OUTPUT (default ../out/sample, relative to this folder). Tables are read from Parquet
through pyarrow when it is importable, else from the run's CSV extracts under report/.
"""
import json
import math
import os
import pathlib

import pandas as pd

Z95 = 1.959963984540054
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def output_dir():
    return pathlib.Path(os.environ.get("CONFERRAL_OUTPUT", "../out/sample")).resolve()


def manifest():
    path = output_dir() / "manifest.json"
    if not path.exists():
        raise FileNotFoundError(
            f"No {path}: run `jobs/conferral run --input data/sample --output {output_dir()}` "
            "first, or set CONFERRAL_OUTPUT to a run's output folder")
    return json.loads(path.read_text())


def run_dir(m=None):
    m = m or manifest()
    return output_dir() / "runs" / m["run_id"]


def min_cell(m=None):
    m = m or manifest()
    return int(m.get("config", {}).get("min_cell", 10))


def has_pyarrow():
    try:
        import pyarrow  # noqa: F401
        return True
    except ImportError:
        return False


def _local(path):
    return path[len("file:"):] if path.startswith("file:") else path


def _uncsv(frame):
    """Undoes the extracts' formula neutralisation: a leading apostrophe before = + - @."""
    for c in frame.columns:
        if frame[c].dtype == object:
            frame[c] = frame[c].map(
                lambda v: v[1:] if isinstance(v, str) and v[:1] == "'" and v[1:2] in FORMULA_STARTS
                else v)
    return frame


def table(name, extract=None):
    """A run table as a DataFrame: Parquet through pyarrow, else the named CSV extract."""
    m = manifest()
    if has_pyarrow() and name in m.get("tables", {}):
        path = run_dir(m) / name
        if not path.exists():
            path = pathlib.Path(_local(m["tables"][name]["path"]))
        return pd.read_parquet(path, engine="pyarrow"), "parquet"
    if extract is None:
        raise RuntimeError(f"pyarrow is not installed and table {name} has no CSV extract")
    path = run_dir(m) / "report" / extract
    return _uncsv(pd.read_csv(path, keep_default_na=True)), "csv"


def motion_outcomes():
    return table("motion_outcomes", "motion_outcomes.csv")


def wilson(x, n, z=Z95):
    """The 95% Wilson score interval for x successes in n trials, (nan, nan) when n is 0."""
    if n == 0:
        return (math.nan, math.nan)
    p = x / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (centre - half, centre + half)


def as_bool(series):
    """Booleans from Parquet or from CSV text (true/false)."""
    if series.dtype == bool:
        return series
    return series.astype(str).str.lower().isin(["true", "1"])


def rates(outcomes, by, minimum):
    """Conferral-denial rate with Wilson interval per group of `by`, as the job defines it."""
    cols = ["n_motions", "n_ruled", "n_denied", "n_denied_conferral", "rate", "lower", "upper",
            "suppressed"]
    if outcomes.empty:
        return pd.DataFrame(columns=list(by) + cols)
    o = outcomes.assign(
        ruled=as_bool(outcomes["ruled_on"]),
        den=as_bool(outcomes["denied"]),
        conf=as_bool(outcomes["denied_conferral"]))
    for b in by:
        o[b] = o[b].fillna("unknown").astype(str)
    g = o.groupby(list(by)).agg(
        n_motions=("motion_uid", "size"), n_ruled=("ruled", "sum"), n_denied=("den", "sum"),
        n_denied_conferral=("conf", "sum")).reset_index()
    g["rate"] = g["n_denied_conferral"] / g["n_ruled"].where(g["n_ruled"] > 0)
    bounds = [wilson(x, n) for x, n in zip(g["n_denied_conferral"], g["n_ruled"])]
    g["lower"] = [b[0] for b in bounds]
    g["upper"] = [b[1] for b in bounds]
    g["suppressed"] = g["n_ruled"] < minimum
    return g
