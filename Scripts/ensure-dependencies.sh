#!/usr/bin/env bash
# Installs what building RRPKit needs when it is missing: libcmark-dev (the cmark C library),
# libisal-dev (ISA-L: the Word documents' deflate) and zlib1g-dev (for ZIPFoundation).
# Optional tools used by some tests and benchmarks are installed with --all.
set -euo pipefail

need=()
pkg-config --exists libcmark 2>/dev/null || need+=(libcmark-dev)
# ISA-L (igzip), which deflates the Word documents' parts (DocxZipWriter).
pkg-config --exists libisal 2>/dev/null || need+=(libisal-dev)
# zlib, which ZIPFoundation (the Word documents' ZIP) links on Linux.
pkg-config --exists zlib 2>/dev/null || need+=(zlib1g-dev)
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
