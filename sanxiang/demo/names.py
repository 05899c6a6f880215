"""Fictional people for the demo: generated names, never the officials named in the seeds."""

from __future__ import annotations

import random
from datetime import date

from sanxiang.kernel.identifiers import citizen_id_check_char

SURNAMES = ("李王张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
COMPOUND = ("欧阳", "司马", "上官", "诸葛")
GIVEN = ("建华 志强 秀英 丽娟 海燕 文杰 晓明 俊峰 雪梅 国庆 春兰 永胜 红霞 立新 子涵 思远 雨桐 浩然 佳怡 明轩 "
         "晨曦 一鸣 嘉怡 若曦 天宇 凯 勇 静 敏 磊 洋 艳 婷 杰 涛 琳 斌 超 鹏 慧 宁 宇 瑶 璐 昊 彤 坤 楠 帆 锐").split()
# Officials named in ../shared/seeds: the demo must never reuse them.
SEED_NAMES = frozenset(
    "王陈洋 夏俊 吴琳 陶承刚 徐洪森 缪丽华 胡林红 孙俊辉 刘云灿 丁成英 王太江 孟华俊 赵永平 唐文祥 朱思海 浦丽合 袁国书 "
    "王洪新 陈钟耕 吕欣 高红梅 赵向菊 张娟".split()
)


class NameSource:
    def __init__(self, seed: int = 2026):
        self.rng = random.Random(seed)
        self.used: set[str] = set(SEED_NAMES)

    def name(self) -> str:
        while True:
            surname = self.rng.choice(COMPOUND) if self.rng.random() < 0.04 else self.rng.choice(SURNAMES)
            candidate = surname + self.rng.choice(GIVEN)
            if candidate not in self.used:
                self.used.add(candidate)
                return candidate

    def citizen_id(self, region_code: str, born: date | None = None) -> str:
        born = born or date(self.rng.randint(1968, 1998), self.rng.randint(1, 12), self.rng.randint(1, 28))
        first17 = f"{region_code}{born:%Y%m%d}{self.rng.randint(0, 999):03d}"
        return first17 + citizen_id_check_char(first17)

    def mobile(self) -> str:
        return f"1{self.rng.choice('3578')}{self.rng.randint(0, 9)}{self.rng.randint(0, 99999999):08d}"
