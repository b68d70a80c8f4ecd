#!/usr/bin/env python3
"""Runs every benches/python/*.py under `minion bench` and under CPython in the same
session and prints a Markdown table (medians of N runs; parse+compile excluded for
both). Usage: python3 benches/compare.py [--repeat N] [--async] (build with
`cargo build --release -p minion-cli` first); `--async` runs minion's async executor."""
import pathlib, statistics, subprocess, sys, time

repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 20
flags = ["--async"] if "--async" in sys.argv else []
root = pathlib.Path(__file__).resolve().parent.parent
minion = root / "target" / "release" / "minion"
print("| program | minion median | CPython median | ratio |")
print("|---|---|---|---|")
for path in sorted((root / "benches" / "python").glob("*.py")):
    out = subprocess.run([str(minion), "bench", str(path), "--repeat", str(repeat)] + flags,
                         capture_output=True, text=True, check=True).stdout
    m = int([l for l in out.splitlines() if l.startswith("median_ns=")][-1].split("=")[1])
    code = compile(path.read_text(), "<code>", "exec")
    times = []
    for _ in range(repeat):
        t = time.perf_counter_ns()
        exec(code, {})
        times.append(time.perf_counter_ns() - t)
    p = statistics.median(times)
    fmt = lambda ns: f"{ns / 1e6:.2f} ms" if ns >= 1e5 else f"{ns / 1e3:.2f} µs"
    print(f"| {path.name} | {fmt(m)} | {fmt(p)} | {m / p:.2f}x |")
