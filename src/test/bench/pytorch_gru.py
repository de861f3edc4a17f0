#!/usr/bin/env python3
"""Times PyTorch on the computations the calculators' JMH benchmark (GruBenchmark) times.

float64, batch 1, CPU: nn.GRU(64, 128) over 100 steps, forward and forward + backward (loss = sum of the
outputs, autograd), and one nn.GRUCell(8, 16) step. Each is timed with every thread setting from 1 to
the machine's cores and the best is kept. Prints one JSON object (microseconds per call).
Needs PyTorch (Debian: apt-get install -y python3-torch, then run with /usr/bin/python3).
"""
import json
import os
import timeit

import torch

torch.set_default_dtype(torch.float64)
torch.manual_seed(42)
gru = torch.nn.GRU(64, 128)
xs = torch.rand(100, 1, 64) * 2 - 1
cell = torch.nn.GRUCell(8, 16)
x = torch.rand(1, 8) * 2 - 1
h = torch.rand(1, 16) * 2 - 1


def forward():
    with torch.no_grad():
        gru(xs)


def forward_backward():
    gru.zero_grad()
    out, _ = gru(xs)
    out.sum().backward()


def step():
    with torch.no_grad():
        cell(x, h)


def best_micros(fn, repeat=7):
    fn()
    number = 1
    while timeit.timeit(fn, number=number) < 0.2:
        number *= 2
    return min(timeit.repeat(fn, number=number, repeat=repeat)) / number * 1e6


results = {"torch": torch.__version__, "threads": {}}
for threads in range(1, (os.cpu_count() or 1) + 1):
    torch.set_num_threads(threads)
    results["threads"][threads] = {
        "forward100Steps64x128": best_micros(forward),
        "forwardBackward100Steps64x128": best_micros(forward_backward),
        "step8x16": best_micros(step),
    }
results["best"] = {name: min(r[name] for r in results["threads"].values())
                   for name in ("forward100Steps64x128", "forwardBackward100Steps64x128", "step8x16")}
print(json.dumps(results))
