#!/usr/bin/env python3
"""Writes scenarios/historical/observed.json, the observations `airgov hindcast` compares with.

Read from scenarios/observations/pm25-annual.csv and airquality-days.csv (unchanged copies of
shared/data/); each value keeps its status and source. Series: beijing, tianjin, hebei (province
average), jjj13 (JJJ 13 cities), 2p26 (2+26 cities). Attainment days given only as a good-day
ratio (JJJ-13, 2+26) become days = ratio x days of the year, status "derived". Usage: make_observed.py
"""
import csv
import calendar
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OBS = os.path.join(ROOT, "scenarios", "observations")
OUT = os.path.join(ROOT, "scenarios", "historical", "observed.json")

SERIES = {
    "Beijing": "beijing",
    "Tianjin": "tianjin",
    "Hebei (province average)": "hebei",
    "JJJ 13 cities": "jjj13",
    "2+26 cities (JJJ & surrounding transmission channel)": "2p26",
}


def main():
    out = {"description": "Observed annual PM2.5 (ug/m3), heavy-pollution days (AQI > 200) and days meeting the "
                          "standard (AQI <= 100, full official AQI incl. ozone) per hindcast series; written by "
                          "tools/scripts/make_observed.py from scenarios/observations/ (copies of shared/data/).",
           "series": {s: {"pm25_ugm3": {}, "heavy_days": {}, "attainment_days": {}} for s in SERIES.values()}}
    with open(os.path.join(OBS, "pm25-annual.csv")) as f:
        for row in csv.DictReader(f):
            s = SERIES.get(row["region"])
            if s:
                out["series"][s]["pm25_ugm3"][row["year"]] = {
                    "value": float(row["pm25_ugm3"]), "status": row["status"], "source": row["source"]}
    with open(os.path.join(OBS, "airquality-days.csv")) as f:
        for row in csv.DictReader(f):
            s = SERIES.get(row["region"])
            if not s:
                continue
            year, value, metric = row["year"], float(row["value"]), row["metric"]
            entry = {"status": row["status"], "source": row["source"]}
            if metric.startswith("heavy_pollution_days"):
                out["series"][s]["heavy_days"][year] = dict(value=value, **entry)
            elif metric.startswith("good_days"):
                out["series"][s]["attainment_days"][year] = dict(value=value, **entry)
            elif metric == "good_day_ratio_pct" and year not in out["series"][s]["attainment_days"]:
                days = 366 if calendar.isleap(int(year)) else 365
                out["series"][s]["attainment_days"][year] = {
                    "value": round(value / 100 * days, 1), "status": "derived",
                    "source": f"{row['source']}; {value} % of {days} days"}
    # Days counted first, ratios only where no count exists (a count and a ratio of one year agree).
    tmp = OUT + ".tmp"
    with open(tmp, "w") as f:
        f.write(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    os.replace(tmp, OUT)


if __name__ == "__main__":
    main()
