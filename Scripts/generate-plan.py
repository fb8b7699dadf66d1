#!/usr/bin/env python3
"""Generates a large synthetic (illustrative) regional plan, deterministic by seed.

    Scripts/generate-plan.py OUT_DIR [--countries 40] [--sectors 12] [--words 2000] [--seed 1]
                                     [--agency-share 0.0]

Every chapter has front matter the compiler accepts and about WORDS words of prose with
headings, lists and links; the plan compiles with no errors. The same arguments always give the
same bytes. Used by Scripts/bench-compile.sh. `--agency-share F` writes a fraction F of the
sentences in one agency's voice, in English, French, Spanish and Chinese (what a team's first
`rrp lint` of an existing plan finds: thousands of findings; Scripts/bench-lint-plan.sh).
"""
import argparse
import os
import random
import shutil

COUNTRIES = ["TCD", "CMR", "NER", "NGA", "SDN", "SSD", "ETH", "KEN", "UGA", "RWA", "BDI", "COD", "CAF", "TZA", "ZMB",
             "MWI", "MOZ", "AGO", "ZAF", "SOM", "DJI", "ERI", "EGY", "LBY", "TUN", "DZA", "MAR", "MLI", "BFA", "MRT",
             "SEN", "GIN", "LBR", "SLE", "CIV", "GHA", "TGO", "BEN", "GAB", "COG", "JOR", "LBN", "IRQ", "TUR", "ARM"]
SECTORS = [("protection", "Protection", ["gbv", "child-protection"], ["OA1", "OA2", "OA4", "OA5"]),
           ("education", "Education", [], ["OA11"]), ("food-security", "Food Security", [], ["OA8"]),
           ("health", "Health", ["mental-health"], ["OA10"]), ("nutrition", "Nutrition", [], ["OA10"]),
           ("livelihoods", "Livelihoods and Resilience", [], ["OA13"]), ("shelter", "Shelter and Settlements", [], ["OA9"]),
           ("wash", "Water, Sanitation and Hygiene", [], ["OA12"]), ("basic-needs", "Basic Needs and Cash", [], ["OA8"]),
           ("logistics", "Logistics", [], ["OA8"]), ("solutions", "Durable Solutions", [], ["OA14", "OA15", "OA16"]),
           ("inclusion", "Social Inclusion", [], ["OA7"])]
TYPES = ["un", "ingo", "nngo", "rlo", "fbo", "red-cross", "academia", "development", "other-io", "private-sector"]
PLACES = ["the border districts", "the northern province", "the capital", "host villages", "the camps", "urban areas",
          "the lake islands", "the river valley", "transit centres", "reception sites"]
SUBJECTS = ["Refugee households", "Host communities", "Women and girls", "Children out of school", "Older persons",
            "Persons with disabilities", "New arrivals", "Young people", "Returnees", "Families headed by women"]
VERBS = ["face", "report", "are affected by", "struggle with", "are exposed to", "describe", "point to", "cope with"]
OBJECTS = ["limited access to basic services", "rising prices of staple food", "long distances to health facilities",
           "overcrowded classrooms", "insecure shelter during the rainy season", "gaps in civil documentation",
           "few opportunities to earn an income", "unsafe water points", "delays in registration", "risks of exploitation"]
ACTIONS = ["expand", "strengthen", "monitor", "coordinate", "deliver", "support", "extend", "sustain", "scale up"]
TARGETS = ["community-based protection networks", "mobile health teams", "cash transfers targeted by vulnerability",
           "accelerated learning programmes", "water supply systems", "shelter repairs", "referral pathways",
           "village savings groups", "legal assistance", "outreach by refugee volunteers"]
AGENCIES = ["UNHCR", "IOM", "UNICEF", "WFP", "UNFPA", "WHO"]
# Agency-centred sentences of the kinds the linter flags (actor, funding, branding, staffing,
# first person, advocacy, `and its partners`), in the four languages.
AGENCY_SENTENCES = [
    "{a} will {v} {t} in {p}.",
    "{a} requires USD {n} million to {v} {t}.",
    "Our teams will {v} {t} in {p}, and we will report monthly.",
    "{a}'s flagship programme will {v} {t} in {p}.",
    "{a} and its partners will {v} {t} in {p}.",
    "{a} has 40 protection staff in {p} and is deeply concerned about {o}.",
    "Le HCR distribuera des articles de première nécessité à {k} ménages dans les camps.",
    "El ACNUR brindará asistencia legal a {k} personas en las zonas fronterizas.",
    "难民署将为{k}户家庭提供住所。",
]


def agency_sentence(r):
    return r.choice(AGENCY_SENTENCES).format(a=r.choice(AGENCIES), v=r.choice(ACTIONS), t=r.choice(TARGETS), p=r.choice(PLACES),
                                             o=r.choice(OBJECTS), n=r.randint(2, 90), k=r.randint(100, 9000))


def sentence(r, agency_share=0.0):
    if agency_share and r.random() < agency_share:
        return agency_sentence(r)
    kind = r.randrange(3)
    if kind == 0:
        return f"{r.choice(SUBJECTS)} in {r.choice(PLACES)} {r.choice(VERBS)} {r.choice(OBJECTS)}."
    if kind == 1:
        return f"RRP partners will {r.choice(ACTIONS)} {r.choice(TARGETS)} in {r.choice(PLACES)}, with {r.choice(TARGETS)}."
    return (f"Since the last assessment, {r.randint(12, 88)} per cent of {r.choice(SUBJECTS).lower()} said they "
            f"{r.choice(VERBS)} {r.choice(OBJECTS)}, according to the [joint survey](https://example.org/survey/{r.randint(1, 999)}).")


def prose(r, words, headings, agency_share=0.0):
    """Sections under the given headings, with paragraphs, lists and sub-headings."""
    out, count, per = [], 0, max(words // len(headings) - 40, 60)
    for heading in headings:
        out.append(f"## {heading}\n")
        written = 0
        while written < per:
            roll = r.random()
            if roll < 0.15:
                out.append(f"### {r.choice(ACTIONS).capitalize()} {r.choice(TARGETS)}\n")
            elif roll < 0.35:
                items = [f"- {r.choice(ACTIONS).capitalize()} {r.choice(TARGETS)} in {r.choice(PLACES)}." for _ in range(r.randint(3, 6))]
                out.append("\n".join(items) + "\n")
                written += sum(len(i.split()) for i in items)
            else:
                para = " ".join(sentence(r, agency_share) for _ in range(r.randint(3, 6)))
                out.append(para + "\n")
                written += len(para.split())
        count += written
    return "\n".join(out)


def main():
    a = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    a.add_argument("out")
    a.add_argument("--countries", type=int, default=40)
    a.add_argument("--sectors", type=int, default=12)
    a.add_argument("--words", type=int, default=2000)
    a.add_argument("--seed", type=int, default=1)
    a.add_argument("--agency-share", type=float, default=0.0)
    args = a.parse_args()
    r = random.Random(args.seed)
    countries = COUNTRIES[:args.countries]
    sectors = SECTORS[:min(args.sectors, len(SECTORS))]
    partners = [(f"P{i:03}", TYPES[i % len(TYPES)]) for i in range(60)]
    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    os.makedirs(args.out)
    total, used, indicator = 0, set(), 0
    for cc in countries:
        os.makedirs(f"{args.out}/{cc}")
        planned = {"refugees": r.randrange(20, 900) * 1000, "host-community": r.randrange(10, 500) * 1000}
        chapters = [(s, None) for s in sectors]
        chapters = chapters[:args.sectors]
        for (sid, _, subs, oas), sub in chapters:
            lines = sorted(r.sample(partners, r.randint(3, 6)))
            reqs = [(p, r.randrange(50, 20000) * 1000) for p, _ in lines]
            total += sum(a for _, a in reqs)
            used.update(p for p, _ in lines)
            fm = [f"---\nchapter: sector\ncountry: {cc}\nsector: {sid}\npopulation:"]
            for group, n in planned.items():
                fm.append(f"  {group}:\n    planned: {n:,}\n    targeted: {n * r.randint(20, 90) // 100:,}")
            fm.append("    sex: female 52%, male 48%\n    age: 0-4 17%, 5-11 21%, 12-17 15%, 18-59 42%, 60+ 5%")
            fm.append("locations: " + ", ".join(f"Province {n}" for n in sorted(r.sample(range(1, 20), 3))))
            fm.append("assumptions:\n  - Access to the areas of intervention is maintained.\n  - Prices remain within ten per cent of the baseline.")
            fm.append("indicators:")
            for _ in range(r.randint(2, 4)):
                indicator += 1
                fm.append(f"  - id: IND-{indicator:05}\n    name: People reached with {r.choice(TARGETS)}\n    outcome-area: {oas[0]}\n"
                          f"    unit: people\n    baseline: {r.randrange(0, 5000):,}\n    target: {r.randrange(5000, 50000):,}")
            fm.append("requirements:\n" + "\n".join(f"  {p}: USD {a:,}" for p, a in reqs))
            body = prose(r, args.words, ["Situation analysis", "Needs and vulnerabilities", "Response strategy", "Partnership"], args.agency_share)
            with open(f"{args.out}/{cc}/{sid}.md", "w") as f:
                f.write("\n".join(fm) + "\n---\n" + body)
        body = prose(r, args.words, ["Situation analysis", "Needs and vulnerabilities", "Protection and solutions priorities", "Coordination"], args.agency_share)
        with open(f"{args.out}/{cc}/country.md", "w") as f:
            f.write(f"---\nchapter: country\ncountry: {cc}\n---\n" + body)
    declared = [(p, t) for p, t in partners if p in used]
    head = ["---", "plan: Illustrative Synthetic Regional Refugee Response Plan", "type: regional",
            "period: 2026-01-01 to 2026-12-31", "version: launch", "language: en", "illustrative: yes",
            "countries: " + ", ".join(countries), "sectors:"]
    for sid, name, subs, oas in sectors:
        head.append(f"  {sid}:\n    name: {name}" + (f"\n    subsectors: {', '.join(subs)}" if subs else "") + f"\n    outcome-areas: {', '.join(oas)}")
    head.append("partners:")
    for p, t in declared:
        head.append(f"  {p}:\n    name: Partner organization {p[1:]}\n    type: {t}")
    head.append(f"headline:\n  requirements: USD {total:,}\n  partners: {len([1 for _, t in declared if t != 'government'])}\n---")
    body = prose(r, args.words, ["Regional planning figures", "Strategic objectives", "Regional working groups", "Regional coordination"], args.agency_share)
    with open(f"{args.out}/plan.md", "w") as f:
        f.write("\n".join(head) + "\n" + body)


if __name__ == "__main__":
    main()
