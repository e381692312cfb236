"""General rules added after the fifth collection (r5) was measured and spent, each on a short
made-up snippet (never a copy of a labelled letter); each fails without its rule."""
from engine.extraction import extract_text

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n-------\n"


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
