#!/usr/bin/env python3
"""Generates an HXL-tagged table of indicator results for a compiled plan, deterministic by seed.

    Scripts/generate-progress.py PLAN_JSON OUT_FILE [--rows 20000] [--seed 1]

PLAN_JSON is the plan's `plan.json` (`rrp compile --format json`). Most rows report a plan
indicator in its country on a day of the plan's period, in the indicator's unit (a percentage
between baseline and target with `%`, a count without), with distinct (indicator, date) pairs
while there are some left; about one row in twenty is one the compiler must report: an unknown
indicator, a country outside the plan, a unit mismatch, a date outside the plan's period.
Rows past the number of distinct pairs repeat a pair (`progress.duplicate`). Used by
Scripts/bench-progress.sh; the same pattern as Scripts/generate-funding.py.
"""
import argparse
import csv
import datetime
import json
import random


def main():
    a = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    a.add_argument("plan_json")
    a.add_argument("out")
    a.add_argument("--rows", type=int, default=20000)
    a.add_argument("--seed", type=int, default=1)
    args = a.parse_args()
    r = random.Random(args.seed)
    plan = json.load(open(args.plan_json, encoding="utf-8"))
    indicators = []
    for place in plan["places"]:
        country = place["place"] if place.get("placeKind") == "country" else ""
        for sector in place["sectors"]:
            for i in sector["indicators"]:
                indicators.append((i, country))
    partners = [p["id"] for p in plan["partners"]]
    start = datetime.date.fromisoformat(plan["plan"]["period"]["start"][:10] if len(plan["plan"]["period"]["start"]) >= 10 else plan["plan"]["period"]["start"] + "-01")
    end_text = plan["plan"]["period"]["end"]
    end = datetime.date.fromisoformat(end_text if len(end_text) >= 10 else end_text + "-28")
    days = (end - start).days + 1
    pairs = [(n, d) for n in range(len(indicators)) for d in range(days)]
    r.shuffle(pairs)

    def value(indicator, percent):
        base = (indicator.get("baseline") or {}).get("value", 0)
        target = (indicator.get("target") or {}).get("value", base + 10)
        low, high = sorted((base, target))
        v = r.uniform(low, high)
        return f"{min(v, 100):.1f}%" if percent else str(int(round(v)))

    rows = []
    for k in range(args.rows):
        n, d = pairs[k] if k < len(pairs) else r.choice(pairs)
        indicator, country = indicators[n]
        percent = indicator.get("unit") == "percent" or (indicator.get("target") or {}).get("kind") == "percent"
        code, when, reached = indicator["id"], start + datetime.timedelta(days=d), value(indicator, percent)
        roll = r.random()
        if roll < 0.0125:
            code = code + "-X"
        elif roll < 0.025:
            country = "ATL"
        elif roll < 0.0375:
            reached = "250" if percent else "45%"
        elif roll < 0.05:
            when = start - datetime.timedelta(days=1 + d % 300)
        rows.append([code, country, reached, when.isoformat(), r.choice(partners)])
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["Indicator", "Country", "Reached", "Date", "Partner"])
        w.writerow(["#indicator+code", "#country+code", "#reached", "#date", "#org"])
        w.writerows(rows)
    print(f"progress: {len(rows)} results for {len(indicators)} indicators in {args.out}")


if __name__ == "__main__":
    main()
