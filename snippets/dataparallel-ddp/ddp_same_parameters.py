import multiprocessing
import socket

import torch
import torch._dynamo  # DDP() imports it on first use: import it once here, not once in each forked rank
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP
from torch.nn.utils import parameters_to_vector

torch.manual_seed(0)
x, y = torch.rand(8, 4), torch.rand(8, 2)  # the full batch: rank r gets rows 4r to 4r + 3

def train_step(model, rows):
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    nn.functional.mse_loss(model(x[rows]), y[rows]).backward()
    optimizer.step()

def worker(rank, port, queue):
    torch.set_num_threads(1)  # forked after torch ran threaded ops: one thread, or OpenMP may hang the child
    dist.init_process_group("gloo", init_method=f"tcp://127.0.0.1:{port}", rank=rank, world_size=2)
    weights = []  # all parameters as one vector: after DDP(...), after a step; then the same with init_sync=False
    for init_sync in (True, False):
        torch.manual_seed(rank)  # deliberately different initial weights on each rank
        ddp = DDP(nn.Linear(4, 2), init_sync=init_sync)
        weights.append(parameters_to_vector(ddp.parameters()).tolist())
        train_step(ddp, slice(4 * rank, 4 * rank + 4))
        weights.append(parameters_to_vector(ddp.parameters()).tolist())
    queue.put((rank, weights))
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
(_, w0), (_, w1) = sorted(queue.get(timeout=60) for _ in workers)
for w in workers:
    w.join(timeout=60)
(start0, step0, nosync0, nostep0), (start1, step1, nosync1, nostep1) = torch.tensor(w0), torch.tensor(w1)
torch.manual_seed(0)
reference = nn.Linear(4, 2)  # rank 0's initial parameters, in one process
initial = parameters_to_vector(reference.parameters()).detach()
print("after DDP(model), both ranks hold rank 0's initial parameters:", torch.equal(start0, initial) and torch.equal(start1, initial))
assert torch.equal(start0, initial) and torch.equal(start1, initial)  # claim: ddp-broadcasts-init
assert not torch.allclose(nosync0, nosync1)  # claim: init-sync-false
train_step(reference, slice(0, 8))  # one step on the whole batch
print("after one step, rank 0 and rank 1 hold the same parameters:", torch.equal(step0, step1))
assert torch.equal(step0, step1)  # claim: same-after-step
assert torch.allclose(step0, parameters_to_vector(reference.parameters()))  # claim: step-equals-full-batch
assert torch.allclose(nostep0 - nostep1, nosync0 - nosync1)  # claim: never-broadcast-later
