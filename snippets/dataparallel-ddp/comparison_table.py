import multiprocessing
import os
import socket

import torch
import torch._dynamo  # DDP() imports it on first use: import it once here, not once in each forked rank
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP

def make_model(seen):
    model = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 2))
    model.register_forward_hook(lambda m, args, out: seen.append((os.getpid(), args[0].shape[0])))
    return model

def worker(rank, port, queue):
    torch.set_num_threads(1)  # forked after torch ran threaded ops: one thread, or OpenMP may hang the child
    dist.init_process_group("gloo", init_method=f"tcp://127.0.0.1:{port}", rank=rank, world_size=2)
    torch.manual_seed(0)
    seen = []
    model = make_model(seen)
    ddp = DDP(model)
    ddp(torch.rand(8, 4)[rank * 4:(rank + 1) * 4])  # each rank is given its own half of the batch
    queue.put((rank, seen, list(ddp.state_dict()), ddp.module is model))
    # No destroy_process_group(): the group ends with this process. Destroying it can hang (gloo's
    # thread, freeing an all-reduce, waits for the GIL held while joining it: 4 hangs in 226 runs).

torch.manual_seed(0)
seen = []
model = make_model(seen)
dp = nn.DataParallel(model)
dp(torch.rand(8, 4))
rows = {"nn.DataParallel(model)": (seen, list(dp.state_dict()), dp.module is model)}

context = multiprocessing.get_context("fork")
with socket.socket() as sock:  # a free port for the two ranks to meet on
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
queue = context.Queue()
workers = [context.Process(target=worker, args=(rank, port, queue), daemon=True) for rank in range(2)]
for w in workers:
    w.start()
results = sorted(queue.get(timeout=60) for _ in workers)
for w in workers:
    w.join(timeout=60)
ddp_seen = [call for _, calls, _, _ in results for call in calls]
rows["DistributedDataParallel(model), world_size=2"] = (ddp_seen, results[0][2], all(r[3] for r in results))

print("| wrapper | processes that ran forward | rows per forward call | first state_dict key | .module is the model? |")
print("|---|---|---|---|---|")
for name, (calls, keys, same) in rows.items():
    print(f"| `{name}` | {len({pid for pid, _ in calls})} | `{[n for _, n in calls]}` | `{keys[0]}` | {'✓' if same else '✗'} |")

assert [pid for pid, _ in seen] == [os.getpid()] and [n for _, n in seen] == [8]  # claim: dp-one-call
ddp_pids = {pid for pid, _ in ddp_seen}
assert len(ddp_pids) == 2 and os.getpid() not in ddp_pids and [n for _, n in ddp_seen] == [4, 4]  # claim: ddp-process-per-rank
assert all(w.exitcode == 0 for w in workers)  # claim: ddp-process-per-rank
every_key = [k for _, keys, _ in rows.values() for k in keys] + results[1][2]  # rank 1's keys too
assert all(k.startswith("module.") for k in every_key)  # claim: both-prefix
assert all(same for _, _, same in rows.values())  # claim: both-wrap
