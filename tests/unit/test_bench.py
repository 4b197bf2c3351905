"""The benchmark's daily increment: 1% new files and 10 changed, and the folder restored after;
the rebuilds' step medians say when a step was not every run's."""

from etl.bench import CHANGED_FILES, Increment, step_medians


def test_an_increment_adds_one_percent_changes_ten_and_restore_puts_everything_back(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for i in range(300):
        (raw / f"snn-{i:05d}.txt").write_text(f"مقال رقم {i}\n", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in raw.iterdir()}
    inc = Increment(raw, 300)
    inc.apply(0)
    after = {p.name: p.read_bytes() for p in raw.iterdir()}
    new = set(after) - set(before)
    assert len(new) == 3 and all(n.startswith("bench-new-0-") for n in new)
    assert len({after[n] for n in new} | set(before.values())) == len(before) + 3  # new texts, not copies
    assert sum(after[n] != before[n] for n in before) == CHANGED_FILES
    inc.apply(1)  # the next day: other new files, the same files changed again differently
    second = {p.name: p.read_bytes() for p in raw.iterdir()}
    assert len(second) == 306 and sum(second[n] != after[n] for n in before) == CHANGED_FILES
    inc.restore()
    assert {p.name: p.read_bytes() for p in raw.iterdir()} == before


def test_a_step_only_some_runs_had_says_in_how_many():
    steps = {"publish: copy of the previous warehouse": [7.5], "signature": [1.9, 1.8, 2.0], "publish": [9.0, 6.0, 6.1]}
    line = step_medians(steps, runs=3, top=12)
    assert line == "publish: copy of the previous warehouse 7.50 (in 1 of 3 runs), signature 1.90"
    assert step_medians(steps, runs=3, top=1) == "publish: copy of the previous warehouse 7.50 (in 1 of 3 runs)"
