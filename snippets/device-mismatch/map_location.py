import io

import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
state = torch.nn.Linear(3, 2).to(device).state_dict()  # saved from `device`
buffer = io.BytesIO()  # an in-memory file; a path works the same
torch.save(state, buffer)


def load(**kwargs):
    buffer.seek(0)
    return torch.load(buffer, **kwargs)


for where in [None, "cpu", "meta"]:
    print(f"map_location={where!r}:", sorted({t.device.type for t in load(map_location=where).values()}))
assert all(t.device.type == "cpu" for t in load(map_location="cpu").values())  # claim: map-cpu
assert all(torch.equal(load(map_location="cpu")[k], state[k].cpu()) for k in state)  # claim: map-cpu
assert all(t.device.type == "meta" for t in load(map_location="meta").values())  # claim: map-meta
seen = []  # a callable map_location receives each storage with the location the file recorded
load(map_location=lambda storage, location: seen.append(location) or storage)
print("locations recorded in the file:", sorted(set(seen)))
if device == "cpu":
    assert set(seen) == {"cpu"}  # claim: records-location
    assert all(t.device.type == "cpu" for t in load().values())  # claim: default-same-device
else:
    assert set(seen) == {"cuda:0"}  # claim: cuda-records-cuda0
    assert all(t.is_cuda for t in load().values())  # claim: cuda-default-cuda
    assert all(t.device.type == "cpu" for t in load(map_location="cpu").values())  # claim: cuda-to-cpu
