"""General rules added after the sixteenth collection (r16) was measured and spent, each on a short
made-up snippet (never a copy of a labelled letter); each fails without its rule."""
from engine.extraction import extract_text


def test_a_post_naming_the_letter_it_reports_mid_sentence_with_tai():
    got = extract_text("Nhằm chủ động ứng phó với mưa lớn trên địa bàn tỉnh, tại Văn bản số 2945/UBND- NNMT, ngày "
                       "22/8/2025, UBND tỉnh Yên Bái đề nghị các cơ quan, đơn vị tiếp tục thực hiện nghiêm chỉ đạo.\n")
    assert (got["doc_type"], got["number"], got["issued_date"]) == ("Công văn", "2945/UBND-NNMT", "2025-08-22")
    assert got["issuer"] == "UBND tỉnh Yên Bái"


def test_a_signer_named_after_the_body_he_signs_for_is_not_part_of_it():
    got = extract_text(" date 2025-09-24 Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh vừa ký ban hành Công điện số 14/CĐ-UBND "
                       "yêu cầu các sở, ban, ngành chủ động ứng phó với siêu bão.\n")
    assert (got["doc_type"], got["number"]) == ("Công điện", "14/CĐ-UBND")
    assert got["issuer"] == "UBND thành phố Hà Nội"
    assert got["subject"] is None  # what it asks, reported, is not its subject


def test_a_day_and_month_written_with_a_dash_and_the_verb_ra():
    got = extract_text("Cấp nước\n09/03/2020\n\nNgày 9-3, Xí nghiệp nước Hà Tiên đã ra thông báo số 144/TB-XNHT về việc "
                       "tạm ngừng cấp nước sạch ngày 11/3/2020.\n")
    assert (got["number"], got["issued_date"]) == ("144/TB-XNHT", "2020-03-09")
    assert got["issuer"] == "Xí nghiệp nước Hà Tiên"


def test_a_reported_number_with_a_space_before_its_slash():
    got = extract_text("Ngày 07 tháng 07 năm 2021, UBND tỉnh Đắk Lắk đã có thông báo số 704 /TB-VPUBND về kết luận "
                       "của Chủ tịch UBND tỉnh tại cuộc họp.\n")
    assert (got["doc_type"], got["number"], got["issued_date"]) == ("Thông báo", "704/TB-VPUBND", "2021-07-07")


def test_a_school_naming_itself_after_nay_in_small_letters():
    got = extract_text("Căn cứ công văn số 50/PGDĐT ngày 15/02/2020 của Phòng Giáo dục về việc nghỉ học.\n\n    Nay trường "
                       "Mẫu giáo Hòa Bình thông báo đến học sinh về việc tiếp tục nghỉ học.\n")
    assert got["issuer"] == "Trường Mẫu giáo Hòa Bình"


def test_a_district_office_naming_itself_with_its_level_word_after_it():
    got = extract_text("Hội thi tìm hiểu lịch sử địa phương năm 2018\n\nThực hiện văn bản số 15/SVHTTDL-DS ngày 21/6/2018 "
                       "của Sở. Phòng Văn hóa và Thông tin huyện đề nghị các xã tham gia hội thi.\n")
    assert got["issuer"] == "Phòng Văn hóa và Thông tin"


def test_a_committee_written_with_a_capital_b_and_a_bare_level_never_alone():
    got = extract_text("Lịch tiếp công dân năm 2025\nCăn cứ Luật tiếp công dân;\nỦy Ban nhân dân xã Tân Lập thông báo "
                       "lịch tiếp công dân như sau:\n")
    assert got["issuer"] == "UBND xã Tân Lập"
    got = extract_text("Hội thi văn nghệ\nUBND phường trân trọng thông báo tới Nhân dân.\nVậy UBND Phường Tân Lập trân "
                       "trọng thông báo./.\n")
    assert got["issuer"] == "UBND phường Tân Lập"


def test_a_department_relayed_with_its_province_s_name_after_it():
    got = extract_text("Siết chặt quản lý đất\n\nSở TN&MT Lai Châu vừa có Công văn số 184/STNMT-CCQLĐĐ gửi UBND các huyện "
                       "về việc quản lý đất các điểm mỏ đã đóng cửa.\n")
    assert (got["issuer"], got["issuer_parent"]) == ("Sở Tài nguyên và Môi trường", "UBND tỉnh Lai Châu")


def test_an_office_naming_itself_with_its_sector_shortened():
    got = extract_text("Kính gửi: Hiệu trưởng các trường. Thực hiện Kế hoạch số 12/KH-UBND ngày 13/4/2018 của UBND thành "
                       "phố, Phòng Giáo dục- Đào tạo yêu cầu các trường học trực thuộc thực hiện các nội dung sau:\n")
    assert got["issuer"] == "Phòng Giáo dục và Đào tạo"


def test_a_post_s_type_is_what_its_issuer_s_own_sentence_announces():
    got = extract_text("Sở Nội vụ tỉnh Lạng Sơn tuyển dụng công chức năm 2023\n\n11/04/2023\n\nSở Nội vụ tỉnh Lạng Sơn "
                       "thông báo thi tuyển công chức năm 2023, cụ thể như sau:\nI. ĐỐI TƯỢNG DỰ THI\n")
    assert got["doc_type"] == "Thông báo"
