import ast
import inspect
import time

import torch
from torch.utils import benchmark

torch.manual_seed(0)
a = torch.rand(64, 64)
calls = []
step = lambda: calls.append(a @ a)  # one entry per call of the timed statement


def perf_counter_only():
    start = time.perf_counter(); step(); return time.perf_counter() - start


def perf_counter_synced():
    start = time.perf_counter(); step(); torch.cuda.synchronize(); return time.perf_counter() - start


def cuda_events():
    start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
    start.record(); step(); end.record(); end.synchronize(); return start.elapsed_time(end)


def step_calls(fn):  # how often the function's code calls the statement
    return sum(isinstance(node, ast.Call) and getattr(node.func, "id", "") == "step" for node in ast.walk(ast.parse(inspect.getsource(fn))))


hand = {"`time.perf_counter()`": perf_counter_only, "`time.perf_counter()` + `torch.cuda.synchronize()`": perf_counter_synced, "`torch.cuda.Event.elapsed_time()`": cuda_events}
syncs = {name: "synchronize()" in inspect.getsource(fn) for name, fn in hand.items()}
warm = {name: step_calls(fn) > 1 for name, fn in hand.items()}
unit = {name: "ms" if "elapsed_time" in inspect.getsource(fn) else "s" for name, fn in hand.items()}
assert list(syncs.values()) == [False, True, True] and not any(warm.values())  # claim: table-hand
assert "milliseconds" in torch.cuda.Event.elapsed_time.__doc__  # claim: event-ms
assert abs(time.perf_counter_ns() / 1e9 - time.perf_counter()) < 0.01  # perf_counter counts seconds
assert isinstance(perf_counter_only(), float) and len(calls) == 1

calls.clear()
m = benchmark.Timer(stmt="step()", globals={"step": step}).blocked_autorange(min_run_time=0.2)
untimed = len(calls) - m.number_per_run * len(m.times)  # calls made before the timed blocks: warm-up
timer_syncs = "synchronize()" in inspect.getsource(benchmark.utils.timer.timer)  # the Timer's default clock
stats = ", ".join(f"`{name}`" for name in ("median", "iqr", "mean") if isinstance(getattr(m, name), float))
assert timer_syncs and untimed > 0 and stats.count("`") == 6  # claim: table-timer

mark = lambda flag: "✓" if flag else "✗"
print("| Method | Calls synchronize()? | Extra calls before the timed one? | Result |")
print("|---|---|---|---|")
for name in hand:
    print(f"| {name} | {mark(syncs[name])} | {mark(warm[name])} | {step_calls(hand[name])} reading, {unit[name]} |")
print(f"| `Timer.blocked_autorange()` | {mark(timer_syncs)} | {mark(untimed > 0)} | {stats} |")
