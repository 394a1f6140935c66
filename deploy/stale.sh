# Sourced by deploy/run-local.sh and deploy/benchmark/run.sh: whether Guihua must be built before they run it.
# stale STAMP [JAR...]: true when STAMP or a JAR is missing, a source changed since STAMP, or a service's
# target/quarkus-app lacks the AppCDS archive of its current build (a plain `./mvnw verify` or `install` rebuilds the
# services without one, and they would start without it: 30-40 % slower, docs/performance.md).
stale() {
  local stamp="$1" f m app
  shift
  [ -f "$stamp" ] || return 0
  for f in "$@"; do
    [ -f "$f" ] || return 0
  done
  for m in $(sed -n 's/^ *\([A-Z]*\)("\([a-z-]*\)", [0-9]*, "[a-z]*")[,;].*/\2/p' deploy/local-stack/src/main/java/cn/guihua/localstack/Service.java); do
    app="$m/target/quarkus-app"
    [ -f "$app/quarkus-run.jar" ] && [ -f "$app/app-cds.jsa" ] && [ ! "$app/quarkus-run.jar" -nt "$app/app-cds.jsa" ] || return 0
  done
  [ -n "$(find . -path ./.local-data -prune -o -path '*/target' -prune -o -path '*/node_modules' -prune -o \
        \( -name '*.java' -o -name '*.properties' -o -name '*.sql' -o -name '*.json' -o -name '*.csv' -o -name 'pom.xml' \) \
        -newer "$stamp" -print -quit)" ]
}
