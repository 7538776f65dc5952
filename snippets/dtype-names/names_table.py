import torch

torch.manual_seed(0)
pairs = [("float", "float32"), ("double", "float64"), ("half", "float16"), ("long", "int64"),
         ("int", "int32"), ("short", "int16"), ("cfloat", "complex64"), ("cdouble", "complex128")]
print("| Short name | Full name | Same object (is)? | x.type() of a CPU tensor | Bytes per element |")
print("|---|---|---|---|---|")
same, type_names = [], []
for short, full in pairs:
    a, b = getattr(torch, short), getattr(torch, full)
    x = torch.zeros(1, dtype=a)
    same.append(a is b)
    type_names.append(x.type())
    print(f"| `torch.{short}` | `torch.{full}` | {'✓' if a is b else '✗'} | `'{x.type()}'` | {x.element_size()} |")

assert all(same)  # claim: table-same-object
# claim: table-type-names
assert type_names == ["torch.FloatTensor", "torch.DoubleTensor", "torch.HalfTensor", "torch.LongTensor",
                      "torch.IntTensor", "torch.ShortTensor", "torch.ComplexFloatTensor", "torch.ComplexDoubleTensor"]
assert [torch.zeros(1, dtype=getattr(torch, s)).element_size() for s, _ in pairs] == [4, 8, 2, 8, 4, 2, 8, 16]  # claim: table-bytes
assert all(torch.zeros(1, dtype=getattr(torch, f)).element_size() * 8 == int(f.strip("floatincomplex")) for _, f in pairs)  # claim: table-bytes
