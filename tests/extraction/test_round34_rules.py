"""General rules added in the session of 2026-12-06 (day), each on a short made-up snippet (never a copy of a
labelled letter); each fails without its rule."""
import pytest

from engine.extraction import extract_text
from engine.extraction.orgs import canonical
from engine.extraction.text import normalise

_HEAD = ("ỦY BAN NHÂN DÂN TỈNH AN GIANG\nSố: 1234/UBND-KT\nV/v báo cáo tình hình\n"
         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nAn Giang, ngày 02 tháng 10 năm 2025\n"
         "Kính gửi: Sở Tài chính.\n")
_SIGNATURE = "\nNơi nhận:\n- Như trên;\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n"


def _deadlines(body: str, head: str = _HEAD) -> list[str]:
    return [d["date"] for d in extract_text(f"{head}{body}{_SIGNATURE}")["deadlines"]]


def test_k_slash_t_is_kt():
    assert canonical("K/T Chánh Văn phòng") == canonical("KT. Chánh Văn phòng")


def test_bold_markers_inside_a_word_are_dropped_and_cells_side_by_side_kept_apart():
    assert normalise("**V****Ă****N PHÒNG\nCHÍNH PHỦ**") == "VĂN PHÒNG\nCHÍNH PHỦ"
    assert normalise("**UBND TỈNH BẾN TRE****SỞ Y TẾ**") == "UBND TỈNH BẾN TRE   SỞ Y TẾ"


@pytest.mark.parametrize(("body", "dates"), [
    # the task's words wrap onto the next line before the month
    ("Sở Tài chính tổng hợp, báo cáo Chủ tịch UBND tỉnh kết quả thực hiện\ntrong tháng 11 năm 2025.", ["2025-11-30"]),
    ("Sở Công Thương ký hợp đồng chính thức trong tháng 12 năm 2025.", ["2025-12-31"]),
    ("UBND huyện Châu Phú xử lý dứt điểm trong tháng 11/2025, bảo đảm tiến độ.", ["2025-11-30"]),
    ("Sở Tài chính báo cáo những vấn đề vượt thẩm quyền (nếu có)\ntrong tháng 11 năm 2025.", ["2025-11-30"]),
    ("Chủ đầu tư hoàn thành đưa dự án vào vận hành\ntrong năm 2027, bảo đảm an toàn.", ["2027-12-31"]),
    # no task: a word that only looks like one, what was done, a programme's name
    ("Mã hàng có ký tự “NK” trong tháng 11/2025 được kê khai riêng.", []),
    ("Tỉnh đã hoàn thành 100% kế hoạch trong năm 2025.", []),
    ("Sở Tài chính đã hoàn thành việc rà soát trong tháng 11/2025.", []),
    ("Chương trình khuyến nông trong tháng 11/2025 gồm ba lớp tập huấn.", []),
])
def test_a_month_or_a_year_set_for_a_task_is_its_last_day(body, dates):
    assert _deadlines(body) == dates


def test_a_date_line_left_blank_still_keeps_deadlines_before_its_month_out():
    head = _HEAD.replace("ngày 02 tháng 10 năm 2025", "ngày      tháng 10 năm 2025")
    body = ("Việc đăng ký đã thực hiện trước ngày 01/01/2016 được giữ nguyên. "
            "Đề nghị Sở Tài chính báo cáo trước ngày 30/11/2025.")
    assert _deadlines(body, head) == ["2025-11-30"]


@pytest.mark.parametrize(("block", "authority", "title"), [
    ("KT. TRƯỞNG THUẾ\nTỈNH\nPHÓ TRƯỞNG THUẾ TỈNH\nTrần Văn Bình\n", "KT. Trưởng thuế tỉnh", "Phó trưởng thuế tỉnh"),
    ("TL. CỤC TRƯỞNG\nKT. TRƯỞNG BAN NGHIỆP VỤ\nTHUẾ HQ\nPHÓ TRƯỞNG BAN\nTrần Văn Bình\n",
     "TL. Cục trưởng KT. Trưởng ban Nghiệp vụ thuế HQ", "Phó Trưởng ban"),
])
def test_a_body_s_name_cut_between_the_authority_and_the_title_goes_on(block, authority, title):
    letter = extract_text(f"{_HEAD}Đề nghị Sở Tài chính thực hiện.\nNơi nhận:\n- Như trên;\n{block}")
    assert canonical(letter["signing_authority"]) == canonical(authority)
    assert canonical(letter["signer_title"]) == canonical(title)
    assert letter["signer"] == "Trần Văn Bình"


@pytest.mark.parametrize("dateline", ["Hà Nội, ngày 18\ntháng 11 năm 2025", "Hà Nội, ngày      tháng 11 năm\n2025"])
def test_a_date_line_cut_before_its_year_ends_the_subject_above_it(dateline):
    letter = extract_text("BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                          "Số: 512/BTC-NSNN\nV/v\nbố trí kinh phí thực hiện chính sách\n"
                          f"{dateline}\nKính gửi: Ủy ban nhân dân tỉnh An Giang.\nBộ Tài chính nhận được văn bản.{_SIGNATURE}")
    assert letter["subject"] == "bố trí kinh phí thực hiện chính sách"


def test_a_place_broken_over_the_date_line_is_none_of_the_subject():
    letter = extract_text("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                          "Độc lập - Tự do - Hạnh phúc\nSố: 5123/UBND-VX\nV/v cập nhật cơ sở dữ liệu\ncán bộ, công chức\n"
                          "Thành phố Hồ Chí\nMinh, ngày 28 tháng 11 năm 2025\nKính gửi: Sở Nội vụ.\n"
                          f"Ủy ban nhân dân Thành phố có ý kiến như sau.{_SIGNATURE}")
    assert letter["subject"] == "cập nhật cơ sở dữ liệu cán bộ, công chức"
    assert letter["issued_date"] == "2025-11-28"


@pytest.mark.parametrize(("tail", "subject"), [("ODA", "chính sách thuế đối với dự án ODA"),
                                               ("ĐẾN", "chính sách thuế đối với dự án")])  # (a stamp's word)
def test_an_abbreviation_alone_under_a_subject_cut_mid_phrase_ends_it(tail, subject):
    letter = extract_text("TỔNG CỤC THUẾ                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                          "CỤC THUẾ TỈNH AN GIANG              Độc lập - Tự do - Hạnh phúc\n"
                          "Số: 1234/CT-TTHT                    An Giang, ngày 15 tháng 4 năm 2020\n"
                          f" V/v chính sách thuế đối với dự án\n                  {tail}\n"
                          f"      Kính gửi: Công ty TNHH Minh An\nCục Thuế nhận được thư số 01/2020.{_SIGNATURE}")
    assert letter["subject"] == subject


def test_the_prime_minister_signing_himself_is_a_signer_with_his_title():
    letter = extract_text(f"{_HEAD}Đề nghị các bộ, ngành thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT, NN (2)\n"
                          "THỦ TƯỚNG\nTrần Văn Bình\n")
    assert (letter["signer"], letter["signer_title"]) == ("Trần Văn Bình", "Thủ tướng")


def test_a_space_after_a_code_s_ampersand_is_none_of_the_code():
    letter = extract_text(f"{_HEAD}Sở Xây dựng tại Công văn số 15972/SXD-QLN& TTBĐS ngày 14/11/2025 đề nghị.{_SIGNATURE}")
    assert letter["references"] == ["15972/SXD-QLN&TTBĐS"]


@pytest.mark.parametrize(("addressed", "body", "recipients"), [
    # a name's wrapped tail ends before the body
    ("Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung\nương\n",
     "Triển khai việc phân bổ kinh phí năm 2026, Bộ đề nghị các địa phương báo cáo.",
     ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]),
    # a province's name broken at the line's end goes on
    ("Kính gửi:\nChủ tịch Ủy ban nhân dân các tỉnh: Hưng Yên, Ninh\nBình, Bắc Ninh, Phú Thọ.\n",
     "Xét báo cáo của các tỉnh, Phó Thủ tướng có ý kiến như sau.",
     ["Chủ tịch Ủy ban nhân dân các tỉnh: Hưng Yên, Ninh Bình, Bắc Ninh, Phú Thọ"]),
    # a firm's name goes on to the line above its particulars
    ("Kính gửi: Chi nhánh Công ty TNHH Minh An\nViệt Nam tại TP. HCM.\n(Đ/c: Tầng 5, số 8A Lê Lợi, TP. HCM)\n",
     "Cục Hải quan nhận được công văn của Công ty.", ["Chi nhánh Công ty TNHH Minh An Việt Nam tại TP. HCM"]),
])
def test_an_addressee_broken_over_lines_is_read_whole_and_ends_before_the_body(addressed, body, recipients):
    head = _HEAD.replace("Kính gửi: Sở Tài chính.\n", addressed)
    assert extract_text(f"{head}{body}{_SIGNATURE}")["recipients"] == recipients


def test_a_site_s_title_line_wrapped_onto_the_next_line_is_read_whole():
    from engine.extraction.site_titles import site_title
    title = site_title("Quyết định số 291/2006/QĐ-UBDT về việc ban hành quy định chế độ\n"
                       "báo cáo của Ủy ban Dân tộc do Ủy ban Dân tộc ban hành\n\nChủ đề:\n", 200)
    assert title["subject"] == "ban hành quy định chế độ báo cáo của Ủy ban Dân tộc"
    assert title["issuer"] == "Ủy ban Dân tộc"


@pytest.mark.parametrize(("letterhead", "issuer", "parent"), [
    ("CỤC THUẾ THUẾ TỈNH AN GIANG", "Thuế tỉnh An Giang", "Cục Thuế"),
    ("ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH AN GIANG", None, None),  # (the head's own word doubled: one body, as before)
])
def test_a_name_on_one_line_never_says_its_word_twice(letterhead, issuer, parent):
    letter = extract_text(f"{letterhead} CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
                          "Số: 1539/AGI-QLDN3 An Giang, ngày 25 tháng 11 năm 2025 V/v hoàn thuế "
                          "Kính gửi: Công ty TNHH An Bình. Cơ quan thuế trả lời như sau.")
    if issuer:
        assert (letter["issuer"], letter["issuer_parent"]) == (issuer, parent)
    else:
        assert letter["issuer_parent"] != "Đảng ủy"


def test_a_title_run_into_one_line_goes_on_after_a_deputy_s_title():
    letter = extract_text("VĂN PHÒNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
                          "Số: 700/TB-VPCP Hà Nội, ngày 24 tháng 11 năm 2025 THÔNG BÁO KẾT LUẬN CỦA PHÓ THỦ TƯỚNG "
                          "CHÍNH PHỦ TRẦN VĂN AN TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH AN GIANG Ngày 14 tháng 11 năm "
                          "2025, Phó Thủ tướng Chính phủ Trần Văn An đã chủ trì buổi làm việc.")
    assert letter["subject"].casefold() == ("kết luận của phó thủ tướng chính phủ trần văn an tại buổi làm việc "
                                            "với lãnh đạo tỉnh an giang")


@pytest.mark.parametrize("words", ["BAN HÀNH QUY CHẾ HOẠT ĐỘNG", "Báo cáo tình hình", "HỘI NGHỊ TỔNG KẾT",
                                   "PHÒNG CHỐNG THIÊN TAI", "BỘ MÁY CỦA HỆ THỐNG CHÍNH TRỊ"])
def test_a_title_s_words_that_open_with_a_head_s_word_name_no_body(words):
    from engine.extraction.orgs import is_head_start
    assert not is_head_start(words)
    # (the bodies those words begin with still are: a steering committee, a paper, a society, a ministry)
    assert all(map(is_head_start, ["BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH", "Báo Nhân Dân", "HỘI NÔNG DÂN VIỆT NAM",
                                   "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "BỘ Y TẾ"]))
