#!/usr/bin/env bash
# Installs what building RRPKit needs when it is missing: libcmark-dev (the cmark C library) and
# zlib1g-dev (for ZIPFoundation), and libcurl4-openssl-dev for the static release build.
# Optional tools used by some tests and benchmarks are installed with --all.
set -euo pipefail

need=()
pkg-config --exists libcmark 2>/dev/null || need+=(libcmark-dev)
# zlib, which ZIPFoundation (the Word documents' ZIP) links on Linux.
pkg-config --exists zlib 2>/dev/null || need+=(zlib1g-dev)
# libcurl's development link, which the release build (`--static-swift-stdlib`, `make demo`, the
# benchmarks) needs: FlyingFox imports FoundationNetworking, whose static library links -lcurl.
pkg-config --exists libcurl 2>/dev/null || need+=(libcurl4-openssl-dev)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
if [ "${1:-}" = "--all" ]; then
  command -v cmark >/dev/null 2>&1 || need+=(cmark)
  command -v git >/dev/null 2>&1 || need+=(git)
fi
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing ${need[*]} ..." >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
