"""GB 11643 ID numbers, GB 32100 credit codes and GB/T 9704 document numbers."""

from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from sanxiang.kernel.identifiers import (
    PROVINCE_PREFIXES,
    USCC_ALPHABET,
    USCC_AUTHORITIES,
    DocumentNumber,
    citizen_id_birth_date,
    citizen_id_check_char,
    explain_citizen_id,
    explain_uscc,
    is_valid_citizen_id,
    is_valid_uscc,
    normalize_document_number,
    parse_document_number,
    uscc_check_char,
)

TODAY = date(2026, 6, 1)

# --------------------------------------------------------------------------------------------
# Citizen ID numbers
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("number", ["11010519491231002X", "440524188001010014", "11010519491231002x"])
def test_standard_examples_are_valid(number):
    assert is_valid_citizen_id(number, today=TODAY)
    assert explain_citizen_id(number, today=TODAY) is None


def test_check_char_of_the_standard_example():
    assert citizen_id_check_char("11010519491231002") == "X"
    assert citizen_id_check_char("44052418800101001") == "4"


def test_check_char_rejects_non_digits():
    with pytest.raises(ValueError):
        citizen_id_check_char("1101051949123100")
    with pytest.raises(ValueError):
        citizen_id_check_char("1101051949123100A")


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("110105194912310021", "校验码错误：第18位应为X"),
        ("110105194902300028", "出生日期不存在"),
        ("1101051949123100", "长度应为18位（或15位旧号码），实际为16位"),
        ("", "身份号码不能为空"),
        ("99010519491231002X", "行政区划代码无效"),
        ("00010519491231002X", "行政区划代码无效"),
        ("11010519491231002Y", "第18位（校验码）应为数字或X"),
        ("1101051949123100AX", "前17位应为数字"),
        ("11010520300101002X", "出生日期晚于今天"),
        ("11010518000101002X", "出生日期过早（早于1850年）"),
        ("11010549123100A", "15位旧号码应全部为数字"),
    ],
)
def test_explain_citizen_id_says_what_is_wrong(number, message):
    assert explain_citizen_id(number, today=TODAY) == message
    assert not is_valid_citizen_id(number, today=TODAY)


def test_full_width_digits_are_not_digits():
    assert not is_valid_citizen_id("１１０１０５１９４９１２３１００２Ｘ", today=TODAY)


def test_non_strings_are_invalid():
    assert not is_valid_citizen_id(None)  # type: ignore[arg-type]
    assert not is_valid_citizen_id(11010519491231002)  # type: ignore[arg-type]


def test_legacy_fifteen_digit_numbers():
    assert is_valid_citizen_id("110105491231002", today=TODAY)
    assert citizen_id_birth_date("110105491231002") == date(1949, 12, 31)
    assert explain_citizen_id("110105490231002", today=TODAY) == "出生日期不存在"


def test_birth_date():
    assert citizen_id_birth_date("11010519491231002X") == date(1949, 12, 31)
    assert citizen_id_birth_date("110105194902300028") is None
    assert citizen_id_birth_date("abc") is None


def test_hong_kong_macao_taiwan_residence_permits_are_plausible_regions():
    first17 = "83000019900101001"
    assert is_valid_citizen_id(first17 + citizen_id_check_char(first17), today=TODAY)


def test_birth_date_bound_defaults_to_today():
    assert is_valid_citizen_id("11010519491231002X")
    first17 = f"110105{date.today().year + 1}0101001"
    assert not is_valid_citizen_id(first17 + citizen_id_check_char(first17))


@st.composite
def citizen_ids(draw):
    province = draw(st.sampled_from(sorted(PROVINCE_PREFIXES)))
    rest_of_region = draw(st.from_regex(r"\A[0-9]{4}\Z"))
    birth = draw(st.dates(min_value=date(1850, 1, 1), max_value=TODAY))
    sequence = draw(st.from_regex(r"\A[0-9]{3}\Z"))
    first17 = f"{province}{rest_of_region}{birth:%Y%m%d}{sequence}"
    return first17 + citizen_id_check_char(first17)


@given(citizen_ids())
def test_generated_ids_are_valid(number):
    assert is_valid_citizen_id(number, today=TODAY)
    assert is_valid_citizen_id(number.lower(), today=TODAY)


ID_CHARACTERS = "0123456789Xx"


@given(citizen_ids(), st.integers(0, 17), st.sampled_from(ID_CHARACTERS))
def test_every_single_substitution_of_an_id_is_rejected(number, position, replacement):
    assume(replacement.upper() != number[position].upper())  # x for X is the same number
    mutated = number[:position] + replacement + number[position + 1 :]
    assert not is_valid_citizen_id(mutated, today=TODAY)


def test_all_single_substitutions_of_the_standard_example_are_rejected():
    number = "11010519491231002X"
    for position in range(18):
        for replacement in ID_CHARACTERS:
            if replacement.upper() == number[position].upper():
                continue
            mutated = number[:position] + replacement + number[position + 1 :]
            assert not is_valid_citizen_id(mutated, today=TODAY), mutated


# --------------------------------------------------------------------------------------------
# Unified social credit codes
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["91440704304226404T", "91341721087572027B", "914107216999952908"])
def test_standard_credit_code_examples_are_valid(code):
    assert is_valid_uscc(code)
    assert explain_uscc(code) is None
    assert uscc_check_char(code[:17]) == code[17]


def test_central_authority_region_code():
    first17 = "12100000400010398"
    assert is_valid_uscc(first17 + uscc_check_char(first17))


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("91440704304226404A", "校验码错误：第18位应为T"),
        ("9144070430422640", "统一社会信用代码应为18位，实际为16位"),
        ("", "统一社会信用代码不能为空"),
        ("91440704304226404t", "第18位字母应为大写"),
        (
            "9144070430422640IT",
            "第17位“I”不是统一社会信用代码允许的字符（数字和除I、O、S、V、Z以外的大写字母）",
        ),
        ("B1440704304226404T", "第1位登记管理部门代码“B”无效"),
        (
            "94440704304226404T",
            "第2位机构类别代码“4”无效：登记管理部门“工商（市场监管）”的机构类别应为1、2、3",
        ),
        ("91A40704304226404T", "第3至8位登记管理机关行政区划码无效"),
        ("91990704304226404T", "第3至8位登记管理机关行政区划码无效"),
    ],
)
def test_explain_uscc_says_what_is_wrong(code, message):
    assert explain_uscc(code) == message
    assert not is_valid_uscc(code)


def test_uscc_check_char_rejects_bad_input():
    with pytest.raises(ValueError):
        uscc_check_char("9144070430422640")
    with pytest.raises(ValueError):
        uscc_check_char("9144070430422640O")


@st.composite
def credit_codes(draw):
    authority = draw(st.sampled_from(sorted(USCC_AUTHORITIES)))
    kind = draw(st.sampled_from(sorted(USCC_AUTHORITIES[authority][1])))
    province = draw(st.sampled_from(sorted(PROVINCE_PREFIXES)))
    region = province + draw(st.from_regex(r"\A[0-9]{4}\Z"))
    body = "".join(draw(st.lists(st.sampled_from(USCC_ALPHABET), min_size=9, max_size=9)))
    first17 = authority + kind + region + body
    return first17 + uscc_check_char(first17)


@given(credit_codes())
def test_generated_credit_codes_are_valid(code):
    assert is_valid_uscc(code)


@given(credit_codes(), st.integers(0, 17), st.sampled_from(USCC_ALPHABET))
def test_every_single_substitution_of_a_credit_code_is_rejected(code, position, replacement):
    assume(replacement != code[position])
    mutated = code[:position] + replacement + code[position + 1 :]
    assert not is_valid_uscc(mutated)


# --------------------------------------------------------------------------------------------
# Document numbers
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "国市监处罚〔2026〕10号",
        "国市监处罚[2026]10号",
        "国市监处罚(2026)10号",
        "国市监处罚（2026）10号",
        "国市监处罚【2026】10号",
        "国市监处罚［2026］10号",
        "国市监处罚﹝2026﹞10号",
        "国市监处罚〔2026〕第10号",
        "国市监处罚〔2026〕010号",
        "国市监处罚〔2026〕第0010号",
        "国市监处罚〔２０２６〕１０号",
        " 国市监处罚 〔 2026 〕 10 号 ",
        "国市监处罚〔2026〕10",
    ],
)
def test_document_number_variants_normalise(written):
    assert normalize_document_number(written) == "国市监处罚〔2026〕10号"


def test_parse_document_number():
    assert parse_document_number("玉司发[2023]第020号") == DocumentNumber("玉司发", 2023, 20)
    assert str(DocumentNumber("玉司发", 2023, 20)) == "玉司发〔2023〕20号"


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("", "文号不能为空"),
        ("国市监处罚10号", "文号格式不正确"),
        ("国市监处罚〔〕10号", "文号缺少年份"),
        ("国市监处罚〔26〕10号", "文号年份应为4位数字"),
        ("国市监处罚〔20260〕10号", "文号年份应为4位数字"),
        ("国市监处罚〔2026〕号", "文号缺少发文顺序号"),
        ("国市监处罚〔2026〕0号", "文号发文顺序号不能为0"),
        ("〔2026〕10号", "文号缺少机关代字"),
        ("国市监处罚〔2026〕10号附件", "文号格式不正确"),
    ],
)
def test_not_a_document_number(written, message):
    with pytest.raises(ValueError, match=message):
        normalize_document_number(written)


prefixes = st.text(alphabet="国市监处罚玉溪司法局政发麒麟审批字办函", min_size=1, max_size=8)
OPEN_CLOSE = ["〔〕", "[]", "()", "（）", "【】", "［］", "﹝﹞"]
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@st.composite
def written_variants(draw):
    prefix = draw(prefixes)
    year = draw(st.integers(1949, 2100))
    number = draw(st.integers(1, 99999))
    brackets = draw(st.sampled_from(OPEN_CLOSE))
    zeros = "0" * draw(st.integers(0, 3))
    di = draw(st.sampled_from(["", "第"]))
    year_text, number_text = str(year), zeros + str(number)
    if draw(st.booleans()):
        year_text, number_text = year_text.translate(FULL_WIDTH), number_text.translate(FULL_WIDTH)
    space = draw(st.sampled_from(["", " ", "\u3000"]))
    written = f"{prefix}{space}{brackets[0]}{year_text}{brackets[1]}{space}{di}{number_text}{space}号"
    return written, f"{prefix}〔{year}〕{number}号"


@given(written_variants())
def test_every_variant_normalises_to_the_canonical_form(case):
    written, canonical = case
    assert normalize_document_number(written) == canonical


@given(written_variants())
def test_normalisation_is_idempotent(case):
    once = normalize_document_number(case[0])
    assert normalize_document_number(once) == once
