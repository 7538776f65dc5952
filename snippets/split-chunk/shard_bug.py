import torch

torch.manual_seed(0)
workers = 4
for full in (8, 32):  # full-size batches unpack fine
    a, b, c, d = torch.arange(full).chunk(workers)
    assert sum(map(len, (a, b, c, d))) == full  # claim: full-batch-works
batch = torch.arange(6)  # the last, smaller batch of an epoch

try:
    a, b, c, d = batch.chunk(workers)  # bug: chunk may return fewer pieces
except ValueError as error:
    print(f"ValueError: {error}")
    assert "expected 4, got 3" in str(error)  # claim: unpack-fails
else:
    raise AssertionError("unpacking 3 chunks into 4 names should raise")

pairs = list(zip(range(workers), batch.chunk(workers)))
print("zip pairs each worker with a chunk:", len(pairs), "of", workers)
assert len(pairs) == 3  # claim: zip-drops-worker

shards = batch.tensor_split(workers)  # fix: exactly one piece per worker
print("tensor_split:", [s.tolist() for s in shards])
assert len(shards) == workers and torch.equal(torch.cat(shards), batch)  # claim: tensor-split-four
