"""Structured identifiers: found however they are written, masked within the limits."""

from __future__ import annotations

import pytest

from sanxiang.kernel.redaction import redact

from .helpers import hidden, kinds, touched

VALID_ID = "11010519491231002X"
VALID_ID2 = "440524188001010014"
VALID_USCC = "91440704304226404T"
DIGIT_USCC = "914107216999952908"


@pytest.mark.parametrize(
    "written",
    [
        VALID_ID,
        VALID_ID.lower(),
        "440524188001010015",  # wrong check digit: still somebody's ID
        "44052418800101001X",  # wrong check character X
        "110105491231002",  # legacy 15-digit number
        "440524 18800101 0014",
        "4405-2418-8001-0100-14",
        "４４０５２４１８８００１０１００１４",
        "440524\u200b18800101\u200c0014",
        "4\u200b4\u200b0\u200b5\u200b2\u200b4\u200b1\u200b8\u200b8\u200b0\u200b0\u200b1\u200b0\u200b1\u200b0\u200b0\u200b1\u200b4",
        "4 4 0 5 2 4 1 8 8 0 0 1 0 1 0 0 1 4",
    ],
)
def test_id_numbers_are_hidden_however_written(written):
    text = f"当事人身份证号码：{written}，其他信息略。"
    assert hidden(text, written)
    res = redact(text)
    assert [s.kind for s in res.spans] == ["id_number"]
    assert "19491231" not in res.text and "18800101" not in res.text


def test_unlabelled_id_number_in_running_text():
    text = f"经核实，其持有的号码为{VALID_ID2}的证件系本人所有。"
    assert kinds(text) == ["id_number"]


def test_id_number_never_keeps_its_birth_date():
    for policy in (None, {"id_keep_head": 10, "id_keep_tail": 10}):
        res = redact(f"身份证号码：{VALID_ID2}", policy=policy)
        rep = res.spans[0].replacement
        assert len(rep) == 18
        assert not any(c.isdigit() for c in rep[6:14])


def test_credit_codes_stay_even_all_digits():
    text = f"统一社会信用代码：{VALID_USCC}；另一家企业信用代码{DIGIT_USCC}。"
    assert redact(text).spans == ()
    assert redact(f"该公司代码为{DIGIT_USCC}。").spans == ()


@pytest.mark.parametrize(
    "written",
    ["13800138000", "138 0013 8000", "138-0013-8000", "+86 138 0013 8000", "+8613800138000",
     "１３８００１３８０００", "138\u200b0013\u200b8000", "一三八〇〇一三八〇〇〇"],
)  # fmt: skip
def test_mobile_numbers_are_hidden(written):
    text = f"当事人联系电话：{written}。"
    assert hidden(text, written)
    rep = redact(text).spans[0].replacement
    assert rep == "138****8000"


def test_landline_and_labelled_short_numbers():
    assert hidden("联系电话：0755-23334567。", "0755-23334567")
    assert hidden("住宅电话：8123456", "8123456")
    rep = redact("电话：8123456").spans[0].replacement
    assert sum(c.isdigit() for c in rep) <= 3


def test_agency_phones_and_hotlines_stay():
    text = "如有疑问，请与本机关联系，联系电话：0755-23334567，投诉举报电话：12315。"
    assert redact(text).spans == ()
    text = "（本机关地址：深圳市龙华区梅龙大道1号，联系电话：0755-23334567）"
    assert redact(text).spans == ()


def test_email_hidden_but_agency_mailbox_stays():
    text = "电子邮箱：zhang.wei88@163.com；本局邮箱：scjg@sz.gov.cn"
    res = redact(text)
    assert [s.original for s in res.spans] == ["zhang.wei88@163.com"]
    assert res.spans[0].replacement == "z***@163.com"
    assert hidden("邮箱：zhangwei＠qq．com", "zhangwei＠qq．com")


@pytest.mark.parametrize("written", ["6222021234567890123", "6222 0212 3456 7890 123", "62220212-3456-7890-123"])
def test_bank_cards_keep_at_most_last_four(written):
    res = redact(f"银行账号：{written}")
    (span,) = res.spans
    assert span.kind == "bank_account"
    assert sum(c.isdigit() for c in span.replacement) <= 4
    assert span.replacement.endswith("0123")


def test_company_accounts_by_label_and_long_numbers_without_label():
    assert kinds("开户银行：中国银行，账号：44050112345678") == ["bank_account"]
    assert kinds("转入4405011234567890的账户") == ["bank_account"]


def test_passports_and_other_certificates_in_context():
    assert kinds("证件类型：护照，证件号码：E12345678") == ["passport"]
    assert kinds("另持有港澳通行证，证件号码C33452895。") == ["passport"]
    assert kinds("驾驶证档案编号为440300123456") in (["passport"], ["bank_account"])
    res = redact("护照号码：EA1234567")
    assert res.spans[0].replacement == "E********"


@pytest.mark.parametrize(
    "cert",
    ["粤（2019）深圳市不动产权第0123456号", "京（2020）朝阳区不动产证明第0001234号", "京房权证朝字第123456号",
     "深房地字第3000123456号", "深国用（2003）第012345号"],
)  # fmt: skip
def test_property_certificates(cert):
    text = f"当事人名下房屋（不动产权证号：{cert}）予以查封。"
    assert hidden(text, cert)
    rep = redact(text).spans[0].replacement
    assert not any(c.isdigit() for c in rep.split("）")[-1])  # the serial is gone


def test_property_certificate_without_label():
    assert kinds("其名下另有房产一处（沪房地浦字(2005)第012345号）。") == ["property_certificate"]


@pytest.mark.parametrize("plate", ["粤B12345", "京A·D12345", "沪AD12345", "川A 8K2L9", "粤B1234学"])
def test_vehicle_plates(plate):
    text = f"当事人驾驶{plate}号车辆。"
    assert hidden(text, plate)


def test_wechat_and_qq_handles():
    assert kinds("我的微信号是wxcu04979w，也给过现金。") == ["contact"]
    assert kinds("QQ：12345678") == ["contact"]


def test_officer_certificate_numbers_stay():
    text = "执法人员：赵强（执法证号：44030012345）、孙丽（执法证号：44030012346）"
    assert redact(text).spans == ()


def test_document_numbers_dates_and_amounts_stay():
    text = "深龙华市监罚〔2024〕123号：2024年3月1日，决定罚款人民币50000元、没收违法所得1,234,567.00元。"
    assert redact(text).spans == ()
    assert not touched(text, "20240301") if "20240301" in text else True


def test_phone_glued_to_letters():
    assert kinds("tel13800138000") == ["phone"]


def test_mobile_on_an_agency_line_is_still_hidden():
    text = "本局已调查完毕。您登记的联系电话为13403787067，本局窗口电话：0755-23334567。"
    res = redact(text)
    assert [s.original for s in res.spans] == ["13403787067"]


def test_agency_landline_without_a_phone_label_stays():
    assert redact("如有疑问请致电本局窗口：021-30501294。").spans == ()


def test_qq_inside_a_credit_code_is_not_a_handle():
    assert redact("统一社会信用代码：91510107QQXNQU6B2J").spans == ()


def test_registration_certificate_number_of_a_person():
    text = "执业药师钟离俊（执业药师注册证编号：2395964972）长期不在岗。"
    assert kinds(text) == ["person_name", "passport"] or "2395964972" not in redact(text).text
    assert "2395964972" not in redact(text).text


def test_a_natural_persons_taxpayer_number_is_the_id_number():
    text = (
        "当事人：孙永福\n纳税人识别号：522632 61010255 3\n当事人：李小红\n纳税人识别号：520328198201172644\n"
        "当事人：某某建材有限公司\n纳税人识别号：91330106MA2H3K4X5Y\n"
    )
    r = redact(text)
    assert "520328198201172644" not in r.text and "61010255" not in r.text
    assert "91330106MA2H3K4X5Y" in r.text  # an organisation's stays


def test_wechat_account_in_brackets_forest_certificates_and_fishing_boats():
    text = (
        "货款通过微信转账支付至当事人的微信账号（wxid_cmiv8hm83tr9ka）。"
        "在林地上（林权证号：英林证字（2010）第056883号）采伐。林权证（证号：景林证字（2009）第036519号）上登记。"
        "发现船名号为“浙丽渔31299”的木质渔船，执法人员乘浙渔政31号执法艇赶到。依据吉林证监局〔2020〕12号文件。"
    )
    r = redact(text)
    for leaked in ("wxid_cmiv8hm83tr9ka", "056883", "036519", "浙丽渔31299"):
        assert leaked not in r.text
    for kept in ("浙渔政31号", "吉林证监局〔2020〕12号", "林权证"):
        assert kept in r.text


def test_officers_certificate_numbers_in_lists_and_on_officer_lines_stay():
    text = (
        "执法人员：严明  证件号63039047671；吴红艳  证件号津B62619\n"
        "法制审核人：马佳宁（法律职业资格证书编号：A2018660567202）\n"
        "执法人员高雪莲、吴建新（执法证号：云执202170414、云A74762）出示了执法证件（证号33438474986、桂D80816）。\n"
        "当事人：王五，身份证号码：110101199003071234，驾驶桂D80817号车。\n"
    )
    r = redact(text)
    for kept in ("63039047671", "津B62619", "A2018660567202", "云A74762", "桂D80816", "吴红艳"):
        assert kept in r.text
    for gone in ("110101199003071234", "桂D80817", "王五"):
        assert gone not in r.text


def test_numbers_that_lead_to_a_person_under_thing_like_labels():
    text = (
        "快递单号为JT8867790227729。养犬登记证号为温犬36308598。维保人员杜勇（作业人员证号：T京2019238902）称。"
        "丁颖称其通过微信（56954707431）联系。"
    )
    r = redact(text)
    for gone in ("JT8867790227729", "36308598", "2019238902", "56954707431"):
        assert gone not in r.text
    assert "养犬登记证号" in r.text


def test_trademark_registrations_and_equipment_codes_stay():
    text = "注册的商标（注册证号：第32837497号）。电梯（设备代码：31103550052010736765）发生困人故障。"
    assert redact(text).spans == ()
