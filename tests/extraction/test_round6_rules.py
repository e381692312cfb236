"""General rules added after the fifth collection (r5) was measured and spent, each on a short
made-up snippet (never a copy of a labelled letter); each fails without its rule."""
from engine.extraction import extract_text
from tests.extraction.snippets import MOTTO_RULED as MOTTO


def test_a_numbered_urban_district_is_a_place_line():
    got = extract_text("ỦY BAN NHÂN DÂN QUẬN 3\nPHÒNG VĂN HÓA VÀ THÔNG TIN\n" + MOTTO +
                       "Số: 45/VHTT\nV/v treo băng rôn\nQuận 3, ngày 12 tháng 9 năm 2018\nKính gửi: các phường\n")
    assert (got["place"], got["issued_date"]) == ("Quận 3", "2018-09-12")


def test_a_portal_post_names_the_letter_it_relays_in_one_line():
    got = extract_text("Trang chủ > Tin tức\nThông báo lịch tiếp công dân tháng 10\n"
                       "Thông báo số 88/TB-UBND ngày 25/9/2020 của UBND huyện Hòa Vang V/v lịch tiếp công dân "
                       "định kỳ tháng 10 năm 2020\n"
                       "Tải về: 88-TB-UBND.pdf\n\nChủ tịch UBND huyện tiếp công dân vào ngày 15 hằng tháng.\n")
    assert (got["doc_type"], got["number"], got["issued_date"]) == ("Thông báo", "88/TB-UBND", "2020-09-25")
    assert got["issuer"] == "UBND huyện Hòa Vang"
    assert got["subject"] == "lịch tiếp công dân định kỳ tháng 10 năm 2020"
    got = extract_text("Công văn số 702/STP-HCTP ngày 02/3/2021 V/v góp ý dự thảo quy chế phối hợp.\n"
                       "Đăng ngày: 03/3/2021\n\nKính gửi: các sở, ngành\n")
    assert (got["doc_type"], got["number"], got["issued_date"]) == ("Công văn", "702/STP-HCTP", "2021-03-02")
    assert got["subject"].rstrip(".") == "góp ý dự thảo quy chế phối hợp"


def test_a_download_link_run_into_the_subject_is_page_furniture():
    got = extract_text("UBND HUYỆN ĐẠI LỘC\n" + MOTTO + "Số: 31/UBND-VP\n"
                       "V/v dọn vệ sinh môi trường sau lũ Tải về: 31-UBND-VP.signed.pdf\n"
                       "Đại Lộc, ngày 2 tháng 11 năm 2020\nKính gửi: các xã\n")
    assert got["subject"] == "dọn vệ sinh môi trường sau lũ"


def test_a_title_ending_in_thuoc_and_the_issuer_s_name_keeps_the_name():
    got = extract_text("ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\n-------\n" + MOTTO + "Số: 12/2023/QĐ-UBND\n"
                       "Ninh Thuận, ngày 5 tháng 6 năm 2023\nQUYẾT ĐỊNH\nQUY ĐỊNH CHỨC NĂNG CỦA CÁC ĐƠN VỊ SỰ NGHIỆP\n"
                       "CÔNG LẬP THUỘC ỦY BAN NHÂN DÂN TỈNH NINH THUẬN\nỦY BAN NHÂN DÂN TỈNH NINH THUẬN\n"
                       "Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;\n")
    assert got["subject"].casefold() == ("quy định chức năng của các đơn vị sự nghiệp công lập thuộc "
                                         "ủy ban nhân dân tỉnh ninh thuận")


def test_a_body_code_starting_like_a_normative_type_is_no_type_without_a_year():
    got = extract_text("UBND HUYỆN CỦ CHI\nTRUNG TÂM THỂ DỤC THỂ THAO\n" + MOTTO + "Số: 7/TTTDTT\n"
                       "V/v tổ chức giải chạy\nCủ Chi, ngày 2 tháng 3 năm 2015\nKính gửi: các xã\n")
    assert (got["number"], got["doc_type"]) == ("7/TTTDTT", "Công văn")
    got = extract_text("BỘ TÀI CHÍNH\n" + MOTTO + "Số: 12/2019/TTBTC\nHà Nội, ngày 2 tháng 3 năm 2019\n"
                       "THÔNG TƯ\nHướng dẫn quản lý kinh phí\n")
    assert (got["number"], got["doc_type"]) == ("12/2019/TT-BTC", "Thông tư")


def test_an_old_style_number_after_so_is_the_number():
    got = extract_text("HỘI ĐỒNG CHÍNH PHỦ\n" + MOTTO + "Số: 214-CP\nHà Nội, ngày 21 tháng 11 năm 1970\n"
                       "NGHỊ ĐỊNH\nVề việc phân vạch địa giới hành chính\n")
    assert (got["number"], got["issued_date"]) == ("214-CP", "1970-11-21")
    got = extract_text("UBND XÃ AN PHÚ\n" + MOTTO + "Số: 12-2020\nAn Phú, ngày 2 tháng 3 năm 2020\n")
    assert got["number"] != "12-2020"  # digits after the dash are no old-style code


def test_a_central_committee_cell_under_a_mass_organisation_is_that_organisation_s():
    got = extract_text("HỘI CỰU CHIẾN BINH VIỆT NAM\nBAN CHẤP HÀNH TRUNG ƯƠNG\n*\n" + MOTTO +
                       "Số 88-CV/CCBTW\nV/v tổng kết phong trào thi đua\nHà Nội, ngày 3 tháng 4 năm 2019\n"
                       "Kính gửi: Hội Cựu chiến binh các tỉnh\n")
    assert got["issuer"] == "Ban Chấp hành Trung ương Hội Cựu chiến binh Việt Nam"
    assert got["issuer_parent"] is None


def test_a_number_alone_heading_a_site_s_copy_is_the_letter_s_number():
    got = extract_text("1205/BTC-NSNN\nTheo BỘ TÀI CHÍNH -\nCông văn V/v bổ sung dự toán chi thường xuyên\n"
                       "Kính gửi: Sở Tài chính các tỉnh\nThực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ …\n")
    assert (got["number"], got["issuer"]) == ("1205/BTC-NSNN", "Bộ Tài chính")
    got = extract_text("Trang chủ\n15/2020\nThông báo tuyển dụng viên chức năm 2020\n")
    assert got["number"] is None  # a bare figure with no code is no number


def test_a_ve_subject_under_the_number_is_read_when_the_date_comes_below_it():
    got = extract_text("UBND HUYỆN CỦ CHI\nPHÒNG Y TẾ\n______\nSố: 17 /PYT\nVề tăng cường phòng chống\n"
                       "sốt xuất huyết.\n" + MOTTO + "Củ Chi, ngày 3 tháng 8 năm 2016\n\nKính gửi: các trạm y tế xã\n")
    assert got["subject"].rstrip(".") == "Về tăng cường phòng chống sốt xuất huyết"
    assert got["issued_date"] == "2016-08-03"


def test_a_cited_code_with_lower_case_letters_stays_inside_a_title_in_capitals():
    title = ("TRIỂN KHAI QUYẾT ĐỊNH SỐ 749/QĐ-TTg NGÀY 03 THÁNG 6 NĂM 2020 CỦA THỦ TƯỚNG CHÍNH PHỦ\n"
             "PHÊ DUYỆT CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ QUỐC GIA")
    head = "SỞ TƯ PHÁP\n" + MOTTO + "Số: 88/KH-STP\nLong An, ngày 9 tháng 9 năm 2020\nKẾ HOẠCH\n"
    got = extract_text(head + title + "\nCăn cứ Quyết định số 749/QĐ-TTg;\n")
    assert got["subject"].upper() == title.replace("\n", " ").upper()
    got = extract_text(head.replace("KẾ HOẠCH\n", "KẾ HOẠCH\nTRIỂN\n") + title.removeprefix("TRIỂN ") +
                       "\nCăn cứ Quyết định số 749/QĐ-TTg;\n")  # a word the copy broke off its line
    assert got["subject"].upper() == title.replace("\n", " ").upper()


def test_a_people_s_committee_without_its_locality_takes_the_one_province_its_title_names():
    head = "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 12/2008/CT-UBND | Phan Thiết, ngày 3 tháng 3 năm 2008 |\nCHỈ THỊ\n"
    got = extract_text(head + "VỀ VIỆC PHÒNG CHỐNG CHÁY RỪNG MÙA KHÔ TRÊN ĐỊA BÀN TỈNH BÌNH THUẬN\nMùa khô năm nay …\n")
    assert got["issuer"] == "UBND tỉnh Bình Thuận"
    got = extract_text(head + "VỀ VIỆC PHỐI HỢP GIỮA TỈNH BÌNH THUẬN VÀ TỈNH NINH THUẬN\nMùa khô năm nay …\n")
    assert got["issuer"] == "UBND"  # two provinces named: which one issues is not said


def test_a_copy_without_its_number_line_keeps_the_letterhead_above_the_ve_viec_line():
    got = extract_text("Trang chủ › Văn bản\n\nHỘI NÔNG DÂN TỈNH AN GIANG\nBAN KINH TẾ\nVề việc đăng ký mô hình\n"
                       "kinh tế tập thể năm 2021\n" + MOTTO + "An Giang, ngày 8 tháng 3 năm 2021\n\n"
                       "Kính gửi: Hội Nông dân các huyện\n\nĐề nghị các đơn vị đăng ký trước ngày 30/3/2021.\n")
    assert (got["doc_type"], got["number"], got["issued_date"]) == ("Công văn", None, "2021-03-08")
    assert got["issuer"] == "Ban Kinh tế"
    assert got["subject"] == "Về việc đăng ký mô hình kinh tế tập thể năm 2021"
