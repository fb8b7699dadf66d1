#!/usr/bin/env bash
# Times `rrp compile --format pdf` of the synthetic plan (Scripts/bench-plan.sh): every document
# printed by WeasyPrint, the CPU time of rrp and its engines (user + system, children included),
# the wall-clock time and the largest engine's memory; then the regional PDF's pages. With
# `regional`, only the regional document's HTML is printed, by WeasyPrint alone and through rrp's
# launcher (docs/outputs.md, "Speed"), and the two PDFs are compared byte for byte.
#
#   Scripts/bench-pdf.sh [COUNTRIES=40] [SECTORS=12] [all|regional]     (ALONE=0: skip WeasyPrint alone)
#
# Needs WeasyPrint (apt install weasyprint) and GNU time; pdfinfo (poppler-utils) for the pages.
# The regional document of 40 countries alone takes minutes of CPU and 5 GB of memory.
set -euo pipefail
cd "$(dirname "$0")/.."
COUNTRIES=${1:-40}
SECTORS=${2:-12}
WHICH=${3:-all}
WORK=${TMPDIR:-/tmp}/rrp-bench-pdf-$COUNTRIES-$SECTORS
R=$PWD/.build/release/rrp
swift build -c release --product rrp --static-swift-stdlib >/dev/null
mkdir -p "$WORK"
source Scripts/bench-plan.sh
prepare_bench_plan "$WORK/plan" "$WORK/bodies" "$COUNTRIES" "$SECTORS"
pages() { command -v pdfinfo >/dev/null && pdfinfo "$1" | awk '/^Pages:/ {print $2 " pages"}' || true; }
if [ "$WHICH" = regional ]; then
    # The engine's input as rrp gives it: the regional HTML, and the print stylesheet (the same
    # for every document of one paper size) and the launcher, kept by a capturing engine.
    rm -rf "$WORK/capture" && mkdir -p "$WORK/capture"
    cat > "$WORK/capture.sh" <<SH
#!/bin/sh
cp print.css rrp-weasyprint.py '$WORK/capture/'
for last; do :; done
printf '%%PDF-1.7 captured' > "\$last"
SH
    chmod +x "$WORK/capture.sh"
    "$R" compile Samples/lake-basin-rrp --out "$WORK/sample" --format pdf --country NER --pdf-engine "$WORK/capture.sh" >/dev/null
    "$R" compile "$WORK/plan" --out "$WORK/html" --format html >/dev/null
    cp "$WORK/html/regional.html" "$WORK/capture/document.html"
    ENGINE=$(command -v weasyprint)
    PYTHON=$(head -1 "$ENGINE" | cut -c3-)
    ARGS=(-q --pdf-variant pdf/ua-1 --encoding utf-8 --base-url "" -s "$WORK/capture/print.css" -)
    export SOURCE_DATE_EPOCH=1767225600
    echo "regional document: $(du -b "$WORK/capture/document.html" | cut -f1) bytes of HTML"
    /usr/bin/time -f "through the launcher: %U s user, %S s system, %e s wall, %M KB" \
        $PYTHON "$WORK/capture/rrp-weasyprint.py" "$ENGINE" "${ARGS[@]}" "$WORK/through.pdf" < "$WORK/capture/document.html"
    pages "$WORK/through.pdf"
    if [ "${ALONE:-1}" = 1 ]; then
        /usr/bin/time -f "WeasyPrint alone: %U s user, %S s system, %e s wall, %M KB" \
            "$ENGINE" "${ARGS[@]}" "$WORK/alone.pdf" < "$WORK/capture/document.html"
        cmp "$WORK/alone.pdf" "$WORK/through.pdf" && echo "the same bytes"
    fi
    exit 0
fi
rm -rf "$WORK/out"
/usr/bin/time -f "rrp compile --format pdf: %U s user, %S s system (engines included), %e s wall, largest process %M KB" \
    "$R" compile "$WORK/plan" --out "$WORK/out" --format pdf >/dev/null
echo "$(ls "$WORK/out"/*.pdf | wc -l) PDFs, $(du -cb "$WORK/out"/*.pdf | tail -1 | cut -f1) bytes; regional: $(pages "$WORK/out/regional.pdf")"
