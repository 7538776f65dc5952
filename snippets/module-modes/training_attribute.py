import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.Dropout(0.5))
ones = torch.ones(100)
assert all("training" in vars(m) for m in model.modules())  # claim: training-plain-attribute

model.training = False  # a plain attribute: only this one module changes
print("model.training = False         ->", [m.training for m in model.modules()])
assert not model.training and model[1].training  # claim: training-attr-local
assert (model[1](ones) == 0).any()  # claim: layer-reads-own-flag

model.train()
model[1].training = False  # the reverse: parent training, Dropout's own flag off
assert model.training and torch.equal(model[1](ones), ones)  # claim: layer-reads-own-flag

model[1].eval()  # one submodule switched on its own...
print("model[1].eval()                ->", [m.training for m in model.modules()])
assert model.training and not model[1].training
model.train()    # ...is switched back by the next train() on the parent
print("model.train() on the parent    ->", [m.training for m in model.modules()])
assert model[1].training  # claim: parent-resets-sub

model.eval()
model[1].train()  # and the other way round
model.eval()
print("model[1].train(), model.eval() ->", [m.training for m in model.modules()])
assert not model[1].training  # claim: parent-resets-sub
