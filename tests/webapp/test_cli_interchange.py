"""``docroute import-edxml`` and ``docroute refuse-edxml``: JSON on success, a message and exit 1 on refusal."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from engine.services.interchange import outbox
from tests.factories import engine_with_org
from tests.interchange.builders import SAMPLES
from webapp.cli import main

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE edXML [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016">&xxe;</edXML>"""


@pytest.fixture
def cli(database_url, tmp_path):
    """Runs ``docroute …`` in-process against a database holding the test organisation."""
    with engine_with_org(database_url, tmp_path) as app:
        env = {"DOCROUTE_DATABASE_URL": database_url, "DOCROUTE_INSTANCE_DIR": str(tmp_path),
               "DOCROUTE_DATA_DIR": str(app.settings.data_dir)}
        runner = CliRunner(env=env)
        yield app, lambda *args: runner.invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_import_prints_what_was_registered(cli):
    app, run = cli
    result = run("import-edxml", SAMPLES / "edoc_new.edxml")
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert (body["action"], body["number"], body["incoming_number"], body["status"]) == (
        "registered", "74fass22/VPCP-TTĐT", 1, "assigning")
    assert body["statuses"] == ["01", "03"]
    with app.unit_of_work() as uow:
        assert len(outbox.list_statuses(uow)) == 2


def test_import_twice_exits_1_naming_the_earlier_document(cli):
    _app, run = cli
    first = json.loads(run("import-edxml", SAMPLES / "edoc_new.edxml").stdout)
    again = run("import-edxml", SAMPLES / "edoc_new.edxml")
    assert again.exit_code == 1
    assert "số đến 1/" in again.stderr and f"document id {first['document_id']}" in again.stderr


def test_revoke_through_the_cli(cli):
    _app, run = cli
    run("import-edxml", SAMPLES / "edoc_new.edxml")
    result = run("import-edxml", SAMPLES / "edoc_revocation.edxml", "--user", "vt")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["status"] == "revoked"


@pytest.mark.parametrize("name", ["edoc", "edoc_update.header_only", "status_finish_06"])
def test_unusable_samples_exit_1_with_the_reason(cli, name):
    _app, run = cli
    result = run("import-edxml", SAMPLES / f"{name}.edxml")
    assert result.exit_code == 1
    assert "Error:" in result.stderr and ("Tệp đính kèm" in result.stderr or "trạng thái" in result.stderr)


def test_hostile_xml_exits_1(cli, tmp_path):
    _app, run = cli
    path = tmp_path / "xxe.edxml"
    path.write_bytes(XXE)
    result = run("import-edxml", path)
    assert result.exit_code == 1 and "ENTITY" in result.stderr and "root:" not in result.output


def test_refuse_through_the_cli(cli):
    app, run = cli
    result = run("refuse-edxml", SAMPLES / "edoc.edxml", "--reason", "Tệp đính kèm hỏng")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["action"] == "refused"
    with app.unit_of_work() as uow:
        assert [s.status_code for s in outbox.list_statuses(uow)] == ["02"]
    assert run("refuse-edxml", SAMPLES / "edoc.edxml").exit_code == 2  # --reason is required


def test_the_installed_command_exits_non_zero_on_a_hostile_package(sqlite_url, tmp_path):
    """The real ``docroute`` script, as an operator runs it."""
    path = tmp_path / "bomb.edxml"
    path.write_bytes(XXE)
    script = Path(sys.executable).with_name("docroute")
    env = {**os.environ, "DOCROUTE_DATABASE_URL": sqlite_url, "DOCROUTE_INSTANCE_DIR": str(tmp_path)}
    with engine_with_org(sqlite_url, tmp_path):
        done = subprocess.run([str(script), "import-edxml", str(path)], capture_output=True, text=True, env=env,
                              timeout=120)
    assert done.returncode == 1
    assert "ENTITY" in done.stderr and done.stdout == ""
