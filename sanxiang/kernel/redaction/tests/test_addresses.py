"""Home addresses go (down to the county/district); registered and agency addresses stay."""

from __future__ import annotations

import pytest

from sanxiang.kernel.redaction import redact

from .helpers import hidden, touched


def test_home_address_keeps_only_the_county():
    res = redact("当事人：王小明，住址：广东省深圳市南山区粤海街道科技园路8号3栋1201室，联系电话略。")
    (addr,) = [s for s in res.spans if s.kind == "address"]
    assert addr.original == "广东省深圳市南山区粤海街道科技园路8号3栋1201室"
    assert addr.replacement == "广东省深圳市南山区***"


@pytest.mark.parametrize("label", ["住址：", "家庭住址：", "现住", "，住", "户籍地：", "家住"])
def test_home_address_labels(label):
    text = f"当事人王小明{label}湖南省长沙市岳麓区麓山路12号3栋101室。"
    assert hidden(text, "麓山路12号3栋101室")


@pytest.mark.parametrize("level,expected", [("county", "湖南省长沙市岳麓区***"), ("city", "湖南省长沙市***"),
                                            ("province", "湖南省***"), ("none", "***")])  # fmt: skip
def test_address_keep_level(level, expected):
    res = redact("住址：湖南省长沙市岳麓区麓山路12号", policy={"address_keep": level})
    assert res.spans[0].replacement == expected


def test_company_registered_address_stays_person_domicile_goes():
    company = "当事人：长沙市恒信商贸有限公司\n统一社会信用代码：91440704304226404T\n住所：湖南省长沙市岳麓区麓山路12号"
    assert not touched(company, "湖南省长沙市岳麓区麓山路12号")
    person = "当事人：王小明，男，1980年1月1日出生\n住所：湖南省长沙市岳麓区麓山路12号"
    assert hidden(person, "麓山路12号")


def test_business_premises_stay():
    text = "经营场所：深圳市龙华区民治街道人民路12号\n经营者：刘德华，住址：深圳市龙华区民治街道梅龙路3号5栋2单元801室"
    assert not touched(text, "深圳市龙华区民治街道人民路12号")
    assert hidden(text, "民治街道梅龙路3号5栋2单元801室")


def test_agency_address_stays():
    text = "如不服本决定，可以申请行政复议。\n（本机关地址：深圳市龙华区梅龙大道1号，联系电话：0755-23334567）"
    assert redact(text).spans == ()


def test_address_split_across_lines():
    text = "住址：福建省厦门市思明区石岩街道新华街289号幸福里小区8栋\n705室  联系电话：15960870000"
    assert hidden(text, "705室")
    assert hidden(text, "石岩街道新华街289号幸福里小区8栋")


def test_address_in_running_text():
    text = "经查，当事人家住河口村3组15号，平时在镇上务工。"
    assert hidden(text, "河口村3组15号")


def test_legal_prose_with_address_words_is_not_an_address():
    text = "被告住所地与经常居住地不一致的，由经常居住地人民法院管辖。居住在中华人民共和国境内的公民，应当申领居民身份证。"
    assert redact(text).spans == ()


def test_financial_situation():
    res = redact("当事人称其月收入约3000元，家庭存款2万元，罚款5000元。")
    assert [s.kind for s in res.spans] == ["financial", "financial"]
    assert "5000元" in res.text


def test_zhu_before_a_place_starting_with_su():
    text = "当事人：楚瑞，男，渔民，住宿州市砀山县龙城街道朝阳街228号，身份证号略。"
    assert hidden(text, "龙城街道朝阳街228号")
    assert redact("当事人在该宾馆住宿三晚。").spans == ()


def test_financial_with_only():
    assert [s.kind for s in redact("我家里还有老人要养，月收入只有3000元。").spans] == ["financial"]


def test_home_addresses_without_a_label():
    text = (
        "经查，当事人将其位于绵阳市涪城区育才路127号的自建房出租给他人居住。"
        "民警从其家中（白沙镇石板村4组76号）查获。其家位于石门镇吴家岭村10组51号。"
        "该公司将其位于工业园区8号的厂房出租。"
    )
    r = redact(text)
    for detail in ("育才路127号", "石板村4组76号", "吴家岭村10组51号"):
        assert detail not in r.text
    assert "涪城区" in r.text  # the county stays
    assert "工业园区8号的厂房" in r.text  # a business's premises stay


def test_delivery_addresses_flats_and_homes_kept_in_brackets():
    text = (
        "王凯饲养中华田园犬一只，平时养在其住所（锦华苑1期13座1402）内。收货人为李玉洁，"
        "收货地址为大连市甘井子区体育路32号紫荆花园3期27座2201。蓝晓光（10栋1404房）等投诉，6栋2001房业主黄春兰也投诉。"
        "谢剑锋与其妻子班春艳共有的住房位于上海市浦东新区丰泽园小区2栋3单元702室。\n"
        "当事人：某某科技有限公司\n住所：某路1号（3栋1201室）"
    )
    r = redact(text)
    for gone in ("13座1402", "27座2201", "10栋1404房", "6栋2001房", "2栋3单元702室"):
        assert gone not in r.text
    assert "某路1号（3栋1201室）" in r.text


def test_regions_starting_with_a_function_character_and_homes_named_by_position():
    text = (
        "当事人：张三，男，公民身份号码410306780621848，住都昌县白沙洲乡杨柳村8组。\n"
        "当事人：李四，女，职业：务农，住所：和龙市三汊港镇彭家湖村五组17号。现住所：遂昌县新河镇郑家台村11组。\n"
        "与邻居李明德在李明德位于三汊港镇刘庄村5组40号的家门口发生争吵。在当事人住宅（王集镇黄泥坳村11组25号）的卧室。"
        "送达你的住所地（阳朔县白沙洲乡张家岭村汪家组44号）。位于X村12号的家禽养殖场。住所地与经常居住地不一致的。\n"
    )
    r = redact(text)
    for gone in ("杨柳村8组", "彭家湖村五组17号", "郑家台村11组", "刘庄村5组40号", "黄泥坳村11组25号", "汪家组44号"):
        assert gone not in r.text
    assert "X村12号的家禽" in r.text and "住所地与经常居住地不一致" in r.text


def test_addresses_opening_with_a_function_character_and_addressed_to_you():
    text = (
        "平时养在其住所（和谐家园7幢102室）内。业主委员会主任吴玉洁（紫荆花园11栋2202房）代表业主投诉。"
        "当事人系和谐家园2栋204房业主。\n    你在申请表中填写的通讯地址为余干县城北街道青年路261号，联系电话18299894741。"
        "送达你的住所地（阳朔县白沙洲乡张家岭村汪家组44号）。住所地与经常居住地不一致的。"
    )
    r = redact(text)
    for gone in ("7幢102室", "11栋2202房", "2栋204房", "青年路261号", "汪家组44号"):
        assert gone not in r.text
    assert "当事人系" in r.text and "住所地与经常居住地不一致" in r.text
