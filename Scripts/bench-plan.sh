# Sourced by the benchmark scripts: generates the synthetic plan and, for cmark, its Markdown
# bodies alone (front matter removed), one file per chapter.
#
#   prepare_bench_plan PLAN_DIR BODIES_DIR COUNTRIES SECTORS [AGENCY_SHARE=0]
#
# AGENCY_SHARE > 0 writes that fraction of the sentences in one agency's voice (a plan whose
# first lint draws thousands of findings).
prepare_bench_plan() {
  local plan=$1 bodies=$2 countries=$3 sectors=$4 share=${5:-0}
  python3 Scripts/generate-plan.py "$plan" --countries "$countries" --sectors "$sectors" --seed 1 --agency-share "$share" >/dev/null
  rm -rf "$bodies" && mkdir -p "$bodies"
  python3 - "$plan" "$bodies" <<'PY'
import os, sys
src, dst = sys.argv[1], sys.argv[2]
for root, _, files in sorted(os.walk(src)):
    for name in sorted(files):
        text = open(os.path.join(root, name), encoding="utf-8").read()
        body = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text
        rel = os.path.relpath(os.path.join(root, name), src).replace("/", "_")
        open(os.path.join(dst, rel), "w", encoding="utf-8").write(body)
PY
  echo "plan: $(find "$plan" -name '*.md' | wc -l) chapters, $(du -sb "$plan" | cut -f1) bytes in $plan"
}
