"""The runner: everything that executes snippets and benchmarks, in the build's forked child and on a GPU machine.

Only the standard library, torch and numpy may be imported here (tests/test_runner_boundary.py
checks it): `make gpu` and `make versions` run this package where MkDocs is absent.
"""
