import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(4, requires_grad=True)  # a leaf that requires grad, e.g. an input you optimise
forms = {"F.relu(x, inplace=True)": lambda t: F.relu(t, inplace=True),
         "nn.ReLU(inplace=True)(x)": torch.nn.ReLU(inplace=True), "x.relu_()": lambda t: t.relu_()}
for leaf in (x, torch.nn.Parameter(torch.randn(4))):  # the same for a parameter
    for name, relu in forms.items():
        try:
            relu(leaf)  # the forward call itself raises
        except RuntimeError as error:
            if leaf is x:
                print(f"{name}: RuntimeError: {error}")
            # claim: leaf-refused
            assert "a leaf Variable that requires grad is being used in an in-place operation" in str(error)
        else:
            raise AssertionError(f"{name} on a leaf that requires grad should raise")

out = F.relu(x)  # out of place is fine
print("F.relu(x):", out)
assert out.grad_fn is not None  # claim: leaf-out-of-place-ok
with torch.no_grad():  # how optimizers update parameters: in-place is allowed here
    x.relu_()
print("after x.relu_() under no_grad():", x)
assert x.is_leaf and x.requires_grad and (x >= 0).all()  # claim: no-grad-allowed
