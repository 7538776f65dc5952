import multiprocessing as mp
import socket

import torch
import torch.distributed as dist
import torch.nn as nn

torch.manual_seed(0)
x = torch.cat([torch.randn(4, 3, 4, 4), torch.randn(4, 3, 4, 4) + 1])  # process r gets x[4r:4r + 4]
norm = lambda t, mean, var: (t - mean[:, None, None]) / torch.sqrt(var[:, None, None] + 1e-5)

def rows(half):  # the same four layers, inside or outside a process group
    own = norm(half, half.mean((0, 2, 3)), half.var((0, 2, 3), unbiased=False))
    full = norm(x, x.mean((0, 2, 3)), x.var((0, 2, 3), unbiased=False))[: len(half)]
    stored = norm(half, torch.full((3,), 0.5), torch.full((3,), 2.0))
    found = []
    for layer in (nn.BatchNorm2d, nn.SyncBatchNorm):
        for mode in ("train", "eval"):
            bn = getattr(layer(3), mode)()
            bn.running_mean.fill_(0.5), bn.running_var.fill_(2.0)  # unlike both batches' statistics
            try:
                out = bn(half)
                used = tuple(torch.allclose(out, ref, atol=1e-5) for ref in (own, full, stored))
            except ValueError as error:
                used = str(error)
            found.append((layer.__name__, mode, dist.is_initialized(), used))
    return found

def worker(rank, port, queue):
    torch.set_num_threads(1)  # forked after torch ran threaded ops: stay on one thread
    dist.init_process_group("gloo", init_method=f"tcp://127.0.0.1:{port}", rank=rank, world_size=2)
    queue.put((rank, rows(x[4 * rank : 4 * rank + 4])))
    # No destroy_process_group(): the group ends with this process. Destroying it can hang (gloo's
    # thread, freeing an all-reduce, waits for the GIL held while joining it: 4 hangs in 226 runs).

with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
ctx = mp.get_context("fork")
queue = ctx.Queue()
procs = [ctx.Process(target=worker, args=(rank, port, queue)) for rank in range(2)]
[p.start() for p in procs]
ranks = dict(queue.get(timeout=60) for _ in procs)
[p.join(timeout=60) for p in procs]

table = rows(x[:4]) + ranks[0]  # outside any process group (this process), then rank 0 of the gloo group
mark = {True: "✓", False: "✗"}
print("| layer | mode | dist.is_initialized() | forward on CPU | own half | full batch | running stats |")
print("|---|---|---|---|---|---|---|")
for name, mode, group, used in table:
    cells = ["✓"] + [mark[u] for u in used] if isinstance(used, tuple) else ["`ValueError`", "—", "—", "—"]
    print(f"| `{name}` | `{mode}()` | {mark[group]} | " + " | ".join(cells) + " |")

own, running = (True, False, False), (False, False, True)
message = "SyncBatchNorm expected input tensor to be on GPU or XPU or privateuseone"
assert [row[3] for row in table] == [own, running] * 3 + [message, running]  # claim: table-where
assert ranks[0] == ranks[1]  # claim: table-where
assert [r[3] for r in table[0:2]] == [r[3] for r in table[4:6]]  # claim: bn-ignores-group
assert [r[3] for r in table[2:4]] == [r[3] for r in table[0:2]]  # claim: sbn-alone-is-bn
assert not any(isinstance(r[3], tuple) and r[3][1] for r in table)  # claim: none-full-on-cpu
