"""The benchmarks still run: each part of ``python -m bench.run`` at a tiny size.

Not a measure of speed (figures are the benchmarks' job): a change to the diagrams or the services
that breaks a benchmark (as the deadline timers once broke the raw SpiffWorkflow loop) fails here.
"""
from __future__ import annotations

import pytest

from bench import completion, inbox, raw_spiff
from bench.common import Databases


@pytest.fixture
def dbs():
    databases = Databases()
    yield databases
    databases.cleanup()


def test_raw_spiff_loop_completes_every_step_in_both_layouts(dbs, capsys):
    timings = raw_spiff.baseline(dbs.tmp, instances=2)
    assert set(timings) == {"plain", "spec_once"}
    for timing in timings.values():
        assert len(timing.latencies) == 2 * len(raw_spiff._steps())
    assert "raw loop" in capsys.readouterr().out


def test_in_process_completion_and_growth_run(dbs):
    result = completion.in_process(dbs, sizes=[1, 2], target=6)
    assert set(result.steps) == {1, 2} and all(t.latencies for t in result.steps.values())
    growth = completion.per_step_growth(dbs, sizes=[1, 3], loops=[1, 2])  # leader returns need 3
    assert set(growth["departments"]) == {1, 3}
    assert set(growth["review_loops"]) == set(growth["leader_loops"]) == {1, 2}


def test_inbox_benchmark_runs_on_a_small_population(dbs):
    assert inbox.benchmark(dbs, count=200, repeats=2)


def test_search_benchmark_runs_on_a_small_population(dbs):
    from bench import search
    assert search.benchmark(dbs, count=200, repeats=2)
