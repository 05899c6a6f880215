"""`sanxiang demo`: realistic, fictional, complete, and safe to run twice."""

from datetime import date

import pytest
from django.core.management import call_command

from sanxiang.demo.names import SEED_NAMES


@pytest.mark.django_db
def test_demo_is_idempotent_and_complete(settings, tmp_path):
    from sanxiang.ledger.models import Entry
    from sanxiang.org.models import Agency, LeadingGroup, Membership, SupervisorScope
    from sanxiang.people.authorization import certificate_status
    from sanxiang.people.models import Certificate, LegalReviewer, Officer, WindowDuty

    settings.VAR_DIR = tmp_path
    call_command("demo", verbosity=0)
    counts = (Agency.objects.count(), Officer.objects.count(), Certificate.objects.count(), Entry.objects.count())
    call_command("demo", verbosity=0)
    assert (Agency.objects.count(), Officer.objects.count(), Certificate.objects.count(), Entry.objects.count()) == counts

    names = set(Agency.objects.values_list("name", flat=True))
    assert {"曲靖市麒麟区行政审批局", "朔州市平鲁区凤凰城镇人民政府", "玉溪市司法局", "长治市司法局", "云南省工业和信息化厅"} <= names
    # 云南省工业和信息化厅's legal-review body is 政策法规处 (seed 004); every agency has a leading group.
    ynii = Agency.objects.get(name="云南省工业和信息化厅")
    assert ynii.departments.get(is_legal_review_body=True).name == "政策法规处"
    assert LeadingGroup.objects.count() == 5
    qilin = Agency.objects.get(name="曲靖市麒麟区行政审批局")
    assert set(qilin.departments.values_list("name", flat=True)) >= {"市场准入科", "政策法规科", "效能监督科"}

    today = date.today()
    states = {certificate_status(c, today).value for c in Certificate.objects.prefetch_related("events")}
    assert {"valid", "expiring", "expired", "suspended", "revoked", "not_yet_valid"} <= states
    assert LegalReviewer.objects.filter(has_legal_qualification=False).exists()
    assert WindowDuty.objects.exists()
    roles = set(Membership.objects.values_list("role", flat=True))
    assert roles == {"admin", "leader", "officer", "dept_head", "reviewer", "publisher"}
    assert SupervisorScope.objects.exists()
    # People are generated: none of the officials named in the seeds.
    assert not set(Officer.objects.values_list("name", flat=True)) & SEED_NAMES
    assert not set(Agency.objects.values_list("head", flat=True)) & SEED_NAMES
    assert (tmp_path / "demo-logins.txt").read_text(encoding="utf-8").count("qilin_") >= 5


@pytest.mark.django_db
def test_demo_record_verifies_clean(settings, tmp_path):
    """Regression: training hours passed as 16 were digested as "16" but stored as 16.0, so every
    demo training record failed verification."""
    import json

    settings.VAR_DIR = tmp_path
    settings.LEDGER_KEY_DIR = tmp_path / "keys"
    from io import StringIO

    from sanxiang.ledger import triggers

    triggers.install()  # as in production (migrations leave them out under the test runner)
    call_command("demo", verbosity=0)
    call_command("ledger", "seal", verbosity=0)

    out = StringIO()
    try:
        call_command("ledger", "verify", "--json", stdout=out)
    except SystemExit as exc:
        assert exc.code == 0, out.getvalue()[:2000]
    report = json.loads(out.getvalue())
    assert report["ok"] is True, report.get("problems", [])[:5]
