#!/usr/bin/env python3
"""Writes scenarios/regions/jjj-2p26.json from the project's shared data (shared/data/).

Run from the repository root:  python3 tools/scripts/make_region.py ../shared/data
The output keeps every figure's source and status beside it. Emissions are a prior: provincial
2013 totals (shared/data/emissions.csv) split over each province's cities; `airgov calibrate`
refines them into scenarios/regions/jjj-2p26-calibrated.json (the default scenario's region):
  build/airgov calibrate --region scenarios/regions/jjj-2p26.json --out scenarios/regions/jjj-2p26-calibrated.json Every assumption made here is listed in docs/parameters.md.
"""
import csv
import json
import sys
from pathlib import Path

DATA = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
OUT = Path("scenarios/regions/jjj-2p26.json")

# Whole-province 2020 totals, needed to split provincial emissions when only some of a province's
# cities are in the region (Shanxi, Shandong, Henan). 7th census and 2020 provincial statistical
# communiques; recalled, not checked against a source here: status recalled_unverified.
PROVINCE_TOTALS_2020 = {
    "Beijing": {"population_million": 21.893, "gdp_billion_cny": 3610.3},
    "Tianjin": {"population_million": 13.866, "gdp_billion_cny": 1408.4},
    "Hebei": {"population_million": 74.610, "gdp_billion_cny": 3620.7},
    "Shanxi": {"population_million": 34.915, "gdp_billion_cny": 1765.2},
    "Shandong": {"population_million": 101.527, "gdp_billion_cny": 7312.9},
    "Henan": {"population_million": 99.366, "gdp_billion_cny": 5499.7},
}

# Primary PM2.5 as a share of official "soot and dust" (yanfenchen) emissions. Official
# statistics miss rural residential burning and fugitive dust (shared/data/README.md), while a
# part of soot and dust is coarser than 2.5 um; the two roughly cancel in MEIC-vs-statistics
# comparisons for 2013. Assumption, refined by `airgov calibrate`.
PM25_PER_SOOT_DUST = 0.8

# Sector split of each tracer, rounded from the national MEIC 2013 shares (Zheng et al. 2018,
# ACP 18:14095, figure of sectoral emissions; recalled). Assumption for every city.
SECTOR_SHARES = {
    "pm25": {"industry": 0.45, "power": 0.05, "residential": 0.40, "transport": 0.10},
    "so2": {"industry": 0.55, "power": 0.30, "residential": 0.14, "transport": 0.01},
    "nox": {"industry": 0.35, "power": 0.30, "residential": 0.02, "transport": 0.33},
}

# 2015 "2+4" pairing of the cooperation group's core area (shared/data/policy-timeline.csv).
TIES = [
    ("beijing", "langfang", "pairing"),
    ("beijing", "baoding", "pairing"),
    ("tianjin", "tangshan", "pairing"),
    ("tianjin", "cangzhou", "pairing"),
]


def main():
    cities = list(csv.DictReader(open(DATA / "cities.csv", encoding="utf-8")))
    totals = {}
    for row in csv.DictReader(open(DATA / "emissions.csv", encoding="utf-8")):
        if row["year"] == "2013" and row["province"] in PROVINCE_TOTALS_2020:
            totals[(row["province"], row["pollutant"])] = (float(row["kt_per_year"]), row["status"])

    jurisdictions = []
    for c in cities:
        province = c["province"]
        whole = PROVINCE_TOTALS_2020[province]
        pop = float(c["population_million"])
        gdp = float(c["gdp_billion_cny"])
        # Share of the province's emissions: mean of the population and GDP shares (assumption:
        # emissions follow both people, through heating and traffic, and output, through industry).
        share = 0.5 * pop / whole["population_million"] + 0.5 * gdp / whole["gdp_billion_cny"]
        so2, so2_status = totals[(province, "SO2")]
        nox, nox_status = totals[(province, "NOx")]
        dust, dust_status = totals[(province, "soot_dust")]
        emissions = {
            "pm25": round(dust * 1000 * share * PM25_PER_SOOT_DUST, 1),
            "so2": round(so2 * 1000 * share, 1),
            "nox": round(nox * 1000 * share, 1),
        }
        groups = [g for g, flag in (("jjj13", c["in_jjj13"]), ("2p26", c["in_2p26"])) if flag == "1"]
        jurisdictions.append({
            "id": c["id"],
            "name": c["name_en"],
            "name_zh": c["name_zh"],
            "province": province,
            "adcode": c["adcode"],
            "lat": float(c["lat"]),
            "lon": float(c["lon"]),
            "population_million": pop,
            "gdp_billion_cny": gdp,
            "area_km2": float(c["area_km2"]),
            "emissions_t_per_year": emissions,
            "groups": groups,
            "status": c["status"] + f"|emissions:estimate(province 2013 SO2 {so2_status}, NOx {nox_status}, "
                      f"soot_dust {dust_status}; city share {share:.4f})",
            "source": c["source"] + ";emissions=provincial 2013 official statistics (shared/data/emissions.csv) "
                      "split by the mean of population and GDP shares; pm25 = 0.8 x soot_dust",
        })

    region = {
        "schema_version": 1,
        "name": "Beijing-Tianjin-Hebei and the 2+26 transmission channel (31 jurisdictions)",
        "description": "Beijing, Tianjin, Hebei's 11 prefecture cities (JJJ-13, group jjj13) and the other "
                       "cities of the 2+26 channel in Shanxi, Shandong and Henan (group 2p26). Population and "
                       "GDP are for 2020 and stand in for 2013; emissions are a 2013 prior.",
        "sources": {
            "cities": "shared/data/cities.csv (see its status and source columns)",
            "emissions": "shared/data/emissions.csv, 2013 provincial totals",
            "province_totals_2020": "7th census and 2020 provincial communiques, recalled_unverified",
            "sector_shares": "MEIC 2013 national shares (Zheng et al. 2018 ACP 18:14095), rounded, assumption",
            "ties": "2015 2+4 pairing (shared/data/policy-timeline.csv)",
        },
        "sector_shares": SECTOR_SHARES,
        "jurisdictions": jurisdictions,
        "ties": [{"from": a, "to": b, "kind": k} for a, b, k in TIES],
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(region, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT} with {len(jurisdictions)} jurisdictions")


if __name__ == "__main__":
    main()
