"""Synthetic people, organisations, numbers and disguises for the redaction corpus.

Faker (zh_CN) gives valid ID numbers, mobile numbers and card numbers; names, addresses and
everything else are composed here. Two name sources: the *tuning* family draws given names
from Faker's list, the *held-out* family composes them from a separate pool of characters
(many of them absent from the engine's given-name table) and uses surnames from Faker's own
list, so the held-out score says how the engine does on names it was not tuned for.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field

from faker import Faker
from faker.providers.person.zh_CN import Provider as _FakerPerson

from sanxiang.kernel.identifiers import citizen_id_check_char, uscc_check_char

COMPOUND = ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯",
            "令狐", "端木", "独孤", "南宫", "西门", "呼延", "申屠", "澹台", "淳于", "钟离", "赫连", "万俟"]  # fmt: skip
# Names that are also ordinary words, the hard case for a context-free matcher.
WORDLIKE = ["高明", "白雪", "江海", "向阳", "方圆", "金鑫", "文静", "安宁", "常青", "于洋", "石磊", "万里", "林海",
            "田野", "夏雨", "高峰", "马力", "方正", "成功", "江山", "时光", "关心", "平安", "高原", "黄金",
            "秦川", "柳青", "叶青", "沈静", "夏天", "武功", "华丽", "齐心", "康乐", "钟声"]  # fmt: skip
# Given-name characters for the held-out family, chosen to differ from the usual ones.
HOLDOUT_GIVEN = ("渝骁翀昶珩玥琰琮璠燊焱铖锟镕钿翾翎昇晞晔暄曜炘炅烜烔焜煦熠燚甯瑀瑗瑨璿皞睿"
                 "禛禕秭稷笃箐筠篁簃苾茆荃莙菡萁葳蒨蔻蘅虓衎谞谡赟赜轸逵邕郃酩鉴铄锃镛阆陟隼雎"
                 "霂霈靓韫颀飏馥骞骢鲲鸾麓黛冕冼凇凫劼勍卞厶叡咏啸嘤嫚嬛孑宬岘峤崑崟嵩巽弢徂忞")  # fmt: skip
# A second held-out pool, written after the first held-out run and never used for tuning.
HOLDOUT2_GIVEN = ("嘉懿煜城懿轩烨伟苑博伟泽熠彤鸿煊博涛烨霖烨华煜祺智宸正豪昊然明杰立诚立轩立辉峻熙弘文熠彤鸿涛伟诚"
                  "苓芷蘅蕙荪茝芸荃萱苡薏莼蘩蓁蔚萋菀莞葭蒹芊芃苒菁茉莉蓼芮葳蕤汀沚淇澧渼沄泠溱漪澄湄濯汐浔"
                  "瑷玙珏瑢琬琰璎珂瑾琅玳玠璆琛瑄琇珣璘斐霁岚峄岫嵘崧巍峦嶷屾彧朔珩晗昀晏昶暻曈曜昕晞")  # fmt: skip
HOLDOUT2_SURNAMES = ["楚", "鄂", "蒯", "郤", "邗", "沃", "巢", "储", "咸", "阎", "傅", "洪", "萧", "郝", "覃", "韦",
                     "第五", "巫马", "公良", "南门", "羊舌", "微生", "梁丘", "左丘", "东郭", "百里"]  # fmt: skip
HOLDOUT_SURNAMES_EXTRA = ["亓官", "闾丘", "公冶", "左丘", "第五", "拓跋", "仉", "佴", "晁", "禚", "阚", "厍", "蹇",
                          "眭", "隗", "逄", "戢", "郄", "缑", "濮"]  # fmt: skip

REGIONS = [
    ("广东省", "深圳市", "南山区"), ("广东省", "深圳市", "龙华区"), ("广东省", "广州市", "天河区"),
    ("广东省", "江门市", "新会区"), ("广东省", "清远市", "清城区"), ("浙江省", "杭州市", "西湖区"),
    ("浙江省", "温州市", "瑞安市"), ("江苏省", "南京市", "鼓楼区"), ("江苏省", "苏州市", "昆山市"),
    ("四川省", "成都市", "武侯区"), ("四川省", "绵阳市", "涪城区"), ("湖南省", "长沙市", "岳麓区"),
    ("湖北省", "武汉市", "洪山区"), ("河南省", "郑州市", "金水区"), ("河南省", "安阳市", "龙安区"),
    ("山东省", "济南市", "历下区"), ("山东省", "青岛市", "黄岛区"), ("福建省", "厦门市", "思明区"),
    ("安徽省", "宿州市", "砀山县"), ("江西省", "赣州市", "章贡区"), ("", "北京市", "朝阳区"),
    ("", "上海市", "浦东新区"), ("", "重庆市", "渝北区"), ("", "天津市", "南开区"),
    ("广西壮族自治区", "南宁市", "青秀区"), ("云南省", "昆明市", "五华区"), ("陕西省", "西安市", "雁塔区"),
    ("河北省", "保定市", "竞秀区"), ("辽宁省", "大连市", "甘井子区"), ("贵州省", "遵义市", "汇川区"),
]  # fmt: skip
PROVINCE_SHORT = {"广东省": "粤", "浙江省": "浙", "江苏省": "苏", "四川省": "川", "湖南省": "湘", "湖北省": "鄂",
                  "河南省": "豫", "山东省": "鲁", "福建省": "闽", "安徽省": "皖", "江西省": "赣", "": "京",
                  "广西壮族自治区": "桂", "云南省": "云", "陕西省": "陕", "河北省": "冀", "辽宁省": "辽", "贵州省": "黔"}  # fmt: skip
STREETS = ["人民路", "解放路", "建设大道", "中山路", "新华街", "文化路", "科技园路", "梅林路", "滨河大道", "青年路",
           "和平街", "光明大道", "学府路", "工业二路", "东风路", "长江路", "迎宾大道", "朝阳街", "幸福里", "桃源路"]  # fmt: skip
TOWNS = ["民治街道", "粤海街道", "城关镇", "石岩街道", "古城镇", "新桥镇", "龙城街道", "太平镇", "河西街道", "东湖街道"]
VILLAGES = ["石桥村", "李家村", "王庄村", "河口村", "新塘村", "上坪村", "张家湾村", "柳树屯", "马家寨", "杨柳村"]
ESTATES = ["阳光花园", "碧水湾小区", "锦绣家园", "幸福里小区", "金色家园", "翠苑", "丽景豪庭", "书香门第", "御景华府"]
TRADE = ["鑫达", "惠民", "兴旺", "顺发", "德隆", "佳美", "恒信", "永盛", "福满", "金源", "宏图", "聚友", "好运来",
         "百味", "乐购", "万家", "康健", "天天", "老街", "蓝海", "祥和", "瑞丰", "华润", "新世纪"]  # fmt: skip
INDUSTRY_CO = ["餐饮管理", "食品", "商贸", "建材", "医药", "物业管理", "建筑工程", "科技", "化工", "物流",
               "服装", "电子", "农业开发", "文化传媒", "汽车维修", "环保科技"]  # fmt: skip
SHOP_KIND = ["便利店", "小吃店", "超市", "五金店", "烟酒商行", "药店", "餐馆", "理发店", "水果店", "粮油店",
             "小卖部", "汽车修理厂", "网吧", "茶馆", "诊所", "面馆"]  # fmt: skip
AGENCIES = ["市场监督管理局", "城市管理和综合执法局", "生态环境局", "卫生健康委员会", "应急管理局", "交通运输局",
            "自然资源局", "文化广电旅游体育局", "农业农村局", "消防救援大队", "人力资源和社会保障局"]  # fmt: skip
BANKS = ["中国工商银行", "中国农业银行", "中国建设银行", "中国银行", "招商银行", "中国邮政储蓄银行", "农村商业银行"]
EMAIL_DOMAINS = ["163.com", "qq.com", "126.com", "sina.com", "gmail.com", "foxmail.com", "hotmail.com"]
KIN = ["妻子", "丈夫", "儿子", "女儿", "父亲", "母亲", "哥哥", "弟弟", "姐姐", "妹妹", "岳母", "侄子"]
ROLES_FACT = ["员工", "店员", "厨师", "收银员", "驾驶员", "邻居", "顾客", "消费者", "租户", "房东", "朋友", "同事",
              "司机", "业主", "村民", "会计"]  # fmt: skip

_faker_last = list(_FakerPerson.last_names.keys()) if isinstance(_FakerPerson.last_names, dict) else list(
    _FakerPerson.last_names
)
_faker_first = list(_FakerPerson.first_names.keys()) if isinstance(_FakerPerson.first_names, dict) else list(
    _FakerPerson.first_names
)


@dataclass
class Person:
    pid: int
    name: str
    surname: str
    gender: str
    id_number: str
    phone: str
    region: tuple[str, str, str]
    address_detail: str
    extra: dict = field(default_factory=dict)

    @property
    def address_prefix(self) -> str:
        return "".join(self.region)


class World:
    """All random choices for one document, from one seeded generator."""

    def __init__(self, seed: int, family: str) -> None:
        self.rng = random.Random(seed)
        self.fk = Faker("zh_CN")
        self.fk.seed_instance(seed)
        self.family = family
        self._pid = 0
        self.used_names: set[str] = set()

    # ---- names -------------------------------------------------------------------------
    def _given(self, n: int) -> str:
        r = self.rng
        if self.family == "holdout2":
            return "".join(r.choice(HOLDOUT2_GIVEN) for _ in range(n))
        if self.family == "holdout3" and r.random() < 0.5:
            pool = HOLDOUT_GIVEN + HOLDOUT2_GIVEN
            return "".join(r.choice(pool) for _ in range(n))
        if self.family == "holdout":
            return "".join(r.choice(HOLDOUT_GIVEN) for _ in range(n))
        while True:
            g = r.choice(_faker_first)
            if len(g) == n:
                return g
            if n == 2 and len(g) == 1:
                return g + r.choice(_faker_first)[:1]

    def name(self, surname: str | None = None) -> tuple[str, str]:
        r = self.rng
        for _ in range(50):
            roll = r.random()
            if surname is not None:
                sn = surname
                nm = sn + self._given(r.choice((1, 2, 2)))
            elif roll < 0.12:
                sn = r.choice(COMPOUND if self.family == "tune" else COMPOUND + HOLDOUT_SURNAMES_EXTRA[:6])
                nm = sn + self._given(r.choice((1, 2)))
            elif roll < 0.20 and self.family == "tune":
                nm = r.choice(WORDLIKE)
                sn = nm[0]
            elif roll < 0.28 and self.family == "holdout":
                sn = r.choice(HOLDOUT_SURNAMES_EXTRA)
                nm = sn + self._given(r.choice((1, 2)))
            elif roll < 0.35 and self.family == "holdout2":
                sn = r.choice(HOLDOUT2_SURNAMES)
                nm = sn + self._given(r.choice((1, 2)))
            else:
                sn = r.choice(_faker_last)
                nm = sn + self._given(r.choice((1, 1, 2)) if self.family == "tune" else r.choice((1, 2)))
            if nm not in self.used_names:
                self.used_names.add(nm)
                return nm, sn
        return nm, sn

    def person(self, surname: str | None = None) -> Person:
        r = self.rng
        self._pid += 1
        nm, sn = self.name(surname)
        region = r.choice(REGIONS)
        if r.random() < 0.6:
            detail = (f"{r.choice(TOWNS)}{r.choice(STREETS)}{r.randint(1, 399)}号{r.choice(ESTATES)}"
                      f"{r.randint(1, 30)}栋{r.randint(1, 32)}{r.randint(1, 9):02d}室")  # fmt: skip
        else:
            detail = f"{r.choice(TOWNS)}{r.choice(VILLAGES)}{r.randint(1, 12)}组{r.randint(1, 99)}号"
        return Person(self._pid, nm, sn, r.choice("男女"), self.id_number(), self.mobile(), region, detail)

    # ---- numbers -----------------------------------------------------------------------
    def id_number(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.12:  # an ID ending in X
            for _ in range(200):
                s = self.fk.ssn()
                first17 = s[:16] + str(r.randint(0, 9))
                if citizen_id_check_char(first17) == "X":
                    return first17 + "X"
        if roll < 0.2:  # a legacy 15-digit number
            s = self.fk.ssn()
            return s[:6] + s[8:14] + f"{r.randint(0, 999):03d}"
        if roll < 0.3:  # mistyped: wrong check character
            s = self.fk.ssn()
            wrong = r.choice([c for c in "0123456789" if c != s[17]])
            return s[:17] + wrong
        return self.fk.ssn()

    def mobile(self) -> str:
        return self.fk.phone_number()

    def landline(self) -> str:
        r = self.rng
        area = r.choice(["020", "0755", "0750", "0571", "025", "028", "0731", "027", "0371", "0531", "010", "021"])
        return f"{area}-{r.randint(2, 8)}{r.randint(0, 9999999):07d}"

    def bank(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.4:
            return self.fk.credit_card_number()
        if roll < 0.8:  # UnionPay debit card, 19 digits, Luhn
            body = "62" + "".join(r.choice(string.digits) for _ in range(16))
            return body + _luhn_digit(body)
        return "".join(r.choice(string.digits) for _ in range(r.randint(12, 20)))  # a company account

    def uscc(self, kind: str = "91") -> str:
        r = self.rng
        alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        region = r.choice(["440300", "440104", "330106", "510107", "430104", "370102", "350203", "110105"])
        body = kind + region + "".join(r.choice(alphabet) for _ in range(9))
        return body + uscc_check_char(body)

    def plate(self, province: str) -> str:
        r = self.rng
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        tail = "".join(r.choice(letters + "0123456789") for _ in range(4)) + r.choice("0123456789")
        if r.random() < 0.2:
            tail = r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5))
        short = PROVINCE_SHORT.get(province) or r.choice("京沪渝津")
        short = {"黔": "贵"}.get(short, short)  # Guizhou plates read 贵, not 黔
        return short + r.choice(letters[:12]) + tail

    def email(self) -> str:
        r = self.rng
        local = r.choice(["zhang", "li", "wang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou"])
        local += r.choice(["", ".", "_"]) + r.choice(["wei", "fang", "min", "jing", "qiang", "lei", "jun", "yang"])
        local += str(r.randint(1, 9999)) if r.random() < 0.6 else ""
        return f"{local}@{r.choice(EMAIL_DOMAINS)}"

    def passport(self) -> str:
        r = self.rng
        return r.choice(["E", "G", "EA", "EB"]) + "".join(r.choice(string.digits) for _ in range(8 if r.random() < 0.7 else 7))

    def property_cert(self, region: tuple[str, str, str]) -> str:
        r = self.rng
        short = PROVINCE_SHORT.get(region[0]) or {"北京市": "京", "上海市": "沪", "重庆市": "渝", "天津市": "津"}[region[1]]
        year = r.randint(2008, 2024)
        roll = r.random()
        if roll < 0.45:
            return f"{short}（{year}）{region[1]}不动产权第{r.randint(0, 9999999):07d}号"
        if roll < 0.7:
            return f"{region[1][:1]}房权证{region[2][:1]}字第{r.randint(100000, 99999999)}号"
        if roll < 0.85:
            return f"{region[1][:1]}国用（{year}）第{r.randint(1000, 999999):06d}号"
        return f"{short}（{year}）{region[2]}不动产证明第{r.randint(0, 9999999):07d}号"

    def officer_cert(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"{r.choice(['44', '33', '51', '43'])}{r.randint(0, 999):03d}{r.randint(0, 999999):06d}"
        if roll < 0.8:
            return f"{r.choice(['粤', '浙', '川', '湘'])}执字{r.randint(1000, 99999)}号"
        return f"{r.randint(10000000, 99999999)}"

    def permit(self) -> str:
        r = self.rng
        return r.choice(["JY1", "JY2", "SP"]) + "".join(r.choice(string.digits) for _ in range(13))

    # ---- disguises ---------------------------------------------------------------------
    def disguise_number(self, s: str, groups: tuple[int, ...] | None = None) -> str:
        """Sometimes break a number up, widen its digits or hide zero-width characters in it."""
        r = self.rng
        roll = r.random()
        if roll < 0.55:
            return s
        if roll < 0.7 and groups:
            out, i = [], 0
            for g in groups:
                out.append(s[i : i + g])
                i += g
            if i < len(s):
                out.append(s[i:])
            return r.choice([" ", "-", " "]).join(p for p in out if p)
        if roll < 0.8:
            return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)
        if roll < 0.9:
            k = r.randint(1, len(s) - 1)
            return s[:k] + r.choice(["\u200b", "\u200c", "\ufeff", "\u2060"]) + s[k:]
        if roll < 0.95:
            return " ".join(s)
        k = r.randint(1, len(s) - 1)
        return s[:k] + "\u200b" + s[k:].replace(s[k:][:1], "\uff10" if s[k:][:1] == "0" else s[k:][:1], 1)


def _luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)
