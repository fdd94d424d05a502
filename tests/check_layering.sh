#!/usr/bin/env bash
# The include rules of ARCHITECTURE.md: analysis/ includes nothing of
# protocol/, codegen/ or server/; protocol/ includes nothing of ours;
# codegen/ only analysis/; only codegen/ sees LLVM; only protocol/ and server/
# see JSON and Asio.
set -u
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
failures=0
check() {  # folder, forbidden include pattern, reason
  local hits
  hits=$(grep -rnE "#include [<\"]($2)" "$1" --include='*.h' --include='*.cpp' --include='*.def' 2>/dev/null)
  if [ -n "$hits" ]; then
    echo "layering: $3"
    echo "$hits"
    failures=$((failures + 1))
  fi
}
check analysis 'server/|protocol/|codegen/|llvm/|nlohmann/|asio' "analysis/ must not include server/, protocol/, codegen/, LLVM, JSON or Asio"
check protocol 'analysis/|server/|codegen/|llvm/' "protocol/ must know nothing of Rust"
check codegen 'server/|protocol/|nlohmann/|asio' "codegen/ may include only analysis/"
check server 'llvm/' "only codegen/ sees LLVM"
passed=$((4 - failures))
echo "$passed passed, $failures failed"
[ $failures -eq 0 ]
