#!/usr/bin/env python3
"""Fits the behavioural parameters of the historical scenario on 2013-2016 observations only.

A grid search: for every combination of the candidate values below, the scenario of
tools/scripts/make_historical.py is written for 2013-01-01 .. 2016-12-31 only (so nothing after
2016 can enter the fit), run with `airgov hindcast --replicates R`, and scored by the mean over
Beijing, Tianjin and the Hebei average of the mean absolute percentage error of annual PM2.5 in
2013-2016. The best combination is written to scenarios/historical/fit.json and the scenario is
regenerated with it. The held-out years 2017-2018 are never read.

Usage (after building): tools/scripts/fit_hindcast.py [--airgov build/airgov] [--replicates 30]
"""
import argparse
import csv
import io
import itertools
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_historical as mh  # noqa: E402

GRID = {
    "lever_responsiveness": [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0],
    "damage_cny_per_person_per_ugm3": [0.3, 1.0, 3.0, 10.0, 30.0],
    "implementation_lag_days": [30.0, 90.0, 180.0, 365.0, 730.0],
}
FIT_DAYS = 1461  # 2013-01-01 .. 2016-12-31
SERIES = ["beijing", "tianjin", "hebei"]


def score(airgov, params, replicates, workdir):
    path = os.path.join(mh.HISTORICAL, ".fit-candidate.json")  # beside the real one: same relative paths
    mh.write(params, path, days=FIT_DAYS)
    try:
        out = subprocess.run([airgov, "-q", "hindcast", path, "--replicates", str(replicates), "--format", "csv",
                              "--chart", os.path.join(workdir, "chart.svg")],
                             check=True, capture_output=True, text=True).stdout
    finally:
        os.remove(path)
    errors = {s: [] for s in SERIES}
    for row in csv.DictReader(io.StringIO(out)):
        year = int(row["year"])
        if row["series"] in errors and 2013 <= year <= 2016 and row["observed_pm25"] and row["simulated_pm25"]:
            sim, obs = float(row["simulated_pm25"]), float(row["observed_pm25"])
            errors[row["series"]].append(abs(sim - obs) / obs)
    mape = {s: sum(v) / len(v) for s, v in errors.items()}
    return sum(mape.values()) / len(mape), mape


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--airgov", default=os.path.join(mh.ROOT, "build", "airgov"))
    ap.add_argument("--replicates", type=int, default=30)
    a = ap.parse_args()
    names = list(GRID)
    best = None
    with tempfile.TemporaryDirectory() as workdir:
        for values in itertools.product(*(GRID[n] for n in names)):
            params = dict(zip(names, values))
            objective, mape = score(a.airgov, params, a.replicates, workdir)
            print(json.dumps({"params": params, "objective": round(objective, 5)}), file=sys.stderr)
            if best is None or objective < best[0]:
                best = (objective, params, mape)
    objective, params, mape = best
    fit = {
        "description": "Behavioural parameters of scenarios/historical/jjj-2013-2023.json fitted on 2013-2016 "
                       "observations only by tools/scripts/fit_hindcast.py (grid search; objective: mean over "
                       "beijing, tianjin, hebei of the MAPE of annual PM2.5 2013-2016; 2017-2018 never read).",
        "parameters": params,
        "objective_mape": round(objective, 5),
        "mape_2013_2016": {s: round(v, 5) for s, v in mape.items()},
        "grid": GRID,
        "replicates": a.replicates,
        "seed": 2013,
    }
    tmp = mh.FIT_FILE + ".tmp"
    with open(tmp, "w") as f:
        f.write(json.dumps(fit, indent=1) + "\n")
    os.replace(tmp, mh.FIT_FILE)
    mh.write(params)
    print(json.dumps(fit, indent=1))


if __name__ == "__main__":
    main()
