"""Officers (执法人员), enforcement certificates, legal reviewers, window posts (REQUIREMENTS §2).

持证上岗: nobody without a valid certificate for the category and region on the date may act
(行政处罚法 Art 42; 行政强制法 Art 18). A certificate's state on a date is derived from its
validity period and its append-only events (check, suspension, reinstatement, revocation).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q

from sanxiang.org.models import Agency, Department, EnforcementCategory, Post, Region
from sanxiang.org.validators import validate_citizen_id, validate_phone


class OfficerStatus(models.TextChoices):
    ACTIVE = "active", "在岗"
    TRANSFERRED = "transferred", "调离"
    RETIRED = "retired", "退休"


class Gender(models.TextChoices):
    MALE = "M", "男"
    FEMALE = "F", "女"


class Officer(models.Model):
    """A member of an agency's staff; an enforcement officer when holding a certificate.

    Public (公示): name, photo, agency, department, post, categories, region, certificate number and
    validity. Never public: ``id_number``, ``mobile``.
    """

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="officers", verbose_name="执法主体")
    department = models.ForeignKey(Department, on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="officers", verbose_name="科室")
    post = models.ForeignKey(Post, on_delete=models.SET_NULL, null=True, blank=True, related_name="holders",
                             verbose_name="职务")
    name = models.CharField("姓名", max_length=30)
    gender = models.CharField("性别", max_length=1, choices=Gender.choices, blank=True)
    photo = models.ImageField("照片", upload_to="officers/", blank=True)
    id_number = models.CharField("公民身份号码", max_length=18, blank=True, validators=[validate_citizen_id],
                                 help_text="不公开")
    mobile = models.CharField("手机号码", max_length=20, blank=True, validators=[validate_phone], help_text="不公开")
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="officer", verbose_name="登录账号")
    status = models.CharField("状态", max_length=12, choices=OfficerStatus.choices, default=OfficerStatus.ACTIVE)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    class Meta:
        verbose_name = "执法人员"
        verbose_name_plural = "执法人员"
        ordering = ["agency", "department__order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["agency", "id_number"], condition=~Q(id_number=""),
                                    name="people_officer_unique_id_number"),
        ]

    def __str__(self) -> str:
        return self.name


class CertificateStatus(models.TextChoices):
    VALID = "valid", "有效"
    EXPIRING = "expiring", "即将到期"
    EXPIRED = "expired", "已过期"
    NOT_YET_VALID = "not_yet_valid", "未生效"
    SUSPENDED = "suspended", "暂扣"
    REVOKED = "revoked", "已吊销"


class Certificate(models.Model):
    """行政执法证件. Number, categories, region and validity are public (公示内容 2)."""

    officer = models.ForeignKey(Officer, on_delete=models.PROTECT, related_name="certificates", verbose_name="执法人员")
    number = models.CharField("证件号码", max_length=40, unique=True)
    issuer = models.CharField("发证机关", max_length=100)
    categories = models.ManyToManyField(EnforcementCategory, related_name="certificates", verbose_name="执法类别")
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="certificates", verbose_name="执法区域")
    valid_from = models.DateField("有效期自")
    valid_until = models.DateField("有效期至")
    issued_on = models.DateField("发证日期")
    created_at = models.DateTimeField("登记时间", auto_now_add=True)

    class Meta:
        verbose_name = "执法证件"
        verbose_name_plural = "执法证件"
        ordering = ["-valid_until"]
        constraints = [
            models.CheckConstraint(condition=Q(valid_until__gt=F("valid_from")), name="people_certificate_valid_range"),
        ]

    def __str__(self) -> str:
        return self.number


class CertificateEventKind(models.TextChoices):
    CHECK_PASSED = "check_passed", "年审合格"
    CHECK_FAILED = "check_failed", "年审不合格"
    SUSPENDED = "suspended", "暂扣"
    REINSTATED = "reinstated", "恢复"
    REVOKED = "revoked", "吊销"


class CertificateEvent(models.Model):
    """Append-only history of a certificate: checks (年审), suspensions, reinstatements, revocation."""

    certificate = models.ForeignKey(Certificate, on_delete=models.PROTECT, related_name="events", verbose_name="证件")
    kind = models.CharField("事项", max_length=14, choices=CertificateEventKind.choices)
    effective_on = models.DateField("生效日期")
    reason = models.CharField("事由", max_length=300, blank=True)
    document_number = models.CharField("文号", max_length=60, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="+", verbose_name="登记人")
    created_at = models.DateTimeField("登记时间", auto_now_add=True)

    class Meta:
        verbose_name = "证件记录"
        verbose_name_plural = "证件记录"
        ordering = ["effective_on", "id"]

    def __str__(self) -> str:
        return f"{self.certificate.number} {self.get_kind_display()} {self.effective_on}"


class LegalReviewer(models.Model):
    """法制审核人员数据库 (seed 000 §六(三)). 行政处罚法 Art 58 ¶2: 初次从事行政处罚决定法制审核的人员，
    应当通过国家统一法律职业资格考试取得法律职业资格."""

    officer = models.OneToOneField(Officer, on_delete=models.PROTECT, related_name="reviewer", verbose_name="人员")
    legal_background = models.CharField("法律专业背景", max_length=200, blank=True, help_text="学历、专业")
    has_legal_qualification = models.BooleanField("取得法律职业资格", default=False)
    qualification_number = models.CharField("法律职业资格证书编号", max_length=40, blank=True)
    qualification_date = models.DateField("取得资格日期", null=True, blank=True)
    first_review_on = models.DateField("首次从事法制审核日期", null=True, blank=True)
    is_active = models.BooleanField("在审核岗位", default=True)

    class Meta:
        verbose_name = "法制审核人员"
        verbose_name_plural = "法制审核人员"

    def __str__(self) -> str:
        return self.officer.name


class TrainingKind(models.TextChoices):
    PRE_SERVICE = "pre_service", "岗前培训"
    IN_SERVICE = "in_service", "岗位培训"


class ReviewerTraining(models.Model):
    reviewer = models.ForeignKey(LegalReviewer, on_delete=models.CASCADE, related_name="trainings",
                                 verbose_name="法制审核人员")
    kind = models.CharField("培训类型", max_length=12, choices=TrainingKind.choices)
    title = models.CharField("培训名称", max_length=200)
    held_on = models.DateField("培训日期")
    hours = models.DecimalField("学时", max_digits=5, decimal_places=1)
    organiser = models.CharField("组织单位", max_length=100, blank=True)

    class Meta:
        verbose_name = "培训记录"
        verbose_name_plural = "培训记录"
        ordering = ["-held_on"]
        constraints = [models.CheckConstraint(condition=Q(hours__gt=0), name="people_training_hours_positive")]

    def __str__(self) -> str:
        return self.title


class WindowPost(models.Model):
    """窗口岗位: the public board shows who is on duty, with unit, post, duties and phone
    (seed 000 §三(一)5; seed 001 第十条)."""

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="window_posts", verbose_name="执法主体")
    department = models.ForeignKey(Department, on_delete=models.PROTECT, null=True, blank=True, related_name="+",
                                   verbose_name="科室")
    name = models.CharField("窗口名称", max_length=60)
    location = models.CharField("位置", max_length=100, blank=True)
    duties = models.TextField("岗位职责")
    phone = models.CharField("窗口电话", max_length=40, validators=[validate_phone])
    services = models.TextField("办理事项", blank=True)
    complaint_channel = models.CharField("投诉举报方式", max_length=200, blank=True)
    is_active = models.BooleanField("启用", default=True)
    order = models.PositiveSmallIntegerField("排序", default=0)

    class Meta:
        verbose_name = "窗口岗位"
        verbose_name_plural = "窗口岗位"
        ordering = ["agency", "order", "id"]
        constraints = [models.UniqueConstraint(fields=["agency", "name"], name="people_window_unique_name")]

    def __str__(self) -> str:
        return self.name


class WindowDuty(models.Model):
    """Who is on duty at a window over a date range (当班人员)."""

    window = models.ForeignKey(WindowPost, on_delete=models.CASCADE, related_name="duties_roster", verbose_name="窗口")
    officer = models.ForeignKey(Officer, on_delete=models.PROTECT, related_name="window_duties", verbose_name="工作人员")
    starts_on = models.DateField("开始日期")
    ends_on = models.DateField("结束日期", null=True, blank=True, help_text="空表示长期")

    class Meta:
        verbose_name = "窗口值班"
        verbose_name_plural = "窗口值班"
        ordering = ["window", "starts_on"]
        constraints = [
            models.CheckConstraint(condition=Q(ends_on__isnull=True) | Q(ends_on__gte=F("starts_on")),
                                   name="people_duty_range"),
        ]

    def __str__(self) -> str:
        return f"{self.window} · {self.officer}"
