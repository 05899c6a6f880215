"""Load the demo: the seeds' agencies with departments, posts, leading groups, officers with
certificates in every state, reviewers, window posts, and one login per role. Idempotent: an
agency that already exists is left as it is."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction

from sanxiang.demo.data import AGENCIES, CATEGORIES, DEMO_PASSWORD
from sanxiang.demo.names import NameSource
from sanxiang.kernel.identifiers import uscc_check_char
from sanxiang.org import services as org
from sanxiang.org.models import Agency, EnforcementCategory, Region
from sanxiang.people import services as people

PROVINCE_ABBR = {"53": "云", "14": "晋"}


@dataclass
class DemoResult:
    created_agencies: list[str] = field(default_factory=list)
    logins: list[tuple[str, str]] = field(default_factory=list)


def portrait_png(seed: int) -> bytes:
    """A neutral ID-photo style silhouette (no real faces in the demo)."""
    from PIL import Image, ImageDraw

    backgrounds = [(222, 233, 247), (236, 240, 245), (214, 228, 240), (240, 236, 230)]
    image = Image.new("RGB", (240, 320), backgrounds[seed % len(backgrounds)])
    draw = ImageDraw.Draw(image)
    draw.ellipse((75, 55, 165, 155), fill=(92, 106, 128))
    draw.rounded_rectangle((35, 170, 205, 340), radius=60, fill=(29, 52, 97))
    draw.polygon([(120, 172), (100, 230), (120, 250), (140, 230)], fill=(240, 240, 240))
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


def credit_code(region_code: str, serial: int) -> str:
    first17 = f"11{region_code}{serial:05d}0001"
    return first17 + uscc_check_char(first17)


class Loader:
    def __init__(self, *, actor, today: date | None = None):
        self.actor = actor
        self.today = today or date.today()
        self.names = NameSource()
        self.cert_serial = 0
        self.result = DemoResult()
        self.categories: dict[str, EnforcementCategory] = {}

    def run(self) -> DemoResult:
        for code, name in CATEGORIES:
            self.categories[code] = org.category_get_or_create(actor=self.actor, code=code, name=name)
        for spec in AGENCIES:
            if Agency.objects.filter(name=spec["name"]).exists():
                continue
            with transaction.atomic():
                self.load_agency(spec)
            self.result.created_agencies.append(spec["name"])
        return self.result

    # -- one agency -------------------------------------------------------------------------
    def load_agency(self, spec: dict) -> None:
        region = Region.objects.get(code=spec["region"])
        agency = org.agency_create(
            actor=self.actor, categories=[self.categories[c] for c in spec["categories"]],
            name=spec["name"], short_name=spec["short_name"], level=spec["level"], region=region,
            credit_code=credit_code(spec["region"], spec["serial"]), head=self.names.name(),
            office_address=spec["office_address"], enforcement_region=region,
            enforcement_region_note=spec["enforcement_region_note"], contact_phone=spec["contact_phone"],
            supervision_phone=spec["supervision_phone"], legal_basis=spec["legal_basis"],
        )
        leader_posts = [
            (org.post_create(actor=self.actor, agency=agency, title=title, order=i), role)
            for i, (title, role) in enumerate(spec["leaders"])
        ]
        departments, head_posts = {}, {}
        for order, (name, power, review, office, head_title) in enumerate(spec["departments"], start=1):
            dept = org.department_create(actor=self.actor, agency=agency, name=name, order=order,
                                         holds_enforcement_power=power, is_legal_review_body=review,
                                         is_leading_group_office=office)
            departments[name] = dept
            head_posts[name] = org.post_create(actor=self.actor, agency=agency, department=dept, title=head_title,
                                               order=10 + order)
        # Leading group: seats are posts, so a successor in the post inherits the seat.
        g = spec["group"]
        office = departments[g["office"]]
        group = org.leading_group_create(
            actor=self.actor, agency=agency, name=g["name"], established_by=g["established_by"],
            office_department=office, office_director_post=head_posts[g["office"]],
        )
        order = 0
        for post, role in leader_posts:
            org.leading_group_seat_add(actor=self.actor, group=group, post=post, role=role, order=order)
            order += 1
        for name, post in head_posts.items():
            if g["members"] == "enforcing_heads" and not (departments[name].holds_enforcement_power
                                                          or departments[name].is_legal_review_body):
                continue
            org.leading_group_seat_add(actor=self.actor, group=group, post=post, role="member", order=order)
            order += 1

        officers = self.load_people(spec, agency, leader_posts, departments, head_posts)
        self.load_windows(spec, agency, departments, officers)
        self.load_logins(spec, agency, departments, officers)

    def new_officer(self, agency, *, department=None, post=None, photo=True):
        name = self.names.name()
        seed = len(self.names.used)
        return people.officer_create(
            actor=self.actor, agency=agency, department=department, post=post, name=name,
            gender="F" if name[-1] in "英梅兰霞娟燕静敏艳婷琳慧瑶璐彤楠怡曦涵桐" else "M",
            id_number=self.names.citizen_id(agency.region.code),
            mobile=self.names.mobile(),
            photo=ContentFile(portrait_png(seed), name=f"demo-{agency.pk}-{seed}.png") if photo else None,
        )

    def certificate(self, officer, categories, *, state: str = "valid"):
        self.cert_serial += 1
        t = self.today
        valid_from, valid_until = t - timedelta(days=700), t + timedelta(days=1100)
        if state == "expiring":
            valid_from, valid_until = t - timedelta(days=1800), t + timedelta(days=18 + self.cert_serial % 30)
        elif state == "expired":
            valid_from, valid_until = t - timedelta(days=1900), t - timedelta(days=20 + self.cert_serial % 40)
        elif state == "not_yet_valid":
            valid_from, valid_until = t + timedelta(days=10), t + timedelta(days=1836)
        region = officer.agency.enforcement_region
        number = f"{PROVINCE_ABBR.get(region.code[:2], '')}{region.code}{self.cert_serial:05d}"
        cert = people.certificate_issue(
            actor=self.actor, officer=officer, categories=categories, region=region, number=number,
            issuer=f"{region.name}人民政府" if region.level != "province" else "云南省人民政府",
            valid_from=valid_from, valid_until=valid_until, issued_on=valid_from,
        )
        checked_on = max(valid_from, t - timedelta(days=200))
        if valid_from < t:
            people.certificate_event_add(actor=self.actor, certificate=cert, kind="check_passed", effective_on=checked_on,
                                         reason="年度审验合格")
        if state == "suspended":
            people.certificate_event_add(actor=self.actor, certificate=cert, kind="suspended",
                                         effective_on=t - timedelta(days=12), reason="涉嫌违反执法纪律，调查期间暂扣证件",
                                         document_number=f"{officer.agency.short_name}〔{t.year}〕3号")
        elif state == "check_failed":
            people.certificate_event_add(actor=self.actor, certificate=cert, kind="check_failed",
                                         effective_on=t - timedelta(days=30), reason="年度培训学时不足，年审不合格")
        elif state == "revoked":
            people.certificate_event_add(actor=self.actor, certificate=cert, kind="revoked",
                                         effective_on=t - timedelta(days=90), reason="调离执法岗位，依规收回并注销证件")
        return cert

    def load_people(self, spec, agency, leader_posts, departments, head_posts) -> dict:
        cats = [self.categories[c] for c in spec["categories"]]
        officers: dict = {"leaders": [], "heads": {}, "staff": {}}
        for post, _role in leader_posts:
            officer = self.new_officer(agency, post=post)
            self.certificate(officer, cats)
            officers["leaders"].append(officer)
        # Certificate states rotate so every agency shows every state somewhere.
        states = ["valid", "expiring", "valid", "expired", "suspended", "valid", "check_failed", "not_yet_valid",
                  "valid", "revoked"]
        k = 0
        for name, dept in departments.items():
            head = self.new_officer(agency, department=dept, post=head_posts[name])
            officers["heads"][name] = head
            staff_count = 3 if dept.holds_enforcement_power else (2 if dept.is_legal_review_body else 0)
            staff = [self.new_officer(agency, department=dept, photo=i % 3 != 2) for i in range(staff_count)]
            officers["staff"][name] = staff
            if dept.holds_enforcement_power or dept.is_legal_review_body:
                self.certificate(head, cats)
                for officer in staff:
                    self.certificate(officer, cats[:1] if k % 2 else cats, state=states[k % len(states)])
                    k += 1
            if dept.is_legal_review_body:
                people.reviewer_register(
                    actor=self.actor, officer=head, legal_background="法学本科", has_legal_qualification=True,
                    qualification_number=f"A{self.today.year - 9}{agency.region.code}{k:04d}",
                    qualification_date=self.today - timedelta(days=9 * 365), first_review_on=self.today - timedelta(days=6 * 365),
                )
                qualified = people.reviewer_register(
                    actor=self.actor, officer=staff[0], legal_background="法律硕士", has_legal_qualification=True,
                    qualification_number=f"A{self.today.year - 3}{agency.region.code}{k + 1:04d}",
                    qualification_date=self.today - timedelta(days=3 * 365), first_review_on=self.today - timedelta(days=2 * 365),
                )
                trainee = people.reviewer_register(actor=self.actor, officer=staff[1], legal_background="行政管理本科",
                                                   has_legal_qualification=False)
                for reviewer, kind, title, days in (
                    (qualified, "pre_service", "法制审核人员岗前培训", 700),
                    (qualified, "in_service", "《行政处罚法》修订专题培训", 120),
                    (trainee, "pre_service", "法制审核人员岗前培训", 40),
                ):
                    people.training_add(actor=self.actor, reviewer=reviewer, kind=kind, title=title,
                                        held_on=self.today - timedelta(days=days), hours=16, organiser="司法局")
        return officers

    def load_windows(self, spec, agency, departments, officers) -> None:
        for i, (name, dept_name, location, duties) in enumerate(spec["windows"]):
            window = people.window_create(
                actor=self.actor, agency=agency, department=departments[dept_name], name=name, location=location,
                duties=duties, phone=spec["contact_phone"][:-1] + str(3 + i), order=i,
                services=duties.split("的")[0], complaint_channel=f"监督电话 {spec['supervision_phone']}；12345 政务服务便民热线",
            )
            staff = officers["staff"].get(dept_name) or [officers["heads"][dept_name]]
            for officer in staff[:2]:
                people.window_duty_assign(actor=self.actor, window=window, officer=officer,
                                          starts_on=self.today - timedelta(days=30))

    def load_logins(self, spec, agency, departments, officers) -> None:
        key = spec["key"]
        enforcing = next(name for name, d in departments.items() if d.holds_enforcement_power)
        review = next((name for name, d in departments.items() if d.is_legal_review_body), None)
        roles = [("admin", "admin", None), ("leader", "leader", officers["leaders"][0]),
                 ("officer", "officer", officers["staff"][enforcing][0]),
                 ("head", "dept_head", officers["heads"][enforcing])]
        if review:
            roles.append(("reviewer", "reviewer", officers["staff"][review][0]))
        if key == "qilin":
            roles.append(("publisher", "publisher", None))
        User = get_user_model()
        for suffix, role, officer in roles:
            username = f"{key}_{suffix}"
            user = User.objects.filter(username=username).first()
            if user is None:
                user = User.objects.create_user(username=username, password=DEMO_PASSWORD,
                                                first_name=officer.name if officer else f"{agency.short_name}管理员")
            org.membership_grant(actor=self.actor, user=user, agency=agency, role=role,
                                 department=officer.department if officer and role == "dept_head" else None)
            if officer is not None:
                people.officer_update(actor=self.actor, officer=officer, user=user)
            self.result.logins.append((username, f"{agency.name} · {dict(ROLE_LABELS)[role]}"))
        if spec.get("supervises"):
            username = f"{key}_supervisor"
            user = User.objects.filter(username=username).first() or User.objects.create_user(
                username=username, password=DEMO_PASSWORD, first_name="执法监督员")
            org.supervisor_scope_grant(actor=self.actor, user=user, region=Region.objects.get(code=spec["supervises"]),
                                       supervising_agency=agency)
            self.result.logins.append((username, f"{agency.name} · 行政执法监督（{Region.objects.get(code=spec['supervises']).name}）"))


ROLE_LABELS = [("admin", "系统管理员"), ("leader", "机关负责人"), ("officer", "执法人员"), ("dept_head", "科室负责人"),
               ("reviewer", "法制审核人员"), ("publisher", "公示管理员")]
