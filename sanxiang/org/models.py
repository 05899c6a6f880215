"""Regions, agencies (执法主体), departments, posts, leading groups, and who may do what where.

REQUIREMENTS §1. Seeds 000–004 each establish a leading group whose members are posts
("由担任相应职务的同志自行递补"), a legal-review body (法制审核机构) and a leading-group office.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from sanxiang.org.validators import validate_phone, validate_region_code, validate_uscc


class RegionLevel(models.TextChoices):
    PROVINCE = "province", "省级"
    CITY = "city", "地级"
    COUNTY = "county", "县级"


class Region(models.Model):
    """行政区划 (GB/T 2260). ``prefix`` is the code without its trailing zero pairs: a region contains
    every region whose code starts with its prefix (53 → 5303 → 530302)."""

    code = models.CharField("区划代码", max_length=6, unique=True, validators=[validate_region_code],
                            help_text="GB/T 2260 六位行政区划代码")
    name = models.CharField("名称", max_length=50)
    level = models.CharField("级别", max_length=10, choices=RegionLevel.choices)
    parent = models.ForeignKey("self", on_delete=models.PROTECT, null=True, blank=True, related_name="children",
                               verbose_name="上级区划")
    prefix = models.CharField("代码前缀", max_length=6, db_index=True, editable=False)

    class Meta:
        verbose_name = "行政区划"
        verbose_name_plural = "行政区划"
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.name}（{self.code}）"

    @staticmethod
    def prefix_for(code: str) -> str:
        if code.endswith("0000"):
            return code[:2]
        if code.endswith("00"):
            return code[:4]
        return code

    @staticmethod
    def level_for(code: str) -> str:
        if code.endswith("0000"):
            return RegionLevel.PROVINCE
        if code.endswith("00"):
            return RegionLevel.CITY
        return RegionLevel.COUNTY

    def contains(self, other: Region) -> bool:
        return other.code.startswith(self.prefix)

    @property
    def full_name(self) -> str:
        names, node = [], self
        while node is not None:
            names.append(node.name)
            node = node.parent
        return "".join(reversed(names))


class EnforcementCategory(models.Model):
    """执法类别, e.g. 行政审批, 市场监管, 司法行政. Certificates and agencies carry categories."""

    code = models.SlugField("代码", max_length=40, unique=True)
    name = models.CharField("名称", max_length=50, unique=True)

    class Meta:
        verbose_name = "执法类别"
        verbose_name_plural = "执法类别"
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name


class AgencyLevel(models.TextChoices):
    PROVINCE = "province", "省级"
    CITY = "city", "市级"
    COUNTY = "county", "县（区）级"
    TOWNSHIP = "township", "乡镇（街道）"


class AgencyStatus(models.TextChoices):
    ACTIVE = "active", "正常"
    SUSPENDED = "suspended", "暂停执法"
    DISSOLVED = "dissolved", "已撤销"


class Agency(models.Model):
    """行政执法主体 — every field here is public (公示内容 1, seed 000 §三(一)1)."""

    name = models.CharField("机关名称", max_length=100, unique=True)
    short_name = models.CharField("机关代字", max_length=20, blank=True,
                                  help_text="文书编号中的机关代字，如“麒审批”（GB/T 9704）")
    level = models.CharField("层级", max_length=10, choices=AgencyLevel.choices)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="agencies", verbose_name="所在行政区划")
    credit_code = models.CharField("统一社会信用代码", max_length=18, unique=True, validators=[validate_uscc],
                                   help_text="GB 32100，18位")
    head = models.CharField("负责人", max_length=50)
    office_address = models.CharField("办公地址", max_length=200)
    categories = models.ManyToManyField(EnforcementCategory, related_name="agencies", verbose_name="执法类别", blank=True)
    enforcement_region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="enforcing_agencies",
                                           verbose_name="执法区域")
    enforcement_region_note = models.CharField("执法区域说明", max_length=200, blank=True)
    contact_phone = models.CharField("联系电话", max_length=40, validators=[validate_phone])
    supervision_phone = models.CharField("监督电话", max_length=40, validators=[validate_phone])
    legal_basis = models.TextField("执法依据", help_text="设立依据及行政执法权来源（法律、法规、规章、三定方案）")
    status = models.CharField("状态", max_length=10, choices=AgencyStatus.choices, default=AgencyStatus.ACTIVE)
    website = models.URLField("网站", blank=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    class Meta:
        verbose_name = "执法主体"
        verbose_name_plural = "执法主体"
        ordering = ["region__code", "name"]

    def __str__(self) -> str:
        return self.name


class Department(models.Model):
    """科室/处室. Seed 000: 法制审核机构为政策法规科; 领导小组办公室设在政策法规科."""

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="departments", verbose_name="执法主体")
    name = models.CharField("名称", max_length=60)
    responsibilities = models.TextField("职责", blank=True)
    holds_enforcement_power = models.BooleanField("有执法权", default=False)
    is_legal_review_body = models.BooleanField("法制审核机构", default=False,
                                               help_text="负责重大执法决定法制审核（行政处罚法第五十八条）")
    is_leading_group_office = models.BooleanField("领导小组办公室", default=False)
    order = models.PositiveSmallIntegerField("排序", default=0)

    class Meta:
        verbose_name = "科室"
        verbose_name_plural = "科室"
        ordering = ["agency", "order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["agency", "name"], name="org_department_unique_name"),
            models.UniqueConstraint(fields=["agency"], condition=Q(is_legal_review_body=True),
                                    name="org_department_one_review_body"),
            models.UniqueConstraint(fields=["agency"], condition=Q(is_leading_group_office=True),
                                    name="org_department_one_group_office"),
        ]

    def __str__(self) -> str:
        return f"{self.agency.name} {self.name}"


class Post(models.Model):
    """职务 (局长, 政策法规科科长 …). Leading-group seats are posts, so a successor inherits the seat."""

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="posts", verbose_name="执法主体")
    department = models.ForeignKey(Department, on_delete=models.PROTECT, null=True, blank=True, related_name="posts",
                                   verbose_name="科室")
    title = models.CharField("职务名称", max_length=60)
    order = models.PositiveSmallIntegerField("排序", default=0)

    class Meta:
        verbose_name = "职务"
        verbose_name_plural = "职务"
        ordering = ["agency", "order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["agency", "department", "title"], name="org_post_unique_in_department"),
            models.UniqueConstraint(fields=["agency", "title"], condition=Q(department__isnull=True),
                                    name="org_post_unique_agency_level"),
        ]

    def __str__(self) -> str:
        return f"{self.department.name}{self.title}" if self.department_id else self.title


class LeadingGroup(models.Model):
    """三项制度工作领导小组."""

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="leading_groups", verbose_name="执法主体")
    name = models.CharField("名称", max_length=120)
    established_by = models.CharField("成立文件文号", max_length=60, blank=True)
    established_on = models.DateField("成立日期", null=True, blank=True)
    office_department = models.ForeignKey(Department, on_delete=models.PROTECT, null=True, blank=True,
                                          related_name="+", verbose_name="办公室设在")
    office_director_post = models.ForeignKey(Post, on_delete=models.PROTECT, null=True, blank=True, related_name="+",
                                             verbose_name="办公室主任（兼任职务）")
    succession_note = models.CharField("递补规则", max_length=200, default="成员如有变动，由担任相应职务的同志自行递补")

    class Meta:
        verbose_name = "领导小组"
        verbose_name_plural = "领导小组"

    def __str__(self) -> str:
        return self.name


class SeatRole(models.TextChoices):
    LEADER = "leader", "组长"
    DEPUTY = "deputy", "副组长"
    MEMBER = "member", "成员"


class LeadingGroupSeat(models.Model):
    group = models.ForeignKey(LeadingGroup, on_delete=models.CASCADE, related_name="seats", verbose_name="领导小组")
    post = models.ForeignKey(Post, on_delete=models.PROTECT, related_name="seats", verbose_name="职务")
    role = models.CharField("组内职务", max_length=10, choices=SeatRole.choices)
    order = models.PositiveSmallIntegerField("排序", default=0)

    class Meta:
        verbose_name = "领导小组席位"
        verbose_name_plural = "领导小组席位"
        ordering = ["group", "order", "id"]
        constraints = [models.UniqueConstraint(fields=["group", "post"], name="org_seat_unique_post")]

    def __str__(self) -> str:
        return f"{self.get_role_display()}：{self.post}"


class Role(models.TextChoices):
    OFFICER = "officer", "执法人员"
    DEPT_HEAD = "dept_head", "科室负责人"
    LEADER = "leader", "机关负责人"
    REVIEWER = "reviewer", "法制审核人员"
    PUBLISHER = "publisher", "公示管理员"
    ADMIN = "admin", "系统管理员"


class Membership(models.Model):
    """A user's role in one agency. Every permission is scoped to that agency (REQUIREMENTS §1)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships",
                             verbose_name="用户")
    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="memberships", verbose_name="执法主体")
    role = models.CharField("角色", max_length=12, choices=Role.choices)
    department = models.ForeignKey(Department, on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="memberships", verbose_name="科室")
    granted_at = models.DateTimeField("授权时间", auto_now_add=True)

    class Meta:
        verbose_name = "角色授权"
        verbose_name_plural = "角色授权"
        constraints = [models.UniqueConstraint(fields=["user", "agency", "role"], name="org_membership_unique")]

    def __str__(self) -> str:
        return f"{self.user} · {self.agency} · {self.get_role_display()}"


class SupervisorScope(models.Model):
    """行政执法协调监督: a supervisor (e.g. at a 司法局) sees every agency in a region, read-only."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="supervisions",
                             verbose_name="用户")
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+", verbose_name="监督区域")
    supervising_agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="+",
                                           verbose_name="监督机关")
    granted_at = models.DateTimeField("授权时间", auto_now_add=True)

    class Meta:
        verbose_name = "监督范围"
        verbose_name_plural = "监督范围"
        constraints = [models.UniqueConstraint(fields=["user", "region"], name="org_supervision_unique")]

    def __str__(self) -> str:
        return f"{self.user} · {self.region.name}"
