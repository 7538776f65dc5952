import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.Dropout(0.5))
ones = torch.ones(100)

model.training = False  # a plain attribute: only this one module changes
print("model.training = False      ->", [m.training for m in model.modules()])
assert not model.training and model[1].training  # the Dropout inside is still training...
assert not torch.equal(model[1](ones), ones)     # ...and still drops

model.train()
model[1].eval()  # one submodule switched on its own...
print("model[1].eval()             ->", [m.training for m in model.modules()])
assert model.training and not model[1].training
model.train()    # ...is switched back by the next train() on the parent
print("model.train() on the parent ->", [m.training for m in model.modules()])
assert model[1].training
