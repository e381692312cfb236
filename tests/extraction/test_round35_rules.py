"""General rules added in the session of 2026-12-06 (morning), each on a short made-up snippet (never a copy of a
labelled letter); each fails without its rule."""
import pytest

from engine.extraction import extract_text
from engine.extraction.ocr_text import tidy

_OCR_HEAD = ("BỘ XÂY DỰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 12/2025/TT-BXD Độc lập - Tự do - Hạnh phúc\n\n"
             "Hà Nội, ngày 03 tháng 6 năm 2025\n")


def test_a_mark_over_a_titles_first_capital_read_as_a_line_of_its_own_is_dropped():
    page = (f"{_OCR_HEAD}THÔNG TƯ\n\n2\n\nSƯA\n\n- ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ VỀ QUẢN LÝ\nCHẤT LƯỢNG CÔNG TRÌNH\n\n"
            "Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014;\nBộ trưởng ban hành Thông tư sửa đổi, bổ sung một số điều.\n")
    got = extract_text(tidy(page))
    assert got["doc_type"] == "Thông tư"
    assert got["subject"] == "Sửa đổi, bổ sung một số điều của Thông tư về quản lý chất lượng công trình"


def test_a_lone_mark_elsewhere_is_kept():
    page = "Điều 1. Tỷ lệ\n\n2\n\nĐIỀU KHOẢN\n"
    assert "\n2\n" in tidy(page)


def test_an_em_dash_in_ocr_is_the_letters_en_dash():
    page = (f"{_OCR_HEAD}V/v tuyển sinh năm học 2025 — 2026\n\nKính gửi: Các trường trực thuộc.\n")
    assert extract_text(tidy(page))["subject"] == "tuyển sinh năm học 2025 – 2026"


def test_phong_chay_in_a_title_is_no_department_even_after_a_blank_line():
    text = ("BỘ CÔNG AN\nSố: 5/2025/TT-BCA\nHà Nội, ngày 03 tháng 6 năm 2025\nTHÔNG TƯ\n"
            "QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT\n\nPHÒNG CHÁY, CHỮA CHÁY VÀ CỨU NẠN, CỨU HỘ\n\n"
            "Căn cứ Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ;\n")
    assert extract_text(text)["subject"] == "Quy định chi tiết một số điều của Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ"


_DECISION = ("KIỂM TOÁN NHÀ NƯỚC\nSố: 15/QĐ-KTNN\nHà Nội, ngày 03 tháng 6 năm 2025\nQUYẾT ĐỊNH\nVề việc ban hành quy chế\n"
             "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký./.\n"
             "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n")


def test_a_collective_bodys_name_cut_after_the_authority_goes_on_when_the_name_follows():
    got = extract_text(_DECISION + "T/M BỘ CHÍNH\nTRỊ\nLê Minh Hưng\n")
    assert (got["signing_authority"], got["signer"]) == ("TM. Bộ Chính trị", "Lê Minh Hưng")


def test_the_state_auditor_generals_title_wrapped_and_a_name_a_narrow_cell_broke_before_van():
    got = extract_text(_DECISION + "TỔNG KIỂM TOÁN NHÀ\nNƯỚC\nNgô\nVăn Hòa\n")
    assert (got["signer_title"], got["signer"]) == ("Tổng Kiểm toán nhà nước", "Ngô Văn Hòa")


def _signed_scan(date_line: str) -> str:
    return ("Ký bởi: Sở Tài chính\nThời gian ký: 14.08.2024 10:12\n\nUBND TỈNH AN GIANG\nSỞ TÀI CHÍNH\n"
            f"Số: 512/STC-NS An Giang, {date_line}\nV/v hướng dẫn lập dự toán\n\nKính gửi: Các sở, ban, ngành.\n")


def test_a_date_line_ocr_garbled_but_for_its_year_is_dated_by_the_digital_signature():
    assert extract_text(_signed_scan("ngày,ê§ thang} năm 2024"))["issued_date"] == "2024-08-14"
    assert extract_text(_signed_scan("ngày 46 tháng 22 năm 2024"))["issued_date"] == "2024-08-14"


def test_the_signature_does_not_date_a_letter_of_another_year_or_month():
    assert extract_text(_signed_scan("ngày,ê§ thang} năm 2023"))["issued_date"] is None
    assert extract_text(_signed_scan("ngày 4# tháng 7 năm 2024"))["issued_date"] is None


def test_a_telegrams_copied_addressees_are_not_its_addressees():
    text = ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 99/CĐ-TTg\nHà Nội, ngày 18 tháng 11 năm 2025\nCÔNG ĐIỆN\nVỀ PHÒNG CHỐNG BÃO\n"
            "THỦ TƯỚNG CHÍNH PHỦ điện:\n- Bộ trưởng các Bộ;\n- Chủ tịch Ủy ban nhân dân các tỉnh ven biển;\n"
            "*Đồng kính gửi:*\nBí thư Tỉnh ủy các tỉnh ven biển.\nThực hiện Nghị quyết số 66/NQ-CP ngày 26 tháng 3 năm 2025.\n")
    assert extract_text(text)["recipients"] == ["Bộ trưởng các Bộ", "Chủ tịch Ủy ban nhân dân các tỉnh ven biển"]


def test_a_series_number_with_one_figure_after_its_dot_is_cited_whole():
    text = _HEAD_CV + "Thực hiện Nghị quyết số 66.7/2025/NQ-CP ngày 31 tháng 5 năm 2025 của Chính phủ, Sở đề nghị.\n"
    assert extract_text(text)["references"] == ["66.7/2025/NQ-CP"]


_HEAD_CV = ("UBND TỈNH AN GIANG\nSỞ TƯ PHÁP\nSố: 88/STP-HCTP\nV/v cắt giảm thủ tục\nAn Giang, ngày 02 tháng 10 năm 2025\n"
            "Kính gửi: Các phòng thuộc Sở.\n")


def test_the_enacting_line_is_no_signature_and_a_title_takes_back_the_authoritys_last_words():
    got = extract_text(_DECISION.replace("Điều 1.", "GIÁM ĐỐC KIỂM TOÁN NHÀ NƯỚC QUYẾT ĐỊNH\nĐiều 1.")
                       + "KT. TRƯỞNG BAN GIÁM SÁT\nVỀ HQ PHÓ TRƯỞNG BAN\nLê Văn Hòa\n")
    assert (got["signing_authority"], got["signer_title"], got["signer"]) == (
        "KT. Trưởng ban Giám sát về HQ", "Phó Trưởng ban", "Lê Văn Hòa")
    got = extract_text(_DECISION.replace("Điều 1.", "TỔNG KIỂM TOÁN NHÀ NƯỚC QUYẾT ĐỊNH\nĐiều 1.")
                       + "KT. TỔNG KIỂM TOÁN NHÀ NƯỚC\nPHÓ TỔNG KIỂM TOÁN NHÀ NƯỚC\nLê Văn Hòa\n")
    assert (got["signing_authority"], got["signer"]) == ("KT. Tổng Kiểm toán nhà nước", "Lê Văn Hòa")



def test_a_number_a_site_title_cites_after_ket_luan_is_not_the_letters_own():
    text = ("Văn bản pháp luật | Tra cứu\nQuyết định 77/QĐ-UBND THỰC HIỆN KẾT LUẬN SỐ 60-KL/TW CỦA BỘ CHÍNH TRỊ VỀ BIỂN\n\n"
            "ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 77/QĐ -UBND\nBình Định, ngày 18 tháng 11 năm 2013\nQUYẾT ĐỊNH\nTHỰC HIỆN KẾT LUẬN SỐ 60-KL/TW CỦA BỘ CHÍNH TRỊ VỀ BIỂN\n"
            "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH\nCăn cứ Luật Tổ chức chính quyền địa phương;\n")
    got = extract_text(text)
    assert (got["number"], got["issuer"]) == ("77/QĐ-UBND", "UBND tỉnh Bình Định")


def test_a_common_word_is_never_read_as_a_rarer_one_with_a_vowel_put_back():
    from engine.extraction import ocr_words
    assert ocr_words.correct("THÀNH VIÊN ĐỘI DÂN PHÒNG, ĐỘI PHÒNG CHÁY") == "THÀNH VIÊN ĐỘI DÂN PHÒNG, ĐỘI PHÒNG CHÁY"
    assert ocr_words.correct("CA TỔ CHỨC") == "CỦA TỔ CHỨC"  # (a vowel dropped from a far commoner word still is)


def test_a_paragraph_of_the_body_on_one_line_after_a_sentence_case_title_is_not_the_subject():
    body = ("Trên sở kết quả bước đầu đạt được trong năm học 2024 - 2025 việc triển khai thực hiện 09 nhóm nhiệm vụ chủ yếu "
            "và 05 nhóm giải pháp cơ bản của ngành, năm học 2025 - 2026, ngành Giáo dục tiếp tục tập trung thực hiện "
            "thắng lợi Nghị quyết số 29-NQ/TW của Ban Chấp hành Trung ương Đảng về đổi mới căn bản, toàn diện giáo dục.")
    text = ("BỘ GIÁO DỤC VÀ ĐÀO TẠO Số: 99/CT-BGDĐT\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hà Nội, ngày 08 tháng 8 năm 2025\nCHỈ THỊ\nVề nhiệm vụ chủ yếu năm học 2025 - 2026 ngành Giáo dục\n" + body + "\n")
    assert extract_text(text)["subject"] == "Về nhiệm vụ chủ yếu năm học 2025 - 2026 ngành Giáo dục"


def test_a_letters_type_and_its_ve_viec_on_one_line_give_the_subject():
    text = ("2389/BVHTTDL-DSVH\n\nKT BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn An Theo BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH -\n\n"
            "CÔNG VĂN Về việc đăng cai tổ chức liên hoan giới thiệu sách năm 2026.\n\n"
            "Kính gửi: Ủy ban nhân dân thành phố Huế.\n\nThực hiện kế hoạch công tác năm 2026.\n")
    assert extract_text(text)["subject"].rstrip(".") == "đăng cai tổ chức liên hoan giới thiệu sách năm 2026"


def test_a_cited_number_a_line_break_cut_before_its_dash_is_dropped_beside_the_whole_one():
    text = _HEAD_CV + ("Căn cứ Nghị định số 72/2013/NĐ-CP ngày 15 tháng 7 năm 2013 của Chính phủ;\n"
                       "Căn cứ Nghị định số 27/2018/NĐ-CP sửa đổi Nghị định số 72/2013/NĐ<br />\n-CP;\n")
    assert extract_text(text)["references"] == ["72/2013/NĐ-CP", "27/2018/NĐ-CP"]


def test_a_footnotes_mark_run_on_to_a_cited_laws_number_is_dropped_and_a_standards_code_is_no_citation():
    text = _HEAD_CV + ("Theo Luật số 42/2024/QH151 ngày 29/6/2024 và Nghị định số 105/2025/NĐ-CP2, Thông tư số\n"
                       "47/2024/TT-BGTVT4 của Bộ Giao thông vận tải; Luật số 78/2006/QH11; Quy chuẩn QCVN 122:2024/BGTVT3.\n")
    assert extract_text(text)["references"] == ["42/2024/QH15", "105/2025/NĐ-CP", "47/2024/TT-BGTVT", "78/2006/QH11"]




def test_a_parts_number_with_its_heading_beside_it_ends_a_title_in_capitals():
    text = ("BCH ĐOÀN TRƯỜNG THPT AN LẠC\nSố: 80/KH-ĐTN\nTP. Hồ Chí Minh, ngày 16 tháng 10 năm 2025\n\nKẾ HOẠCH\n\n"
            "ĐẠI HỘI ĐẠI BIỂU ĐOÀN TRƯỜNG THPT AN LẠC\n\nNHIỆM KỲ 2025 – 2026\n\n 1. MỤC ĐÍCH YÊU CẦU:\n\n"
            "- Đánh giá kết quả công tác Đoàn năm học vừa qua.\n")
    assert extract_text(text)["subject"].upper() == "ĐẠI HỘI ĐẠI BIỂU ĐOÀN TRƯỜNG THPT AN LẠC NHIỆM KỲ 2025 – 2026"


def test_a_sites_cut_preview_gives_way_to_the_full_text_below_it():
    head = ("ĐẢNG BỘ HUYỆN ĐẠI TỪ ĐẢNG ỦY XÃ HÙNG SƠN * Số 12 -KH/ĐU ĐẢNG CỘNG SẢN VIỆT NAM Hùng Sơn, ngày 24 tháng 11 "
            "năm 2025 KẾ HOẠCH kiểm điểm, đánh giá, xếp loại chất lượng")
    body = (" hàng năm đối với tổ chức đảng và đảng viên năm 2025 -Căn Hướng dẫn số 33-HD/BTCTW ngày 30/10/2025 của Ban "
            "Tổ chức Trung ương; Đảng ủy xã xây dựng kế hoạch như sau: ") * 3
    text = f"Nội dung\n\nĐẢNG BỘ TỈNH THÁI NGUYÊN {head} hàng năm đối[.]\n\n{head}{body}\n"
    assert extract_text(text)["subject"] == ("kiểm điểm, đánh giá, xếp loại chất lượng hàng năm đối với tổ chức đảng và "
                                             "đảng viên năm 2025")


def test_a_joint_letterheads_shared_locality_names_each_body():
    text = ("UỶ BAN NHÂN DÂN -\nLIÊN ĐOÀN LAO ĐỘNG\nTỈNH BẾN TRE\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nSố: 12/QCPH-UBND-LĐLĐ\nBến Tre, ngày 26 tháng 6 năm 2025\nQUY CHẾ PHỐI HỢP\n"
            "HOẠT ĐỘNG GIỮA ỦY BAN NHÂN DÂN TỈNH VÀ LIÊN ĐOÀN LAO ĐỘNG TỈNH\nCăn cứ Luật Công đoàn;\n")
    got = extract_text(text)
    assert (got["issuer"], got["issuer_parent"]) == ("UBND tỉnh Bến Tre - Liên đoàn Lao động tỉnh Bến Tre", None)


@pytest.mark.parametrize(("text", "subject"), [
    # a telegram's sender and its 'điện:' ('… MIỀN TRUNG THỦ TƯỚNG CHÍNH PHỦ điện:')
    ("| THỦ TƯỚNG CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------- | | "
     "Số: 99/CĐ-TTg | Hà Nội, ngày 18 tháng 11 năm 2025 | CÔNG ĐIỆN V/V TẬP TRUNG KHẮC PHỤC HẬU QUẢ MƯA LŨ TẠI CÁC "
     "TỈNH MIỀN TRUNG THỦ TƯỚNG CHÍNH PHỦ điện: | | - Bộ trưởng các Bộ; - Chủ tịch Ủy ban nhân dân các tỉnh. | "
     "Thực hiện chỉ đạo của Chính phủ, Thủ tướng yêu cầu.\n",
     "TẬP TRUNG KHẮC PHỤC HẬU QUẢ MƯA LŨ TẠI CÁC TỈNH MIỀN TRUNG"),
    # empty italic marks run together before the type ('| * * QUYẾT ĐỊNH …')
    ("| BỘ TÀI CHÍNH CỤC THUẾ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------- | | "
     "Số: 35/QĐ-CT | Hà Nội, ngày 17 tháng 11 năm 2025 | * * QUYẾT ĐỊNH BAN HÀNH QUY TẮC ỨNG XỬ VỚI NGƯỜI NỘP THUẾ "
     "CỤC TRƯỞNG CỤC THUẾ\n\nCăn cứ Luật Quản lý thuế;\n",
     "BAN HÀNH QUY TẮC ỨNG XỬ VỚI NGƯỜI NỘP THUẾ"),
    # a head's title before the issuer's name ('… VỀ DU LỊCH TRƯỞNG BAN CHỈ ĐẠO …')
    ("| BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc | "
     "Số: 17/QĐ-BCĐ | Hà Nội, ngày 17 tháng 11 năm 2025 | QUYẾT ĐỊNH BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO "
     "NHÀ NƯỚC VỀ DU LỊCH TRƯỞNG BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH\n\nCăn cứ Luật Du lịch;\n",
     "BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH"),
])
def test_a_one_line_title_ends_where_its_header_runs_on(text, subject):
    assert extract_text(text)["subject"].upper() == subject
