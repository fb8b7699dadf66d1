#!/usr/bin/env python3
"""Growth benchmark: how the time of `rrp` grows with each dimension of its input.

    Scripts/bench-growth.py [--runs 3] [--scales 1,2,4,8] [--only partners,depth] [--no-build]

For each dimension (partners, countries, sectors, indicators, findings, line length, voiced
quotations, nesting depth) it generates a plan (or a chapter) at 1x, 2x, 4x and 8x a base size, times the release
build on it (median of --runs runs, after one warm-up run), and prints the time and its ratio to
1x. The goal: every dimension at most about linear, 8x the input in at most 10x the time. Exits
1 when a dimension's 8x ratio is above 10. Needs python3; builds `rrp` in release first
(`swift build -c release --product rrp`) unless --no-build.

What each dimension grows (everything else stays fixed), and the command timed:

  partners     appealing partners, each declared and with one requirement line  `rrp check`
  countries    countries, each with a country chapter and two sector chapters     `rrp check`
  sectors      registry sectors, each with a chapter in one country               `rrp check`
  indicators   indicators in the sector chapters                                 `rrp compile --format json,csv`
  findings     paragraphs with one language finding each                         `rrp check` (text diagnostics)
  line         one paragraph on one line, one finding every 20 bytes              `rrp check` (text diagnostics)
  quotes       one paragraph of quotations attributed to an agency's official    `rrp check` (text diagnostics)
  depth        nesting of block quotes, list items and emphasis in one chapter   `rrp compile --lint`

The plans are built from the small plan in Scripts/generate-plan.py's style: valid front matter,
the required sections, deterministic bytes.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RRP = os.path.join(ROOT, ".build", "release", "rrp")

# ISO 3166-1 alpha-3 codes (the countries dimension needs many distinct ones).
COUNTRIES = """AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN
BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY
SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN
IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV
MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW
PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM
ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB
VUT VEN VNM YEM ZMB ZWE""".split()

REGIONAL_PARTS = ["Regional planning figures", "Strategic objectives", "Regional working groups and sector arrangements",
                  "Regional coordination"]
COUNTRY_PARTS = ["Situation analysis", "Needs and vulnerabilities", "Protection and solutions priorities", "Coordination"]
SECTOR_PARTS = ["Situation analysis", "Needs and vulnerabilities", "Response strategy", "Partnership"]
PROSE = "Refugee households in the border districts face limited access to basic services."


def sections(parts, extra=""):
    return "".join(f"## {p}\n\n{PROSE}\n\n" for p in parts) + extra


def plan_file(countries, sectors, partners):
    lines = ["---", "plan: Illustrative Growth Benchmark Plan", "type: regional", "period: 2026-01-01 to 2026-12-31",
             "version: launch", "language: en", "illustrative: yes", "countries: " + ", ".join(countries), "sectors:"]
    for s in sectors:
        lines += [f"  {s}:", f"    name: Sector {s}"]
    lines.append("partners:")
    for p in partners:
        lines += [f"  {p}:", f"    name: Partner organization {p}", "    type: ingo"]
    lines.append("---")
    return "\n".join(lines) + "\n# Overview\n\n" + sections(REGIONAL_PARTS)


def sector_chapter(country, sector, requirements, indicators=(), body=""):
    fm = ["---", "chapter: sector", f"country: {country}", f"sector: {sector}",
          "population:", "  refugees:", "    planned: 100,000", "    targeted: 50,000"]
    fm += ["locations: Lac, Hadjer-Lamis", "assumptions:", "  - Access to the areas of intervention is maintained."]
    fm.append("indicators:")
    for i in indicators or [f"IND-{country}-{sector}"]:
            fm += [f"  - id: {i}", "    name: People reached", "    unit: people", "    baseline: 1,200", "    target: 3.5"]
    fm.append("requirements:")
    fm += [f"  {p}: USD {a:,}" for p, a in requirements]
    fm.append("---")
    return "\n".join(fm) + "\n" + sections(SECTOR_PARTS, body)


def country_chapter(country):
    return f"---\nchapter: country\ncountry: {country}\n---\n" + sections(COUNTRY_PARTS)


def write(folder, files):
    shutil.rmtree(folder, ignore_errors=True)
    for path, text in files.items():
        full = os.path.join(folder, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w") as f:
            f.write(text)


def simple_plan(sector_body="", sectors=("protection",), partners=("P0001",), indicators=()):
    """One country, the given sectors; every partner has a line in the first sector."""
    files = {"plan.md": plan_file(["TCD"], list(sectors), list(partners)), "TCD/country.md": country_chapter("TCD")}
    for k, s in enumerate(sectors):
        reqs = [(p, 1000 + n) for n, p in enumerate(partners)] if k == 0 else [(partners[0], 1000)]
        files[f"TCD/{s}.md"] = sector_chapter("TCD", s, reqs, indicators if k == 0 else (), sector_body if k == 0 else "")
    return files


# Each dimension: (base size, files for size n, command given the folder and an output folder).
def partners(n):
    ids = [f"P{i:06}" for i in range(n)]
    files = {"plan.md": plan_file(["TCD"], ["protection", "education"], ids), "TCD/country.md": country_chapter("TCD")}
    half = n // 2
    files["TCD/protection.md"] = sector_chapter("TCD", "protection", [(p, 1000 + i) for i, p in enumerate(ids[:half])])
    files["TCD/education.md"] = sector_chapter("TCD", "education", [(p, 1000 + i) for i, p in enumerate(ids[half:])])
    return files


def countries(n):
    codes = COUNTRIES[:n]
    files = {"plan.md": plan_file(codes, ["protection", "education"], ["P0001", "P0002"])}
    for c in codes:
        files[f"{c}/country.md"] = country_chapter(c)
        files[f"{c}/protection.md"] = sector_chapter(c, "protection", [("P0001", 5000)])
        files[f"{c}/education.md"] = sector_chapter(c, "education", [("P0002", 7000)])
    return files


def sectors(n):
    ids = [f"sector-{i:05}" for i in range(n)]
    files = {"plan.md": plan_file(["TCD"], ids, ["P0001"]), "TCD/country.md": country_chapter("TCD")}
    for s in ids:
        files[f"TCD/{s}.md"] = sector_chapter("TCD", s, [("P0001", 5000)])
    return files


def indicators(n):
    per = 500
    ids = [f"sector-{i:04}" for i in range((n + per - 1) // per)]
    files = {"plan.md": plan_file(["TCD"], ids, ["P0001"]), "TCD/country.md": country_chapter("TCD")}
    for k, s in enumerate(ids):
        inds = [f"IND-{k:04}-{i:04}" for i in range(min(per, n - k * per))]
        files[f"TCD/{s}.md"] = sector_chapter("TCD", s, [("P0001", 5000)], inds)
    return files


def findings(n):
    body = "## Partnership notes\n\n" + "".join(f"We will distribute core relief items in district {i}.\n\n" for i in range(n))
    return simple_plan(sector_body=body)


def line(n):
    sentence = "We distribute kits. "  # one `language.first-person` finding every 20 bytes
    body = "## Partnership notes\n\n" + sentence * n + "\n"
    return simple_plan(sector_body=body)


def quotes(n):
    sentence = '"We distribute kits," said the UNHCR spokesperson. '  # one voiced quotation each
    body = "## Partnership notes\n\n" + sentence * n + "\n"
    return simple_plan(sector_body=body)


def depth(n):
    quotes = ">" * n + " deep quote\n\n"
    lists = "".join("  " * 0 + "- " for _ in range(n)) + "deep item\n\n"
    emphasis = "*a " * n + "x" + " b*" * n + "\n"
    return simple_plan(sector_body="## Deep nesting\n\n" + quotes + lists + emphasis)


def check(folder, out):
    return [RRP, "check", folder]


def compile_data(folder, out):
    return [RRP, "compile", folder, "--out", out, "--format", "json,csv", "--diagnostics-format", "line"]


def compile_lint(folder, out):
    return [RRP, "compile", folder, "--out", out, "--lint", "--diagnostics-format", "line"]


DIMENSIONS = {
    "partners": (5_000, partners, check),
    "countries": (24, countries, check),
    "sectors": (250, sectors, check),
    "indicators": (5_000, indicators, compile_data),
    "findings": (2_000, findings, check),
    "line": (3_000, line, check),
    "quotes": (1_000, quotes, check),
    "depth": (5_000, depth, compile_lint),
}


def timed(command, runs):
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
        if result.returncode not in (0, 1):
            sys.exit(f"{' '.join(command)} exited with {result.returncode} (a crash?)")
    return statistics.median(times)


def main():
    a = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    a.add_argument("--runs", type=int, default=3)
    a.add_argument("--scales", default="1,2,4,8")
    a.add_argument("--only", default=",".join(DIMENSIONS))
    a.add_argument("--no-build", action="store_true")
    args = a.parse_args()
    if not args.no_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "rrp"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    scales = [int(s) for s in args.scales.split(",")]
    work = tempfile.mkdtemp(prefix="rrp-growth-")
    failed = []
    print(f"{'dimension':<11} {'1x size':>8} " + " ".join(f"{f'{s}x (s)':>9}" for s in scales) + "  " + " ".join(f"{f'{s}x/1x':>6}" for s in scales[1:]))
    for name in args.only.split(","):
        base, generate, command = DIMENSIONS[name]
        times = []
        for s in scales:
            folder = os.path.join(work, f"{name}-{s}")
            write(folder, generate(base * s))
            times.append(timed(command(folder, os.path.join(work, f"out-{name}-{s}")), args.runs))
            shutil.rmtree(folder, ignore_errors=True)
        ratios = [t / times[0] for t in times[1:]]
        print(f"{name:<11} {base:>8} " + " ".join(f"{t:>9.3f}" for t in times) + "  " + " ".join(f"{r:>6.2f}" for r in ratios), flush=True)
        if scales[-1] == 8 and ratios and ratios[-1] > 10:
            failed.append(name)
    shutil.rmtree(work, ignore_errors=True)
    if failed:
        print("super-linear (8x input above 10x time): " + ", ".join(failed))
        sys.exit(1)


if __name__ == "__main__":
    main()
