#!/usr/bin/env bash
# Benchmarks against the local stack, started on a temporary data directory and stopped afterwards.
#
#   deploy/benchmark/run.sh ingest [ROWS]   bulk ingest through indicator-service's HTTP API vs plain JDBC
#                                           batches, then the time until plan-service applied every event
#
# It uses the fixed ports of the local stack (15432, 19092, 8081-8084): run it where no stack is running, and
# when several people share a machine, under flock: flock /tmp/guihua-stack.lock deploy/benchmark/run.sh ingest
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

jar="deploy/benchmark/target/benchmark.jar"
missing=0
for m in plan-service indicator-service emergency-service subsidy-service; do
  [ -f "$m/target/quarkus-app/quarkus-run.jar" ] || missing=1
done
if [ ! -f "$jar" ] || [ "$missing" = 1 ]; then
  echo "Building (./mvnw -B package -DskipTests) ..." >&2
  ./mvnw -B -q package -DskipTests >&2
fi

data="$(mktemp -d -t guihua-bench-XXXXXX)"
trap 'rm -rf "$data"' EXIT
java -Xmx2g -Djava.util.logging.manager=org.jboss.logmanager.LogManager -jar "$jar" --root "$root" --data-dir "$data" "$@"
