"""Cases of the kinds holdout13/holdout14 showed on their first run (PDF-extracted text, foreign
names, nicknames, signatures, officials' lists, rooms and homes); written fresh here."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sanxiang.kernel.redaction import redact
from sanxiang.kernel.redaction._engine import _join_broken_lines

from .helpers import hidden, touched


def _names(text: str, **kw) -> list[str]:
    return [s.original for s in redact(text, **kw).spans if s.kind == "person_name"]


def test_identifiers_broken_by_a_line_end_are_found_whole():
    text = (
        "公民身份号码：370211195008\n014930，住址略。卡号：622\n2022087058548186）连同手机卡。"
        "我的支付宝账号是qq.b\no@foxmail.com，微信号是kevin_3676\n1，联系电话：155\n 9825 9547）。"
    )
    res = redact(text)
    kinds = {s.kind: s.original for s in res.spans}
    assert kinds["id_number"] == "370211195008\n014930"
    assert kinds["bank_account"] == "622\n2022087058548186"
    assert kinds["email"] == "qq.b\no@foxmail.com"
    assert kinds["phone"] == "155\n 9825 9547"
    for piece in ("370211195008", "014930", "2022087058548186", "9825 9547"):
        assert piece not in res.text


def test_separate_numbers_on_separate_lines_are_not_glued():
    text = "罚款金额：\n3000\n4000\n合计7000元。"
    assert redact(text).spans == ()


def test_a_name_broken_by_a_line_end_is_hidden_with_the_same_pseudonym():
    text = "违法行为人陈雨泽经刘文\n韬介绍出租银行卡。其中一笔转入刘文韬本人名下账户。"
    res = redact(text)
    spans = [s for s in res.spans if s.kind == "person_name"]
    assert [s.original for s in spans] == ["陈雨泽", "刘文\n韬", "刘文韬"]
    assert spans[1].replacement == spans[2].replacement


def test_latin_names_and_their_chinese_forms_share_one_pseudonym():
    text = (
        "违法行为人：Emeka Obi（中文名：埃梅卡·奥比），男。现查明：Emeka Obi于2023年入境。"
        "违法行为人：刘嘉欣（LAU KA YAN），女，香港居民。经OBD诊断仪检测。"
    )
    res = redact(text)
    by = {}
    for s in res.spans:
        by.setdefault(s.original, set()).add(s.replacement)
    assert set(by) == {"Emeka Obi", "埃梅卡·奥比", "刘嘉欣", "LAU KA YAN"}
    assert by["Emeka Obi"] == by["埃梅卡·奥比"]
    assert by["刘嘉欣"] == by["LAU KA YAN"]
    assert not touched(text, "OBD")


def test_nicknames_and_former_names_are_the_persons():
    text = "违法行为人邵琪经周立伟（绰号“老猫”）介绍出租银行卡。老猫已被刑事拘留。违法行为人：边诗琪（曾用名边心怡），女。"
    res = redact(text)
    names = [s.original for s in res.spans if s.kind == "person_name"]
    assert names.count("老猫") == 2 and "边心怡" in names and "曾用名" not in names
    rep = {s.original: s.replacement for s in res.spans}
    assert rep["老猫"] == rep["周立伟"]


def test_spaced_signature_before_a_date_or_a_fingerprint_note():
    assert hidden("被询问人：彭\u3000鹏（捺指印）\n2021年3月8日", "彭\u3000鹏")
    assert hidden("受送达人签名：赵\u3000峰\u30002021.06.26\n送达人：王明", "赵\u3000峰")


def test_investigation_group_members_stay_but_family_members_and_team_leaders_do_not():
    text = "处30万元罚款。\n\n事故调查组组长：谢菊（魏县应急管理局副局长）\n成员：欧阳月娥、刘平\n二〇二二年六月九日"
    assert _names(text) == []
    assert hidden("事故调查表明，班组长鲁红柳未按规定对翁玉进行岗前安全培训。", "鲁红柳")


def test_agency_contact_under_a_copy_line_or_above_the_agency_address_stays():
    assert _names("抄送：武汉市江夏区人民检察院\n联系人：石岩，电话：027-74316778") == []
    assert _names("联系人：李诗涵    联系电话：0394-3692635\n本局地址：郸城县建设路139号") == []


def test_rooms_of_tenants_homesteads_and_home_towns_are_homes():
    text = "其中503室租户张芳、5楼507室租户卢建军将电池带入房间内充电。"
    assert hidden(text, "503室") and hidden(text, "5楼507室")
    assert hidden("当事人在本村已有宅基地一处，位于石牛镇刘家湾村三组56号，房屋建于2006年。", "石牛镇刘家湾村三组56号")
    assert hidden("驾驶人张某某，家在廉江市大坪乡马鞍村10组58号，电话略。", "大坪乡马鞍村10组58号")
    assert hidden("自建出租房（房东：李立本）\n地址：宁波市鄞州区城关镇红旗村一组3号", "城关镇红旗村一组3号")


def test_passport_number_after_a_comma_and_taiwan_permit_with_its_issue_count():
    text = "国籍：尼日利亚，持普通护照，号码：A74661706，在华住址略。台湾居民来往大陆通行证号码：88264628（03），内地暂住。"
    assert hidden(text, "A74661706") and hidden(text, "88264628（03）")


def test_collective_land_certificates_village_doctor_licences_and_wechat_accounts():
    assert hidden("持有《集体土地使用证》（证号：上杭集用（2006）字第51115号）。", "上杭集用（2006）字第51115号")
    assert hidden("有乡村医生执业证书，证号是川乡医字3895337号，2016年到期。", "川乡医字3895337号")
    assert hidden("退费已通过微信转账至其微信账户（xiaoyu-44413）。", "xiaoyu-44413")


def test_officer_with_a_yi_name_a_shop_named_x_ji_and_amounts_in_capitals_stay():
    assert _names("询问人：阿苏阿芝、杨思琪    记录人：杨思琪") == []
    assert _names("当事人：陈记五金（个体工商户）") == []
    assert redact("被处以罚款人民币伍万陆仟元整。").spans == ()
    assert not touched("其中5号加油机（出厂编号：TK201908758）的检定证书有效。", "TK201908758")
    assert not touched("执业机构地址：重庆市渝北区富民路133号6楼", "富民路133号6楼")


def test_agency_phone_on_its_contact_line_stays():
    for text in ("抄送：蕲春县人民检察院\n联系人：王宇轩，电话：0713-3973001",
                 "联系人：李诗涵    联系电话：0394-3692635\n本局地址：郸城县建设路139号"):  # fmt: skip
        assert redact(text).spans == ()


def test_staff_quarters_rented_rooms_and_the_addressees_service_address_are_homes():
    assert hidden("户籍所在地：河南省郑州市金水区金沙街道建新路70号粮食局宿舍4栋1单元602室\n", "建新路70号粮食局宿舍4栋1单元602室")
    assert hidden("马明杰来到左雅琪租住的金水区荔园路406弄56号1405室。", "荔园路406弄56号1405室")
    text = "送达地点：江苏省南京市鼓楼区荔园路134号山水华府8栋1902房\n送达方式：留置送达\n受送达人签名：王　芳"
    assert hidden(text, "荔园路134号山水华府8栋1902房")
    org = "送达地点：江苏省南京市鼓楼区荔园路134号\n受送达人：南京某某贸易有限公司"
    assert not touched(org, "荔园路134号")


def test_a_line_break_inside_a_label_or_after_its_colon_does_not_hide_the_number():
    text = "俄罗斯籍，护照号\n码720169378，持旅游签证。经林立伟（微信\n号：wxid_i3ez2p1zcthpjv）介绍。微信号：\nlucky_17841）转入"
    for piece in ("720169378", "wxid_i3ez2p1zcthpjv", "lucky_17841"):
        assert hidden(text, piece)
    footer = "某某县市场监督管理局\n2023年8月9日\n（联系人：邹翠花，联系电话：0750-26091506）\n"
    assert not touched(footer, "0750-26091506")


def test_the_inspected_sides_people_are_not_officers():
    text = (
        "被检查单位（场所）：龙记快餐\n场所负责人：龙英    联系电话：18029696030\n"
        "检查人员：李兵（消防监督员证号：消监78270148）\n"
        "随同检查人员：何志强（负责人之夫）    联系电话：19808625801\n被检查单位（场所）负责人签名：龙英\n检查人员签名：李兵"
    )
    assert _names(text) == ["龙英", "何志强", "龙英"]


def test_payees_neighbours_foreign_teachers_and_passengers_are_people():
    assert hidden("将劳务款9.7万元转入张亮个人银行账户（6222621312345678）。", "张亮")
    text = "该地块四至为：东至欧阳炳坤承包田，南至村道，西至蔡建国房屋，北至灌溉水渠。"
    assert _names(text) == ["欧阳炳坤", "蔡建国"]
    assert hidden("另聘请外籍人员Liam O'Connor（爱尔兰籍，护照号码：NN412345），教授英语。", "Liam O'Connor")
    assert hidden("检查时该机由加油员扎西顿珠操作。", "扎西顿珠")


def test_rows_of_a_table_are_not_joined_into_one_number():
    text = "序号\t姓名\t身份证号码\n1\t易水\t21130019410613538X\n2\t迟瑞\t150422200301015517\n"
    res = redact(text)
    assert [s.original for s in res.spans if s.kind == "id_number"] == ["21130019410613538X", "150422200301015517"]


def test_what_stays_stays_when_a_line_end_breaks_it():
    text = (
        "执法人员江海滨、李浩（执法证号分别为50011211908、50\n0120151421）根据群众举报。\n"
        "送达文书名称及文号：行政处罚决定书（武洪公（洪山）行罚决字〔\n2023〕4032号）\n"
        "送达人：王\u3000丽\u3000杨雨婷\n"
        "（南宁市生态环境局地址：南宁市青秀区工农路13号；联系电话：\n0771-7696123）"
    )
    assert redact(text).spans == ()


def test_brands_and_shops_named_like_people_stay_unless_a_person_slot_holds_them():
    for text, word in (
        ("摊位经营者黄思雨，销售的王老吉凉茶未明码标价。", "王老吉"),
        ("货物名称为“张小泉厨房刀具套装”，金额合计7,100元。", "张小泉"),
        ("其于2024年5月21日在南山隆昌汽车修理部加装了该装置。", "隆昌"),
        ("在中国移动南山华茂营业厅冒用他人身份办理了号码。", "华茂"),
        ("在由他人经营的“思明隆昌麻将馆”包间内赌博。", "隆昌"),
    ):
        assert not touched(text, word), word
    assert hidden("当事人李宁称其不知情。", "李宁")


def test_a_former_name_field_shares_the_partys_pseudonym():
    text = "违法行为人：李俊杰，男，34岁\n联系方式：18205679183\n曾用名：李杰\n\n现查明：违法行为人李俊杰因身份证遗失。李杰称不知情。"
    rep = {}
    for s in redact(text).spans:
        rep.setdefault(s.original, set()).add(s.replacement)
    assert rep["李杰"] == rep["李俊杰"] and len(rep["李杰"]) == 1


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789ab张王：:（〔〕号 \n\t", max_size=400))
def test_the_joined_view_maps_every_character_back_and_removes_only_matched_breaks(text):
    joined = _join_broken_lines(text)
    if joined is None:
        return
    jt, jmap, removed = joined
    assert len(jt) == len(jmap)
    assert list(jmap) == sorted(jmap)
    for k, c in enumerate(jt):
        if jt[k : k + 2] == "\n\n" or jt[k - 1 : k + 1] == "\n\n":
            continue  # a separator between two windows
        assert text[jmap[k]] == c
    assert all(text[r] == "\n" for r in removed)
    assert not removed & set(jmap)


def test_an_officer_chained_after_a_certificate_keeps_name_and_number():
    text = "执法人员郭丽（执法证号：44070577347）、李浩（440705906458）对养殖场进行检查。执法人员王志远（执法证号：冀行执字39068号）、佘浩（冀执字41829号）到场。"
    assert redact(text).spans == ()
    party = "当事人王芳（身份证号：110101199003071234）、李四（13800138000）到场。"
    assert hidden(party, "13800138000") and hidden(party, "李四")


def test_an_address_value_on_the_next_line_and_a_home_called_住处():
    text = "公民身份号码：371324196712023630，住所：\n龙井街道南岭村6巷23号4楼，联系电话：135 0056 8541"
    assert hidden(text, "龙井街道南岭村6巷23号4楼")
    assert not touched("地址：\n联系电话：0771-7696123（本局）", "联系电话")
    assert hidden("在其位于大连市甘井子区望江街道塘厦村9巷40号7楼的住处内聚众赌博。", "望江街道塘厦村9巷40号7楼")


def test_a_law_firms_head_and_a_stream_by_its_bank_stay():
    assert redact("绵阳法泰律师事务所主任温美玲证实，该所未收到该案的委托合同。").spans == ()
    assert redact("管道出口位于柳溪岸边的灌木丛中。").spans == ()


_REFLOWED = (
    "青岛市黄岛区市场监督管理局\n关于农贸市场价格专项检查情况的通报\n\n"
    "　　为规范农产品市场价格秩序，2024年2月4日，本局会同黄\n岛区望江市场监督管理所对黄岛河西农贸市场开展价格专项检\n"
    "查。黄岛河西农贸市场由青岛市富源市场经营管理有限公司（法\n定代表人：牛军）开办，共设摊位272个，在营258个。市场入\n"
    "口处已张贴价格投诉举报电话。猪肉区B30号摊位经营者朱倩\n倩，销售的猪前腿肉标价签标示的品名、价格与实际销售不符\n"
    "，朱倩倩当场改正，经核实其本人的联系电话为1390\n\n－1－\n\n0138000，身份证号码为11010119900307\n1234。请青岛市富源市场经营管理有限公司切实履行开办者责\n"
    "任，督促场内经营者规范明码标价，并在市场出入口及周边显著\n位置张贴价格公示牌。\n\n青岛市黄岛区市场监督管理局\n2024年2月21日\n"
)


def test_a_reflowed_pdf_document_reads_as_written():
    res = redact(_REFLOWED)
    got = {(s.kind, s.original) for s in res.spans}
    assert ("person_name", "朱倩\n倩") in got and ("person_name", "朱倩倩") in got
    assert ("phone", "1390\n\n－1－\n\n0138000") in got
    assert ("id_number", "11010119900307\n1234") in got
    assert not touched(_REFLOWED, "牛军")
    assert not touched(_REFLOWED, "黄\n岛区望江市场监督管理所")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="张王李0123456789ab，。：（）－ \u3000", min_size=0, max_size=30), min_size=0, max_size=40))
def test_reflow_only_drops_line_ends_and_page_footers(lines):
    from sanxiang.kernel.redaction._shadow import _FOOTER_LINE, make_shadow

    text = "\n".join(lines)
    sh = make_shadow(text)
    kept = set(sh.starts) if sh.starts is not None else set(range(len(text)))
    pos = 0
    for line in text.split("\n"):
        footer = bool(_FOOTER_LINE.fullmatch(line))
        for k, c in enumerate(line):
            if pos + k not in kept:
                assert footer or c.isspace(), (line, c)
        pos += len(line) + 1


def test_of_two_crossing_names_the_more_certain_wins():
    assert _names("上述人员由王海龙介绍入职，公司人事主管朱丽负责。") == ["王海龙", "朱丽"]


def test_foreign_workers_in_a_numbered_list_and_a_nickname_with_a_letter():
    text = "聘用其在公司从事厨师工作：\n1. Lee Ji-hoon，韩国籍，男；\n2. TANAKA HIROSHI，日本籍，男。经汪家乐（绰号“小K”）介绍。小K目前在逃。"
    assert _names(text) == ["Lee Ji-hoon", "TANAKA HIROSHI", "汪家乐", "小K", "小K"]


def test_ocr_letters_inside_numbers_do_not_hide_them():
    text = "身份证号码：44158l1965O1272959\n联系电话：138O5798624，ISO9001认证，型号OIl0l"
    got = {s.kind: s.original for s in redact(text).spans}
    assert got == {"id_number": "44158l1965O1272959", "phone": "138O5798624"}


def test_the_representative_column_of_a_csv_export_stays_and_persons_rows_go():
    text = (
        "行政相对人名称,行政相对人类别,统一社会信用代码,法定代表人,证件类型,证件号码,处罚事由\n"
        '"成都某某建筑有限公司",法人及非法人组织,915101071PE9WXRMTT,陈晓东,,,"使用未取得相应资格的人员"\n'
        "刘建华,自然人,,,身份证,110101199003071234,无证经营\n"
    )
    assert _names(text) == ["刘建华"]


def test_a_certificate_in_brackets_after_a_persons_name_is_the_persons():
    text = "持证叉车司机徐凯旋（《特种设备作业人员证》证号:粤DN1201561892）当日休息。执法人员王明（执法证号：44030012345）到场。"
    assert hidden(text, "粤DN1201561892") and not touched(text, "44030012345")


def test_json_exports_read_like_labelled_fields():
    text = (
        '[{"姓名":"王建军","身份证号码":"110101199003071234","住址":"重庆市渝北区望湖路74号万科城6幢2803室"},'
        '{"行政相对人名称":"重庆某某建材有限公司","法定代表人":"李华","住所":"重庆市渝北区龙溪街道金龙路5号"}]'
    )
    assert _names(text) == ["王建军"]
    assert hidden(text, "望湖路74号万科城6幢2803室") and not touched(text, "金龙路5号")
