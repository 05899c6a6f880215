"""What must stay: organisation and agency names, law titles, document numbers (文号).

Returns protected intervals of the shadow; nothing that overlaps one is redacted. Officers'
and legal representatives' names are kept by the name finder (``_names``), which knows the
labels; the explicit keep list is applied by the engine.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._tables import lexicon, regions

_BOOK_TITLE = re.compile(r"《[^《》\n]{1,80}》")
_DOC_NUMBER = re.compile(
    r"(?:[（(][\u4e00-\u9fff]{1,6}[）)])?[\u4e00-\u9fff]{1,16}(?:[（(][\u4e00-\u9fff]{1,4}[）)][\u4e00-\u9fff]{1,10})?[〔\[［(（][ ]?[0-9]{4}[ ]?[〕\]］)）][ ]?第?[ ]?[0-9]{1,6}[ ]?号"
)
_ARTICLE = re.compile(
    r"第[一二三四五六七八九十百零〇0-9]{1,8}[条款项目章节](?:第[一二三四五六七八九十百零〇0-9]{1,8}[条款项目])*"
)

# Endings of organisation and agency names. Single characters that end ordinary words too
# (行, 所, 场, 部 …) appear only inside longer, unambiguous endings.
_ORG_SUFFIXES = sorted(
    """有限责任公司 股份有限公司 有限公司 分公司 子公司 公司 集团 合作社 联合社 经营部 门市部 营业部 服务部
    销售部 修理部 营业厅 分店 总店 商行 银行 车行 琴行 商店 商场 市场 超市 便利店 小卖部 士多店 餐馆 餐厅 饭店 饭馆 酒店 酒楼
    酒家 宾馆 旅馆 旅社 旅行社 招待所 药店 药房 大药房 诊所 门诊部 医院 卫生院 卫生室 卫生所 加工厂 厂 作坊
    工作室 事务所 研究院 研究所 学校 幼儿园 托儿所 培训中心 培训学校 中心 店 馆 坊 铺 吧 农场 养殖场 屠宰场
    加油站 加气站 服务站 检测站 收购站 回收站 出版社 报社 派出所 管理所 执法所 司法所 检验所 局 分局 委员会 大队
    支队 中队 办公室 人民政府 政府 法院 检察院 学院 设计院 美容院 敬老院 养老院 福利院 办事处 工作站 协会
    商会 基金会 医疗机构 网吧 会所 影院 浴室 车间 工厂 农庄 山庄 庄园 家庭农场 种植园 果园 苗圃 门店 档口 摊位
    祠堂 宗祠 家庙 大排档 面馆 粉店 烧烤店 小吃店 快餐店 火锅店 茶馆 茶楼 KTV 歌舞厅 足浴店 理发店 美发店 洗浴中心
    """.split(),
    key=len,
    reverse=True,
)
_ORG_SUFFIX_RE = re.compile("|".join(re.escape(s) for s in _ORG_SUFFIXES))
# Walking left from an ending stops at these: an organisation name never contains them.
_ORG_STOP_CHARS = frozenset(
    "的在是系为与向到至对将由被及等其称了把从于着过给让叫说和、，。；：:;,.！？!?“”\"'《》\n\t 【】[]"
)
_ORG_STOP_WORDS = (
    "当事人", "经营", "开办", "开设", "开的", "名下", "委托", "位于", "设立", "注册", "成立", "承包", "租赁",
    "租用", "雇佣", "雇用", "就职", "任职", "工作", "受雇", "来到", "进入", "前往", "员工", "法定代表人",
    "负责人", "经营者", "申请人", "被申请人", "名称", "单位", "举报", "投诉", "检查", "发现", "执法人员",
)  # fmt: skip
_ORG_STOP_WORD_RE = re.compile("|".join(_ORG_STOP_WORDS))
_WORDS_ENDING_IN_STOP = frozenset(("麻将",))  # 思明隆昌麻将馆
_MAX_ORG = 30
_VERB_BEFORE_SHOP = frozenset("看开进守回到关离逛闭")
_PLACE_AFTER = frozenset("村镇乡路街巷组屯寨湾社区")
# 和 may stand inside an agency's name (城市管理和综合执法局); the left walk steps over it.
_AND_INSIDE = re.compile(
    r"(?:管理|规划|资源|建设|发展|改革|科技|信息化|旅游|文化|卫生|健康|保障|广电|体育|城乡)和$"
)


def org_spans(shadow: str) -> Iterator[tuple[int, int]]:
    for m in _ORG_SUFFIX_RE.finditer(shadow):
        end = m.end()
        i = m.start()
        if len(m.group()) == 1 and i > 0 and shadow[i - 1] in _VERB_BEFORE_SHOP:
            continue  # 看店, 开店, 进店: a verb and a shop, not a name ending in 店
        if len(m.group()) == 1 and shadow[end : end + 1] in _PLACE_AFTER:
            continue  # 郑店村, 马坊镇, 石厂路: a place named after a shop
        if i > 0 and shadow[i - 1] in "本我该贵此你":
            continue  # 本局, 该局, 我队: the agency referred to, not a name to walk back from
        lo = max(0, i - _MAX_ORG)
        depth = 0
        while i > lo:
            c = shadow[i - 1]
            if c in "）)":
                depth += 1
            elif c in "（(":
                if depth == 0:
                    break
                depth -= 1
            elif c == "和" and _AND_INSIDE.search(shadow, max(0, i - 7), i):
                pass
            elif c in _ORG_STOP_CHARS and shadow[i - 2 : i] not in _WORDS_ENDING_IN_STOP:
                break
            elif not ("\u4e00" <= c <= "\u9fff" or c.isalnum() or c in "·-"):
                break
            i -= 1
        segment = shadow[i : m.start()]
        stop = None
        for sm in _ORG_STOP_WORD_RE.finditer(segment):
            stop = sm
        if stop is not None:
            i += stop.end()
        i = _after_last_particle(shadow, i, m.start())
        i = _from_region(shadow, i, m.start())
        while i < m.start() and shadow[i] in "）)":
            i += 1
        if m.start() - i < 1 and len(m.group()) < 3:
            continue
        if shadow.endswith(("个人银行", "本人银行", "名下银行"), i, end):
            continue  # 转入张亮个人银行账户: a person's bank account, not a bank
        if _QUARTERS_AFTER.match(shadow, end):
            continue  # 建新路70号粮食局宿舍4栋602室: staff quarters named after a bureau are a home
        yield i, end


_QUARTERS_AFTER = re.compile(r"(?:宿舍|家属院|家属楼|家属区|职工宿舍|小区|大院|生活区)")


# A trademark, a brand or an online shop in quotes: “李宁”商标, 网店“源头严选”, “周大福”系…有限公司,
# 在“阿杰螺蛳粉”店铺订购, 以“阿芳水饺”的名义销售.
_BRAND = re.compile(
    r"(?<=网店|店铺|品牌|商标)(?:名称)?[:：]?“(?P<a>[^“”\n]{1,16})”"
    r"|“(?P<b>[^“”\n]{1,16})”(?=商标|品牌|牌|店铺|网店|门店|小店|的名义|[（(][^）)\n]{0,8}店铺[）)]|"
    r"系[^。\n]{0,30}(?:公司|企业|集团)(?:在|注册|所有))"
)


def brand_spans(shadow: str) -> Iterator[tuple[int, int]]:
    for m in _BRAND.finditer(shadow):
        g = "a" if m.group("a") is not None else "b"
        yield m.start(g), m.end(g)


# Verbs that do occur inside organisations' names (城市管理和综合执法局, 康健医药连锁, 惠民建材销售部).
_ORG_VERBS = frozenset(
    """管理 发展 服务 经营 建设 开发 投资 咨询 设计 建筑 装饰 装修 运输 销售 加工 制造 生产 培训 维修 检测 检验
    养殖 种植 租赁 印刷 回收 批发 零售 监督 执法 保障 保护 改革 规划 调解 救援 仲裁 审批 登记 交易 配送 连锁 代理
    出租 制作 研究 教育 治理 监测 监察 养护 防治 鉴定 评估 认证 监管 应急 运营 施工 安装 美容 洗浴 娱乐 演艺 传媒
    合作 服饰 修理 冷藏 储运 出版 发行 供应 推广 策划 创业 孵化 托管 置业 营销 实业 照明 通信 信息 消防 安保""".split()
)


def _from_region(s: str, i: int, j: int) -> int:
    """An organisation's name that holds a region name (宿州市人民医院) starts there or further left
    only with another region (广东省深圳市…): text before the first region is the sentence's."""
    table = regions()
    for p in range(i + 1, j - 2):
        for k in (7, 6, 5, 4, 3):
            w = s[p : p + k]
            if len(w) == k and w[-1] in "省市区县" and w in table:
                return i if s[p - 1] in "省市区县州盟旗" else p
    return i


def _after_last_particle(s: str, i: int, j: int) -> int:
    """Move ``i`` past the last preposition, conjunction, pronoun or ordinary frequent verb in
    ``s[i:j]`` (衡东伟按照门店 → 门店, 袁丽娟送往宿州市人民医院 → 宿州市人民医院): an organisation's
    name never contains one, a sentence leading up to it does."""
    lex = lexicon()
    particles = lex.particles
    verbs = lex.verbs
    for k in range(j - 2, i - 1, -1):
        if s[k : k + 3] in particles:
            return k + 3
        w = s[k : k + 2]
        if w in particles or w in verbs and w not in _ORG_VERBS:
            return k + 2
    return i


_PROPERTY_WORDS = re.compile(r"国用|集用|集建|房权|房地|房产|不动产|产权|土地证|林权|林证|土证|地证")


def fixed_spans(shadow: str) -> Iterator[tuple[int, int]]:
    for rx in (_BOOK_TITLE, _DOC_NUMBER, _ARTICLE):
        for m in rx.finditer(shadow):
            if rx is _DOC_NUMBER and _PROPERTY_WORDS.search(m.group()):
                continue  # 深国用（2003）第012345号 looks like a 文号 but is a land certificate
            yield m.start(), m.end()
