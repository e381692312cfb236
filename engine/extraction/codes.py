"""The bodies a document number's issuer code names ('620/SYT-NVY' -> 'Sở Y tế'): provinces' departments,
ministries and their general departments and departments, central bodies, party and union bodies.

Used where a copy lost the letterhead (the code then names the issuer), where a letterhead line was cut or
misspelt (the code's body is written in full), and where a department's line was lost under its parent's.
"""
from __future__ import annotations

# Body named by the issuer part of a document code (the part after the type).
CODE_BODIES = {
    # ('16/CT-CTUBND': the committee's chairman signs for it)
    "UBND": "UBND", "HĐND": "HĐND", "CTUBND": "UBND", "VP": "Văn phòng", "VPUB": "Văn phòng", "VPUBND": "Văn phòng",
    "SYT": "Sở Y tế", "SGDĐT": "Sở Giáo dục và Đào tạo", "GDĐT": "Sở Giáo dục và Đào tạo",
    "STTTT": "Sở Thông tin và Truyền thông", "SKHCN": "Sở Khoa học và Công nghệ",
    "SKHĐT": "Sở Kế hoạch và Đầu tư", "STC": "Sở Tài chính", "SNV": "Sở Nội vụ", "STP": "Sở Tư pháp",
    "SXD": "Sở Xây dựng", "SCT": "Sở Công Thương", "STNMT": "Sở Tài nguyên và Môi trường",
    "SNN": "Sở Nông nghiệp và Phát triển nông thôn", "SLĐTBXH": "Sở Lao động - Thương binh và Xã hội",
    "SGTVT": "Sở Giao thông vận tải", "SVHTTDL": "Sở Văn hóa, Thể thao và Du lịch",
    # the departments of the 2025 reform
    "SNNMT": "Sở Nông nghiệp và Môi trường", "SVHTT": "Sở Văn hóa và Thể thao", "SDTTG": "Sở Dân tộc và Tôn giáo",
    "BYT": "Bộ Y tế", "BGDĐT": "Bộ Giáo dục và Đào tạo", "BTC": "Bộ Tài chính", "BNV": "Bộ Nội vụ",
    "BKHCN": "Bộ Khoa học và Công nghệ", "BTTTT": "Bộ Thông tin và Truyền thông",
    "BKHĐT": "Bộ Kế hoạch và Đầu tư", "BTP": "Bộ Tư pháp", "BCT": "Bộ Công Thương", "BXD": "Bộ Xây dựng",
    "BCA": "Bộ Công an", "BQP": "Bộ Quốc phòng", "BNG": "Bộ Ngoại giao", "BGTVT": "Bộ Giao thông vận tải",
    "BTNMT": "Bộ Tài nguyên và Môi trường", "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội", "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch",
    # ministries whose codes lack the 'B' ('1921/LĐTBXH-NCC', '4244/BNN-KL'), and those of 2025
    "LĐTBXH": "Bộ Lao động - Thương binh và Xã hội", "BNN": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BNNMT": "Bộ Nông nghiệp và Môi trường", "BDTTG": "Bộ Dân tộc và Tôn giáo",
    "CP": "Chính phủ", "TTg": "Thủ tướng Chính phủ", "VPCP": "Văn phòng Chính phủ",
    "UBDT": "Ủy ban Dân tộc", "TU": "Tỉnh ủy", "TW": "Trung ương",
    # central bodies whose letters often reach a registry without their letterhead cell
    "TCT": "Tổng cục Thuế", "TCHQ": "Tổng cục Hải quan", "KBNN": "Kho bạc Nhà nước",
    "NHNN": "Ngân hàng Nhà nước Việt Nam", "KTNN": "Kiểm toán Nhà nước", "TTCP": "Thanh tra Chính phủ",
    "TANDTC": "Tòa án nhân dân tối cao", "VKSTC": "Viện kiểm sát nhân dân tối cao",
    "VKSNDTC": "Viện kiểm sát nhân dân tối cao", "UBTVQH": "Ủy ban Thường vụ Quốc hội", "QH": "Quốc hội",
    "VPQH": "Văn phòng Quốc hội", "TLĐ": "Tổng Liên đoàn Lao động Việt Nam",
    "TWĐTN": "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh", "BTGTW": "Ban Tuyên giáo Trung ương",
    "ĐHQGHN": "Đại học Quốc gia Hà Nội",
    # the general departments under ministries, by the codes their letters carry
    "TCTK": "Tổng cục Thống kê", "TCTL": "Tổng cục Thủy lợi", "TCLN": "Tổng cục Lâm nghiệp",
    "TCTS": "Tổng cục Thủy sản", "TCDL": "Tổng cục Du lịch", "TCTDTT": "Tổng cục Thể dục thể thao",
    "TCQLĐĐ": "Tổng cục Quản lý đất đai", "TCMT": "Tổng cục Môi trường", "TCDS": "Tổng cục Dân số",
    "TCGDNN": "Tổng cục Giáo dục nghề nghiệp",
    # the health ministry's departments, by the codes their letters carry
    "KCB": "Cục Quản lý Khám, chữa bệnh", "QLD": "Cục Quản lý Dược", "DP": "Cục Y tế dự phòng",
    "ATTP": "Cục An toàn thực phẩm", "QLMT": "Cục Quản lý Môi trường y tế", "TCĐBVN": "Tổng cục Đường bộ Việt Nam",
    "TĐC": "Tổng cục Tiêu chuẩn Đo lường Chất lượng",
    # the customs' departments that sign under their own code ('4001/GSQL-GQ4' under 'TỔNG CỤC HẢI QUAN')
    "GSQL": "Cục Giám sát quản lý về Hải quan",
}
