"""One test per tricky pattern of real letters, on small made-up snippets."""
from engine.extraction import extract_text
from engine.extraction import numbers

HEADER = """UBND TỈNH KIÊN GIANG
SỞ Y TẾ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc

Số: 12/SYT-NVY
V/v báo cáo công tác y tế
Kiên Giang, ngày 02 tháng 10 năm 2024

Kính gửi: Các đơn vị trực thuộc.

{body}

Nơi nhận:
- Như trên;
- Lưu: VT, NVY.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Trần Văn An
"""


def letter(body: str) -> dict:
    return extract_text(HEADER.format(body=body))


def test_interleaved_header_columns_on_one_line():
    text = ("UBND TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO "
            "Độc lập - Tự do - Hạnh phúc Số : 2917 /SGDĐT-VP Phan Rang-Tháp Chàm, ngày 05 tháng11 "
            "năm 2010 V/v báo cáo nhanh tình hình thiệt hại do lũ lụt. Kính gửi: - Ủy ban nhân dân "
            "tỉnh Ninh Thuận; - Bộ Giáo dục và Đào tạo. Vừa qua, tỉnh bị lũ lụt.")
    got = extract_text(text)
    assert got["issuer"] == "Sở Giáo dục và Đào tạo"
    assert got["issuer_parent"] == "UBND tỉnh Ninh Thuận"
    assert got["number"] == "2917/SGDĐT-VP"
    assert (got["place"], got["issued_date"]) == ("Phan Rang-Tháp Chàm", "2010-11-05")
    assert got["subject"] == "báo cáo nhanh tình hình thiệt hại do lũ lụt."  # (its full stop kept, as the seeds' gold has it)
    assert got["recipients"] == ["Ủy ban nhân dân tỉnh Ninh Thuận", "Bộ Giáo dục và Đào tạo"]


def test_columns_separated_by_runs_of_spaces_and_signature_beside_the_copy_list():
    text = ("UỶ BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "THÀNH PHỐ HỒ CHÍ MINH           Độc lập – Tự do – Hạnh phúc\n"
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO\n\n"
            "Số : 4144 /GDĐT – VP            Thành phố Hồ Chí Minh, ngày 25 tháng 11 năm 2018\n\n"
            "   KHẨN\n\nKính gửi : Chủ tịch Ủy ban nhân dân các quận, huyện.\n\nNội dung.\n\n"
            "Nơi nhận :                       GIÁM ĐỐC\n– Như trên;                      (đã ký)\n"
            "– Lưu;                           Lê Hồng Sơn\n")
    got = extract_text(text)
    assert got["number"] == "4144/GDĐT-VP"
    assert got["issuer_parent"] == "UBND thành phố Hồ Chí Minh"
    assert got["urgency"] == "khan"
    assert (got["signer"], got["signer_title"]) == ("Lê Hồng Sơn", "Giám đốc")


def test_ocr_garbles_and_stray_spaces_in_codes():
    got = extract_text("Üy ban nhân dân tỉnh Kiên Giang\n\nSô 620 /SYT-NVY\n"
                       "Kiên Giang, ngày 11 tháng 3 năm 2025\n")
    assert got["number"] == "620/SYT-NVY"
    assert numbers.normalise("Số: 1961/QĐUBND") == "1961/QĐ-UBND"  # hyphen lost by a PDF text layer
    assert numbers.normalise("Tờ trình số 473/TTr -\nNN&PTNT") == "473/TTr-NN&PTNT"
    assert numbers.normalise("Số: 05 /2008/TT-BYT") == "05/2008/TT-BYT"


def test_ocr_lost_first_letter_of_a_body_name_is_put_back():
    got = extract_text("Y BAN NHÂN DÂN\nTỈNH KON TUM\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "Số: 2516/KH-UBND\nKon Tum, ngày 03 tháng 10 năm 2014\n\nKẾ HOẠCH\n"
                       "TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 34/2014/QĐ-TTG\n\nCăn cứ Quyết định số 34/2014/QĐ-TTg;")
    assert got["issuer"] == "UBND tỉnh Kon Tum"
    assert got["doc_type"] == "Kế hoạch"
    assert got["references"] == ["34/2014/QĐ-TTg"]


def test_numbers_and_dates_split_across_lines_by_a_web_table():
    text = ("ỦY\nBAN NHÂN DÂN\nTỈNH SƠN LA\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n|\nSố:\n2862/QĐ-UBND\n|\nSơn\nLa, ngày 16 tháng 11\nnăm 2018\n|\n"
            "QUYẾT ĐỊNH\nVỀ\nVIỆC BAN HÀNH QUY CHẾ TIẾP NHẬN PHẢN ÁNH CỦA NGƯỜI\nDÂN, DOANH NGHIỆP\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Nghị định số 20/2008/NĐ-CP\nngày 14/02/2008;\nQUYẾT ĐỊNH:\n"
            "Điều 1. Ban hành kèm theo Quyết định số 99/QĐ-UBND.\n")
    got = extract_text(text)
    assert (got["number"], got["place"], got["issued_date"]) == ("2862/QĐ-UBND", "Sơn La", "2018-11-16")
    assert got["issuer"] == "UBND tỉnh Sơn La"
    assert got["subject"].upper() == ("VỀ VIỆC BAN HÀNH QUY CHẾ TIẾP NHẬN PHẢN ÁNH CỦA NGƯỜI DÂN, DOANH NGHIỆP")
    assert got["references"] == ["20/2008/NĐ-CP"]  # Điều 1 onwards is the decision, not its basis
    assert got["signer_title"] is None  # the 'CHỦ TỊCH …' heading is not a signature


def test_web_page_furniture_before_and_after_the_letter_is_ignored():
    text = ("Hệ thống pháp luật\nQuyết định 119/QĐ-UBND đã được thay thế bởi Quyết định 366/QĐ-UBND\n"
            "Số hiệu: 119/QĐ-UBND Người ký: Ai Đó\n\n"
            "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n\nSố: 119/QĐ-UBND\n\nBắc Giang, ngày 23 tháng 11 năm 2009\n\n"
            "QUYẾT ĐỊNH\n\nVỀ VIỆC BỔ SUNG THỦ TỤC HÀNH CHÍNH\n\nỦY BAN NHÂN DÂN TỈNH BẮC GIANG\n\n"
            "Căn cứ Luật Tổ chức HĐND và UBND;\n\nQUYẾT ĐỊNH:\n\nCHỦ TỊCH\n\nNguyễn Văn Linh\n\n"
            "HIỆU LỰC VĂN BẢN\n• Số hiệu: 119/QĐ-UBND\n")
    got = extract_text(text)
    assert (got["doc_type"], got["number"], got["issuer"]) == ("Quyết định", "119/QĐ-UBND", "UBND tỉnh Bắc Giang")
    assert got["subject"].upper() == "VỀ VIỆC BỔ SUNG THỦ TỤC HÀNH CHÍNH"
    assert "366/QĐ-UBND" not in got["references"]
    assert (got["signer"], got["signer_title"]) == ("Nguyễn Văn Linh", "Chủ tịch")


def test_subject_over_several_lines_and_type_from_the_title():
    got = extract_text("Số: 462/BC-UBND\n\nKiên Giang, ngày 13 tháng 12 năm 2021\n\nBÁO CÁO\n\n"
                       "Kết quả thực hiện Nghị quyết số 50/NQ-CP\n\ncủa Chính phủ năm 2021\n\n"
                       "Kính gửi: Bộ Khoa học và Công nghệ\n\nỦy ban nhân dân tỉnh Kiên Giang báo cáo như sau.\n")
    assert got["doc_type"] == "Báo cáo"
    assert got["subject"] == "Kết quả thực hiện Nghị quyết số 50/NQ-CP của Chính phủ năm 2021"


def test_issuer_implied_by_the_code_and_the_closing_line():
    got = extract_text("Số: 462/BC-UBND\n\nKiên Giang, ngày 13 tháng 12 năm 2021\n\nBÁO CÁO\n\nKết quả\n\n"
                       "Kính gửi: Bộ Khoa học và Công nghệ\n\nNội dung.\n\n"
                       "Ủy ban nhân dân tỉnh Kiên Giang kính gửi Bộ Khoa học và Công nghệ./.\n")
    assert got["issuer"] == "UBND tỉnh Kiên Giang"
    assert got["issuer_parent"] is None
    office = extract_text("Số: 106 /VP-KGVX\n\nV/v tham mưu.\n\nKiên Giang, ngày 07 tháng 01 năm 2021\n\n"
                          "Kính gửi: Sở Y tế.\n\nVăn phòng Ủy ban nhân dân tỉnh thông báo./.\n")
    assert (office["issuer"], office["issuer_parent"]) == ("Văn phòng", "UBND tỉnh Kiên Giang")


def test_deadline_before_a_date():
    got = letter("Đề nghị các đơn vị gửi báo cáo về Sở trước ngày 30/11/2024.")
    assert got["deadlines"] == [{"date": "2024-11-30", "text": "Đề nghị các đơn vị gửi báo cáo về Sở trước ngày 30/11/2024"}]
    got = letter("Báo cáo gửi về trước ngày 15 tháng 5 năm 2025 để tổng hợp.")
    assert [d["date"] for d in got["deadlines"]] == ["2025-05-15"]


def test_deadline_in_words_month_and_quarter():
    got = letter("Giao Phòng Nghiệp vụ Y tham mưu (hoàn thành trong tháng 02/2025).")
    assert got["deadlines"] == [{"date": "2025-02-28", "text": "hoàn thành trong tháng 02/2025"}]
    got = letter("Các đơn vị hoàn thành việc rà soát trong Quý II/2025.")
    assert [d["date"] for d in got["deadlines"]] == ["2025-06-30"]
    got = letter("Thời gian thực hiện: Quý IV năm 2025.")
    assert [d["date"] for d in got["deadlines"]] == ["2025-12-31"]


def test_deadline_without_year_takes_the_letters_year_and_yearly_routines_are_not_deadlines():
    got = letter("Báo cáo kết quả trước ngày 15/12 để tổng hợp.")
    assert [d["date"] for d in got["deadlines"]] == ["2024-12-15"]
    got = letter("Định kỳ hàng năm báo cáo trước ngày 01 tháng 11.")
    assert got["deadlines"] == []


def test_a_past_deadline_recalled_from_an_earlier_letter_is_not_a_deadline():
    got = letter("Công văn số 949/SYT-NVY đã đề nghị báo cáo trước ngày 23/02/2024. "
                 "Đề nghị gửi báo cáo trước ngày 08/10/2024.")
    assert [d["date"] for d in got["deadlines"]] == ["2024-10-08"]


def test_incoming_stamp():
    text = HEADER.format(body="Nội dung.").replace(
        "Kính gửi:", "RUNG TÂM Y TẾ GIANG THÀNH\n\nSố: 467\nĐẾN Ngày: 11/3/2025\nChuyển:\n\nKính gửi:")
    got = extract_text(text)
    assert got["stamp"] == {"receiver": "Trung tâm Y tế Giang Thành", "incoming_number": 467,
                            "received_date": "2025-03-11"}
    assert letter("Nội dung.")["stamp"] is None


def test_directive_lead_and_co_handling_bodies():
    got = letter("Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Thông tin và Truyền thông "
                 "và các ngành, đơn vị liên quan tham mưu xây dựng kế hoạch.")
    assert got["directive"] == {"lead": "Sở Khoa học và Công nghệ", "co": ["Sở Thông tin và Truyền thông"]}
    got = letter("Giao Sở Thông tin và Truyền thông tham mưu cho UBND tỉnh.")
    assert got["directive"] == {"lead": "Sở Thông tin và Truyền thông", "co": []}
    assert letter("Sở Giao thông vận tải được giao nhiệm vụ.")["directive"] is None


def test_references_are_normalised_and_exclude_the_letters_own_number():
    got = letter("Thực hiện Kế hoạch số: 55 /KH-UBND ngày 18/3/2021, Nghị quyết số 52-NQ/TW ngày "
                 "27/9/2019, Chỉ thị số 16/CT-TTg và Công văn số 12/SYT-NVY; cúm A(H5N1,H7N9) không phải số văn bản.")
    assert got["references"] == ["55/KH-UBND", "52-NQ/TW", "16/CT-TTg"]


def test_signature_with_stacked_authorities_and_a_glued_name():
    got = extract_text("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 7991/BGDĐT-GDTrH\nV/v kiểm tra\n"
                       "Hà Nội, ngày 17 tháng 12 năm 2024\nKính gửi: Các Sở Giáo dục và Đào tạo\n\nNội dung.\n\n"
                       "Nơi nhận\nLưu: VT.\n\nTL. BỘ TRƯỞNG\nKT. VỤ TRƯỞNG VỤ GIÁO DỤC TRUNG HỌC\nPHÓ VỤ TRƯỞNG\n\n(đã ký)\nĐỗ Đức Quế\n")
    assert got["signing_authority"] == "TL. Bộ trưởng KT. Vụ trưởng Vụ Giáo dục trung học"
    assert (got["signer_title"], got["signer"]) == ("Phó Vụ trưởng", "Đỗ Đức Quế")
    glued = extract_text("Số: 554/UBND-KT\nV/v Treo cờ\nLong Xuyên, ngày 22 tháng 02 năm 2006\n\nNội dung.\n\n"
                         "Nơi nhận:\n- Lưu VP.\n\nTL. CHỦ TỊCH ỦY\nBAN NHÂN DÂN TỈNH\nCHÁNH VĂN PHÒNGThái Hữu Phép")
    assert glued["signing_authority"] == "TL. Chủ tịch Ủy ban nhân dân tỉnh"
    assert (glued["signer_title"], glued["signer"]) == ("Chánh Văn phòng", "Thái Hữu Phép")


def test_urgency_marks():
    assert letter("Nội dung.")["urgency"] is None
    text = HEADER.format(body="Nội dung.").replace("Kính gửi:", "HỎA TỐC\n\nKính gửi:")
    assert extract_text(text)["urgency"] == "hoa_toc"
    text = HEADER.format(body="Đề nghị khẩn trương thực hiện.")
    assert extract_text(text)["urgency"] is None  # 'khẩn trương' in the body is not a mark


def test_an_upper_case_subject_stops_at_the_first_part_heading():
    got = extract_text("ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
                       "Số: 3298/KH-UBND\n\nHải Dương, ngày 25 tháng 9 năm 2018\n\nKẾ HOẠCH\n\n"
                       "TRIỂN KHAI THỰC HIỆN ĐỀ ÁN KÊ ĐƠN THUỐC\n\nI. CĂN CỨ PHÁP LÝ\n\n- Luật Dược số 105/2016/QH13;\n")
    assert got["subject"].upper() == "TRIỂN KHAI THỰC HIỆN ĐỀ ÁN KÊ ĐƠN THUỐC"
    assert got["references"] == ["105/2016/QH13"]


def test_a_header_cell_cut_short_is_completed_from_the_code():
    got = extract_text("BỘ TÀI NGUYÊN VÀ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
                       "Số: 3059/BTNMT-TCBHĐVN | Hà Nội, ngày 21 tháng 08 năm 2009 |\n"
                       "Kính gửi: Sở Tài nguyên và Môi trường Quảng Nam\nNội dung.\n")
    assert got["issuer"] == "Bộ Tài nguyên và Môi trường"


def test_a_date_cited_in_the_body_is_not_the_issue_date():
    got = extract_text("Số: 12/UBND-VX\n\nV/v tăng cường.\n\nKính gửi: Sở Y tế\n\n" + "Nội dung dài. " * 120 +
                       "\nCăn cứ Pháp lệnh Giá ngày 26 tháng 4 năm 2002;\n")
    assert got["issued_date"] is None


def test_a_legacy_font_text_layer_is_recognised_as_broken():
    from engine.extraction.readers import looks_broken
    broken = ("Y BAN NHÂN DÂN C NG HOÀ XÃ H I CH NGHĨA VI T NAM T NH CAO B NG c l p - T do - H nh phúc "
              "S : 3134/2008/Q -UBND Cao B ng, ngày 31 tháng 12 năm 2008 QUY T NNH BAN HÀNH QUY NNH V "
              "GIÁ CƯ C V N T I HÀNG HOÁ B NG XE Ô TÔ TRÊN NA BÀN T NH CAO B NG")
    assert looks_broken(broken)
    assert not looks_broken(HEADER.format(body="Nội dung. " * 20))
