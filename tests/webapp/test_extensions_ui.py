"""Extensions (gia hạn) in the UI: the officer asks on the task page, the head decides on /extensions."""
from __future__ import annotations

from tests.factories import complete, direct, open_task, register, task_rows


def test_ask_then_grant_through_the_ui(web, engine_app):
    doc = register(engine_app, subject="Báo cáo quý")
    direct(engine_app, doc, lead="P1")
    complete(engine_app, "tp1", "delegate", doc, {"assignee": "cv1a", "deadline": "2025-03-20"})
    task = open_task(engine_app, "cv1a", "propose", doc)
    officer = web("cv1a")
    page = officer.get(f"/tasks/{task}")
    assert page.testid("extension-card") and "Xin gia hạn" in page.text
    bad = officer.submit(f"/tasks/{task}/extension", {"due_date": "24/03/2025", "scope": "personal", "reason": ""},
                         form_url=f"/tasks/{task}", follow_redirects=True)
    assert not bad.testid("extension-pending") and bad.testid("extension-card")          # refused: no reason
    sent = officer.submit(f"/tasks/{task}/extension", {"due_date": "24/03/2025", "scope": "personal",
                                                       "reason": "Chờ số liệu"}, form_url=f"/tasks/{task}",
                          follow_redirects=True)
    assert "Đã gửi đề nghị gia hạn." in sent.text and sent.testid("extension-pending")
    head = web("tp1")
    listed = head.get("/extensions")
    [card] = listed.testid("extension-request")
    assert "đề nghị gia hạn từ ngày 20/03/2025 đến ngày 24/03/2025" in " ".join(card.itertext())
    rid = card.get("data-id")
    done = head.submit("/extensions", {f"e{rid}-due_date": "24/03/2025", f"e{rid}-comment": "Đồng ý",
                                       f"e{rid}-grant": "1"}, follow_redirects=True)
    assert "Đã ghi nhận quyết định gia hạn." in done.text and not done.testid("extension-request")
    assert [r[4] for r in task_rows(engine_app, doc)] == ["2025-03-24"]
    history = officer.get(f"/documents/{doc}")
    actions = [e.get("data-action") for e in history.testid("history-event") if e.get("data-step") == "extension"]
    assert actions == ["request", "granted"]
    assert "đồng ý gia hạn" in history.text
    assert web("cv1b").get("/extensions").testid("extension-request") == []


def test_the_decision_task_in_the_heads_inbox_and_on_its_page(web, engine_app):
    doc = register(engine_app, subject="Báo cáo quý")
    direct(engine_app, doc, lead="P1")
    complete(engine_app, "tp1", "delegate", doc, {"assignee": "cv1a", "deadline": "2025-03-20"})
    task = open_task(engine_app, "cv1a", "propose", doc)
    web("cv1a").submit(f"/tasks/{task}/extension", {"due_date": "24/03/2025", "scope": "personal",
                                                    "reason": "Chờ số liệu của Sở"}, form_url=f"/tasks/{task}")
    head = web("tp1")
    inbox = head.get("/inbox")
    [row] = [r for r in inbox.testid("inbox-row") if r.xpath(".//*[@data-step='extension']")]
    text = " ".join(" ".join(row.itertext()).split())
    assert "Quyết định gia hạn" in text and "Chờ số liệu của Sở" in text
    assert "đề nghị gia hạn từ ngày 20/03/2025 đến ngày 24/03/2025" in text
    decision = open_task(engine_app, "tp1", "extension", doc)
    page = head.get(f"/tasks/{decision}")
    assert page.testid("extension-asked") and "Quyết định gia hạn" in page.text
    done = head.submit(f"/tasks/{decision}", {"due_date": "23/03/2025", "comment": "Đồng ý một phần", "grant": "1"},
                       follow_redirects=True)
    assert "Đã ghi nhận quyết định gia hạn." in done.text
    assert [r[4] for r in task_rows(engine_app, doc)] == ["2025-03-23"]
