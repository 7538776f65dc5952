import torch

torch.manual_seed(0)
x, y = torch.randn(3, 4), torch.randn(3, 4)
u = torch.rand(3, 4) * 2 - 1  # in [-1, 1) for arccos
pairs = [  # alias, original, arguments for both
    ("clip", "clamp", (x, -0.5, 0.5)), ("absolute", "abs", (x,)),
    ("concat", "cat", ([x, y], 1)), ("concatenate", "cat", ([x, y], 1)),
    ("multiply", "mul", (x, y)), ("divide", "div", (x, y)), ("subtract", "sub", (x, y)),
    ("negative", "neg", (x,)), ("greater", "gt", (x, y)), ("arccos", "acos", (u,)),
    ("fix", "trunc", (x * 3,)), ("swapaxes", "transpose", (x, 0, 1)), ("moveaxis", "movedim", (x, 0, 1)),
]
print("| alias | original | same results? | same object? |")
print("|---|---|---|---|")
for alias, original, args in pairs:
    a, b = getattr(torch, alias), getattr(torch, original)
    same_result = torch.equal(a(*args), b(*args))
    same_object = a is b
    assert same_result and not same_object
    assert f":func:`torch.{original}`" in a.__doc__  # "Alias for/of torch.<original>"
    print(f"| `torch.{alias}` | `torch.{original}` | {'✓' if same_result else '✗'} | {'✓' if same_object else '✗'} |")
