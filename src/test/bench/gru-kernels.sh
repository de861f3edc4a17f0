#!/bin/sh
# Calculators vs PyTorch, side by side on this machine: runs the JMH benchmark of the engine
# (GruBenchmark) and pytorch_gru.py, then prints Java / PyTorch for each computation and the goal.
#   src/test/bench/gru-kernels.sh            (needs Maven, and python3 with PyTorch for the comparison)
# Goals: forward + backward over 100 steps at (64, 128) <= 0.5 x PyTorch; one step at (8, 16) <= 0.1 x.
set -eu
cd "$(dirname "$0")/../../.."
python=${PYTHON:-/usr/bin/python3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mvn -q -B test-compile -De2e.skip=true
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="target/test-classes:target/classes:$(cat "$work/cp.txt")"

echo "JMH (2 forks x 5 s warm-up + 5 x 1 s measurement) ..." >&2
java -cp "$cp" org.openjdk.jmh.Main GruBenchmark -f 2 -wi 5 -w 1s -i 5 -r 1s -rf json -rff "$work/jmh.json" >&2

echo "PyTorch ..." >&2
"$python" src/test/bench/pytorch_gru.py > "$work/torch.json"

"$python" - "$work/jmh.json" "$work/torch.json" <<'PY'
import json, sys
jmh = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"]["score"] for r in json.load(open(sys.argv[1]))}
torch = json.load(open(sys.argv[2]))
goals = {"forwardBackward100Steps64x128": 0.5, "step8x16": 0.1, "forward100Steps64x128": None}
print(f"PyTorch {torch['torch']}, best of {len(torch['threads'])} thread settings; microseconds per call")
print(f"{'computation':32} {'Java':>10} {'PyTorch':>10} {'ratio':>7}  goal")
for name, goal in goals.items():
    ratio = jmh[name] / torch["best"][name]
    verdict = "" if goal is None else (f"<= {goal}  " + ("met" if ratio <= goal else "NOT met"))
    print(f"{name:32} {jmh[name]:10.1f} {torch['best'][name]:10.1f} {ratio:7.3f}  {verdict}")
PY
