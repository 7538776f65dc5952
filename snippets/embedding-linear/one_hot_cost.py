import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
V, D = 10_000, 16  # vocabulary of 10,000 ids, vectors of size 16
idx = torch.randint(0, V, (4, 64))  # 4 sequences of 64 ids
one_hot = F.one_hot(idx, V)
print("ids:    ", tuple(idx.shape), idx.dtype, idx.numel() * idx.element_size(), "bytes")
print("one-hot:", tuple(one_hot.shape), one_hot.dtype, one_hot.numel() * one_hot.element_size(), "bytes")
assert one_hot.shape == (4, 64, V) and one_hot.dtype == torch.int64  # claim: one-hot-int64
assert one_hot.numel() == idx.numel() * V  # claim: one-hot-size
assert one_hot.numel() * one_hot.element_size() == V * idx.numel() * idx.element_size()  # claim: one-hot-size
as_float = one_hot.float()  # what nn.Linear needs
print("one-hot as float32:", as_float.numel() * as_float.element_size(), "bytes")
assert 2 * as_float.numel() * as_float.element_size() == one_hot.numel() * one_hot.element_size()  # claim: float-half


def kept_for_backward(layer, x):
    saved = []
    with torch.autograd.graph.saved_tensors_hooks(lambda t: saved.append(t) or t, lambda t: t):
        layer(x).sum().backward()
    return [(tuple(t.shape), t.numel()) for t in saved]


print("Embedding keeps:", kept_for_backward(nn.Embedding(V, D), idx))
print("Linear keeps:   ", kept_for_backward(nn.Linear(V, D, bias=False), as_float))
assert kept_for_backward(nn.Embedding(V, D), idx) == [((4, 64), idx.numel())]  # claim: embedding-keeps-ids
# claim: linear-keeps-one-hot
assert kept_for_backward(nn.Linear(V, D, bias=False), as_float) == [((idx.numel(), V), one_hot.numel())]
