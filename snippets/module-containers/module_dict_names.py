import torch
import torch.nn as nn

torch.manual_seed(0)


class MultiHead(nn.Module):
    def __init__(self, registered):
        super().__init__()
        self.body = nn.Linear(8, 4)
        heads = {"cls": nn.Linear(4, 3), "box": nn.Linear(4, 4)}
        self.heads = nn.ModuleDict(heads) if registered else heads

    def forward(self, x, task):
        return self.heads[task](self.body(x))  # same lookup syntax either way


good, bad = MultiHead(registered=True), MultiHead(registered=False)
print("ModuleDict:", list(good.state_dict()))
print("plain dict:", list(bad.state_dict()))
assert "heads.cls.weight" in good.state_dict() and "heads.box.bias" in good.state_dict()  # claim: moduledict-names
assert list(bad.state_dict()) == ["body.weight", "body.bias"]  # claim: dict-missing
assert len(list(good.parameters())) == 6 and len(list(bad.parameters())) == 2  # claim: dict-missing
x = torch.randn(2, 8)
assert good(x, "cls").shape == bad(x, "cls").shape == (2, 3)  # claim: dict-still-runs
