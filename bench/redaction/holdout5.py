"""Fifth held-out family (``holdout5``): written before any engine change that it could prompt,
deliberately unlike ``templates.py`` and ``holdout*.py``. Run once on the engine as it stood
(first-run figures in docs/benchmarks/redaction.md), only then used to improve the engine.

What is new here: 行政处罚决定书 from other domains (市场监管, 交通运输, 城市管理综合执法, 生态环境,
应急管理, 卫生健康, 自然资源); 询问笔录 in 问/答 dialogue with people named mid-answer (我叫…, 我老婆叫…,
表哥…) and by their given name alone (晓东); 现场检查笔录; 听证笔录 (主持人/记录人 kept, 申请人/委托代理人
hidden); 送达回证 (受送达人 hidden, 送达人 kept); 不予受理通知书; 责令限期改正 to 个体工商户; names with no
cue word, names that are ordinary words, names inside parentheses and 「」 lists, Uyghur/Tibetan/
Mongolian and foreign names in Chinese; numbers known only by unusual labels (QQ号, 支付宝账号,
驾驶证号, 社保卡号, 护照号码, 港澳通行证, 车架号/VIN, 房产证 variants, 病历号). Already pseudonymised
references (刘某) are left unannotated: they are neither personal data nor protected.
"""

from __future__ import annotations

import string
from collections.abc import Callable

from .people import BANKS, Person
from .templates import Doc, agency, org, reg_address

# Names that are ordinary words or phrases (none of them in people.WORDLIKE).
WORDY = ["周全", "高兴", "文明", "路平", "杨帆", "宁静", "林立", "常胜", "钱程", "华夏", "武林", "严谨", "金山",
         "余生", "江河", "白云", "夏至", "冬青", "向东", "方向", "安康", "温暖", "程程", "丁香"]  # fmt: skip
# Uyghur, Kazakh, Tibetan, Mongolian, Yi and foreign names as written in Chinese documents.
MINORITY = ["阿不都热合曼·买买提", "古丽娜尔·艾力", "努尔艾力·吐尔逊", "麦麦提敏·阿布都拉", "热依拉·吾守尔",
            "叶尔兰·努尔兰", "扎西多吉", "次仁央宗", "格桑卓玛", "其美多吉", "巴特尔", "乌兰图雅", "阿依古丽",
            "布仁巴雅尔", "吉克阿依", "约翰·史密斯", "玛丽亚·加西亚", "阮文雄", "朴成浩", "伊万·彼得罗夫"]  # fmt: skip
RELATIVES = ["老婆", "丈夫", "儿子", "女儿", "父亲", "表哥", "表妹", "小舅子", "侄女", "外甥", "堂弟", "岳父"]


def _two_given(doc: Doc) -> Person:
    """A person whose given name has two characters (so it can be used alone)."""
    for _ in range(30):
        p = doc.w.person()
        if len(p.name) - len(p.surname) == 2 and len(p.surname) == 1:
            return p
    return p


def _special(doc: Doc, pool: list[str]) -> Person:
    p = doc.w.person()
    name = doc.r.choice([n for n in pool if n not in doc.w.used_names] or pool)
    doc.w.used_names.add(name)
    p.name, p.surname = name, name[0]
    return p


_AGENCY_OF = {"市监": "市场监督管理局", "交": "交通运输局", "城管": "城市管理和综合执法局", "环": "生态环境局",
              "卫健": "卫生健康委员会", "应急": "应急管理局", "自然资": "自然资源局"}  # fmt: skip


def _head(doc: Doc, title: str, code: str) -> tuple[str, tuple[str, str, str]]:
    _, _, region = agency(doc)
    kind = next(v for k, v in _AGENCY_OF.items() if code.startswith(k))
    name = region[1] + (region[2] if doc.r.random() < 0.6 else "") + kind
    docno = f"{region[1][:1]}{code}〔{doc.r.randint(2021, 2025)}〕{doc.r.randint(1, 3999)}号"
    doc.k("agency_name", name).t("\n", title, "\n").k("doc_number", docno).t("\n")
    return name, region


def _sign(doc: Doc, agency_name: str) -> None:
    doc.t("\n").k("agency_name", agency_name).t("（印章）\n").date().t("\n")


def _officer(doc: Doc) -> Doc:
    return doc.k("officer_name", doc.w.person().name)


def _cert(doc: Doc) -> Doc:
    return doc.k("officer_cert", doc.w.officer_cert())


def _digits(doc: Doc, n: int, first: str = "123456789") -> str:
    return doc.r.choice(first) + "".join(doc.r.choice(string.digits) for _ in range(n - 1))


def _qq(doc: Doc) -> str:
    return _digits(doc, doc.r.randint(6, 11))


def _vin(doc: Doc) -> str:
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "L" + "".join(doc.r.choice(alphabet) for _ in range(10)) + "".join(doc.r.choice(string.digits) for _ in range(6))


def _hk_pass(doc: Doc) -> str:
    return doc.r.choice(["C", "CA", "CB", "H"]) + _digits(doc, 8, string.digits)[: 8 if doc.r.random() < 0.5 else 7]


def _alipay(doc: Doc) -> str:
    return doc.w.mobile() if doc.r.random() < 0.5 else doc.w.email()


def h5_market_rectify(doc: Doc) -> None:
    """责令限期改正通知书 to an individual business; names in a 「」 list with no cue."""
    w, r = doc.w, doc.r
    name, region = _head(doc, "责令限期改正通知书", "市监责改")
    shop = region[2] + r.choice(["老刘", "阿强", "鸿运", "福来"]) + r.choice(["副食店", "快餐店", "烧烤店", "水产摊"])
    op = w.person()
    doc.k("org_name", shop).t("（个体工商户）：\n经营者：").name(op).t("  营业执照注册号：").k("reg_number", _digits(doc, 15, "34"))
    doc.t("\n经营者QQ号：").p("contact", _qq(doc)).t("  支付宝账号：").p("contact", _alipay(doc)).t("\n")
    a, b, c = w.person(), w.person(), w.person()
    doc.t("经查，你店从业人员「").name(a).t("、").name(b).t("、").name(c).t("等人」未取得健康证明从事接触直接入口食品的工作。")
    doc.t("本局执法人员").date().t("检查时，").name(b).t("正在操作间切配凉菜。\n")
    doc.t("依据").k("law_title", "《中华人民共和国食品安全法》").k("article", "第一百二十六条第一款第（六）项")
    doc.t("，责令你店于").date().t("前改正。逾期不改正的，处").amount(5000, 50000).t("罚款。\n")
    _sign(doc, name)


def h5_interview_dialogue(doc: Doc) -> None:
    """询问笔录 in 问/答 form: people named mid-answer, given names alone, relatives."""
    w, r = doc.w, doc.r
    name, region = _head(doc, "询问笔录", "交执询")
    p, spouse, cousin, helper = _two_given(doc), _two_given(doc), w.person(), w.person()
    doc.t("询问时间：").date().t("  询问地点：").k("agency_name", name).t("询问室\n")
    doc.t("询问人：").k("officer_name", w.person().name).t("、").k("officer_name", w.person().name).t("  记录人：").k("officer_name", w.person().name).t("\n")
    doc.t("被询问人：").name(p).t(f"  性别：{p.gender}  身份证号：").idn(p).t("\n")
    doc.t("问：我们是").k("agency_name", name).t("执法人员，现依法向你询问，你要如实回答。你叫什么名字？\n")
    rel1, rel2 = r.choice(RELATIVES[:2]), r.choice(RELATIVES[4:])
    doc.t("答：我叫").name(p).t("，我").t(rel1).t("叫").name(spouse).t("，店是我和").t(rel2).name(cousin).t("一起开的。\n")
    doc.t("问：").p("person_name", p.name[1:], pid=p.pid).t("，你店里平时谁负责收银？\n")
    doc.t("答：平时是").p("person_name", spouse.name[1:], pid=spouse.pid).t("收银，忙的时候").name(helper).t("也帮忙。\n")
    doc.t("问：你的微信号和支付宝账号是多少？\n答：微信号是").p("contact", "wxid_" + "".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(10)))
    doc.t("，支付宝账号是").p("contact", _alipay(doc)).t("。\n")
    doc.t("问：刘某说你们还在网上接单，是否属实？\n答：属实，是").name(cousin).t("在弄，收款都进他").t(r.choice(BANKS)).t("的卡").bank().t("。\n")
    doc.t("问：以上笔录是否属实？\n答：属实。\n被询问人签名：").name(p).t("\n")


def h5_transport_penalty(doc: Doc) -> None:
    """交通运输 非法营运 penalty on an individual: 驾驶证号, 车架号, passengers in parentheses."""
    w, r = doc.w, doc.r
    name, region = _head(doc, "交通运输行政处罚决定书", "交运罚")
    p = w.person()
    doc.t("当事人：").name(p).t("\n驾驶证号：").idn(p).t("\n机动车号牌：").p("vehicle_plate", w.plate(region[0]))
    doc.t("  车架号（VIN）：").p("other_id", _vin(doc)).t("\n")
    doc.t("案件编号：").k("doc_number", f"{region[1][:1]}交执立〔{r.randint(2022, 2025)}〕{r.randint(10, 999)}号").t("\n")
    q1, q2 = w.person(), w.person()
    doc.t("经查，").date().t("当事人未取得道路运输经营许可，驾驶上述车辆在").t(region[2]).t("高铁站揽客，")
    doc.t("乘客（").name(q1).t("、").name(q2).t("）分别支付车费").amount(30, 200).t("。").name(q1).t("的手机转账记录可以证明。\n")
    doc.t("执法人员：").k("officer_name", w.person().name).t("（执法证号：").k("officer_cert", w.officer_cert()).t("）\n")
    doc.t("依据").k("law_title", "《中华人民共和国道路运输条例》").k("article", "第六十三条").t("，处罚款").amount(5000, 30000).t("。\n")
    _sign(doc, name)


def h5_urban(doc: Doc) -> None:
    """城市管理综合执法: a Uyghur street vendor, a Tibetan witness with no cue, a 房产证 number."""
    w, r = doc.w, doc.r
    name, region = _head(doc, "城市管理行政处罚决定书", "城管罚")
    p = _special(doc, MINORITY[:6])
    wit = _special(doc, MINORITY[6:15])
    doc.t("当事人：").name(p).t(f"，{p.gender}，维吾尔族，护照号码：").p("passport", w.passport()).t("\n")
    doc.t("经查，当事人于").date().t("在").t(region[2]).t(r.choice(["步行街", "夜市路口", "地铁站出口"])).t("占道经营烤肉，").name(wit)
    doc.t("在现场协助当事人搬运烤炉。当事人租住的房屋房产证编号为").p("property_certificate", _digits(doc, 10))
    doc.t("，产权人为").name(w.person()).t("。\n依据").k("law_title", "《城市市容和环境卫生管理条例》").k("article", "第三十六条")
    doc.t("，处罚款").amount(50, 500).t("。\n")
    _sign(doc, name)


def h5_ecology(doc: Doc) -> None:
    """生态环境 penalty on a company: legal representative kept, workers named with no cue."""
    w = doc.w
    name, region = _head(doc, "生态环境行政处罚决定书", "环罚")
    co, rep = org(doc, region), w.person()
    doc.t("当事人：").k("org_name", co).t("\n统一社会信用代码：").k("credit_code", w.uscc()).t("\n法定代表人：").k("legal_rep", rep.name).t("\n")
    doc.t("地址：").k("registered_address", reg_address(doc, region)).t("\n")
    a, b, c = w.person(), w.person(), w.person()
    doc.t("经查，").date().t("夜间，").name(a).t("按照").name(b).t("的指示打开雨水排放口闸门，将未经处理的废水直接排入河道。")
    doc.t("在场工人（").name(c).t("）拍下了视频。法定代表人").k("legal_rep", rep.name).t("到场后对上述事实予以确认。\n")
    doc.t("依据").k("law_title", "《中华人民共和国水污染防治法》").k("article", "第八十三条第（三）项").t("，处罚款").amount(100000, 1000000).t("。\n")
    _sign(doc, name)


def h5_hearing(doc: Doc) -> None:
    """听证笔录: 主持人/记录人 kept, 申请人 (a Hong Kong resident) and agent hidden."""
    w, r = doc.w, doc.r
    name, region = _head(doc, "听证笔录", "卫健听")
    host, clerk, inv = w.person(), w.person(), w.person()
    app, agent = w.person(), w.person()
    doc.t("听证主持人：").k("officer_name", host.name).t("  记录人：").k("officer_name", clerk.name).t("\n")
    doc.t("案件调查人员：").k("officer_name", inv.name).t("\n申请人：").name(app).t("，港澳居民来往内地通行证号码：").p("passport", _hk_pass(doc)).t("\n")
    doc.t("委托代理人：").name(agent).t("，").k("org_name", region[1] + r.choice(["博远", "正衡", "德恒"]) + "律师事务所").t("律师\n")
    doc.t("主持人：现在开始听证。请调查人员陈述。\n").k("officer_name", inv.name).t("：申请人在其诊所内为患者")
    pat = w.person()
    doc.name(pat).t("实施注射，病历号").p("other_id", _digits(doc, 8)).t("。\n")
    doc.name(app).t("：我有医师资格证书，证书编号").p("passport", _digits(doc, 15, "12")).t("，只是没有注册。\n")
    doc.name(agent).t("：请主持人考虑申请人没有造成危害后果。\n主持人：").k("officer_name", host.name).t("宣布听证结束。\n")


def h5_service_receipt(doc: Doc) -> None:
    """送达回证: 受送达人 and 代收人 hidden, 送达人 kept."""
    w, r = doc.w, doc.r
    name, region = _head(doc, "送达回证", "应急送")
    p, taker = w.person(), w.person()
    doc.t("送达文书：").k("doc_number", f"{region[1][:1]}应急罚〔{r.randint(2022, 2025)}〕{r.randint(1, 300)}号").t("行政处罚决定书\n")
    doc.t("受送达人：").name(p).t("\n送达地点：").address(p, split=False).t("\n")
    doc.t("送达人：").k("officer_name", w.person().name).t("、").k("officer_name", w.person().name).t("\n")
    doc.t("代收人：").name(taker).t("（系受送达人").t(r.choice(["之母", "的邻居", "的妻子"])).t("）  社保卡号：").p("other_id", r.choice("ABCDEFGH") + _digits(doc, 8, string.digits)).t("\n")
    doc.t("送达时间：").date().t("\n备注：受送达人不在家，由代收人签收。\n")


def h5_refusal(doc: Doc) -> None:
    """不予受理通知书 addressed to a person, naming the patient and doctor."""
    w = doc.w
    name, region = _head(doc, "不予受理通知书", "卫健不受")
    p, pat, dr = w.person(), w.person(), w.person()
    doc.name(p).t("：\n你于").date().t("提交的投诉材料收悉。你反映").t(region[2]).t("某口腔诊所医生").name(dr).t("在为你母亲")
    doc.name(pat).t("（门诊病历号：").p("other_id", "MZ" + _digits(doc, 9, string.digits)).t("）拔牙时操作不当一事，")
    doc.t("属于医疗纠纷，不属于本机关受理范围。依据").k("law_title", "《医疗纠纷预防和处理条例》").k("article", "第二十二条")
    doc.t("，决定不予受理。你可以向人民调解委员会申请调解，或者直接向人民法院提起诉讼。\n")
    _sign(doc, name)


def h5_inspection(doc: Doc) -> None:
    """应急管理 现场检查笔录: inspectors kept, a foreign employee, a worker named by role after the name."""
    w = doc.w
    name, region = _head(doc, "现场检查笔录", "应急检")
    co, rep = org(doc, region), w.person()
    doc.t("被检查单位：").k("org_name", co).t("  主要负责人：").k("legal_rep", rep.name).t("\n")
    doc.t("检查人员：").k("officer_name", w.person().name).t("（").k("officer_cert", w.officer_cert()).t("）、")
    doc.k("officer_name", w.person().name).t("（").k("officer_cert", w.officer_cert()).t("）\n")
    f, worker = _special(doc, MINORITY[15:]), w.person()
    doc.t("检查情况：仓库内存放危险化学品未分类隔离；外籍技术员").name(f).t("（护照号：").p("passport", w.passport())
    doc.t("）无法出示特种作业操作证；").name(worker).t("（电焊工）称其上岗前未接受培训。\n")
    doc.t("在场人：").name(worker).t("  联系电话：").phone().t("\n")


def h5_land(doc: Doc) -> None:
    """自然资源 penalty: a villager whose name is an ordinary word, a land certificate variant."""
    w, r = doc.w, doc.r
    name, region = _head(doc, "自然资源行政处罚决定书", "自然资罚")
    p = _special(doc, WORDY)
    doc.t("当事人：").name(p).t(f"，{p.gender}，").t(region[2]).t("村民，身份证号码：").idn(p).t("\n")
    nb = w.person()
    doc.t("经查，").name(p).t("未经批准占用集体耕地").t(str(r.randint(80, 900))).t("平方米建设养殖棚。其原有宅基地集体土地使用证号为")
    doc.p("property_certificate", f"{region[2][:1]}集用（{r.randint(1998, 2012)}）字第{r.randint(100, 9999)}号")
    doc.t("。邻居").name(nb).t("及村委会干部刘某反映，").name(p).t("曾被多次劝阻。\n")
    doc.t("依据").k("law_title", "《中华人民共和国土地管理法》").k("article", "第七十七条第一款").t("，责令退还非法占用的土地，并处罚款").amount(2000, 90000).t("。\n")
    _sign(doc, name)


HOLDOUT5: dict[str, Callable[[Doc], None]] = {
    "market_rectify": h5_market_rectify,
    "interview_dialogue": h5_interview_dialogue,
    "transport_penalty": h5_transport_penalty,
    "urban": h5_urban,
    "ecology": h5_ecology,
    "hearing": h5_hearing,
    "service_receipt": h5_service_receipt,
    "refusal": h5_refusal,
    "inspection": h5_inspection,
    "land": h5_land,
}
