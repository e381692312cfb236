"""General rules added after the eleventh collection (r11) was measured and spent, each on a short
made-up snippet (never a copy of a labelled letter); each fails without its rule."""
from engine.extraction import extract_text


def test_a_body_naming_itself_with_its_short_name_in_brackets():
    got = extract_text("Kính gửi: Các sở y tế\nNhằm nâng cao chất lượng khám bệnh. Bộ Y tế (BYT) ban hành kèm theo "
                       "văn bản này Hướng dẫn khám bệnh từ xa.\n")
    assert got["issuer"] == "Bộ Y tế"


def test_an_opening_naming_its_body_with_a_shortened_name_after_it():
    got = extract_text("KẾ HOẠCH\nHoạt động của Ban Chỉ đạo năm 2024\nThực hiện Kế hoạch số 5/KH-UBND ngày 2/1/2024 "
                       "của UBND tỉnh, Ban Chỉ đạo chuyển đổi số huyện Tam Nông (sau đây gọi là Ban Chỉ đạo) ban hành "
                       "kế hoạch như sau:\n")
    assert got["issuer"] == "Ban Chỉ đạo chuyển đổi số huyện Tam Nông"


def test_a_letter_addressed_with_kinh_gui_and_no_title_is_a_cong_van():
    got = extract_text("Kính gửi: Các phòng chuyên môn\nĐể chuẩn bị tổng kết năm, đề nghị các phòng gửi báo cáo "
                       "trước ngày 20/12/2024.\n")
    assert got["doc_type"] == "Công văn"


def test_a_type_title_on_the_very_first_line_heads_a_sentence_case_subject():
    got = extract_text("KẾ HOẠCH\nTuyên truyền cải cách hành chính của huyện Tam Nông năm 2024\n"
                       "Triển khai Kế hoạch số 12/KH-UBND ngày 5/1/2024 của Ủy ban nhân dân tỉnh Đồng Tháp về cải cách "
                       "hành chính, Ủy ban nhân dân huyện Tam Nông ban hành Kế hoạch tuyên truyền như sau:\nI. MỤC ĐÍCH\n")
    assert got["subject"] == "Tuyên truyền cải cách hành chính của huyện Tam Nông năm 2024"
