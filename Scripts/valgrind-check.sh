#!/usr/bin/env bash
# Runs `rrp check` (cmark parsing, the DSL, the compiler and the linter) under valgrind on a generated chapter and the sample plan, and fails on any
# definite or indirect leak (the cmark tree must be freed; rendered strings too).
# Swift runtime metadata caches show as "possibly lost": they are not leaks of ours.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }
swift build --product rrp >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp/big.md" <<'PY'
import random, sys
random.seed(1)
words = "refugee host community partners protection education water sanitation health shelter".split()
parts = []
for i in range(200):
    prose = " ".join(random.choice(words) for _ in range(80))
    parts.append(f"## Section {i}\n\n{prose} *emph* [link](http://x.org) `code`\n\n- a\n- b\n\n> quote\n")
open(sys.argv[1], "w").write("\n".join(parts))
PY
# Swift's runtime reads uninitialised padding while it instantiates generic metadata
# (swift_initEnumMetadataMultiPayload...): memcheck reports those as "conditional jump" errors
# in libswiftCore, not in our code, so only the leak summary decides.
report=$(valgrind --leak-check=full --errors-for-leak-kinds=definite,indirect \
  .build/debug/rrp check "$tmp/big.md" Samples/lake-basin-rrp "$@" 2>&1 >/dev/null)
echo "$report" | grep -E "(definitely|indirectly|possibly) lost:"
definite=$(echo "$report" | sed -n 's/.*definitely lost: \([0-9,]*\) bytes.*/\1/p' | tr -d ,)
indirect=$(echo "$report" | sed -n 's/.*indirectly lost: \([0-9,]*\) bytes.*/\1/p' | tr -d ,)
if [ "${definite:-0}" != 0 ] || [ "${indirect:-0}" != 0 ]; then
  echo "leak: $definite bytes definitely and $indirect bytes indirectly lost" >&2
  exit 1
fi
echo "no definite or indirect leak"
