import torch

torch.manual_seed(0)
buf = torch.empty(2, 3, dtype=torch.int32)  # memory is reserved, nothing is written
# The values are whatever the memory held: print only what empty() promises
print("shape:", tuple(buf.shape), "| dtype:", buf.dtype)
assert buf.shape == (2, 3) and buf.dtype == torch.int32  # claim: empty-shape
assert "uninitialized data" in torch.empty.__doc__  # claim: empty-docs

filled = torch.empty(2, 3).fill_(7.0)  # write every element before reading
print(filled)
assert torch.equal(filled, torch.full((2, 3), 7.0))  # claim: empty-fill-full

out = torch.empty(2, 3)
torch.mul(torch.ones(2, 3), 2, out=out)  # or let an operation write into it
print(out)
assert (out == 2).all()  # claim: empty-out
