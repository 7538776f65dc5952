import torch

torch.manual_seed(0)
x = torch.randn(4)  # an ordinary tensor
with torch.inference_mode():
    new = x * 2       # allocated inside the block
    view = x[:2]      # only a view of the ordinary x
print("new tensor from inside the block:", new.is_inference())
print("view of an ordinary tensor:      ", view.is_inference())
assert new.is_inference()  # claim: is-inference-new
assert not view.is_inference()  # claim: is-inference-view
