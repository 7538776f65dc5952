import multiprocessing as mp
import socket

import torch
import torch.distributed as dist
import torch.nn as nn
from torch.nn.parallel import DistributedDataParallel as DDP

torch.manual_seed(0)
x = torch.cat([torch.randn(4, 3, 4, 4), torch.randn(4, 3, 4, 4) + 1])  # process r gets x[4r:4r + 4]

def worker(rank, port, queue):
    torch.set_num_threads(1)  # forked after torch ran threaded ops: stay on one thread
    dist.init_process_group("gloo", init_method=f"tcp://127.0.0.1:{port}", rank=rank, world_size=2)
    half, found = x[4 * rank : 4 * rank + 4], {}
    plain = DDP(nn.BatchNorm2d(3))  # no conversion at all
    found["DDP(BatchNorm2d) uses the own half only"] = torch.allclose(plain(half), nn.BatchNorm2d(3)(half))
    try:  # the documented order: convert, then wrap
        DDP(nn.SyncBatchNorm.convert_sync_batchnorm(nn.BatchNorm2d(3)))
    except ValueError as error:
        found["convert, then DDP"] = f"ValueError: {error}"
    late = nn.SyncBatchNorm.convert_sync_batchnorm(DDP(nn.Sequential(nn.BatchNorm2d(3))))  # wrap, then convert
    found["DDP, then convert: inner layer"] = type(late.module[0]).__name__
    try:
        late(half)
    except ValueError as error:
        found["DDP, then convert: forward"] = f"ValueError: {error}"
    queue.put((rank, found))
    # No destroy_process_group(): the group ends with this process. Destroying it can hang (gloo's
    # thread, freeing an all-reduce, waits for the GIL held while joining it: 4 hangs in 226 runs).

with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
ctx = mp.get_context("fork")
queue = ctx.Queue()
procs = [ctx.Process(target=worker, args=(rank, port, queue)) for rank in range(2)]
[p.start() for p in procs]
ranks = dict(queue.get(timeout=120) for _ in procs)
[p.join(timeout=60) for p in procs]

for step, outcome in ranks[0].items():
    print(f"{step}: {outcome}")
found = list(ranks[0].values())
assert ranks[0] == ranks[1] and found[0] is True  # claim: ddp-leaves-bn
assert found[1] == "ValueError: SyncBatchNorm layers only work with GPU modules"  # claim: ddp-checks-at-wrap
assert found[2] == "SyncBatchNorm"  # claim: wrap-then-convert
assert "expected input tensor to be on GPU" in found[3]  # claim: wrap-then-convert-forward
doc = " ".join(nn.SyncBatchNorm.__doc__.split())
assert "before wrapping Network with DDP" in doc and "single GPU per process" in doc  # claim: docs-order
