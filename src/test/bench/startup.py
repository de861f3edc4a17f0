#!/usr/bin/env python3
"""Start-up benchmark: gru-drill commands against a bare JVM hello-world, side by side.

Usage (from the repository, after `mvn -q package -DskipTests`):
    python3 src/test/bench/startup.py [--rounds 20]

Builds Hello.java itself and starts it the way the launcher target/gru-drill starts gru-drill (same
java, -XX:TieredStopAtLevel=1, -Xshare:auto, from a jar), without the application's archive. Each round
runs every command once, in turn, so a busy machine slows them all alike; wall time and the peak
resident memory of each process (from wait4) are taken per run, and the medians compared.

Goals (issue: performance): lookups <= 3x Hello's wall time and <= 1.5x its peak RSS; the first interview
question <= 4x. The interview is timed in plain mode with empty standard input: it prints the first
question, finds no answer and ends, so its time is the time to the first question plus the exit.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
LAUNCHER = os.path.join(ROOT, "target", "gru-drill")
JAVA = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"

LOOKUPS = [
    ["show", "6"],
    ["show", "6", "--format", "json"],
    ["search", "reset gate"],
    ["list"],
    ["calc", "params", "--input", "10", "--hidden", "20"],
]


def build_hello(folder):
    source = os.path.join(folder, "Hello.java")
    with open(source, "w") as f:
        f.write('public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n')
    subprocess.run(["javac", "-d", folder, source], check=True)
    jar = os.path.join(folder, "hello.jar")
    subprocess.run(["jar", "cf", jar, "-C", folder, "Hello.class"], check=True)
    return [JAVA, "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-Xshare:auto", "-cp", jar, "Hello"]


def run_once(command, stdin=subprocess.DEVNULL):
    start = time.perf_counter()
    process = subprocess.Popen(command, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"startup.py: {' '.join(command)} exited {code}")
    return elapsed * 1000, usage.ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    rounds = parser.parse_args().rounds
    if not os.access(LAUNCHER, os.X_OK):
        sys.exit("startup.py: build first: mvn -q package -DskipTests")
    work = tempfile.mkdtemp()
    try:
        commands = {"hello": build_hello(work)}
        for args in LOOKUPS:
            commands[" ".join(args)] = [LAUNCHER] + args
        commands["interview (first question)"] = [LAUNCHER, "interview", "--ids", "2", "--no-timer",
                                                  "--data-dir", os.path.join(work, "data")]
        samples = {name: [] for name in commands}
        for _ in range(3):  # warm the file cache
            for command in commands.values():
                run_once(command)
        for _ in range(rounds):
            for name, command in commands.items():
                samples[name].append(run_once(command))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    hello_ms = statistics.median(s[0] for s in samples["hello"])
    hello_mb = statistics.median(s[1] for s in samples["hello"])
    print(f"{rounds} rounds on {os.cpu_count()} cores; medians; hello = {hello_ms:.0f} ms, {hello_mb:.1f} MiB")
    print(f"{'command':40} {'ms':>6} {'x hello':>8} {'goal':>5}  {'MiB':>6} {'x hello':>8} {'goal':>5}")
    failed = False
    for name, runs in samples.items():
        if name == "hello":
            continue
        ms = statistics.median(s[0] for s in runs)
        mb = statistics.median(s[1] for s in runs)
        time_goal = 4.0 if name.startswith("interview") else 3.0
        time_ok = ms / hello_ms <= time_goal
        rss_ok = mb / hello_mb <= 1.5
        failed |= not (time_ok and rss_ok)
        print(f"{name:40} {ms:6.0f} {ms / hello_ms:8.2f} {'ok' if time_ok else 'OVER':>5}  "
              f"{mb:6.1f} {mb / hello_mb:8.2f} {'ok' if rss_ok else 'OVER':>5}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
