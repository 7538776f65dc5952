import torch

torch.manual_seed(0)
pieces = [torch.rand(4) for _ in range(100)]

# bug: grow the result one cat at a time; each call copies everything so far
out, copied = pieces[0], 0
for p in pieces[1:]:
    grown = torch.cat([out, p])
    # new memory every time, holding a copy of all that came before
    assert grown.untyped_storage().data_ptr() != out.untyped_storage().data_ptr()  # claim: loop-allocates
    assert torch.equal(grown[: out.numel()], out)  # claim: loop-copies
    copied += grown.numel()
    out = grown

# fix: collect the pieces in a list, join them once
once = torch.cat(pieces)

print("same result:", torch.equal(out, once))
print("elements written by the loop:", copied)
print("elements written by one cat: ", once.numel())
assert torch.equal(out, once)  # claim: same-result
assert copied == sum(4 * k for k in range(2, 101))  # claim: quadratic
assert once.numel() == 4 * 100  # claim: once-linear
assert torch.equal(torch.stack(pieces), once.view(100, 4))  # claim: stack-rows
