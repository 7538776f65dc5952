import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.arange(10.0, device=device)
calls = {"split(3)": x.split(3), "chunk(4)": x.chunk(4), "tensor_split(4)": x.tensor_split(4),
         "unbind()": x.unbind()}

for name, pieces in calls.items():
    shared = all(p.untyped_storage().data_ptr() == x.untyped_storage().data_ptr() for p in pieces)
    print(f"{name:16} {len(pieces):2} pieces, all share x's storage: {shared}")
    assert shared  # claim: pieces-share
    offsets = [p.storage_offset() for p in pieces]
    assert offsets == [sum(p.numel() for p in pieces[:i]) for i in range(len(pieces))]  # claim: offsets-follow

x.split(3)[1][0] = -1.0  # a write into a piece reaches x
print("x[3] =", x[3].item())
assert x[3].item() == -1.0  # claim: write-reaches-x
x.split(3)[2].clone()[0] = 100.0  # a cloned piece is independent
assert x[6].item() == 6.0  # claim: clone-independent

m = torch.arange(12.0, device=device).view(3, 4)
left, right = m.split(2, dim=1)  # along dim 1: still views, but not contiguous
print("m.split(2, dim=1): storage offsets", left.storage_offset(), right.storage_offset(),
      "| contiguous:", left.is_contiguous(), right.is_contiguous())
assert all(p.untyped_storage().data_ptr() == m.untyped_storage().data_ptr() for p in (left, right))  # claim: pieces-share
assert not left.is_contiguous() and not right.is_contiguous() and right.storage_offset() == 2  # claim: dim1-strided
