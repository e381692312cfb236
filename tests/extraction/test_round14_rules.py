"""General rules added after the seventeenth collection (r17) was measured and spent, each on a short
made-up snippet (never a copy of a labelled letter); each fails without its rule."""
from engine.extraction import extract_text


def test_a_news_sentence_dated_by_the_time_of_day():
    got = extract_text("Tối 14/3, UBND tỉnh Nam Định ban hành Công văn số 512/UBND-VP về việc tạm dừng các lễ hội.\n\n"
                       "Ảnh: minh họa. Cập nhật 15/3/2020.\n")
    assert (got["doc_type"], got["number"], got["issued_date"]) == ("Công văn", "512/UBND-VP", "2020-03-14")
    assert got["subject"] == "tạm dừng các lễ hội"


def test_a_post_stamped_with_its_year_and_month_only():
    got = extract_text(" date 2020-03 Sáng nay 14/3, Sở Y tế tỉnh Cà Mau ban hành Công văn số 88/SYT-NVY về việc "
                       "tăng cường phòng dịch.\n")
    assert (got["number"], got["issued_date"]) == ("88/SYT-NVY", "2020-03-14")


def test_a_committee_named_by_its_level_alone_takes_the_dashed_province_the_post_names():
    got = extract_text("Ngày 5/6/2021, UBND tỉnh đã có văn bản số 2210/UBND-VX về việc đẩy mạnh tiêm chủng.\n\n"
                       "Từ ngày 1/6/2021, tỉnh Bà Rịa - Vũng Tàu tổ chức tiêm chủng cho người dân.\n")
    assert got["issuer"] == "UBND tỉnh Bà Rịa - Vũng Tàu"


def test_a_bare_number_reported_before_whom_the_letter_is_sent_to():
    got = extract_text("Bộ Nông nghiệp vừa có Công văn hỏa tốc số 4120 gửi UBND các tỉnh đề nghị chủ động phòng "
                       "chống rét cho vật nuôi.\n")
    assert (got["doc_type"], got["number"], got["issuer"]) == ("Công văn", "4120", "Bộ Nông nghiệp")


def test_a_post_naming_the_letter_in_whose_content_a_body_asks():
    got = extract_text("Trong nội dung Công văn số 2231/VP-NN, ban hành ngày 3/4, UBND tỉnh Ninh Bình yêu cầu các sở "
                       "kiểm tra đê điều.\n")
    assert (got["doc_type"], got["number"], got["issued_date"]) == ("Công văn", "2231/VP-NN", None)
    assert (got["issuer"], got["issuer_parent"]) == ("Văn phòng", "UBND tỉnh Ninh Bình")


def test_a_body_with_a_long_name_announcing_its_guidance():
    got = extract_text("Ban Thường trực Ủy ban MTTQ Việt Nam huyện Lục Ngạn hướng dẫn việc tổ chức Ngày hội văn hóa "
                       "các dân tộc năm 2019.\n\nThời gian tổ chức từ ngày 1/10 đến ngày 15/10/2019.\n")
    assert (got["doc_type"], got["issuer"]) == ("Hướng dẫn", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Lục Ngạn")


def test_a_general_department_whose_line_was_lost_under_its_ministry():
    got = extract_text("BỘ TÀI CHÍNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
                       "Số: 812/TCHQ-GSQL | Hà Nội, ngày 12 tháng 6 năm 2018 |\nV/v thủ tục hải quan đối với hàng quá cảnh\n"
                       "Kính gửi: Cục Hải quan các tỉnh, thành phố.\n")
    assert (got["issuer"], got["issuer_parent"]) == ("Tổng cục Hải quan", "Bộ Tài chính")


def test_a_letter_from_kinh_gui_on_whose_body_says_who_gives_its_view():
    got = extract_text("Kính gửi: Cục Hải quan các tỉnh, thành phố.\n\nBộ Công Thương nhận được văn bản của các doanh "
                       "nghiệp phản ánh vướng mắc khi xuất khẩu. Về vấn đề này, Bộ Công Thương có ý kiến như sau:\n"
                       "1. Các doanh nghiệp thực hiện theo quy định.\n")
    assert got["issuer"] == "Bộ Công Thương"


def test_a_body_giving_guidance_after_a_long_clause():
    got = extract_text("Kính gửi: Cục Thuế các tỉnh, thành phố.\n\nĐể các quy định có hiệu lực thi hành từ ngày "
                       "01/7/2013, trong khi chờ văn bản hướng dẫn, Bộ Tài chính hướng dẫn thực hiện như sau:\n"
                       "1. Về khai thuế.\n")
    assert got["issuer"] == "Bộ Tài chính"


def test_an_office_code_of_two_letters_after_a_type_like_prefix_is_not_split():
    got = extract_text("TRƯỜNG ĐẠI HỌC CẦN THƠ\nPHÒNG KHOA HỌC CÔNG NGHỆ\nSố: 45/KHCN\nCần Thơ, ngày 2 tháng 3 năm 2015\n"
                       "V/v đăng ký đề tài cấp trường\nKính gửi: Các khoa.\n")
    assert (got["number"], got["doc_type"]) == ("45/KHCN", "Công văn")
    assert extract_text("Căn cứ Nghị quyết số 30/NQCP ngày 1/3/2015;\n")["references"] == ["30/NQ-CP"]


def test_a_university_under_a_national_university_named_with_abbreviations():
    got = extract_text("ĐẠI HỌC QUỐC GIA TP. HCM\nTRƯỜNG ĐH BÁCH KHOA\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "Độc lập – Tự do – Hạnh phúc\n\nSố: 20/ĐHBK-ĐT\nTp. Hồ Chí Minh, ngày 5 tháng 9 năm 2016\n\n"
                       "V/v đăng ký học phần\n\nKính gửi: Các khoa.\n")
    assert got["issuer"].casefold() == "trường đại học bách khoa"
    assert got["issuer_parent"].casefold() == "đại học quốc gia thành phố hồ chí minh"


def test_a_letter_naming_its_sender_but_no_type_is_a_cong_van():
    got = extract_text("Thực hiện chỉ đạo của UBND tỉnh về phòng dịch, Sở Giáo dục và Đào tạo (GDĐT) yêu cầu các phòng "
                       "GDĐT cho học sinh nghỉ học kể từ ngày 12/05/2021.\n")
    assert (got["doc_type"], got["issuer"]) == ("Công văn", "Sở Giáo dục và Đào tạo")
    assert extract_text("Trời hôm nay đẹp, chúng tôi đi dạo.\n")["doc_type"] is None  # no sender: no letter


def test_a_board_with_a_long_name_drawing_up_its_plan():
    got = extract_text("Kế hoạch nước sạch năm 2016\n\nThực hiện chỉ đạo của Tổng cục Thủy lợi về kế hoạch năm 2016. Ban "
                       "điều hành Chương trình MTQG Nước sạch và VSMT Quảng Nam xây dựng kế hoạch năm 2016 như sau:\n")
    assert got["issuer"] == "Ban điều hành Chương trình MTQG Nước sạch và VSMT Quảng Nam"


def test_a_post_announcing_what_its_issuer_notifies():
    got = extract_text("Sở Nội vụ tỉnh Hà Nam thông báo tuyển dụng viên chức năm 2024, cụ thể như sau:\n1. Chỉ tiêu.\n")
    assert (got["doc_type"], got["subject"]) == ("Thông báo", "tuyển dụng viên chức năm 2024")
    to_whom = extract_text("Nay trường Tiểu học Kim Đồng thông báo đến phụ huynh Về việc cho học sinh nghỉ học do mưa "
                           "bão một số nội dung như sau:\n")
    assert to_whom["subject"] == "cho học sinh nghỉ học do mưa bão"
    guided = extract_text("Phòng Giáo dục và Đào tạo huyện hướng dẫn các trường thực hiện nhiệm vụ năm học 2021-2022.\n")
    assert guided["doc_type"] == "Hướng dẫn" and guided["subject"] is None  # whom it guides, not what about


def test_a_programme_of_action_is_a_chuong_trinh_with_its_title_going_on_in_sentence_case():
    got = extract_text("TỈNH ĐOÀN BẮC NINH\nSố: 12-CTr/TĐTN\nBắc Ninh, ngày 3 tháng 4 năm 2021\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n"
                       "CỦA TỈNH ĐOÀN BẮC NINH\nthực hiện Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII\n\n"
                       "Ban Thường vụ Tỉnh đoàn ban hành Chương trình hành động như sau:\n")
    assert got["doc_type"] == "Chương trình"
    assert got["subject"] == "CỦA TỈNH ĐOÀN BẮC NINH thực hiện Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII"


def test_a_reported_subject_ends_before_the_reason_given_after_a_semicolon():
    got = extract_text("Ngày 2/4/2020, Sở Y tế Long An có công văn số 880/SYT-VP về việc hoãn thi tuyển viên chức; do "
                       "dịch bệnh diễn biến phức tạp, cần hạn chế tập trung đông người.\n")
    assert got["subject"] == "hoãn thi tuyển viên chức"


def test_a_draft_with_its_number_left_blank_takes_its_type_from_the_code():
    got = extract_text("HUYỆN ỦY TÂN KỲ\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nTân Kỳ, ngày 3 tháng 5 năm 2020\nSố       -BC/HU\n"
                       "(Dự thảo)\n\nKẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ NĂM 2019\n\nNăm 2019, Huyện ủy đã lãnh đạo …\n")
    assert (got["doc_type"], got["number"]) == ("Báo cáo", None)


def test_truong_before_a_name_is_part_of_an_association_not_a_school():
    got = extract_text("HỘI CỰU CHIẾN BINH TRƯỜNG SA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                       "Số: 15/HCCB\nHà Nội, ngày 2 tháng 3 năm 2019\nV/v tổ chức gặp mặt\nKính gửi: Các chi hội.\n")
    assert got["issuer"].casefold() == "hội cựu chiến binh trường sa" and got["issuer_parent"] is None
    school = extract_text("SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NAM\nTRƯỜNG THPT LÝ NHÂN\nSố: 20/THPT\nLý Nhân, ngày 2 tháng 3 năm "
                          "2019\nV/v thi học kỳ\nKính gửi: Các tổ chuyên môn.\n")
    assert school["issuer"].casefold() == "trường thpt lý nhân"


def test_a_general_department_known_by_its_code_names_itself_in_a_letter_without_header():
    got = extract_text("Kính gửi: Cục Thống kê các tỉnh, thành phố.\n\nĐể triển khai Luật Thống kê, Bộ Kế hoạch và Đầu tư đã "
                       "giao nhiệm vụ. Theo quy định, Tổng cục Thống kê đề nghị Quý Cơ quan cho ý kiến về dự thảo.\n")
    assert got["issuer"] == "Tổng cục Thống kê"
    coded = extract_text("BỘ KẾ HOẠCH VÀ ĐẦU TƯ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 45/TCTK-PPCĐ | Hà Nội, ngày 5 "
                         "tháng 1 năm 2022 |\nV/v báo cáo thống kê\nKính gửi: Các Cục Thống kê.\n")
    assert (coded["issuer"], coded["issuer_parent"]) == ("Tổng cục Thống kê", "Bộ Kế hoạch và Đầu tư")


def test_a_university_naming_itself_with_its_short_name():
    got = extract_text("Kính gửi: Các đơn vị thành viên.\n\nCăn cứ Công văn số 12/BKHCN-KHTC ngày 3/5/2018 của Bộ Khoa học và "
                       "Công nghệ,\n\nĐại học Huế (ĐHH) đề nghị các đơn vị thành viên phổ biến công văn trên.\n")
    assert got["issuer"] == "Đại học Huế"


def test_a_city_written_tp_is_the_same_name_in_comparisons():
    from engine.extraction.orgs import canonical
    assert canonical("Đại học Quốc gia TP. Hồ Chí Minh") == canonical("Đại học Quốc gia thành phố Hồ Chí Minh")
    assert canonical("UBND TP. Cần Thơ") != canonical("UBND thành phố Hà Nội")


def test_a_body_whose_name_ends_with_a_province_keeps_the_province_capitalised():
    from engine.extraction.orgs import display
    assert display("TRƯỜNG CAO ĐẲNG SƯ PHẠM ĐỒNG THÁP").endswith(" Đồng Tháp")
    assert display("LIÊN ĐOÀN LAO ĐỘNG THỪA THIÊN HUẾ").endswith(" Thừa Thiên Huế")


def test_the_number_and_date_a_digital_signature_printed_into_the_template_blanks():
    got = extract_text("BỘ CÔNG THƯƠNG\nTRƯỜNG CAO ĐẲNG CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "Độc lập – Tự do – Hạnh phúc\nSố: /TB-CĐCT *Nam Định, ngày tháng năm 2024* 318 *9 10*\n\n"
                       "THÔNG BÁO\nVề việc nghỉ học bù\n\nCăn cứ kế hoạch năm học …\n")
    assert (got["number"], got["issued_date"]) == ("318/TB-CĐCT", "2024-10-09")
    blank = extract_text("Số: /TB-CĐCT\nNam Định, ngày tháng năm 2024\n\nTHÔNG BÁO\nVề việc nghỉ học bù\n")
    assert (blank["number"], blank["issued_date"]) == (None, None)  # nothing stamped: both stay blank


def test_a_university_is_a_body_of_its_own_under_its_ministry_and_over_its_schools():
    from engine.extraction.orgs import display, split_bodies
    assert [display(b) for b in split_bodies("BỘ GIÁO DỤC VÀ ĐÀO TẠO ĐẠI HỌC BÁCH KHOA HÀ NỘI")] == [
        "Bộ Giáo dục và Đào tạo", "Đại học Bách khoa Hà Nội"]
    assert len(split_bodies("ĐẠI HỌC HUẾ TRƯỜNG ĐẠI HỌC Y DƯỢC")) == 2
    assert len(split_bodies("BỘ GIÁO DỤC VÀ ĐÀO TẠO VỤ GIÁO DỤC ĐẠI HỌC")) == 2  # the department's name goes on


def test_a_subject_over_two_lines_of_a_copy_with_a_blank_line_after_every_line():
    got = extract_text("SỞ Y TẾ\n\nTỈNH AN GIANG\n\nBỆNH VIỆN ĐA KHOA\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
                       "Độc lập – Tự do – Hạnh phúc\n\nSố: 120/TB-BVĐK\n\nAn Giang, ngày 2 tháng 3 năm 2019\n\n"
                       "THÔNG BÁO\n\nV/v thay đổi giờ làm việc của khoa\n\nKhám bệnh theo yêu cầu\n\n\n\n"
                       "Căn cứ Quyết định số 12/QĐ-SYT ngày 1/1/2019 của Sở Y tế;\n")
    assert got["subject"] == "thay đổi giờ làm việc của khoa Khám bệnh theo yêu cầu"


def test_the_planning_ministrys_name_broken_over_two_lines_is_no_plan_title():
    got = extract_text("BỘ KẾ HOẠCH VÀ\nĐẦU TƯ |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nSố: 812/BKHĐT-KTĐP |\n"
                       "Hà Nội, ngày 4 tháng 3 năm 2023 |\nKính gửi: Ủy ban nhân dân các tỉnh.\nHiện nay, các địa phương …\n")
    assert (got["doc_type"], got["subject"]) == ("Công văn", None)
    assert got["issuer"] == "Bộ Kế hoạch và Đầu tư"


def test_a_school_whose_number_line_was_left_blank_over_two_lines():
    got = extract_text("PHÒNG GD&ĐT LỤC NAM\nTRƯỜNG THCS BẢO ĐÀI\n\nSố:\n\n/TTr - THCS\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
                       "Độc lập – Tự do – Hạnh phúc\nBảo Đài, ngày 8 tháng 9 năm 2021\n\nTỜ TRÌNH\nVề việc sửa chữa phòng học\n"
                       "Kính gửi: UBND xã Bảo Đài.\n")
    assert (got["doc_type"], got["number"], got["issuer"]) == ("Tờ trình", None, "Trường THCS Bảo Đài")


def test_an_ocr_without_diacritics_of_a_health_ministry_departments_letterhead_and_its_urgency_mark():
    got = extract_text("BO Y TE CONG HOA XA HOI CHU NGHIA VIET NAM\nCỤC QUAN LY Độc lập-Tự do - Hạnh phúc\nDUOC\n"
                       "Số: 512/QLD-ĐK Hà Nội, ngày 3 tháng 7 năm 2019\nV/v đăng ký thuốc\nKHAN\n"
                       "Kính gửi: Các cơ sở đăng ký thuốc.\n")
    assert (got["issuer"], got["issuer_parent"]) == ("Cục Quản lý Dược", "Bộ Y tế")
    assert (got["urgency"], got["subject"]) == ("khan", "đăng ký thuốc")


def test_a_number_line_whose_text_layer_dropped_the_o_of_so():
    got = extract_text("VĂN PHÒNG CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                       "S :2210/VPCP-NN\nV/v xử lý kiến nghị của địa phương.\n\nHà Nội, ngày 9 tháng 4 năm 2017\n\n"
                       "Kính gửi: Ủy ban nhân dân tỉnh Bến Tre.\n")
    assert (got["number"], got["issuer"]) == ("2210/VPCP-NN", "Văn phòng Chính phủ")
    assert extract_text("Các chỉ số S : 12/2017 tăng.\n")["number"] is None  # not at a line's start: no number line


def test_a_raw_ocr_of_both_header_columns_on_one_line_without_all_marks():
    got = extract_text("BỘ TÀI NGUYÊN VA MOI TRƯỜNG CONG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TRƯỜNG ĐẠI HỌC MỎ ĐỊA CHẤT Độc lập - "
                       "Tu do - Hạnh phúc\n\nSố: ...¿..../TB-ĐHMĐC Hà Nội, ngày 2 tháng ..5/.. năm 2024\n\nTHÔNG BÁO\n")
    assert got["issuer"].casefold() == "trường đại học mỏ địa chất"
    assert got["issuer_parent"].casefold() == "bộ tài nguyên và môi trường"


def test_a_school_word_ocr_read_without_its_marks_still_heads_the_school():
    from engine.extraction.orgs import bodies_of_lines, display
    bodies = bodies_of_lines(["BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG TRUONG ĐẠI HỌC MỎ ĐỊA CHẤT"])
    assert [display(b).casefold() for b in bodies] == ["bộ tài nguyên và môi trường", "trường đại học mỏ địa chất"]


def test_a_dated_news_sentence_run_into_the_title_line_before_it():
    got = extract_text("15/10/2022 Cà Mau: Lấy ngày 10-10 là ngày chuyển đổi số tỉnh Ngày 3-10-2022, Ủy ban nhân dân tỉnh "
                       "Cà Mau ban hành Quyết định số 1820/QĐ-UBND về ngày chuyển đổi số tỉnh Cà Mau. Theo đó …\n")
    assert (got["number"], got["issued_date"], got["issuer"]) == ("1820/QĐ-UBND", "2022-10-03", "UBND tỉnh Cà Mau")
    assert extract_text("Các đơn vị báo cáo trước ngày 3-10-2022, UBND tỉnh ban hành Quyết định số 1820/QĐ-UBND về "
                        "việc này.\n")["issued_date"] != "2022-10-03"  # 'ngày' inside a sentence opens none


def test_a_signed_pdfs_text_layer_with_a_blank_line_inside_the_v_v_subject_and_the_number_left_blank():
    got = extract_text("UBND TỈNH HÀ NAM \n\nSỞ Y TẾ \n\n \n\nSố:           /SYT-NVY \nV/v triển  khai tiêm chủng  \n\n"
                       "vắc xin sởi đợt 2 \n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \n\nĐộc lập - Tự do - Hạnh phúc \n\n \n\n"
                       "Hà Nam, ngày      tháng  8  năm 2020 \n\n Kính gửi:  \n\n- Các bệnh viện; \n\nSở Y tế nhận được …\n")
    assert (got["issuer"], got["issuer_parent"]) == ("Sở Y tế", "UBND tỉnh Hà Nam")
    assert got["subject"] == "triển khai tiêm chủng vắc xin sởi đợt 2"
    assert (got["number"], got["issued_date"]) == (None, None)


def test_a_letter_whose_own_number_was_left_blank_takes_no_number_it_cites():
    got = extract_text("UBND TỈNH BẮC GIANG\nSỞ Y TẾ\nSố:           /SYT-NVY\nV/v triển khai Công văn số 3120/BYT-DP\n"
                       "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBắc Giang, ngày      tháng 8 năm 2021\n"
                       "Kính gửi: Các bệnh viện.\nThực hiện \nCông văn số 3120/BYT-DP ngày 26/7/2021 của Bộ Y tế về việc \n"
                       "hướng dẫn tiêm chủng, Sở Y tế đề nghị …\n")
    assert (got["number"], got["issued_date"]) == (None, None)
    assert "3120/BYT-DP" in got["references"]


def test_the_code_on_a_number_line_left_blank_names_the_body_when_the_letterhead_was_lost():
    got = extract_text("CQNG HOA XA HQI CHU NGHIA VIT NAM\nDi)c lap - Tir do - II4nh phfic\n\n"
                       "se): \t/QD-BYT \t Ha Noi, ngay thcing 4 nom 2021\n\nQUYET DINH\nVe viec ban hanh Quy che\n")
    assert (got["doc_type"], got["number"], got["issuer"]) == ("Quyết định", None, "Bộ Y tế")
    blank = extract_text("Số:           /SGDĐT-GDTH\nBắc Ninh, ngày      tháng 8 năm 2021\nV/v hướng dẫn nhiệm vụ năm học\n"
                         "Kính gửi: Các trường.\n")
    assert blank["issuer"] == "Sở Giáo dục và Đào tạo"


def test_a_date_line_left_blank_ends_the_subject_and_gives_the_place():
    got = extract_text("BỘ Y TẾ\n\nSố:        /BYT-KCB\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n"
                       "V/v tăng cường phòng chống dịch\nCOVID-19 tại bệnh viện\n\nHà Nội, ngày        tháng   02   năm 2021\n\n"
                       "Kính gửi: Các bệnh viện.\n")
    assert (got["subject"], got["place"]) == ("tăng cường phòng chống dịch COVID-19 tại bệnh viện", "Hà Nội")
    assert (got["number"], got["issued_date"], got["issuer"]) == (None, None, "Bộ Y tế")


def test_an_ocr_number_line_without_the_colon_and_with_the_slash_read_as_i():
    got = extract_text("ỦY BAN NHÂN DÂN\nHUYỆN YÊN DŨNG\n\nS6 318 IUBND- TNMT\nV/v rà soát đất công\n\n"
                       "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n")
    assert (got["number"], got["issuer"]) == ("318/UBND-TNMT", "UBND huyện Yên Dũng")
    assert extract_text("Năm nay S6 318 IUBND- TNMT tăng.\n")["number"] is None  # only at a line's start


def test_a_title_listing_the_committee_and_its_chair_keeps_the_chair():
    got = extract_text("ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 15/2019/QĐ-UBND\nCao Bằng, ngày 2 tháng 5 năm 2019\n\nQUYẾT ĐỊNH\n\n"
                       "BAN HÀNH QUY CHẾ TIẾP CÔNG DÂN CỦA ỦY BAN NHÂN DÂN TỈNH, CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\n"
                       "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG\n\nCăn cứ Luật Tiếp công dân;\n")
    assert got["subject"].upper().endswith("CỦA ỦY BAN NHÂN DÂN TỈNH, CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH")


def test_a_blank_number_line_as_ocr_reads_its_label_is_not_part_of_the_issuer():
    got = extract_text("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                       "S6: /KH-UBND\n\nHải Phòng, ngày tháng năm 2026\n\nKẾ HOẠCH\nTổ chức Lễ hội Hoa Phượng Đỏ năm 2026\n")
    assert (got["issuer"], got["number"]) == ("UBND thành phố Hải Phòng", None)


def test_the_rule_under_a_letterhead_read_by_ocr_as_letters_does_not_cut_the_header():
    got = extract_text("BO Y TE\noo\n\nCONG HOA XA HOI CHU NGHIA VIET NAM\n\nsá##j5YT-KCB\n\nV/v tăng cường khám bệnh\n\n"
                       "Kính gửi: Các bệnh viện.\n")  # the number line past reading
    assert got["issuer"] == "Bộ Y tế"


def test_a_blank_number_line_whose_label_ocr_misread_is_still_a_header_line():
    got = extract_text("UBND TỈNH BẮC NINH\n\nSỞ Y TẾ\n\n\n\nSổ:           /SYT-NVY\nV/v triển khai tiêm chủng\n\n"
                       "vắc xin sởi đợt 2\n\nCỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n"
                       "Bắc Ninh, ngày      tháng 8 năm 2020\n\nKính gửi: Các bệnh viện.\n\nCăn cứ Công văn số 3120/BYT-DP ngày "
                       "26/7/2021 của Bộ Y tế;\n")
    assert (got["issuer"], got["number"]) == ("Sở Y tế", None)
    assert got["subject"] == "triển khai tiêm chủng vắc xin sởi đợt 2"


def test_the_education_department_written_sở_gdđt_is_named_in_full():
    from engine.extraction.orgs import sector_in_full
    assert sector_in_full("Sở GDĐT") == "Sở Giáo dục và Đào tạo"
    assert sector_in_full("Phòng GDĐT huyện") == "Phòng Giáo dục và Đào tạo huyện"
    assert sector_in_full("các trường GDĐT") == "các trường GDĐT"  # only after the body's head


def test_a_clean_copy_that_lost_every_mark_gets_its_marks_back_in_its_names_and_subject():
    got = extract_text("UY BAN NHAN DAN\nTINH LONG AN\nSố: 812/UBND-VX\nLong An, ngày 3 tháng 4 năm 2021\n"
                       "V/v tang cuong cong tac phong, chong dich COVID-19 tren dia ban tinh\n"
                       "Kính gửi: Các sở, ngành tỉnh.\n")
    assert got["subject"] == "tăng cường công tác phòng, chống dịch COVID-19 trên địa bàn tỉnh"
    from engine.extraction.marks import restore
    assert restore("tiếp tục triển khai kế hoạch") == "tiếp tục triển khai kế hoạch"  # marked: left alone
    assert restore("trien khai mot s6nhiem vu dp bach") == "trien khai mot s6nhiem vu dp bach"  # a garble: left
    assert restore("Guidance on the national plan") == "Guidance on the national plan"  # not Vietnamese
