"""The OCR word model (ocr_words.py): misread marks and small garbles respelt by bigram evidence,
right text, numbers, codes and names left exactly as they are, typed text never touched.

Made-up snippets; the small model is counted from made-up sentences so the tests say what the
rules do whatever the shipped counts hold.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from engine.extraction import extract_text, ocr, ocr_words

SENTENCES = [
    "Kế hoạch thực hiện chương trình giảm nghèo bền vững trên địa bàn tỉnh năm nay.",
    "Các sở thực hiện mục tiêu giảm nghèo bền vững trên địa bàn huyện và phát triển dịch vụ y tế thông minh.",
    "Ủy ban nhân dân tỉnh giao Sở Y tế phát triển dịch vụ y tế thông minh trong lĩnh vực tài nguyên.",
    "Quyết định thuộc thẩm quyền giải quyết của Sở trong lĩnh vực tài nguyên và môi trường.",
    "Thủ tục thuộc thẩm quyền giải quyết của Ủy ban nhân dân tỉnh trong lĩnh vực đất đai.",
    "Quy chế phối hợp quản lý cụm công nghiệp trên địa bàn tỉnh; quản lý cụm công nghiệp tập trung.",
    "Sở đã phát hành tài liệu, đã phát động phong trào, đã giao việc, đã tạo điều kiện và đã báo cáo.",
    "Huyện đã phát động phong trào, đã tổ chức, đã kiểm tra, đã tạo đã có và đã hoàn thành.",
    "Giữ đà tăng trưởng của ngành.",
    "Quy định việc thành lập và hoạt động của tổ chức phối hợp liên ngành.",
    "Quy chế về tổ chức và hoạt động của tổ chức tư vấn; các ca bệnh trên địa bàn.",  # 'đà' is a word the letters use: respelt only on strong evidence
]


# a copy that lost its marks: one text is not evidence
GARBLED = "Do ảnh hưởng của không khí lanh tăng cường mạnh."


@pytest.fixture(scope="module")
def model():
    return ocr_words.build(SENTENCES * 2 + [s.upper() for s in SENTENCES] + [GARBLED])


def test_a_title_with_a_wrong_tone_gets_its_marks_back(model):
    assert ocr_words.correct("GIẢM NGHÈO BỀN VỪNG TRÊN ĐỊA BÀN TỈNH", model) == "GIẢM NGHÈO BỀN VỮNG TRÊN ĐỊA BÀN TỈNH"
    assert ocr_words.correct("THUỘC THẤM QUYÊN GIẢI QUYẾT CỦA SỞ", model) == "THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ"


def test_small_garbles_a_doubled_vowel_a_split_word_and_two_run_together(model):
    assert ocr_words.correct("KẾ HOẠCH THỰỤC HIỆN CHƯƠNG TRÌNH", model) == "KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH"
    assert ocr_words.correct("GIẢI QUYẾT CỦA SỞ TRON G LĨNH VỰC TÀI NGUYÊN", model) == \
        "GIẢI QUYẾT CỦA SỞ TRONG LĨNH VỰC TÀI NGUYÊN"
    assert ocr_words.correct("PHÁT TRIỂN DỊCH VỤ YTỂ THÔNG MINH", model) == "PHÁT TRIỂN DỊCH VỤ Y TẾ THÔNG MINH"
    assert ocr_words.correct("PHỐI HỢP QUẢN LÝCUỤM CÔNG NGHIỆP", model) == "PHỐI HỢP QUẢN LÝ CỤM CÔNG NGHIỆP"


def test_the_case_ocr_gave_is_kept_and_names_are_not_respelt(model):
    assert ocr_words.correct("Giảm nghèo bền vừng trên địa bàn", model) == "Giảm nghèo bền vững trên địa bàn"
    assert ocr_words.correct("giảm nghèo Bền Vừng trên địa bàn", model) == "giảm nghèo Bền Vừng trên địa bàn"


def test_a_right_sentence_is_left_exactly_as_it_is(model):
    text = "Kế hoạch tạo đà phát triển du lịch;  Hồ Lầy, xã Tân Lập.\n\nSở Y tế  thực hiện."
    assert ocr_words.correct(text, model) == text
    # 'đã phát' is common and 'tạo đã' was seen once, but 'đã' is common anywhere: no evidence
    assert ocr_words.correct("KẾ HOẠCH TẠO ĐÀ PHÁT TRIỂN", model) == "KẾ HOẠCH TẠO ĐÀ PHÁT TRIỂN"
    assert ocr_words.correct("KHÔNG KHÍ LẠNH TĂNG CƯỜNG MẠNH", model) == "KHÔNG KHÍ LẠNH TĂNG CƯỜNG MẠNH"


def test_numbers_codes_and_roman_numerals_are_untouched(model):
    text = "Số: 123/QĐ-UBND ngày 05/3/2024, KHÓA XIII, KỲ HỌP THỨ IV; mã 2021-2025 GĐ2 UBND"
    assert ocr_words.correct(text, model) == text


def test_the_shipped_model_loads_and_fixes_a_title():
    assert ocr_words.load() is not None
    assert ocr_words.correct("GIẢM NGHÈO BỀN VỪNG TRÊN ĐỊA BÀN TỈNH", ocr_words.load()) == \
        "GIẢM NGHÈO BỀN VỮNG TRÊN ĐỊA BÀN TỈNH"


def test_without_a_model_file_nothing_is_corrected(tmp_path):
    assert ocr_words.load(tmp_path / "none.txt.gz") is None
    ocr_words.use_model(None)
    try:
        assert ocr_words.correct("BỀN VỪNG TRÊN ĐỊA BÀN") == "BỀN VỪNG TRÊN ĐỊA BÀN"
    finally:
        ocr_words._override.clear()


def test_a_saved_model_reads_back_the_same(model, tmp_path):
    ocr_words.save(model, tmp_path / "m.txt.gz")
    back = ocr_words.load(tmp_path / "m.txt.gz")
    assert back.uni == model.uni and back.bi == model.bi


def test_ocr_text_is_corrected_whole_and_a_text_copy_in_its_subject(model, tmp_path, monkeypatch):
    """A scan's text is respelt before it is read; a text copy (often some other engine's OCR) only in
    the fields a clerk registers."""
    title = "KẾ HOẠCH\nGIẢM NGHÈO BỀN VỪNG TRÊN ĐỊA BÀN TỈNH\n"
    monkeypatch.setattr(ocr, "_vietnamese_ready", lambda: "tesseract")
    monkeypatch.setattr(ocr, "_tesseract", lambda image, *options: title)
    ocr_words.use_model(model)
    try:
        assert "BỀN VỮNG" in ocr.image_to_text(Path(tmp_path / "scan.png"))
        typed = "ỦY BAN NHÂN DÂN TỈNH\nSố: 12/KH-UBND\n\n" + title
        assert "BỀN VỮNG" in extract_text(typed)["subject"].upper()
    finally:
        ocr_words._override.clear()


def test_a_letter_its_labeller_calls_ocr_stays_out_of_the_models_corpus(tmp_path, monkeypatch):
    from bench import ocr_words as word_corpus
    clean = "Kế hoạch thực hiện chương trình giảm nghèo bền vững trên địa bàn tỉnh năm nay."
    for name, note in (("r4_cv_typed_1", "a legal-database copy"), ("r4_cv_scan_2", "OCR of a scan, marks misread")):
        (tmp_path / f"{name}.txt").write_text(clean, encoding="utf-8")
        (tmp_path / f"{name}.gold.json").write_text('{"note": "%s"}' % note, encoding="utf-8")
    monkeypatch.setattr(word_corpus, "LETTERS", tmp_path)
    monkeypatch.setattr(word_corpus, "SEEDS", tmp_path / "none")
    assert list(word_corpus.corpus()) == ["r4_cv_typed_1"]



# 'hiệu quả' and 'thẩm định' each in several texts; 'quả sang', 'quá' and 'thấm' in none
EVIDENCE_TEXTS = [f"Nâng cao hiệu quả công tác {w} của ngành." for w in ("tuyên truyền", "quản lý", "kiểm tra",
                                                                           "thanh tra", "phối hợp")] * 3 + [
    "Sở thẩm định hồ sơ dự án.", "Hội đồng thẩm định giá đất.", "Chuyển đổi cây trồng sang rau màu."] * 3 \
    + SENTENCES * 2  # other letters' words, so a word never seen is rare among many


def test_a_strong_pair_on_one_side_is_enough_when_the_other_side_was_never_seen():
    assert ocr_words.correct("LÚA KÉM HIỆU QUÁ SANG RAU", ocr_words.build(EVIDENCE_TEXTS)) == "LÚA KÉM HIỆU QUẢ SANG RAU"
    # in fewer than five texts the pair is not enough beside a word never seen with it
    weak = ocr_words.build(EVIDENCE_TEXTS[:4] + EVIDENCE_TEXTS[15:])  # 'hiệu quả' in four texts
    assert ocr_words.correct("LÚA KÉM HIỆU QUÁ SANG RAU", weak) == "LÚA KÉM HIỆU QUÁ SANG RAU"


def test_a_word_the_letters_never_use_is_respelt_on_its_neighbours_evidence():
    model = ocr_words.build(EVIDENCE_TEXTS)
    assert ocr_words.correct("XÂY DỰNG, THẤM ĐỊNH, CÔNG BỐ", model) == "XÂY DỰNG, THẨM ĐỊNH, CÔNG BỐ"
    # a right 'thấm' whose neighbour never follows 'thẩm' stays
    assert ocr_words.correct("CÁN BỘ THẤM NHUẦN, QUÁN TRIỆT", model) == "CÁN BỘ THẤM NHUẦN, QUÁN TRIỆT"


def test_a_marked_vowel_ocr_dropped_is_put_back_where_the_letters_outvote_the_word(model):
    # tesseract drops the 'ủ' of a bold 'CỦA': 'ca' is a word, but never between these two
    assert ocr_words.correct("HOẠT ĐỘNG CA TỔ CHỨC PHỐI HỢP", model) == "HOẠT ĐỘNG CỦA TỔ CHỨC PHỐI HỢP"
    assert ocr_words.correct("và hoạt động ca tổ chức tư vấn", model) == "và hoạt động của tổ chức tư vấn"
    # where the letters have it, 'ca' stays ('các ca bệnh'), and so does a lone letter
    assert ocr_words.correct("theo dõi các ca bệnh trên địa bàn", model) == "theo dõi các ca bệnh trên địa bàn"
    assert ocr_words.correct("hoạt động c tổ chức", model) == "hoạt động c tổ chức"


# 'chi phí' in many texts, 'phí' after little else; 'bộ và', 'bố' and 'và' everywhere
PAIRED_TEXTS = [f"Dự toán chi phí {w} năm nay." for w in ("khám", "đào tạo", "đi lại", "thuê", "in ấn", "sửa chữa",
                                                           "điện", "nước", "hội nghị", "văn phòng", "xăng")] \
    + [f"Các bộ và ngành {w}; cha bố mẹ." for w in ("Y tế", "Tài chính", "Nội vụ", "Xây dựng", "Công an", "Tư pháp",
                                                  "Ngoại giao", "Công Thương", "Quốc phòng", "Dân tộc", "Văn hóa")] \
    + [f"Công tác {w} và {w} khác." for w in ("kiểm tra", "giám sát", "thanh tra", "tổng hợp", "báo cáo", "phối hợp",
                                             "tuyên truyền", "đánh giá", "thẩm định", "quản lý", "hướng dẫn")] * 4 \
    + SENTENCES


def test_a_lower_case_word_beside_an_unseen_one_is_respelt_on_a_pair_it_belongs_to():
    model = ocr_words.build(PAIRED_TEXTS)
    # 'chỉ phí': 'chi phí' in eleven texts, never 'chỉ phí', and 'chiếu' seen with neither
    assert ocr_words.correct("đối chiếu chỉ phí", model) == "đối chiếu chi phí"
    # 'bộ và' is as common, but 'và' follows any word: a right 'bố' beside an unseen word stays
    assert ocr_words.correct("khủng bố và tài trợ", model) == "khủng bố và tài trợ"
