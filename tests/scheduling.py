"""The order in which `pytest -n N --dist loadfile` hands test files to its workers: the
costliest first (longest processing time first), so that the long end-to-end files do not start
last and leave one worker running them alone while the other idles.

pytest-xdist orders a run's files by how many tests each holds, most first. Here that is the
wrong way round: the integration files that build warehouses hold a handful of tests each and
take most of the time, so they came last, and a run lasted as long as whichever of them was
handed out at the end. The costs below are what each file took on its own (seconds of CPU on a
quiet machine, roughly); they only order the files, so a stale figure costs some balance, never a
test. A file not listed is ordered by its number of tests after the listed ones, as xdist would.
"""

from __future__ import annotations

from xdist.scheduler import LoadFileScheduling

# Seconds of CPU per file, tests' own and their subprocesses' (measured in a -n 2 --dist loadfile run).
COST = {
    "tests/integration/test_incremental.py": 68,
    "tests/integration/test_publish_safety.py": 64,
    "tests/integration/test_build.py": 42,
    "tests/integration/test_hostile_input.py": 39,
    "tests/integration/test_batch_invariance.py": 23,
    "tests/integration/test_places.py": 19,
    "tests/integration/test_fingerprint_build.py": 17,
    "tests/integration/test_bi_compat.py": 17,
    "tests/integration/test_cli.py": 16,
    "tests/integration/test_dashboard_marts.py": 15,
    "tests/unit/test_credits.py": 13,
    "tests/unit/test_grammar.py": 12,
    "tests/unit/test_places.py": 11,
    "tests/integration/test_wheel.py": 10,
    "tests/unit/test_properties.py": 8,
    "tests/unit/test_web_phrasing.py": 8,
    "tests/unit/test_event_dates.py": 6,
    "tests/unit/test_metadata.py": 6,
    "tests/integration/test_grammar_prefilter.py": 5,
    "tests/integration/test_dashboard_datasets.py": 4,
    "tests/integration/test_report.py": 4,
}


class CostliestFileFirst(LoadFileScheduling):
    """LoadFileScheduling with its queue of files sorted by COST before the first is handed out."""

    _sorted = False

    def _assign_work_unit(self, node) -> None:
        if not self._sorted:
            self._sorted = True
            queue = sorted(self.workqueue.items(), key=lambda item: (-COST.get(item[0], 0), -len(item[1])))
            self.workqueue.clear()
            self.workqueue.update(queue)
        super()._assign_work_unit(node)
