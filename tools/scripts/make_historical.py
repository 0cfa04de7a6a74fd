#!/usr/bin/env python3
"""Writes scenarios/historical/jjj-2013-2023.json, the historical scenario 2013-2023.

Every lever event and emission measure cites its row of shared/data/policy-timeline.csv (copied in
scenarios/historical/README.md). Lever *values* and measure *sizes* are assumptions stated here;
three behavioural parameters are fitted on 2013-2016 observations only by
tools/scripts/fit_hindcast.py, which calls `write(params)` and records the result in
scenarios/historical/fit.json. Usage: make_historical.py [--params fit.json] [--out FILE] [--days N]
"""
import argparse
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
HISTORICAL = os.path.join(ROOT, "scenarios", "historical")
DEFAULT_OUT = os.path.join(HISTORICAL, "jjj-2013-2023.json")
FIT_FILE = os.path.join(HISTORICAL, "fit.json")

# Behavioural parameters (fitted on 2013-2016; defaults are the starting guesses).
DEFAULT_PARAMS = {
    # alpha: how strongly the governments respond to the levers: every lever value of the timeline
    # is alpha x its nominal strength (capped at 1).
    "lever_responsiveness": 1.0,
    # What a government counts as the damage of 1 ug/m3 for one resident (CNY/yr).
    "damage_cny_per_person_per_ugm3": 3.0,
    # e-folding time of building abatement capacity (days).
    "implementation_lag_days": 180.0,
}

# The 2013 region: the 31 jurisdictions with emissions calibrated to the observed 2013 annual
# means by `airgov calibrate` (issue 4, part A: scenarios/regions/jjj-2p26-calibrated.json).
REGION = "../regions/jjj-2p26-calibrated.json"

T = "policy-timeline.csv"  # rows are cited as T:<date>:<event>

# (date, nominal lever values, citation). Nominal strengths are ASSUMPTIONS: 1 = the strongest
# form the model knows (models/institutions/lever_effects.hpp), scaled by lever_responsiveness.
LEVER_EVENTS = [
    ("2013-09-10", {"laws_regulations": 0.5}, "2013-09-10 Air Pollution Prevention and Control Action Plan (Guofa 2013 No.37): targets to 2017"),
    ("2013-09-17", {"organizational_mechanism": 0.3}, "2013-09-17 JJJ and Surrounding Areas Air Pollution Prevention Cooperation Group created"),
    ("2013-10-14", {"funding": 0.5}, "2013-10-14 Central special fund, 5 bn CNY, reward instead of subsidy (0.5 of the 10 bn/yr full scale)"),
    ("2014-01-07", {"laws_regulations": 0.8, "joint_enforcement_supervision": 0.3}, "2014-01-07 Target responsibility letters between MEP and the provinces; annual State Council assessment"),
    ("2014-05-16", {"funding": 1.0}, "2014 Central special fund 10 bn CNY (8 bn disbursed 2014-05-16)"),
    ("2014-06-01", {"information_platform": 0.3}, "2014 Regional air quality forecast and warning platform (Beijing-led); month assumed"),
    ("2015-05-27", {"organizational_mechanism": 0.5}, "2015-05-27 Cooperation group core area of 6 cities and 2+4 pairing"),
    ("2015-07-01", {"joint_enforcement_supervision": 0.5}, "2015-07-01 Central Environmental Protection Inspection plan adopted"),
    ("2016-01-01", {"laws_regulations": 1.0}, "2015-08-29 Revised Air Pollution Prevention and Control Law, in force 2016-01-01 (joint prevention statutory)"),
    ("2016-02-05", {"information_platform": 0.6}, "2016-02-05 Unified heavy-pollution warning thresholds"),
    ("2016-07-01", {"joint_enforcement_supervision": 0.7}, "2016-07 Central environmental inspection round 1"),
    ("2017-02-01", {"organizational_mechanism": 0.7}, "2017-02 JJJ and Surrounding 2017 Work Plan defines the 2+26 channel"),
    ("2017-04-01", {"information_platform": 0.8, "technology": 0.3}, "2017-04 National joint research centre (one city one policy teams)"),
    ("2017-04-07", {"joint_enforcement_supervision": 0.9}, "2017-04-07 Strengthened supervision of JJJ and surrounding (5,600 inspectors)"),
    ("2018-07-11", {"organizational_mechanism": 0.9}, "2018-07-11 Cooperation group upgraded to Leading Group"),
    ("2019-10-01", {"technology": 0.5}, "2019-10 Clean heating progress (technology and funding)"),
    ("2023-09-01", {"organizational_mechanism": 0.5}, "2023-09 Leading Group abolished (date to verify)"),
]

ALL_SECTORS = ["industry", "power", "residential", "transport"]

# Structural measures (mandated, not chosen by the game). The 2013-2017 Action Plan measures are
# sized so that their sum over 2014-2017 matches the MEIC national change 2013 -> 2017 (Zheng et al.
# 2018 ACP 18:14095: SO2 -59 %, NOx -21 %, primary PM2.5 -33 %) with the region's MEIC 2013
# sector shares (scenarios/regions/jjj-2p26.json): industrial standards, boiler upgrades and
# capacity cuts (industry), ultra-low emission retrofits (power), clean fuels (residential); the
# largest measures of Zhang et al. 2019 PNAS 116:24463. The split by sector is an ASSUMPTION:
# cumulative 2013-2017 cuts  SO2: industry 60 %, power 70 %, residential 30 %;
# NOx: industry 15 %, power 50 %; PM2.5: industry 45 %, power 60 %, residential 20 %
# (giving SO2 -58 %, NOx -20 %, PM2.5 -31 % with those shares). Each is taken in four equal yearly
# steps (1 - c)^(1/4) on 1 January 2014..2017: the Action Plan ran from September 2013 to 2017.
ACTION_PLAN_CUTS = [
    (["so2"], ["industry"], 0.60),
    (["so2"], ["power"], 0.70),
    (["so2"], ["residential"], 0.30),
    (["nox"], ["industry"], 0.15),
    (["nox"], ["power"], 0.50),
    (["pm25"], ["industry"], 0.45),
    (["pm25"], ["power"], 0.60),
    (["pm25"], ["residential"], 0.20),
]
# Scattered-coal households in the 2+26 cities before the clean-heating programme: ASSUMPTION
# (about 15 M of the channel's ~25 M rural households; not sourced).
SCATTERED_COAL_HOUSEHOLDS_M = 15.0


def step(total, steps):
    return round(1.0 - (1.0 - total) ** (1.0 / steps), 6)


def measure_events():
    events = []
    for year in (2014, 2015, 2016, 2017):
        events.append({
            "date": f"{year}-01-01",
            "name": f"Action Plan structural measures, step {year - 2013} of 4",
            "source": f"{T} 2013-09-10 Action Plan (Guofa 2013 No.37); sizes: MEIC 2013-2017 national changes "
                      "(Zheng et al. 2018 ACP 18:14095) split by sector, assumption (tools/scripts/make_historical.py)",
            "measures": [{"tracers": t, "sectors": s, "cut": step(c, 4)} for t, s, c in ACTION_PLAN_CUTS],
        })
    events.append({
        "date": "2017-10-01",
        "name": "Clean heating, first 2+26 batch (coal to gas or electricity)",
        "source": f"{T} 2017 Clean heating: 3.94 M households switched in the 28 channel cities; share of "
                  f"{SCATTERED_COAL_HOUSEHOLDS_M:g} M scattered-coal households is an assumption",
        "measures": [{"tracers": ["pm25", "so2"], "sectors": ["residential"],
                      "cut": round(3.94 / SCATTERED_COAL_HOUSEHOLDS_M, 4), "groups": ["2p26"]}],
    })
    # Three-Year Action Plan: SO2 and NOx -15 % by 2020 vs 2015, in three yearly steps from 2018.
    for year in (2018, 2019, 2020):
        events.append({
            "date": f"{year}-07-01" if year == 2018 else f"{year}-01-01",
            "name": f"Three-Year Action Plan (Blue Sky), step {year - 2017} of 3",
            "source": f"{T} 2018-06-27 Three-Year Action Plan (Guofa 2018 No.22): SO2 and NOx -15 % by 2020 vs 2015",
            "measures": [{"tracers": ["so2", "nox"], "sectors": ALL_SECTORS, "cut": step(0.15, 3)}],
        })
    events.append({
        "date": "2019-10-01",
        "name": "Clean heating, 2019 batch",
        "source": f"{T} 2019-10 Clean heating progress: 4.93 M households by end-Oct 2019, read here as a further "
                  f"batch of the remaining scattered-coal households (assumption)",
        "measures": [{"tracers": ["pm25", "so2"], "sectors": ["residential"],
                      "cut": round(4.93 / (SCATTERED_COAL_HOUSEHOLDS_M - 3.94) / 2, 4), "groups": ["2p26"]}],
    })
    return events


def scenario(params, days=None):
    alpha = params["lever_responsiveness"]
    events = []
    for date, levers, cite in LEVER_EVENTS:
        events.append({"date": date, "name": cite.split(" ", 1)[1][:80], "source": f"{T} {cite}",
                       "levers": {k: round(min(1.0, alpha * v), 6) for k, v in levers.items()}})
    events += measure_events()
    events.sort(key=lambda e: e["date"])
    start_days = day_index("2024-01-01")  # 2013-01-01 .. 2023-12-31: 4017 days
    out = {
        "schema_version": 1,
        "name": "jjj-2013-2023-historical",
        "description": "Historical scenario 2013-2023 of the 31 jurisdictions: 2013 emissions, levers and emission "
                       "measures dated by shared/data/policy-timeline.csv (each event cites its row), three behavioural "
                       "parameters fitted on 2013-2016 only (scenarios/historical/fit.json); 2017-2018 held out; "
                       "2019-2023 projections. Written by tools/scripts/make_historical.py: edit that, not this file.",
        "question": "Does a timeline of levers and dated measures, with a few behavioural parameters, reproduce the "
                    "2013-2018 decline of PM2.5 without being fitted to every year?",
        "start_date": "2013-01-01",
        "days": days if days is not None else start_days,
        "seed": 2013,
        "region": params.get("region", REGION),
        "weather": "../weather/north-china-plain.json",
        "transport": {"method": "box_network"},
        "chemistry": {"sulfate_yield": 0.5, "nitrate_yield": 0.3,
                      "source": "as scenarios/default.json (docs/parameters.md)"},
        "emissions": {"base_year": 2013, "heating_start": "11-15", "heating_end": "03-15",
                      "residential_heating_factor": 2.25},
        "economics": {"marginal_abatement_cost_cny_per_t": 100000, "reference_effort": 0.5, "max_effort": 0.8,
                      "damage_cny_per_person_per_ugm3": params["damage_cny_per_person_per_ugm3"], "tau_max": 0.5,
                      "source": "as scenarios/default.json except the damage weight, fitted on 2013-2016 "
                                "(scenarios/historical/fit.json)"},
        "decision": {"rule": "nash", "period": "month",
                     "implementation_lag_days": params["implementation_lag_days"]},
        "levers": {k: 0 for k in ["laws_regulations", "organizational_mechanism", "information_platform",
                                  "joint_enforcement_supervision", "technology", "funding"]},
        "events": events,
        "central_government": {"enabled": True, "inspection_campaigns": [
            {"name": "Central environmental inspection round 1", "start": "2016-07-01", "end": "2017-08-31",
             "detection_boost": 0.2, "source": f"{T} 2016-07 round 1 (boost an assumption)"},
            {"name": "Strengthened supervision of JJJ and surrounding", "start": "2017-04-07", "end": "2018-03-31",
             "detection_boost": 0.2, "source": f"{T} 2017-04-07 (boost an assumption)"},
            {"name": "Central inspection round 2", "start": "2019-07-01", "end": "2020-12-31",
             "detection_boost": 0.1, "source": f"{T} 2019-07 (boost and end an assumption)"}]},
        # Joint warnings are left out: the engine's emergency response has no start date, so it
        # would act from 2013 on, while the first red alerts came in December 2015 (T 2015-12).
        "emergency": {"enabled": False},
        "transfers": [
            {"from": "beijing", "to": "langfang", "cny_per_year": 2.3e8, "start": "2015-07-22", "end": "2017-12-31",
             "source": f"{T} 2015-07-22 pairing transfers; end date an assumption ('several years')"},
            {"from": "beijing", "to": "baoding", "cny_per_year": 2.3e8, "start": "2015-07-22", "end": "2017-12-31",
             "source": f"{T} 2015-07-22 pairing transfers; end date an assumption"},
            {"from": "tianjin", "to": "tangshan", "cny_per_year": 2.0e8, "start": "2015-07-22", "end": "2017-12-31",
             "source": f"{T} 2015-07-22 pairing transfers; end date an assumption"},
            {"from": "tianjin", "to": "cangzhou", "cny_per_year": 2.0e8, "start": "2015-07-22", "end": "2017-12-31",
             "source": f"{T} 2015-07-22 pairing transfers; end date an assumption"}],
    }
    if days is not None:
        last = days
        out["events"] = [e for e in out["events"] if day_index(e["date"]) < last]
        out["central_government"]["inspection_campaigns"] = [
            c for c in out["central_government"]["inspection_campaigns"] if day_index(c["start"]) < last]
    return out


def day_index(iso):
    import datetime
    return (datetime.date.fromisoformat(iso) - datetime.date(2013, 1, 1)).days


def write(params, path=DEFAULT_OUT, days=None):
    text = json.dumps(scenario(params, days), indent=1, ensure_ascii=False) + "\n"
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        f.write(text)
    os.replace(tmp, path)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--params", help="JSON with the fitted parameters (default scenarios/historical/fit.json)")
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--days", type=int)
    a = ap.parse_args()
    params = dict(DEFAULT_PARAMS)
    path = a.params or (FIT_FILE if os.path.exists(FIT_FILE) else None)
    if path:
        params.update(json.load(open(path))["parameters"])
    write(params, a.out, a.days)


if __name__ == "__main__":
    main()
