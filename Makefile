# The two quick-start commands: `make demo` (check and compile the sample plan) and `make test`.
# Both install libcmark-dev first when it is missing. Release builds link the Swift runtime
# statically: `rrp` starts about 5 ms sooner (no dynamic symbol resolution) and the binary runs
# on a machine without a Swift toolchain (it still needs libcmark).
SAMPLE ?= Samples/lake-basin-rrp
OUT ?= out/lake-basin-rrp

.PHONY: demo test deps release

deps:
	@Scripts/ensure-dependencies.sh

demo: deps
	swift build -c release --product rrp --static-swift-stdlib
	.build/release/rrp check $(SAMPLE)
	.build/release/rrp compile $(SAMPLE) --out $(OUT)

test: deps
	@Scripts/ensure-dependencies.sh --all
	swift test

release: deps
	swift build -c release --product rrp --static-swift-stdlib
