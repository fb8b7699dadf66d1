#!/usr/bin/env python3
"""Makes Sources/PlanRender/Resources/world-110m.json, the country outlines the regional map is
drawn from.

    Scripts/make-world-map.py [--wheel PATH] [--out PATH]

Source: Natural Earth, 1:110m Cultural Vectors, Admin 0 - Countries
(https://www.naturalearthdata.com/downloads/110m-cultural-vectors/). Natural Earth is in the
public domain ("No permission is needed to use Natural Earth. Crediting the authors is
unnecessary.", https://www.naturalearthdata.com/about/terms-of-use/); the documents credit it
anyway. The offline copy read here is the one geopandas 0.14.4 ships as
`geopandas/datasets/naturalearth_lowres` (177 countries, ISO 3166-1 alpha-3 codes; geopandas'
script fixed the codes Natural Earth leaves as -99 for France and Norway). PyPI keeps that wheel,
so `pip download --no-deps geopandas==0.14.4` fetches it; pyshp (PyPI) reads the shapefile.

What is kept: each country's rings (outer rings and holes, drawn with the even-odd rule) as
integer hundredths of a degree, rings of fewer than four points dropped, consecutive duplicate
points removed. Kosovo (-99 in the data) gets XKX, the code the UN and
the EU use. The output is deterministic: countries sorted by code, polygons in source order.
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
import zipfile

import shapefile  # pyshp

SOURCE = ("Natural Earth 1:110m Admin 0 - Countries (public domain), "
          "naturalearthdata.com; offline copy: geopandas 0.14.4 naturalearth_lowres")


def wheel_path(given):
    if given:
        return given
    folder = tempfile.mkdtemp()
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "geopandas==0.14.4", "-d", folder], check=True)
    return glob.glob(os.path.join(folder, "geopandas-0.14.4-*.whl"))[0]


def rings(shape):
    parts = list(shape.parts) + [len(shape.points)]
    for start, end in zip(parts, parts[1:]):
        ring = []
        for lon, lat in shape.points[start:end]:
            point = (round(lon * 100), round(lat * 100))
            if not ring or ring[-1] != point:
                ring.append(point)
        if len(ring) >= 4:
            # Outer rings and holes (South Africa's around Lesotho) alike: the map fills each
            # country's rings with the even-odd rule.
            yield ring


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--wheel")
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "Sources", "PlanRender", "Resources", "world-110m.json"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        with zipfile.ZipFile(wheel_path(args.wheel)) as wheel:
            for name in wheel.namelist():
                if "/naturalearth_lowres/" in name:
                    wheel.extract(name, folder)
        reader = shapefile.Reader(os.path.join(folder, "geopandas", "datasets", "naturalearth_lowres", "naturalearth_lowres"))
        countries = {}
        for record, shape in zip(reader.records(), reader.shapes()):
            code = record["iso_a3"]
            if code == "-99" and record["name"] == "Kosovo":
                code = "XKX"
            if len(code) != 3 or not code.isalpha():
                print(f"skipped {record['name']!r}: no ISO code ({code})", file=sys.stderr)
                continue
            polygons = [[c for point in ring for c in point] for ring in rings(shape)]
            if polygons:
                countries.setdefault(code, []).extend(polygons)
    out = {"source": SOURCE, "unit": "hundredths of a degree, longitude then latitude",
           "countries": dict(sorted(countries.items()))}
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(out, f, separators=(",", ":"), sort_keys=False)
        f.write("\n")
    points = sum(len(r) // 2 for polygons in countries.values() for r in polygons)
    print(f"{args.out}: {len(countries)} countries, {points} points, {os.path.getsize(args.out)} bytes")


if __name__ == "__main__":
    main()
