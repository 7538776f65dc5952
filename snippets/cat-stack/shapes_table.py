import torch

torch.manual_seed(0)
a, b = torch.rand(3), torch.rand(3)        # 1-D, shape (3,)
A, B = torch.rand(2, 3), torch.rand(2, 3)  # 2-D, shape (2, 3)
calls = [  # (call, inputs, function)
    ("torch.cat([a, b])", (a, b), lambda: torch.cat([a, b])),
    ("torch.stack([a, b])", (a, b), lambda: torch.stack([a, b])),
    ("torch.stack([a, b], dim=1)", (a, b), lambda: torch.stack([a, b], dim=1)),
    ("torch.hstack([a, b])", (a, b), lambda: torch.hstack([a, b])),
    ("torch.vstack([a, b])", (a, b), lambda: torch.vstack([a, b])),
    ("torch.cat([A, B])", (A, B), lambda: torch.cat([A, B])),
    ("torch.cat([A, B], dim=1)", (A, B), lambda: torch.cat([A, B], dim=1)),
    ("torch.stack([A, B])", (A, B), lambda: torch.stack([A, B])),
    ("torch.hstack([A, B])", (A, B), lambda: torch.hstack([A, B])),
    ("torch.vstack([A, B])", (A, B), lambda: torch.vstack([A, B])),
]
shapes, results = [], []
print("| call | inputs | output shape |")
print("|---|---|---|")
for call, inputs, fn in calls:
    results.append(fn())
    shapes.append(tuple(results[-1].shape))
    given = ", ".join(str(tuple(t.shape)) for t in inputs)
    print(f"| `{call}` | `{given}` | `{shapes[-1]}` |")

assert all(isinstance(out, torch.Tensor) for out in results)  # claim: list-in-tensor-out
assert shapes == [(6,), (2, 3), (3, 2), (6,), (2, 3), (4, 3), (2, 6), (2, 2, 3), (2, 6), (4, 3)]  # claim: table-shapes
ndim = dict(zip([c for c, _, _ in calls], [len(shape) for shape in shapes]))
assert ndim["torch.cat([a, b])"] == 1 and ndim["torch.cat([A, B], dim=1)"] == 2  # claim: cat-keeps-ndim
assert ndim["torch.stack([a, b])"] == 2 and ndim["torch.stack([A, B])"] == 3  # claim: stack-adds-dim
assert shapes[3] == (6,) and shapes[8] == (2, 6)  # claim: hstack-1d, hstack-2d
