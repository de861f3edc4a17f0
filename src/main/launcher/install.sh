#!/bin/sh
# Build step (package phase): installs the launcher next to the jar and builds its class-data-sharing
# archive from the classes that typical commands load. A failed archive only slows start-up, so it
# is reported and the build goes on.
set -u
source_dir=$(cd "$(dirname "$0")" && pwd -P)
target=$(cd "$1" && pwd -P)
jar="$target/gru-drill.jar"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

cp "$source_dir/gru-drill" "$target/gru-drill"
chmod +x "$target/gru-drill"

lists="$target/cds"
rm -rf "$lists" "$target/gru-drill.jsa"
mkdir -p "$lists"
n=0
train() {
    n=$((n + 1))
    "$java" -XX:DumpLoadedClassList="$lists/$n.lst" -cp "$jar" dev.grudrill.Main "$@" >/dev/null 2>&1 </dev/null
}
train show 6
train show 6 --format json
train show 6 --short --format markdown
train list
train list --format json
train search reset gate
train search reset gate --format json
train calc params --input 10 --hidden 20
train calc params --input 10 --hidden 20 --format json
train bank check
train --help
train show --help
printf 'An answer.\n.\n' | "$java" -XX:DumpLoadedClassList="$lists/interview.lst" -cp "$jar" dev.grudrill.Main \
    interview --questions 1 --data-dir "$lists/data" >/dev/null 2>&1

sort -u "$lists"/*.lst > "$lists/classes.txt"
if ! "$java" -Xshare:dump -XX:SharedClassListFile="$lists/classes.txt" -XX:SharedArchiveFile="$target/gru-drill.jsa" \
        -cp "$jar" >"$lists/dump.log" 2>&1; then
    echo "warning: no class-data-sharing archive (see $lists/dump.log); gru-drill will start slower" >&2
fi
exit 0
