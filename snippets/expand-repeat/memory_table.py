import torch

torch.manual_seed(0)
print("| Input shape | Call | Result shape | Elements stored | Storage bytes |")
print("|---|---|---|---|---|")
for n in (10, 1_000, 100_000):
    x = torch.rand(n, 1)  # float32: 4 bytes per element
    calls = {"x.expand(-1, 64)": x.expand(-1, 64), "x.repeat(1, 64)": x.repeat(1, 64),
             "x.repeat_interleave(64, dim=1)": x.repeat_interleave(64, dim=1)}
    for name, out in calls.items():
        nbytes = out.untyped_storage().nbytes()
        stored = nbytes // out.element_size()
        print(f"| `{tuple(x.shape)}` | `{name}` | `{tuple(out.shape)}` | {stored:,} | {nbytes:,} |")
        assert out.shape == (n, 64)
        shared = out.untyped_storage().data_ptr() == x.untyped_storage().data_ptr()
        if name.startswith("x.expand"):
            assert shared and stored == n  # claim: expand-stores-n
        else:
            assert not shared and stored == 64 * n  # claim: repeats-store-all
