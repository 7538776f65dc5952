import torch

torch.manual_seed(0)
cell = torch.nn.RNNCell(3, 4)
opt = torch.optim.SGD(cell.parameters(), lr=0.1)
chunks = torch.randn(3, 2, 3)  # a long sequence cut into 3 chunks (batch 2, 3 features)


def train(detach, retain_graph=False, step=True):
    h, done = torch.zeros(2, 4), 0
    for x in chunks:
        if detach:
            carried = h
            h = h.detach()  # keep the values, cut the history of earlier chunks
            assert torch.equal(h, carried) and h.grad_fn is None  # claim: detach-cuts
        h = cell(x, h)
        opt.zero_grad()
        h.pow(2).mean().backward(retain_graph=retain_graph)
        if step:
            opt.step()
        done += 1
    return done


for label, retain_graph, expected in [("bug", False, "backward through the graph a second time"),
                                      ("retain_graph=True", True, "modified by an inplace operation")]:
    try:
        train(detach=False, retain_graph=retain_graph)
    except RuntimeError as error:
        print(f"{label}: RuntimeError: {error}\n")
        assert expected in str(error)  # claim: bug-raises, retain-moves-failure
        assert retain_graph or "Specify retain_graph=True" in str(error)  # claim: message-suggests-retain
    else:
        raise AssertionError(f"{label} should raise")
# without opt.step() nothing changes the weights in place, and retain_graph=True goes through
assert train(detach=False, retain_graph=True, step=False) == len(chunks)  # claim: step-is-the-cause

done = train(detach=True)  # the fix: h.detach() at the start of each chunk
print(f"fix: h.detach() per chunk, chunks trained: {done} of {len(chunks)}")
assert done == len(chunks)  # claim: detach-fix
