"""Search latency (``GET /documents?q=``) with 100,000 documents in the database.

The documents are those of ``bench.inbox.populate`` (five years of a 30-department agency; 2 %
confidential), each indexed with ~60 words of attachment text drawn from a vocabulary of
administrative Vietnamese, plus one rare word in every 1,000th document. Each query runs through
``documents.list_documents`` (the first page of 100, newest first, filtered by visibility) in a
fresh read unit of work, as a request would, for a leader (sees everything), a department head
and a staff member (see only their department's documents). For comparison, the query the list
ran before the index (a LIKE scan of the folded text, now ``document_search.body``) is timed once per word.

``python -m bench.search [--documents N] [--repeats R] [--postgres URL | --postgres-temp]``
(``--postgres-temp`` starts a throw-away server from Debian's binaries, as the tests do).
"""
from __future__ import annotations

import argparse
import random
import time

from sqlalchemy import select

from engine.persistence.models import DocumentSearch, IncomingDocument
from engine.services import documents, users
from engine.services.validation import fold
from engine.services.visibility import visible_to

from .common import Databases, Timing, header, make_app, median_ms
from .inbox import _org, explain, populate

VOCABULARY = (
    "báo cáo kết quả thực hiện kế hoạch triển khai nhiệm vụ năm 2025 đề nghị các đơn vị phối hợp "
    "tổ chức kiểm tra giám sát công tác phòng chống dịch bệnh sốt xuất huyết tay chân miệng tiêm chủng "
    "mở rộng đào tạo bồi dưỡng cán bộ viên chức y tế cơ sở trạm y tế xã thị trấn huyện Giang Thành "
    "tỉnh Kiên Giang Sở Y tế Ủy ban nhân dân quyết định thông báo giấy mời họp hội nghị tổng kết "
    "đánh giá chỉ tiêu kinh phí ngân sách dự toán quyết toán mua sắm trang thiết bị vật tư thuốc "
    "khám chữa bệnh bảo hiểm y tế chuyển đổi số hồ sơ sức khỏe điện tử đường dây nóng an toàn thực phẩm"
).split()
RARE = "Đồng Tháp"  # in every 1,000th document's attachment text


def attachment_text(n: int) -> str:
    rnd = random.Random(n)
    words = rnd.choices(VOCABULARY, k=rnd.randint(40, 80))
    if n % 1000 == 0:
        words.insert(rnd.randint(0, len(words)), RARE)
    return " ".join(words)


QUERIES = [
    ("common subject words", "chuyển đổi số"),
    ("same, typed without diacritics", "chuyen doi so"),
    ("a word prefix", "chuy"),
    ("full number (one document)", "4242/SYT-NVY"),
    ("number code (every document)", "SYT-NVY"),
    ("issuer (every document)", "so y te kien giang"),
    ("attachment word, rare (1 in 1,000)", "dong thap"),
    ("attachment words, frequent", "sot xuat huyet"),
    ("no match", "khongcogi"),
]
WHO = {"leader gd": "gd", "head h1": "h1", "staff s1_1": "s1_1"}


def _time(app, username: str, q: str, repeats: int) -> tuple[Timing, int, float]:
    """Wall-clock latencies, rows found, and the median CPU time of this process (on SQLite that is
    the query's own work, which other processes on a shared machine do not inflate)."""
    latencies, cpu, found = [], [], 0
    start = time.perf_counter()
    for _ in range(repeats):
        t0, c0 = time.perf_counter(), time.process_time()
        with app.unit_of_work() as uow:
            found = len(documents.list_documents(uow, users.get_by_username(uow, username), q=q))
        latencies.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return Timing(q, latencies, time.perf_counter() - start), found, median_ms(cpu)


def _like_scan(app, username: str, q: str) -> float:
    """The query before the index: every folded word a LIKE '%word%' on the folded text (no index used)."""
    t0 = time.perf_counter()
    with app.unit_of_work() as uow:
        user = users.get_by_username(uow, username)
        query = (select(IncomingDocument).join(DocumentSearch, DocumentSearch.document_id == IncomingDocument.id)
                 .where(visible_to(user)))
        for word in fold(q).split():
            query = query.where(DocumentSearch.body.contains(word, autoescape=True))
        query = query.order_by(IncomingDocument.created_at.desc(), IncomingDocument.id.desc()).limit(100)
        list(uow.session.scalars(query))
    return time.perf_counter() - t0


def benchmark(dbs: Databases, count: int, repeats: int) -> dict:
    header(f"Search with {count:,} documents ({dbs.backend})")
    app = make_app(dbs.new("search"), dbs.tmp / "search")
    try:
        _org(app)
        stats = populate(app, count, attachment_text=attachment_text, with_tasks=False)
        results = {}
        for label, username in WHO.items():
            for what, q in QUERIES:
                timing, found, cpu = _time(app, username, q, repeats)
                results[(username, q)] = (timing, found)
                print(f"{label:<11} {what:<36} q={q!r:<22} rows {found:>3}  p50 {timing.p50_ms:7.2f} ms  "
                      f"p95 {timing.p95_ms:7.2f} ms  (cpu p50 {cpu:6.2f} ms)")
        latencies = [t for timing, _ in results.values() for t in timing.latencies]
        overall = Timing("all searches", latencies, sum(latencies))
        print(f"\nall searches above: n={len(latencies)}  p50 {overall.p50_ms:.2f} ms  p95 {overall.p95_ms:.2f} ms")
        print("\nbefore the index (LIKE scan, first page, once each):")
        for what, q in QUERIES[:2] + QUERIES[6:7] + QUERIES[8:]:
            for label, username in (("leader gd", "gd"), ("staff s1_1", "s1_1")):
                print(f"    {label:<11} q={q!r:<22} {_like_scan(app, username, q) * 1000:8.2f} ms")
        for username, q in (("s1_1", "chuyen doi so"), ("s1_1", "dong thap")):
            print(f"\nquery plan: q={q!r} for {username}")
            with app.unit_of_work() as uow:
                user = users.get_by_username(uow, username)
                for line in explain(app, lambda uow=uow, user=user, q=q: documents.list_documents(uow, user, q=q)):
                    print(f"    {line}")
        return {"stats": stats, "results": results, "overall": overall}
    finally:
        app.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.search", description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--postgres", metavar="URL", help="run on PostgreSQL (the role needs CREATEDB)")
    parser.add_argument("--postgres-temp", action="store_true",
                        help="run on a throw-away PostgreSQL server started for the run")
    args = parser.parse_args(argv)
    server = None
    if args.postgres_temp:
        from tests.support.postgres import PostgresServer, find_bin_dir
        server = PostgresServer(find_bin_dir())
        args.postgres = server.start()
    try:
        dbs = Databases(args.postgres)
        try:
            benchmark(dbs, args.documents, args.repeats)
        finally:
            dbs.cleanup()
    finally:
        if server is not None:
            server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
