import multiprocessing as mp
import socket

import torch
import torch.distributed as dist
import torch.nn as nn

torch.manual_seed(0)
x = torch.cat([torch.randn(4, 3, 4, 4), torch.randn(4, 3, 4, 4) + 1])  # process r gets x[4r:4r + 4]

def worker(rank, port, queue):
    torch.set_num_threads(1)  # forked after torch ran threaded ops: stay on one thread
    dist.init_process_group("gloo", init_method=f"tcp://127.0.0.1:{port}", rank=rank, world_size=2)
    half, bn = x[4 * rank : 4 * rank + 4], nn.BatchNorm2d(3)
    out = bn(half)  # bug: plain BatchNorm sees only this process's half
    # the fix, by hand: add up per-channel sums, sums of squares and counts over both processes
    totals = torch.stack([half.sum((0, 2, 3)), (half**2).sum((0, 2, 3)), torch.full((3,), 4.0 * 4 * 4)])
    dist.all_reduce(totals)  # sum over the two processes
    mean = totals[0] / totals[2]
    var = totals[1] / totals[2] - mean**2  # biased, as BatchNorm uses
    synced = (half - mean[:, None, None]) / torch.sqrt(var[:, None, None] + bn.eps)
    found = [half.mean((0, 2, 3)), half.var((0, 2, 3), unbiased=False), out, mean, var, synced]
    queue.put((rank, [t.detach().numpy() for t in found]))  # plain arrays cross the process boundary
    # No destroy_process_group(): the group ends with this process. Destroying it can hang (gloo's
    # thread, freeing an all-reduce, waits for the GIL held while joining it: 4 hangs in 226 runs).

with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
ctx = mp.get_context("fork")
queue = ctx.Queue()
procs = [ctx.Process(target=worker, args=(rank, port, queue)) for rank in range(2)]
[p.start() for p in procs]
results = [[torch.from_numpy(a) for a in found] for _, found in sorted(queue.get(timeout=60) for _ in procs)]
[p.join(timeout=60) for p in procs]

full = nn.BatchNorm2d(3)(x)  # one process, the whole batch of 8
full_mean, full_var = x.mean((0, 2, 3)), x.var((0, 2, 3), unbiased=False)
show = lambda t: [round(v, 3) for v in t.tolist()]
print("full batch    mean:", show(full_mean), "var:", show(full_var))
for rank, (half_mean, half_var, out, mean, var, synced) in enumerate(results):
    print(f"rank {rank} alone  mean:", show(half_mean), "var:", show(half_var))
    assert not torch.allclose(half_mean, full_mean, atol=1e-3) and not torch.allclose(half_var, full_var, atol=1e-3)  # claim: half-stats-differ
    assert not torch.allclose(out, full[4 * rank : 4 * rank + 4], atol=1e-3)  # claim: half-outputs-differ
    assert torch.allclose(mean, full_mean, atol=1e-5) and torch.allclose(var, full_var, atol=1e-5)  # claim: sums-give-full
    assert torch.allclose(synced, full[4 * rank : 4 * rank + 4], atol=1e-4)  # claim: sums-give-full
print("rank 0 synced mean:", show(results[0][3]), "var:", show(results[0][4]), "(by hand)")
assert torch.allclose((results[0][0] + results[1][0]) / 2, full_mean, atol=1e-6)  # claim: means-average
assert (full_var > (results[0][1] + results[1][1]) / 2).all()  # claim: vars-dont-average
gap = ((results[0][0] - results[1][0]) / 2) ** 2  # the spread of the two means around the full mean
assert torch.allclose(full_var, (results[0][1] + results[1][1]) / 2 + gap, atol=1e-5)  # claim: vars-dont-average
gn = nn.GroupNorm(1, 3)  # per-sample statistics: a half gives the same rows as the whole batch
assert torch.allclose(gn(x[:4]), gn(x)[:4], atol=1e-6)  # claim: groupnorm-needs-none
