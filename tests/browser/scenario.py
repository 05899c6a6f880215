"""A small, realistic data set for the browser tests (and for looking at the pages by hand):
one district approval bureau with its departments, leading group, officers whose certificates are
in every state, a reviewer, a service window on duty; a second agency in another city; logins.
Everything is written through the services. People are fictional."""

from __future__ import annotations

import io
from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from sanxiang.kernel.identifiers import citizen_id_check_char, uscc_check_char
from sanxiang.org import services as org
from sanxiang.org.models import Region
from sanxiang.people import services as people

PASSWORD = "pw-Sanxiang-1"
ACTOR = "scenario"


def _uscc(region: str, serial: int) -> str:
    first17 = f"11{region}{serial:09d}"
    return first17 + uscc_check_char(first17)


def _id_number(region: str, birth: str, seq: int) -> str:
    first17 = f"{region}{birth}{seq:03d}"
    return first17 + citizen_id_check_char(first17)


def _photo(shade: int) -> SimpleUploadedFile:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (240, 320), (226, 232, 240))
    draw = ImageDraw.Draw(img)
    draw.rectangle([0, 250, 240, 320], fill=(22, 48, 92))
    draw.ellipse([70, 60, 170, 170], fill=(shade, shade - 20, shade - 40))
    draw.pieslice([30, 170, 210, 360], 180, 360, fill=(22, 48, 92))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return SimpleUploadedFile(f"photo{shade}.png", buf.getvalue(), content_type="image/png")


def build(today: date | None = None) -> dict:
    today = today or date.today()
    call_command("load_regions", verbosity=0)
    regions = {r.code: r for r in Region.objects.all()}
    approval = org.category_get_or_create(actor=ACTOR, code="approval", name="行政审批")
    market = org.category_get_or_create(actor=ACTOR, code="market", name="市场监管")
    justice = org.category_get_or_create(actor=ACTOR, code="justice", name="司法行政")

    bureau = org.agency_create(
        actor=ACTOR, categories=[approval], name="曲靖市麒麟区行政审批局", short_name="麒审批", level="county",
        region=regions["530302"], credit_code=_uscc("530302", 901), head="周建国",
        office_address="曲靖市麒麟区麒麟西路政务服务中心三楼", enforcement_region=regions["530302"],
        contact_phone="0874-3123456", supervision_phone="0874-3123400",
        legal_basis="《中华人民共和国行政许可法》\n《曲靖市麒麟区行政审批局职能配置、内设机构和人员编制规定》",
    )
    depts = {}
    for order, (name, power, review, office, duty) in enumerate([
        ("办公室", False, False, False, "负责机关日常运转、文电、会务、机要、档案等工作。"),
        ("政策法规科", False, True, True, "负责重大行政执法决定法制审核，承担领导小组办公室日常工作。"),
        ("市场准入审批科", True, False, False, "负责市场主体登记、食品经营许可等行政许可事项。"),
        ("建设项目审批科", True, False, False, "负责建设工程规划许可、施工许可等行政许可事项。"),
    ]):
        depts[name] = org.department_create(actor=ACTOR, agency=bureau, name=name, responsibilities=duty,
                                            holds_enforcement_power=power, is_legal_review_body=review,
                                            is_leading_group_office=office, order=order)
    posts = {
        "局长": org.post_create(actor=ACTOR, agency=bureau, title="局长", order=0),
        "副局长": org.post_create(actor=ACTOR, agency=bureau, title="副局长", order=1),
        "法规科长": org.post_create(actor=ACTOR, agency=bureau, title="科长", department=depts["政策法规科"], order=2),
        "准入科长": org.post_create(actor=ACTOR, agency=bureau, title="科长", department=depts["市场准入审批科"], order=3),
        "建设科长": org.post_create(actor=ACTOR, agency=bureau, title="科长", department=depts["建设项目审批科"], order=4),
        "科员": org.post_create(actor=ACTOR, agency=bureau, title="科员", department=depts["市场准入审批科"], order=5),
    }
    group = org.leading_group_create(actor=ACTOR, agency=bureau, name="麒麟区行政审批局全面推行行政执法三项制度工作领导小组",
                                     established_by="麒审批发〔2019〕15号", office_department=depts["政策法规科"],
                                     office_director_post=posts["法规科长"])
    for order, (post, role) in enumerate([("局长", "leader"), ("副局长", "deputy"), ("法规科长", "member"),
                                          ("准入科长", "member"), ("建设科长", "member")]):
        org.leading_group_seat_add(actor=ACTOR, group=group, post=posts[post], role=role, order=order)

    def officer(name, dept, post, gender, seq, photo=True, mobile="13808741234"):
        return people.officer_create(actor=ACTOR, agency=bureau, name=name, department=depts[dept],
                                     post=posts[post] if post else None, gender=gender,
                                     id_number=_id_number("530302", "19850312", seq), mobile=mobile,
                                     photo=_photo(200 - seq * 3) if photo else "")

    def cert(o, number, start, end, cats=(approval,)):
        return people.certificate_issue(actor=ACTOR, officer=o, categories=list(cats), region=regions["530302"],
                                        number=number, issuer="曲靖市人民政府", valid_from=start, valid_until=end,
                                        issued_on=start)

    head = officer("周建国", "办公室", "局长", "M", 11)
    valid = officer("李文静", "市场准入审批科", "准入科长", "F", 12)
    expiring = officer("王志强", "市场准入审批科", "科员", "M", 13)
    expired = officer("赵海燕", "建设项目审批科", "建设科长", "F", 14)
    suspended = officer("陈立新", "建设项目审批科", None, "M", 15)
    reviewer_officer = officer("杨明辉", "政策法规科", "法规科长", "M", 16, photo=False)
    no_cert = officer("孙晓梅", "办公室", None, "F", 17, photo=False)

    cert(head, "53030220190011", today - timedelta(days=900), today + timedelta(days=900))
    cert(valid, "53030220190012", today - timedelta(days=700), today + timedelta(days=1000))
    cert(expiring, "53030220190013", today - timedelta(days=1800), today + timedelta(days=25))
    cert(expired, "53030220190014", today - timedelta(days=1900), today - timedelta(days=10))
    c_susp = cert(suspended, "53030220190015", today - timedelta(days=500), today + timedelta(days=1200))
    people.certificate_event_add(actor=ACTOR, certificate=c_susp, kind="suspended", effective_on=today - timedelta(days=5),
                                 reason="涉嫌违规执法，调查期间暂扣")
    cert(reviewer_officer, "53030220190016", today - timedelta(days=300), today + timedelta(days=1500))

    reviewer = people.reviewer_register(actor=ACTOR, officer=reviewer_officer, legal_background="法学本科",
                                        has_legal_qualification=False, first_review_on=today - timedelta(days=200))
    people.training_add(actor=ACTOR, reviewer=reviewer, kind="pre_service", title="重大执法决定法制审核岗前培训",
                        held_on=today - timedelta(days=210), hours=16, organiser="曲靖市司法局")

    window = people.window_create(actor=ACTOR, agency=bureau, department=depts["市场准入审批科"], name="市场准入综合窗口",
                                  location="政务服务中心一楼 A3", duties="受理市场主体设立、变更、注销登记申请，一次性告知所需材料。",
                                  phone="0874-3123461", services="营业执照办理；食品经营许可", complaint_channel="12345 政务服务便民热线")
    people.window_duty_assign(actor=ACTOR, window=window, officer=valid, starts_on=today - timedelta(days=30))
    window2 = people.window_create(actor=ACTOR, agency=bureau, department=depts["建设项目审批科"], name="工程建设项目窗口",
                                   location="政务服务中心一楼 B1", duties="受理建设工程规划许可、施工许可申请。",
                                   phone="0874-3123462", complaint_channel="0874-3123400")
    people.window_duty_assign(actor=ACTOR, window=window2, officer=head, starts_on=today - timedelta(days=3))

    other = org.agency_create(
        actor=ACTOR, categories=[market], name="玉溪市红塔区市场监督管理局", short_name="红市监", level="county",
        region=regions["530402"], credit_code=_uscc("530402", 902), head="刘建军", office_address="玉溪市红塔区东风南路8号",
        enforcement_region=regions["530402"], contact_phone="0877-2021234", supervision_phone="0877-2021200",
        legal_basis="《中华人民共和国行政处罚法》")
    other_officer = people.officer_create(actor=ACTOR, agency=other, name="何光明", gender="M",
                                          id_number=_id_number("530402", "19800101", 21), mobile="13987654321")
    people.certificate_issue(actor=ACTOR, officer=other_officer, categories=[market], region=regions["530402"],
                             number="53040220200021", issuer="玉溪市人民政府", valid_from=today - timedelta(days=100),
                             valid_until=today + timedelta(days=2000), issued_on=today - timedelta(days=100))
    justice_bureau = org.agency_create(
        actor=ACTOR, categories=[justice], name="玉溪市司法局", short_name="玉司", level="city", region=regions["530400"],
        credit_code=_uscc("530400", 903), head="张志远", office_address="玉溪市红塔区聂耳路2号",
        enforcement_region=regions["530400"], contact_phone="0877-2051234", supervision_phone="0877-2051200",
        legal_basis="《中华人民共和国行政复议法》")

    users = get_user_model().objects
    admin = users.create_user("qlj_admin", password=PASSWORD, first_name="管理员")
    org.membership_grant(actor=ACTOR, user=admin, agency=bureau, role="admin")
    clerk = users.create_user("qlj_officer", password=PASSWORD, first_name="王志强")
    org.membership_grant(actor=ACTOR, user=clerk, agency=bureau, role="officer")
    supervisor = users.create_user("yx_supervisor", password=PASSWORD, first_name="监督员")
    org.supervisor_scope_grant(actor=ACTOR, user=supervisor, region=regions["530400"], supervising_agency=justice_bureau)
    return {
        "bureau": bureau, "other": other, "justice": justice_bureau, "group": group, "depts": depts, "posts": posts,
        "officers": {"head": head, "valid": valid, "expiring": expiring, "expired": expired, "suspended": suspended,
                     "reviewer": reviewer_officer, "no_cert": no_cert, "other": other_officer},
        "reviewer": reviewer, "window": window, "categories": {"approval": approval, "market": market},
        "users": {"admin": admin, "officer": clerk, "supervisor": supervisor},
    }
