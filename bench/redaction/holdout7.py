"""Seventh held-out family (``holdout7``): written before the statistical name layer and before
running anything on it; run once on the engine as it stood for docs/benchmarks/redaction.md.

The point of this family is names *without cue words* in narrative text. Shapes not used
elsewhere: 检查情况通报 (narrative of a joint inspection), 信访事项处理意见书 (addressed to the
petitioner, neighbours quarrelling), 当事人陈述材料 (first-person statement), 证据目录 (numbered
evidence list naming people), 案件集体讨论记录 (officers discussing a case — officers named as
sentence subjects must stay), 公示送达公告 (list of unreachable parties, companies with their
legal representative in running text), 举报奖励决定书 (informant hidden, companies whose trade
name is a word-like personal name stay).

Names: about a third with rare surnames (蹇 禤 亓 佴 隗 仉 禚 厍 逄 缑 眭 郄 訾 笪 乜 昝 谯 粘 亢 宓 璩 暨
郏 鄢 扈 钭), a fifth that are ordinary words (none in people.WORDLIKE or holdout5.WORDY except 万里),
the rest from Faker. Names stand next to verbs and particles (与X发生口角, X说, 把X叫来, 被X推倒,
X的车, X和Y), in 、-lists, at line starts, and as given names of one character.
"""

from __future__ import annotations

from collections.abc import Callable

from .people import TOWNS, VILLAGES, Person
from .templates import Doc, agency, org, reg_address

RARE = ["蹇", "禤", "亓", "佴", "隗", "仉", "禚", "厍", "逄", "缑", "眭", "郄", "訾", "笪", "乜", "昝", "谯", "粘",
        "亢", "宓", "璩", "暨", "郏", "鄢", "扈", "钭"]  # fmt: skip
WORDY7 = ["万里", "向前", "海洋", "高山", "白露", "田园", "舒畅", "任重", "宋词", "齐鸣", "余欢", "温柔", "雷霆",
          "龙飞", "易安", "景明", "马达", "金钟", "石林", "柏林", "苗圃", "段落", "严冬", "黎明"]  # fmt: skip
GIVEN1 = "馥明娟强勇霞伟芳军敏静丽涛斌杰鹏飞鑫琳颖婷超辉刚健平洁宁浩"


def _person(doc: Doc) -> Person:
    w, r = doc.w, doc.r
    p = w.person()
    roll = r.random()
    if roll < 0.35:
        for _ in range(30):
            sn = r.choice(RARE)
            given = (
                r.choice(GIVEN1)
                if r.random() < 0.4
                else p.name[len(p.surname) :][:2].rjust(2, r.choice(GIVEN1))
            )
            nm = sn + given
            if nm not in w.used_names:
                break
        w.used_names.add(nm)
        p.name, p.surname = nm, sn
    elif roll < 0.55:
        pool = [n for n in WORDY7 if n not in w.used_names] or WORDY7
        nm = r.choice(pool)
        w.used_names.add(nm)
        p.name, p.surname = nm, nm[0]
    return p


def _head(doc: Doc, title: str) -> tuple[str, tuple[str, str, str]]:
    name, docno, region = agency(doc)
    doc.k("agency_name", name).t("\n", title, "\n").k("doc_number", docno).t("\n")
    return name, region


def _end(doc: Doc, name: str) -> None:
    doc.t("\n").k("agency_name", name).t("\n").date().t("\n")


def _list(doc: Doc, people: list[Person], last: str = "和") -> Doc:
    for i, p in enumerate(people):
        if i:
            doc.t(last if i == len(people) - 1 else "、")
        doc.name(p)
    return doc


def h7_inspection_report(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, region = _head(doc, "联合检查情况通报")
    lead = w.person()
    a, b, c, d = (_person(doc) for _ in range(4))
    village = r.choice(VILLAGES)
    doc.t("检查时间：").date().t("\n").t("由执法人员").k("officer_name", lead.name).t("带队，对").k(
        "place", region[2]
    )
    doc.k("place", r.choice(TOWNS)).t("辖区内的小作坊进行突击检查。\n")
    doc.t("在").k("place", village).t("一处民房内，检查组发现").name(a).t("和").name(b).t(
        "正在分装散装白酒，"
    )
    doc.name(a).t("见到检查人员后把").name(c).t("叫来，").name(c).t("自称是房东。据").name(b).t(
        "交代，白酒由"
    )
    doc.name(d).t("从外地运来，每斤付给").name(d).t(str(r.randint(2, 9))).t("元运费。")
    doc.t("现场查扣白酒").t(str(r.randint(30, 400))).t("斤，").name(a).t("拒绝在笔录上签字。\n")
    doc.t("依据").k("law_title", "《中华人民共和国食品安全法》").k("article", "第一百二十二条").t(
        "，本案已立案调查。\n"
    )
    _end(doc, name)


def h7_petition(doc: Doc) -> None:
    name, region = _head(doc, "信访事项处理意见书")
    p = _person(doc)
    n1, n2, grid = _person(doc), _person(doc), _person(doc)
    doc.name(p).t("：\n你于").date().t("反映的信访事项收悉。经调查核实：").date().t("晚，你与邻居").name(
        n1
    ).t("因楼道堆放杂物发生口角，")
    doc.name(n1).t("的儿子").name(n2).t("将你推倒在地。社区网格员").name(grid).t("到场后报警。")
    doc.name(n2).t("承认推人，但称是你先动手。事发时").name(grid).t("与").name(n1).t("均在场。\n")
    doc.t("处理意见：你反映的问题属实，已责成").k("agency_name", region[1] + region[2] + "公安分局").t(
        "依法处理。"
    )
    doc.t("如不服本意见，可自收到之日起三十日内向").k("agency_name", region[1] + "人民政府").t("请求复查。\n")
    _end(doc, name)


def h7_statement(doc: Doc) -> None:
    name, region = _head(doc, "当事人陈述材料")
    me, partner, drunk, victim, cook = (_person(doc) for _ in range(5))
    doc.t("陈述人：").name(me).t("，身份证号码：").idn(me).t("\n")
    doc.t("我和").name(partner).t("是同乡，").date().t("一起在").k("place", region[2]).t("开了一家烧烤店，")
    doc.name(partner).t("管账，我管后厨。厨师").name(cook).t("是").name(partner).t("介绍来的。那天晚上")
    doc.name(drunk).t("喝多了，把").name(victim).t("推倒了，").name(victim).t(
        "的头磕在桌角上。我当时在后厨，是"
    ).name(cook)
    doc.t("跑来告诉我的。后来听").name(victim).t("说，").name(drunk).t("已经赔了").amount(500, 5000).t("。\n")
    doc.t("以上陈述属实。\n陈述人：").name(me).t("\n").date().t("\n")


def h7_evidence_list(doc: Doc) -> None:
    r = doc.r
    name, region = _head(doc, "证据目录")
    a, b, c, e = (_person(doc) for _ in range(4))
    co = org(doc, region)
    items = [
        lambda: doc.name(a).t("的身份证复印件一份，证明当事人身份"),
        lambda: doc.name(a).t("与").name(b).t("的微信聊天记录截图六张，证明双方约定交货"),
        lambda: doc.t("证人").name(c).t("的证言一份"),
        lambda: doc.k("org_name", co).t("出具的送货单，签收人").name(e),
        lambda: doc.t("《检验报告》一份，报告编号").k(
            "report_number", f"WT{r.randint(2021, 2025)}{r.randint(10000, 99999)}"
        ),
        lambda: doc.name(b).t("、").name(e).t("询问笔录各一份"),
    ]
    r.shuffle(items)
    for i, f in enumerate(items, 1):
        doc.t(f"{i}. ")
        f()
        doc.t("；\n")
    doc.t("提交人：").name(a).t("\n").date().t("\n")


def h7_meeting(doc: Doc) -> None:
    name, region = _head(doc, "案件集体讨论记录")
    chair, o1, o2, rec, handler = (_person(doc) for _ in range(5))
    party = _person(doc)
    wit = _person(doc)
    doc.t("主持人：").k("officer_name", chair.name).t("（局长）\n参加人员：").k("officer_name", o1.name).t(
        "、"
    ).k("officer_name", o2.name)
    doc.t("、").k("officer_name", handler.name).t("\n记录人：").k("officer_name", rec.name).t("\n")
    doc.t("承办人").k("officer_name", handler.name).t("汇报案情：当事人").name(party).t(
        "在自家门店销售过期食品，"
    )
    doc.t("顾客").name(wit).t("购买后腹泻。").name(party).t("对违法事实无异议。\n")
    doc.t("讨论意见：").k("officer_name", o1.name).t("认为证据确实充分；").k("officer_name", o2.name)
    doc.t("认为应考虑").name(party).t("系初次违法，可从轻处罚。\n")
    doc.t("结论：依据").k("law_title", "《中华人民共和国行政处罚法》").k("article", "第三十二条").t(
        "，对"
    ).name(party)
    doc.t("从轻处罚，罚款").amount(1000, 20000).t("。\n")
    _end(doc, name)


def h7_public_notice(doc: Doc) -> None:
    r = doc.r
    name, region = _head(doc, "公示送达公告")
    people = [_person(doc) for _ in range(r.randint(3, 5))]
    co = org(doc, region)
    rep = _person(doc)
    if r.random() < 0.3:
        doc.keep.append(rep.name)
    doc.t("下列当事人因下落不明，本机关依法公示送达行政处罚决定书：\n")
    for p in people:
        doc.name(p).t("，").k(
            "doc_number", f"{region[1][:2]}罚〔{r.randint(2021, 2025)}〕{r.randint(1, 999)}号"
        ).t("；\n")
    doc.k("org_name", co).t("（法定代表人").k("legal_rep", rep.name).t("），住所：").k(
        "registered_address", reg_address(doc, region)
    ).t("。\n")
    doc.t("自公告之日起满三十日，即视为送达。").name(people[0]).t("等人如有异议，可来本机关领取决定书。\n")
    _end(doc, name)


def h7_reward(doc: Doc) -> None:
    r = doc.r
    name, region = _head(doc, "举报奖励决定书")
    tip, doctor, wife = _person(doc), _person(doc), _person(doc)
    wordy = r.choice(WORDY7)
    co = region[1] + wordy + r.choice(["物流有限公司", "医药连锁有限公司", "商贸有限公司"])
    doc.t("举报人：").name(tip).t("\n经查，").name(tip).t("于").date().t("举报的").name(doctor).t(
        "无证行医一案属实。"
    )
    doc.name(doctor).t("在").k("place", r.choice(VILLAGES)).t("租房开设诊所，药品由").k("org_name", co).t(
        "供应，"
    )
    doc.name(doctor).t("的妻子").name(wife).t("负责收费。本机关已对").name(doctor).t(
        "作出没收违法所得并罚款的决定。"
    )
    doc.t("依据").k("law_title", "《市场监管领域重大违法行为举报奖励暂行办法》").t("，决定给予").name(tip).t(
        "奖励"
    ).amount(200, 3000).t("。\n")
    _end(doc, name)


HOLDOUT7: dict[str, Callable[[Doc], None]] = {
    "inspection_report": h7_inspection_report,
    "petition": h7_petition,
    "statement": h7_statement,
    "evidence_list": h7_evidence_list,
    "meeting": h7_meeting,
    "public_notice": h7_public_notice,
    "reward": h7_reward,
}
