"""The words and names bodies are written with: the heads that open a body's name, the levels of places,
sectors in the casing agencies use, provinces and centrally-run cities (plain data, read by orgs.py)."""
from __future__ import annotations

# Heads that open the name of a body, longest first when matched.
HEADS = [
    "ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "ỦY BAN MẶT TRẬN TỔ QUỐC", "BẢO HIỂM XÃ HỘI",
    "VĂN PHÒNG", "TRUNG TÂM", "BỆNH VIỆN", "CHI CỤC", "TỔNG CỤC", "TRẠM Y TẾ", "KHO BẠC",
    "THANH TRA", "CÔNG AN", "BAN QUẢN LÝ", "BAN CHỈ ĐẠO", "BAN CÁN SỰ ĐẢNG", "ĐẢNG ỦY", "ĐẢNG ĐOÀN", "TỈNH ỦY",
    "THÀNH ỦY", "HUYỆN ỦY", "QUẬN ỦY", "THỊ ỦY", "CHÍNH PHỦ", "THỦ TƯỚNG CHÍNH PHỦ", "ỦY BAN", "UBND", "HĐND",
    "HỌC VIỆN", "TÒA ÁN NHÂN DÂN TỐI CAO", "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", "TÒA ÁN NHÂN DÂN",
    "VIỆN KIỂM SÁT NHÂN DÂN",
    "SỞ", "BỘ", "CỤC", "VỤ", "PHÒNG", "BAN", "TRƯỜNG", "VIỆN", "ĐÀI", "HỘI ĐỒNG", "HỘI", "LIÊN ĐOÀN",
    "ĐOÀN", "BÁO", "ĐẠI HỌC", "BCĐ", "BQL", "BCH", "LĐLĐ", "TIỂU BAN",
    "TỔNG LIÊN ĐOÀN", "CÔNG ĐOÀN",  # (never 'ĐOÀN …' cut off 'TỔNG LIÊN' or 'CÔNG')
    "LIÊN ĐỘI", "CHI ĐỘI",  # a school's Young Pioneers under 'ĐỘI TNTP HỒ CHÍ MINH'
    "TẬP ĐOÀN", "TỔNG CÔNG TY", "CÔNG TY", "NGÂN HÀNG", "CHI NHÁNH",  # enterprises and banks write to agencies too
    # public service units and forces that write letters of their own
    "VƯỜN QUỐC GIA", "KHU BẢO TỒN", "HẠT KIỂM LÂM", "CẢNG VỤ", "CẢNG HÀNG KHÔNG", "ĐỒN BIÊN PHÒNG", "BỘ CHỈ HUY",
    "BỘ TƯ LỆNH", "QUỸ", "NHÀ XUẤT BẢN", "BẢO TÀNG", "THƯ VIỆN", "NHÀ VĂN HÓA", "NHÀ THIẾU NHI", "NHÀ HÁT",
    "HỢP TÁC XÃ", "BƯU ĐIỆN", "XÍ NGHIỆP", "NHÀ MÁY", "TẠP CHÍ", "THÔNG TẤN XÃ", "KIỂM TOÁN NHÀ NƯỚC",
    "QUÂN KHU", "QUÂN ĐOÀN", "QUÂN CHỦNG", "BINH CHỦNG", "SƯ ĐOÀN", "LỮ ĐOÀN", "TRUNG ĐOÀN",
    "LIÊN HIỆP CÁC HỘI", "LIÊN HIỆP",
    # the tax and statistics offices of provinces and areas since 2025 ('CỤC THUẾ' / 'THUẾ TỈNH NINH BÌNH')
    "THUẾ TỈNH", "THUẾ THÀNH PHỐ", "THUẾ CƠ SỞ", "THỐNG KÊ TỈNH", "THỐNG KÊ THÀNH PHỐ",
]
LOCALITY = ["THÀNH PHỐ", "TỈNH", "HUYỆN", "QUẬN", "THỊ XÃ", "THỊ TRẤN", "XÃ", "PHƯỜNG", "TP.", "ĐẶC KHU"]  # (since 2025)

# Sector names, in the casing agencies use.
SECTORS = [
    "Giáo dục và Đào tạo", "Y tế", "Thông tin và Truyền thông", "Khoa học và Công nghệ",
    "Kế hoạch và Đầu tư", "Tài nguyên và Môi trường", "Nông nghiệp và Phát triển nông thôn",
    "Nông nghiệp và Môi trường", "Lao động - Thương binh và Xã hội", "Văn hóa, Thể thao và Du lịch",
    "Giao thông vận tải", "Công Thương", "Tư pháp", "Nội vụ", "Xây dựng", "Tài chính",
    "Ngoại vụ", "Ngoại giao", "Dân tộc và Tôn giáo", "Dân tộc", "Quốc phòng", "Công an", "Tài nguyên và Môi trường",
    "Dân số - Kế hoạch hóa gia đình", "An toàn thực phẩm", "Kiểm soát bệnh tật",
    # a district's offices (phòng)
    "Văn hóa và Thông tin", "Văn hóa - Thông tin", "Kinh tế", "Kinh tế, Hạ tầng và Đô thị", "Kinh tế và Hạ tầng",
    "Tài chính - Kế hoạch", "Quản lý đô thị",
    "Văn hóa - Xã hội",  # a commune's office since 2025
    "Sau đại học",  # a university's graduate office (phòng, khoa)
]

PROVINCES = [
    "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre",
    "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk",
    "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh",
    "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum",
    "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình",
    "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh",
    "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa",
    "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
]
CITIES = ["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"]

# common family names: a name in capitals under a signature ('TRẦN PHƯỚC ĐỨC'), a head's name after a body
SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
            "Dương", "Lý", "Đinh", "Đoàn", "Trịnh", "Lâm", "Mai", "Tô", "Hà", "Cao", "Lương", "Đào", "Thái"}

# names of several words a letterhead is made of, spelt back when OCR misspelt them (orgs.respell)
LETTERHEAD_WORDS = (
    "ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "BẢO HIỂM XÃ HỘI", "THÀNH PHỐ", "TỔNG CỤC", "CHI CỤC", "TỐI CAO",
    "VIỆN KIỂM SÁT", "MẶT TRẬN TỔ QUỐC", "VIỆT NAM", "HỒ CHÍ MINH", "QUỐC HỘI", "THƯỜNG VỤ", "CHỦ TỊCH",
    "BAN CHẤP HÀNH", "TRUNG ƯƠNG", "ĐẢNG ỦY", "TỈNH ỦY", "THÀNH ỦY", "HUYỆN ỦY", "CỤC THUẾ", "KHO BẠC NHÀ NƯỚC",
    "CÔNG AN", "CỤC HẢI QUAN",
    # hospitals', forces' and mass organisations' words, as OCR misreads their marks ('CHỦ THẬP ĐỎ', 'SAN - NHI')
    "CHỮ THẬP ĐỎ", "SẢN - NHI", "ĐA KHOA", "Y HỌC CỔ TRUYỀN", "PHỤC HỒI CHỨC NĂNG", "DA LIỄU", "QUÂN SỰ",
    "CHỈ HUY", "CHỈ ĐẠO", "KHU VỰC", "LAO ĐỘNG", "NÔNG DÂN", "PHỤ NỮ", "CỰU CHIẾN BINH", "THANH NIÊN",
)
