#!/usr/bin/env bash
# The CPD import's throughput, without a server: runs the cpd-import job's own chunk writer
# (CpdImportRows: rows checked as typed-in entries, one key look-up per chunk, new entries and their
# claims written in JDBC batches, chunks of 1,000 each committed on its own) against an embedded
# Derby database on disk under ejb/target, and prints rows per second for N rows (default 20,000,
# two claims each): a warm-up import, an import of new entries, and the same file again (every row
# unchanged). The benchmark test is tagged "benchmark" and left out of the normal test run.
#
#   bench/cpd-import.sh [rows]
#
# The end-to-end figure through the server (HTTP, the batch runtime, Payara's pool) is printed by
# CpdImportIT ("[cpd import] 20,000 rows ..."), run through the shared lock as every IT is.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-20000}
./mvnw -B -o test -pl ejb -am -Dtest=CpdImportBenchmark -Dtrellis.test.excludedGroups=none \
  -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true -Dtrellis.bench.rows="$rows" \
  | grep -E '^\[cpd import\]|Tests run:|FAIL|ERROR'
