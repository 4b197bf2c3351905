"""ETL_TIMINGS names the startup of a build (imports, the CLI's checks: in no other step), and
the benchmark's table of where the time goes has a column for it."""

import os
import subprocess
import sys

import pytest

from etl.bench import STAGES
from etl.pipeline import STARTUP, seconds_since_process_start


def test_the_bench_table_shows_the_startup_step():
    assert STAGES[0] == STARTUP


def test_this_process_started_before_now():
    seconds = seconds_since_process_start()
    assert seconds is not None and seconds > 0


@pytest.mark.parametrize("delay", [0.3, 0.8])
def test_a_child_counts_the_time_before_it_asks(delay):
    code = ("import time; time.sleep(%r); from etl.pipeline import seconds_since_process_start as s; print(s())" % delay)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([os.getcwd(), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout
    assert delay <= float(out.strip()) < delay + 60
