import torch

torch.manual_seed(0)
calls = {
    "torch.cuda.memory_allocated()": torch.cuda.memory_allocated,
    "torch.cuda.memory_reserved()": torch.cuda.memory_reserved,
    "torch.cuda.max_memory_allocated()": torch.cuda.max_memory_allocated,
    "torch.cuda.memory_stats()": lambda: dict(torch.cuda.memory_stats()),
    "torch.cuda.empty_cache()": torch.cuda.empty_cache,
    "torch.cuda.mem_get_info()": torch.cuda.mem_get_info,
    "torch.accelerator.memory_allocated()": torch.accelerator.memory_allocated,
}
results = {}
for name, call in calls.items():
    try:
        results[name] = repr(call())
    except Exception as error:
        results[name] = f"{type(error).__name__}: {error}"
    print(f"{name:38} -> {results[name]}")
if torch.cuda.is_available():
    print("branch: CUDA")
    assert not any("Error" in result for result in results.values())
elif torch.version.cuda is None:  # a CPU-only build, like the one this page runs on
    assert not torch.cuda.is_initialized() and results["torch.cuda.memory_stats()"] == "{}"  # claim: cpu-no-stats
    # claim: cpu-read-zero
    assert [results[name] for name in list(calls)[:3]] == ["0", "0", "0"]
    assert results["torch.cuda.empty_cache()"] == "None"  # claim: cpu-empty-cache-noop
    assert results["torch.cuda.mem_get_info()"].startswith("AssertionError: Torch not compiled with CUDA")  # claim: cpu-mem-get-info-raises
    assert results["torch.accelerator.memory_allocated()"].startswith("RuntimeError")  # claim: cpu-accelerator-raises
