import pytest

from scripts.runner.mdtable import TableError, relabel

TABLE = "| op | new |\n|---|---|\n| `clone()` | ✓ |\n"


def test_header_is_replaced_and_rows_kept():
    assert relabel(TABLE, ["操作", "新内存"]) == "| 操作 | 新内存 |\n|---|---|\n| `clone()` | ✓ |\n"


def test_label_count_must_match_columns():
    with pytest.raises(TableError, match="2 columns but 3 labels"):
        relabel(TABLE, ["a", "b", "c"])


def test_output_that_is_not_a_table_is_refused():
    with pytest.raises(TableError):
        relabel("tensor([1, 2])\n", ["a"])
