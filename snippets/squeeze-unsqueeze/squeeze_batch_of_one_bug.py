import torch

torch.manual_seed(0)
w = torch.rand(8, 3)  # a linear classifier: 8 features, 3 classes


def predict_bug(x):  # x: (batch, 1, 8), one time step per sample
    return (x.squeeze() @ w).argmax(dim=1)


def predict_fixed(x):
    return (x.squeeze(1) @ w).argmax(dim=1)  # drop only the dim meant to go


four, one = torch.rand(4, 1, 8), torch.rand(1, 1, 8)
print("batch of 4:", tuple(predict_bug(four).shape))
assert four.squeeze().shape == (4, 8)  # claim: batch-four-works
assert torch.equal(predict_bug(four), predict_fixed(four))  # claim: fix-same-predictions
print("batch of 1 after squeeze():", tuple(one.squeeze().shape))
assert one.squeeze().shape == (8,) and (one.squeeze() @ w).dim() == 1  # claim: batch-dim-dropped
try:
    predict_bug(one)
except IndexError as error:
    print(f"IndexError: {error}")
    assert "Dimension out of range" in str(error)  # claim: argmax-fails
else:
    raise AssertionError("argmax(dim=1) should fail once squeeze() drops the batch dim")

print("fixed, batch of 1:", tuple(predict_fixed(one).shape))
assert torch.equal(predict_fixed(one), (one[:, 0] @ w).argmax(dim=1))  # claim: fix-batch-one
