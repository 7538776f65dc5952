import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(4, requires_grad=True)  # a leaf that requires grad, e.g. an input you optimise
forms = {"F.relu(x, inplace=True)": lambda t: F.relu(t, inplace=True),
         "nn.ReLU(inplace=True)(x)": torch.nn.ReLU(inplace=True), "x.relu_()": lambda t: t.relu_()}
for name, relu in forms.items():
    try:
        relu(x)
    except RuntimeError as error:
        print(f"{name}: RuntimeError: {error}")
        assert "a leaf Variable that requires grad is being used in an in-place operation" in str(error)
    else:
        raise AssertionError(f"{name} on a leaf that requires grad should raise")

out = F.relu(x)  # out of place is fine
print("F.relu(x):", out)
assert out.grad_fn is not None
