#!/usr/bin/env python3
"""Generates an FTS-shaped funding export (the FTS flow API's JSON) for a compiled plan,
deterministic by seed.

    Scripts/generate-funding.py PLAN_JSON OUT_FILE [--flows 50000] [--seed 1]

PLAN_JSON is the plan's `plan.json` (`rrp compile --format json`). Most flows go to the plan's
appealing partners, countries and sectors, written as FTS writes them (full names, `Name
(ACRONYM)`, English country names, sector names); about one in twenty is one the compiler must
report: a pledge, an internal flow, a duplicate, a flow dated outside the plan's period, an
organisation or country outside the plan. Used by Scripts/bench-funding.sh.
"""
import argparse
import json
import random


def main():
    a = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    a.add_argument("plan_json")
    a.add_argument("out")
    a.add_argument("--flows", type=int, default=50000)
    a.add_argument("--seed", type=int, default=1)
    args = a.parse_args()
    r = random.Random(args.seed)
    plan = json.load(open(args.plan_json, encoding="utf-8"))
    partners = [p for p in plan["partners"] if p.get("appealing")]
    sectors = plan["sectors"]
    countries = [(p["place"], p["name"]) for p in plan["places"] if p.get("placeKind") == "country"]
    start = int(plan["plan"]["period"]["start"][:4])
    flows, ids = [], []
    for i in range(args.flows):
        partner = r.choice(partners)
        org = partner["name"] if r.random() < 0.5 else f'{partner["name"]} ({partner["id"]})'
        code, name = r.choice(countries)
        sector = r.choice(sectors)["name"]
        status, boundary = r.choice(["paid", "paid", "paid", "commitment"]), "incoming"
        date = f"{start}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T00:00:00Z"
        flow_id = 100000 + i
        roll = r.random()
        if roll < 0.01:
            status = "pledge"
        elif roll < 0.02:
            boundary = "internal"
        elif roll < 0.03 and ids:
            flow_id = r.choice(ids)
        elif roll < 0.04:
            date = f"{start - 1}-12-{r.randint(1, 28):02d}T00:00:00Z"
        elif roll < 0.045:
            org = f"Unlisted Organisation {r.randint(1, 500)}"
        elif roll < 0.05:
            name = "Atlantis"
        ids.append(flow_id)
        dest = [{"type": "Organization", "id": 1, "name": org, "behavior": "single"},
                {"type": "Location", "id": 2, "name": name, "behavior": "single"},
                {"type": "GlobalCluster", "id": 3, "name": sector, "behavior": "single"}]
        flows.append({"id": flow_id, "versionId": 1, "amountUSD": r.randint(5, 5000) * 1000, "status": status,
                      "boundary": boundary, "date": date, "flowType": "Standard",
                      "sourceObjects": [{"type": "Organization", "id": 9, "name": "Illustrative Donor", "behavior": "single"}],
                      "destinationObjects": dest})
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump({"data": {"flows": flows}, "meta": {"language": "en"}}, f, ensure_ascii=False)
        f.write("\n")
    print(f"funding: {len(flows)} flows in {args.out}")


if __name__ == "__main__":
    main()
