import multiprocessing
import socket

import torch
import torch._dynamo  # DDP() imports it on first use: import it once here, not once in each forked rank
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP

torch.manual_seed(0)
x, y = torch.rand(8, 4), torch.rand(8, 2)  # the full batch: rank r gets rows 4r to 4r + 3

def gradients(wrap, rows, reduction):
    torch.manual_seed(1)  # the same initial weights everywhere
    model = wrap(nn.Linear(4, 2))
    nn.functional.mse_loss(model(x[rows]), y[rows], reduction=reduction).backward()
    return torch.cat([p.grad.flatten() for p in model.parameters()])  # weight and bias, as one vector

def worker(rank, port, queue):
    torch.set_num_threads(1)  # forked after torch ran threaded ops: one thread, or OpenMP may hang the child
    dist.init_process_group("gloo", init_method=f"tcp://127.0.0.1:{port}", rank=rank, world_size=2)
    queue.put((rank, [gradients(DDP, slice(4 * rank, 4 * rank + 4), r).tolist() for r in ("mean", "sum")]))
    # No destroy_process_group(): the group ends with this process. Destroying it can hang (gloo's
    # thread, freeing an all-reduce, waits for the GIL held while joining it: 4 hangs in 226 runs).

context = multiprocessing.get_context("fork")
with socket.socket() as sock:  # a free port for the two ranks to meet on
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
queue = context.Queue()
workers = [context.Process(target=worker, args=(rank, port, queue), daemon=True) for rank in range(2)]
for w in workers:
    w.start()
(mean0, sum0), (mean1, sum1) = [map(torch.tensor, g) for _, g in sorted(queue.get(timeout=60) for _ in workers)]
for w in workers:
    w.join(timeout=60)
local0, local1 = (gradients(nn.Identity(), slice(4 * r, 4 * r + 4), "mean") for r in range(2))  # one process per half
full_mean, full_sum = (gradients(nn.Identity(), slice(0, 8), r) for r in ("mean", "sum"))  # one process, all 8 rows
for name, g in [("one process, rows 0-3", local0), ("one process, rows 4-7", local1), ("DDP, rank 0", mean0),
                ("DDP, rank 1", mean1), ("one process, all rows", full_mean)]:
    print(f"{name:>22}:", " ".join(f"{v:+.4f}" for v in g.tolist()))
assert not torch.allclose(local0, local1)  # claim: local-grads-differ
assert torch.equal(mean0, mean1) and torch.equal(sum0, sum1)  # claim: ddp-same-grads
assert torch.allclose(mean0, (local0 + local1) / 2)  # claim: ddp-average
assert torch.allclose(mean0, full_mean)  # claim: ddp-equals-full-batch
# claim: sum-halved
assert torch.allclose(sum0, full_sum / 2) and not torch.allclose(sum0, full_sum)  # summed loss: still averaged over ranks
