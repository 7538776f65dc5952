import torch
from torch.utils.data import DistributedSampler

torch.manual_seed(0)
rows = [(10, False, False), (10, True, False), (11, False, False), (11, False, True), (11, True, False), (11, True, True)]
print("| sampler | rank 0 | rank 1 | len() per rank | on both ranks | never drawn |")
print("|---|---|---|---|---|---|")
found = []
for n, shuffle, drop_last in rows:
    dataset = list(range(n))
    samplers = [DistributedSampler(dataset, num_replicas=2, rank=r, shuffle=shuffle, drop_last=drop_last) for r in (0, 1)]
    r0, r1 = (list(s) for s in samplers)
    lengths = sorted({len(s) for s in samplers})
    both = sorted(set(r0) & set(r1))
    never = sorted(set(dataset) - set(r0) - set(r1))
    found.append((lengths, both, never, r0[0]))
    print(f"| `n={n}, shuffle={shuffle}, drop_last={drop_last}` | `{r0}` | `{r1}` | {lengths[0]} | `{both}` | `{never}` |")

# claim: table-split
assert [f[0] for f in found] == [[5], [5], [6], [5], [6], [5]]
# claim: even-split-exact
assert all(both == [] and never == [] for _, both, never, _ in found[:2])
# claim: pad-repeats
assert all(found[i][1] == [found[i][3]] and found[i][2] == [] for i in (2, 4))  # rank 0's first index, again
# claim: drop-tail
assert all(found[i][1] == [] and len(found[i][2]) == 1 for i in (3, 5))
