import torch

torch.manual_seed(0)
workers = 4
batch = torch.arange(6)  # the last, smaller batch of an epoch

try:
    a, b, c, d = batch.chunk(workers)  # bug: chunk may return fewer pieces
except ValueError as error:
    print(f"ValueError: {error}")
    assert "expected 4, got 3" in str(error)
else:
    raise AssertionError("unpacking 3 chunks into 4 names should raise")

pairs = list(zip(range(workers), batch.chunk(workers)))
print("zip pairs each worker with a chunk:", len(pairs), "of", workers)
assert len(pairs) == 3  # zip silently drops the last worker

shards = batch.tensor_split(workers)  # fix: exactly one piece per worker
print("tensor_split:", [s.tolist() for s in shards])
assert len(shards) == workers and torch.equal(torch.cat(shards), batch)
