"""The bench's splits: which letters are held out, and that their misses stay hidden.

Held-out letters (r31, r36 to r39, r42, r43, r46 to r49, r51, r52, r55, r57, r59, r62, r63, r66, r67, r69, r71, r74, r75, r77, r81, r82, r85, r87 and r88; r3-blind, r5 to r30, r32 to r35, r40, r41, r44, r45, r50, r53, r54, r56, r58, r61, r64, r65, r68, r70, r72, r73, r76, r78 to r80, r83 and r84 until their figures were
recorded) are the honest estimate on unseen letters only as long as nobody tuning rules sees which of
them miss; the bench prints their misses only when asked with --show-blind. These tests use a made-up result, so no letter is extracted.
"""
import pytest

import bench.extraction as bench


def test_each_collection_has_its_split():
    assert bench.split_of("seed_000_x") == "dev"
    assert bench.split_of("blind_cv_x_1") == "blind"
    assert bench.split_of("r4_cv_x_1") == "r4"
    assert bench.split_of("r5_cv_x_1") == "r5"
    assert bench.split_of("r5_qd_hcm_122") == "r5"
    assert bench.split_of("r6_kh_x_1") == "r6"
    assert bench.split_of("r7_cv_x_1") == "r7"
    assert bench.split_of("r8_cv_x_1") == "r8"
    assert bench.split_of("r9_cv_x_1") == "r9"
    assert bench.split_of("r10_cv_x_1") == "r10"
    assert bench.split_of("r10_qd_ttg_345") == "r10"  # not mistaken for an older 'r1…' split
    assert bench.split_of("r11_kh_x_1") == "r11"
    assert bench.split_of("r12_tb_x_1") == "r12"
    assert bench.split_of("r13_cv_x_1") == "r13"
    assert bench.split_of("r14_cd_x_1") == "r14"  # not mistaken for an older 'r1…' split
    assert bench.split_of("r15_qd_x_1") == "r15"  # not mistaken for an older 'r1…' split
    assert bench.split_of("r16_tb_x_1") == "r16"
    assert bench.split_of("r17_kh_x_1") == "r17"  # not mistaken for an older 'r1…' split
    assert bench.split_of("r18_cv_x_1") == "r18"
    assert bench.split_of("r19_cv_x_1") == "r19"
    assert bench.split_of("r20_cv_x_1") == "r20"  # not mistaken for an older 'r2…' split
    assert bench.split_of("r21_cv_x_1") == "r21"  # not mistaken for an older 'r2…' split
    assert bench.split_of("r22_cv_x_1") == "r22"
    assert bench.split_of("r23_cv_x_1") == "r23"  # not the hashed 'r2_' split
    assert bench.split_of("r24_qd_x_1") == "r24"
    assert bench.split_of("r25_cv_x_1") == "r25"
    assert bench.split_of("r26_tb_x_1") == "r26"
    assert bench.split_of("r27_cv_x_1") == "r27"
    assert bench.split_of("r28_qd_x_1") == "r28"
    assert bench.split_of("r29_cv_x_1") == "r29"
    assert bench.split_of("r30_qd_x_1") == "r30"  # not the hashed 'r3_' split
    assert bench.split_of("r31_cv_x_1") == "r31"
    assert bench.split_of("r34_cv_x_1") == "r34"  # not the hashed 'r3_' split
    assert bench.split_of("r37_qd_x_1") == "r37"
    assert bench.split_of("r38_cv_x_1") == "r38"
    assert bench.split_of("r39_qd_x_1") == "r39"
    assert bench.split_of("r40_cv_x_1") == "r40"
    assert bench.split_of("r43_qd_x_1") == "r43"
    assert bench.split_of("r45_qd_x_1") == "r45"
    assert bench.split_of("r46_cv_x_1") == "r46"
    assert bench.split_of("r47_qd_x_1") == "r47"
    assert bench.split_of("r48_qd_x_1") == "r48"
    assert bench.split_of("r49_kh_x_1") == "r49"
    assert bench.split_of("r50_qd_x_1") == "r50"
    assert bench.split_of("r51_cv_x_1") == "r51"
    assert bench.split_of("r55_cv_x_1") == "r55"
    assert bench.split_of("r59_qd_x_1") == "r59"
    assert bench.split_of("r62_qd_x_1") == "r62"
    assert bench.split_of("r68_qd_x_1") == "r68"
    assert bench.split_of("r69_qd_x_1") == "r69"
    assert bench.split_of("r70_qd_x_1") == "r70"
    assert bench.split_of("r72_qd_x_1") == "r72"
    assert bench.split_of("r78_qd_x_1") == "r78"
    assert bench.split_of("r81_qd_x_1") == "r81"
    assert bench.split_of("r83_qd_x_1") == "r83"
    assert bench.split_of("r84_qd_x_1") == "r84"
    assert bench.split_of("r85_qd_x_1") == "r85"
    assert bench.split_of("r87_kh_x_1") == "r87"
    assert bench.split_of("r88_qd_x_1") == "r88"
    assert bench.split_of("r94_cv_x_1") == "r94"
    assert not {"r86", "r166", "r231", "r314", "r330", "r331", "r332"} & set(bench.SPLITS)  # (gathered none)
    assert bench.split_of("r3_cv_x_1") in ("r3", "r3-blind")


def test_the_later_collections_are_spent_and_only_one_hundred_and_fifty_two_of_them_are_held_out():
    assert {"r5", "r7", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15", "r16", "r17", "r18", "r19", "r20", "r21",
            "r22", "r23", "r24", "r25", "r26", "r27", "r28", "r29", "r30"} <= set(bench.SPLITS)
    assert set(bench.GROUPS["held-out"]) == {"r31", "r36", "r37", "r38", "r39", "r42", "r43", "r46", "r47", "r48",
                                                "r49", "r51", "r52", "r55", "r57", "r59", "r62", "r63", "r66",
                                                "r67", "r69", "r71", "r74", "r75", "r77", "r81", "r82", "r85", "r87", "r88",
                                                "r91", "r96", "r97", "r98", "r101", "r103", "r105", "r107", "r109", "r111", "r113", "r115", "r117", "r119", "r121", "r123", "r125", "r127", "r129", "r131", "r133", "r135", "r137", "r139", "r141", "r143", "r145", "r147", "r149", "r151", "r153", "r155", "r157", "r159", "r161", "r163", "r165", "r167", "r169", "r171", "r173", "r175", "r177", "r179", "r181", "r183", "r185", "r187", "r189", "r191", "r193", "r195", "r197", "r199", "r201", "r203", "r205", "r207", "r209", "r211", "r213", "r215", "r217", "r219", "r221", "r223", "r225", "r227", "r229", "r233", "r235", "r237", "r239", "r241", "r243", "r245", "r247", "r249", "r251", "r253", "r255", "r257", "r259", "r261", "r263", "r265", "r267", "r269", "r271", "r273", "r275", "r277", "r279", "r281", "r283", "r285", "r287", "r289", "r291", "r293", "r295", "r297", "r299", "r301", "r303", "r305", "r307", "r309", "r311", "r313", "r315", "r317", "r319", "r321", "r323", "r325", "r327", "r329", "r333", "r335", "r337", "r339"}
    assert "r3-blind" in bench.GROUPS["tuning"]  # spent: its unseen figure is recorded in docs/benchmarks.md
    assert {f"r{n}" for n in range(5, 31)} | {"r32", "r33", "r34", "r35", "r40", "r41", "r44",
                                                                "r45", "r50", "r53", "r54", "r56", "r58", "r61", "r64", "r65", "r68", "r70", "r72", "r73", "r76", "r78", "r79", "r80", "r83", "r84", "r89", "r90", "r92", "r93", "r94", "r95", "r99", "r100", "r102", "r104", "r106", "r108", "r110", "r112", "r114", "r116", "r118", "r120", "r122", "r124", "r126", "r128", "r130", "r132", "r134", "r136", "r138", "r140", "r142", "r144", "r146", "r148", "r150", "r152", "r154", "r156", "r158", "r160", "r162", "r164", "r168", "r170", "r172", "r174", "r176", "r178", "r180", "r182", "r184", "r186", "r188", "r190", "r192", "r194", "r196", "r198", "r200", "r202", "r204", "r206", "r208", "r210", "r212", "r214", "r216", "r218", "r220", "r222", "r224", "r226", "r228", "r230", "r232", "r234", "r236", "r238", "r240", "r242", "r244", "r246", "r248", "r250", "r252", "r254", "r256", "r258", "r260", "r262", "r264", "r266", "r268", "r270", "r272", "r274", "r276", "r278", "r280", "r282", "r284", "r286", "r288", "r290", "r292", "r294", "r296", "r298", "r300", "r302", "r304", "r306", "r308", "r310", "r312", "r316", "r318", "r320", "r322", "r324", "r326", "r328", "r334", "r336", "r338"} <= set(bench.GROUPS["tuning"])  # spent the same way
    assert not set(bench.GROUPS["tuning"]) & set(bench.GROUPS["held-out"])


@pytest.mark.parametrize("split", ["r31", "r36", "r37", "r38", "r39", "r42", "r43", "r46", "r47", "r48", "r49",
                                   "r51", "r52", "r55", "r57", "r59", "r62", "r63", "r66", "r67",
                                   "r69", "r71", "r74", "r75", "r77", "r81", "r82", "r85", "r87", "r88", "r91", "r96", "r97", "r98", "r101", "r103", "r105", "r107", "r109", "r111", "r113", "r115", "r117", "r119", "r121", "r123", "r125", "r127", "r129", "r131", "r133", "r135", "r137", "r139", "r141", "r143", "r145", "r147", "r149", "r151", "r153", "r155", "r157", "r159", "r161", "r163", "r165", "r167", "r169", "r171", "r173", "r175", "r177", "r179", "r181", "r183", "r185", "r187", "r189", "r191", "r193", "r195", "r197", "r199", "r201", "r203", "r205", "r207", "r209", "r211", "r213", "r215", "r217", "r219", "r221", "r223", "r225", "r227", "r229", "r233", "r235", "r237", "r239", "r241", "r243", "r245", "r247", "r249", "r251", "r253", "r255", "r257", "r259", "r261", "r263", "r265", "r267", "r269", "r271", "r273", "r275", "r277", "r279", "r281", "r283", "r285", "r287", "r289", "r291", "r293", "r295", "r297", "r299", "r301", "r303", "r305", "r307", "r309", "r311", "r313", "r315", "r317", "r319", "r321", "r323", "r325", "r327", "r329", "r333", "r335", "r337", "r339"])
def test_the_held_out_collections_are_never_tuned_on(split):
    assert split in bench.SPLITS
    assert split in bench.GROUPS["held-out"]
    assert split not in bench.GROUPS["tuning"]
    assert all(bench.split_of(p.name[:-len(".gold.json")]) == split
               for p in bench.LETTERS.glob(f"{split}_*.gold.json"))


def _fake_result():
    columns = bench.SPLITS + tuple(bench.GROUPS) + ("all",)
    score = {s: {f: [1, 1] for f in bench.FIELDS} for s in columns}
    misses = [("r5_cv_shown_2", "subject", "got", "want"),
              ("r6_kh_shown_2", "issuer", "got", "want"),
              ("r16_tb_shown_11", "number", "got", "want"),
              ("r14_cd_shown_9", "number", "got", "want"),
              ("r15_qd_shown_11", "subject", "got", "want"),
              ("r17_kh_shown_12", "number", "got", "want"),
              ("r18_cv_shown_12", "issuer", "got", "want"),
              ("r20_qd_shown_13", "number", "got", "want"),
              ("r19_cv_shown_13", "issuer", "got", "want"),
              ("r21_cv_shown_14", "subject", "got", "want"),
              ("r22_cv_shown_15", "number", "got", "want"),
              ("r23_cv_shown_16", "issuer", "got", "want"),
              ("r36_qd_hidden_17", "subject", "got", "want"),
              ("r31_cv_hidden_18", "issuer", "got", "want"),
              ("r10_cv_shown_7", "subject", "got", "want"),
              ("r12_tb_shown_8", "number", "got", "want"),
              ("r13_cv_shown_10", "issuer", "got", "want"),
              ("r9_cv_shown_6", "signer", "got", "want"),
              ("r8_cv_shown_5", "number", "got", "want"),
              ("r7_cv_shown_3", "subject", "got", "want"),
              ("r4_cv_shown_1", "number", "1/X", "2/X")]
    return {"score": score, "misses": misses, "references": {"found": 0, "extracted": 0, "labelled": 0}}


def test_misses_of_the_held_out_collection_print_only_with_show_blind(monkeypatch, capsys):
    monkeypatch.setattr(bench, "evaluate", _fake_result)
    bench.main(["-v"])
    out = capsys.readouterr().out
    assert "r4_cv_shown_1" in out and "r5_cv_shown_2" in out and "r7_cv_shown_3" in out
    assert "r6_kh_shown_2" in out and "r9_cv_shown_6" in out and "r8_cv_shown_5" in out
    assert "r14_cd_shown_9" in out and "r15_qd_shown_11" in out and "r16_tb_shown_11" in out
    assert "r17_kh_shown_12" in out and "r18_cv_shown_12" in out
    assert "r10_cv_shown_7" in out and "r12_tb_shown_8" in out and "r13_cv_shown_10" in out
    assert "r20_qd_shown_13" in out and "r19_cv_shown_13" in out
    assert "r21_cv_shown_14" in out and "r22_cv_shown_15" in out
    assert "r23_cv_shown_16" in out
    assert "r36_qd_hidden_17" not in out and "r31_cv_hidden_18" not in out
    assert "held-out = r31 + r36 + r37 + r38 + r39 + r42 + r43 + r46 + r47 + r48 + r49 + r51 + r52 + r55 + r57 + r59 + r62 + r63 + r66 + r67 + r69 + r71 + r74 + r75 + r77 + r81 + r82 + r85 + r87 + r88 " in out

    bench.main(["-v", "--show-blind"])
    out = capsys.readouterr().out
    assert "r36_qd_hidden_17" in out and "r31_cv_hidden_18" in out


def test_an_issuer_may_be_given_with_its_parent_as_the_seeds_gold_allows():
    from bench.extraction import same

    parent = "UBND tỉnh Kiên Giang"
    assert same("issuer", "Sở Y tế tỉnh Kiên Giang", "Sở Y tế", parent)
    assert same("issuer", "Văn phòng Ủy ban nhân dân tỉnh Kiên Giang", "Văn phòng", parent)
    assert not same("issuer", "Sở Y tế tỉnh An Giang", "Sở Y tế", parent)
    assert not same("issuer", "Sở Y tế tỉnh Kiên Giang", "Sở Y tế")  # no parent labelled: the name alone
    assert not same("issuer", "Sở Y tế", "Sở Y tế tỉnh Kiên Giang", parent)


def test_the_tests_and_the_stress_bench_never_read_the_held_out_letters(tmp_path):
    for name in ("r6_cv_x_1", "r4_cv_x_1", "r7_cv_x_1", "r8_cv_x_1", "r9_cv_x_1", "r10_cv_x_1", "r12_tb_x_1",
                 "r13_cv_x_1", "r14_cd_x_1", "r15_qd_x_1", "r16_tb_x_1", "r17_kh_x_1", "r18_cv_x_1",
                 "r19_cv_x_1", "r20_qd_x_1", "r21_cv_x_1", "r22_cv_x_1", "r23_cv_x_1", "r24_qd_x_1",
                 "r25_cv_x_1", "r26_tb_x_1", "r27_cv_x_1", "r28_qd_x_1", "r29_cv_x_1", "r30_qd_x_1", "r31_cv_x_1"):
        (tmp_path / f"{name}.gold.json").write_text("{}", encoding="utf-8")
    assert [n for n, _, _ in bench.load(tmp_path, held_out=False)] == [
        "r10_cv_x_1", "r12_tb_x_1", "r13_cv_x_1", "r14_cd_x_1", "r15_qd_x_1", "r16_tb_x_1", "r17_kh_x_1",
        "r18_cv_x_1", "r19_cv_x_1", "r20_qd_x_1", "r21_cv_x_1", "r22_cv_x_1", "r23_cv_x_1", "r24_qd_x_1",
        "r25_cv_x_1", "r26_tb_x_1", "r27_cv_x_1", "r28_qd_x_1", "r29_cv_x_1", "r30_qd_x_1", "r4_cv_x_1",
        "r6_cv_x_1", "r7_cv_x_1", "r8_cv_x_1", "r9_cv_x_1"]
    assert [n for n, _, _ in bench.load(tmp_path)] == ["r10_cv_x_1", "r12_tb_x_1", "r13_cv_x_1", "r14_cd_x_1",
                                                        "r15_qd_x_1", "r16_tb_x_1", "r17_kh_x_1", "r18_cv_x_1", "r19_cv_x_1",
                                                        "r20_qd_x_1", "r21_cv_x_1", "r22_cv_x_1", "r23_cv_x_1", "r24_qd_x_1",
                                                        "r25_cv_x_1", "r26_tb_x_1", "r27_cv_x_1", "r28_qd_x_1",
                                                        "r29_cv_x_1", "r30_qd_x_1", "r31_cv_x_1", "r4_cv_x_1",
                                                        "r6_cv_x_1", "r7_cv_x_1", "r8_cv_x_1", "r9_cv_x_1"]


def test_a_letter_is_headed_by_the_national_motto_and_a_post_reporting_it_is_a_relay():
    headed = "ỦY BAN NHÂN DÂN\nTỈNH X\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1/UBND-VX"
    assert bench.form_of(headed) == "headed"
    assert bench.form_of("UBND TINH X\nCONG HOA XA HOI CHU NGHIA VIET NAM\nDoc lap - Tu do") == "headed"  # OCR
    assert bench.form_of("UBND\nĐộc lập - Tự do - Hạnh phúc\nSố: 2/UBND") == "headed"  # motto's first line lost
    assert bench.form_of("Ngày 14-6-2021, UBND tỉnh có Công văn số 3314/UBND-TH gửi ...") == "relay"


def test_the_key_fields_are_also_scored_per_form(monkeypatch, tmp_path):
    (tmp_path / "r4_cv_a_1.txt").write_text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1/UBND", encoding="utf-8")
    (tmp_path / "r4_cv_b_2.txt").write_text("UBND tỉnh có Công văn số 2/UBND", encoding="utf-8")
    for n, number in (("r4_cv_a_1", "1/UBND"), ("r4_cv_b_2", "2/UBND")):
        (tmp_path / f"{n}.gold.json").write_text(
            '{"doc_type": "Công văn", "number": "%s", "issued_date": null, "issuer": "UBND", "subject": null}'
            % number, encoding="utf-8")
    monkeypatch.setattr(bench, "extract_file", lambda path: {"doc_type": "Công văn", "number": "1/UBND",
                                                             "issuer": "UBND"})
    result = bench.evaluate(bench.load(tmp_path))["by_form"]
    assert result["tuning", "headed"]["number"] == [1, 1]
    assert result["tuning", "relay"]["number"] == [0, 1]
    assert result["all", "relay"]["doc_type"] == [1, 1]


def test_a_letter_with_no_addressees_counts_the_same_labelled_empty_or_absent():
    assert bench.same("recipients", None, [])
    assert bench.same("recipients", [], None)
    assert not bench.same("recipients", None, ["Sở Y tế"])


def test_a_place_written_with_the_citys_abbreviation_is_the_same_place():
    assert bench.same("place", "Tp.Hồ Chí Minh", "Thành phố Hồ Chí Minh")
    assert not bench.same("place", "Hà Nội", "Thành phố Hồ Chí Minh")


def test_a_body_named_with_its_sectors_abbreviation_or_tp_without_a_dot_is_the_same_body():
    assert bench.same("issuer", "Phòng Giáo dục và Đào tạo", "Phòng GD&ĐT")
    assert bench.same("issuer", "Cục Thuế thành phố Hải Phòng", "Cục Thuế TP Hải Phòng")
    assert not bench.same("issuer", "Phòng Tài chính - Kế hoạch", "Phòng GD&ĐT")


def test_a_key_field_its_labeller_left_out_of_scored_is_not_scored():
    gold = {"scored": ["doc_type", "number", "issued_date", "issuer"], "subject": "known only from the site's title"}
    assert "subject" not in bench.fields_of(gold)
    assert "subject" in bench.fields_of({"subject": None})  # no 'scored': every field


def test_a_subject_whose_label_runs_its_about_words_together_is_the_same_subject():
    assert bench.same("subject", "Về việc hỗ trợ giống cây trồng", "VỀVIỆC HỖ TRỢ GIỐNG CÂY TRỒNG")
    assert bench.same("subject", "hỗ trợ giống cây trồng", "Về việc hỗ trợ giống cây trồng")
    assert not bench.same("subject", "Về việc hỗ trợ giống lúa", "VỀVIỆC HỖ TRỢ GIỐNG CÂY TRỒNG")
