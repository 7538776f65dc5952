import torch

torch.manual_seed(0)
cell = torch.nn.RNNCell(3, 4)
opt = torch.optim.SGD(cell.parameters(), lr=0.1)
chunks = torch.randn(3, 2, 3)  # a long sequence cut into 3 chunks (batch 2, 3 features)


def train(detach, retain_graph=False):
    h, done = torch.zeros(2, 4), 0
    for x in chunks:
        if detach:
            h = h.detach()  # keep the values, cut the history of earlier chunks
        h = cell(x, h)
        opt.zero_grad()
        h.pow(2).mean().backward(retain_graph=retain_graph)
        opt.step()
        done += 1
    return done


for label, retain_graph, expected in [("bug", False, "backward through the graph a second time"),
                                      ("retain_graph=True", True, "modified by an inplace operation")]:
    try:
        train(detach=False, retain_graph=retain_graph)
    except RuntimeError as error:
        print(f"{label}: RuntimeError: {error}\n")
        assert expected in str(error)
    else:
        raise AssertionError(f"{label} should raise")

done = train(detach=True)  # the fix: h.detach() at the start of each chunk
print(f"fix: h.detach() per chunk, chunks trained: {done} of {len(chunks)}")
assert done == len(chunks)
