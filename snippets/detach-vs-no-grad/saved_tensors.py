import torch

torch.manual_seed(0)
x, w = torch.randn(1000, requires_grad=True), torch.randn(1000, requires_grad=True)


def saved_by(fn):  # how many times the operations in fn() save a tensor for backward
    saved = []
    with torch.autograd.graph.saved_tensors_hooks(lambda t: saved.append(t) or t, lambda t: t):
        fn()
    return len(saved)


with_w = lambda a: ((a * w).sin() * a).sum()  # w requires grad too
alone = lambda a: (a.sin() * a).exp().sum()  # only a
for name, f in {"with w": with_w, "alone": alone}.items():
    counts = [saved_by(lambda: f(x)), saved_by(lambda: f(x.detach()))]
    with torch.no_grad():
        counts.append(saved_by(lambda: f(x)))
    print(f"{name + ':':8} nothing {counts[0]}, x.detach() {counts[1]}, no_grad() {counts[2]}")
    if name == "with w":
        assert counts[0] > counts[1] > 0 and counts[2] == 0  # claim: detach-saves-less
    else:
        assert counts[0] > 0 and counts[1] == counts[2] == 0  # claim: detach-alone-none
assert "called every time an operation saves a tensor for backward" in " ".join(
    torch.autograd.graph.saved_tensors_hooks.__doc__.split())  # claim: pack-hook-doc
assert "It will reduce memory consumption" in " ".join(torch.no_grad.__doc__.split())  # claim: no-grad-memory-doc
