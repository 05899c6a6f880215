"""Staff pages of the calendar: anyone logged in reads and calculates; platform admins enter schedules."""

from datetime import date

import pytest
from django.contrib.auth.models import Permission

from sanxiang.holidays.models import YearSchedule


def login(client, user):
    client.force_login(user)
    return client


def schedule_post(year="2027", holidays=(), workdays=(), notice=""):
    data = {
        "year": year,
        "notice": notice,
        "published_on": "",
        "holidays-TOTAL_FORMS": "10",
        "holidays-INITIAL_FORMS": "0",
        "workdays-TOTAL_FORMS": "8",
        "workdays-INITIAL_FORMS": "0",
    }
    for i in range(10):
        name, start, end = holidays[i] if i < len(holidays) else ("", "", "")
        data |= {f"holidays-{i}-name": name, f"holidays-{i}-start": start, f"holidays-{i}-end": end}
    for i in range(8):
        day, name = workdays[i] if i < len(workdays) else ("", "")
        data |= {f"workdays-{i}-date": day, f"workdays-{i}-name": name}
    return data


@pytest.mark.django_db
def test_login_required(client):
    r = client.get("/staff/calendar/")
    assert r.status_code == 302 and "/login" in r["Location"]


@pytest.mark.django_db
def test_home_shows_coverage_and_the_missing_year(client, seeded, officer_user):
    r = login(client, officer_user).get("/staff/calendar/")
    text = r.content.decode()
    assert r.status_code == 200
    assert "2004—2026" in text
    assert "2027年的节假日安排尚未录入" in text
    assert "录入2027年安排" not in text  # an officer may not enter schedules


@pytest.mark.django_db
def test_empty_table_offers_the_seed_to_admins(client, superuser):
    text = login(client, superuser).get("/staff/calendar/").content.decode()
    assert "节假日表为空" in text and "从 chinese_calendar 载入历年安排" in text
    r = client.post("/staff/calendar/seed/")
    assert r.status_code == 302
    assert YearSchedule.objects.count() == 23


@pytest.mark.django_db
def test_seed_is_for_admins_only(client, officer_user):
    assert login(client, officer_user).post("/staff/calendar/seed/").status_code == 403
    assert not YearSchedule.objects.exists()


@pytest.mark.django_db
def test_calculator(client, seeded, officer_user):
    login(client, officer_user)
    r = client.get("/staff/calendar/", {"operation": "add", "start": "2024-09-27", "n": "7"})
    assert "2024-10-12" in r.content.decode()
    r = client.get(
        "/staff/calendar/", {"operation": "statutory", "start": "2024-09-16", "n": "15", "law": "行政处罚法"}
    )
    text = r.content.decode()
    assert "2024-10-08" in text and "民事诉讼法第八十五条" in text
    r = client.get("/staff/calendar/", {"operation": "between", "start": "2026-12-01", "end": "2027-01-05"})
    assert "暂定" in r.content.decode()


@pytest.mark.django_db
def test_calculator_errors_name_the_field(client, seeded, officer_user):
    login(client, officer_user)
    text = client.get(
        "/staff/calendar/", {"operation": "add", "start": "2024-02-30", "n": ""}
    ).content.decode()
    assert "起算日（A）：日期格式应为 YYYY-MM-DD" in text
    assert "天数 N：请填写天数" in text


@pytest.mark.django_db
def test_year_page_shows_holidays_and_adjusted_working_days(client, seeded, officer_user):
    text = login(client, officer_user).get("/staff/calendar/years/2026/").content.decode()
    assert 'class="sx-cal-adjusted" data-date="2026-02-14"' in text
    assert 'class="sx-cal-holiday" data-date="2026-02-17" title="春节"' in text
    assert "修改安排" not in text


@pytest.mark.django_db
def test_year_without_a_schedule_is_shown_as_provisional(client, seeded, officer_user):
    r = login(client, officer_user).get("/staff/calendar/years/2027/")
    assert r.status_code == 200
    assert "2027年的节假日安排尚未录入" in r.content.decode()
    assert client.get("/staff/calendar/years/1700/").status_code == 404


@pytest.mark.django_db
def test_officers_cannot_open_the_schedule_form(client, officer_user):
    login(client, officer_user)
    assert client.get("/staff/calendar/years/add/").status_code == 403
    assert client.post("/staff/calendar/years/add/", schedule_post()).status_code == 403


@pytest.mark.django_db
def test_staff_with_the_model_permission_may_add(client, officer_user):
    officer_user.is_staff = True
    officer_user.save()
    officer_user.user_permissions.add(Permission.objects.get(codename="add_yearschedule"))
    assert login(client, officer_user).get("/staff/calendar/years/add/").status_code == 200


@pytest.mark.django_db
def test_admin_enters_a_new_year(client, seeded, superuser):
    login(client, superuser)
    assert client.get("/staff/calendar/years/add/?year=2027").status_code == 200
    data = schedule_post(
        holidays=[("元旦", "2027-01-01", "2027-01-03"), ("春节", "2027-02-06", "2027-02-12")],
        workdays=[("2027-02-13", "春节")],
        notice="国办发明电（2026）7号",
    )
    r = client.post("/staff/calendar/years/add/", data)
    assert r.status_code == 302 and r["Location"] == "/staff/calendar/years/2027/"
    schedule = YearSchedule.objects.get(year=2027)
    assert schedule.notice == "国办发明电〔2026〕7号"
    assert schedule.holiday_ranges.count() == 2 and schedule.adjusted_workdays.get().date == date(2027, 2, 13)


@pytest.mark.django_db
def test_schedule_form_errors_are_chinese_and_name_the_field(client, seeded, superuser):
    login(client, superuser)
    data = schedule_post(
        holidays=[
            ("春节", "2027-02-06", "2027-02-12"),
            ("", "2027-05-01", "2027-05-05"),
            ("国庆节", "2027-10-07", "2027-10-01"),
        ],
        workdays=[("2027-02-10", "春节"), ("2027-02-07", "")],
    )
    r = client.post("/staff/calendar/years/add/", data)
    assert r.status_code == 400
    text = r.content.decode()
    assert "节日名称：请填写节日名称" in text
    assert "调休上班日：2027-02-10是星期三，调休上班日应为周六或周日" in text
    assert not YearSchedule.objects.filter(year=2027).exists()
    # the form keeps what was typed
    assert 'value="2027-05-01"' in text


@pytest.mark.django_db
def test_service_errors_land_on_the_right_row(client, seeded, superuser):
    login(client, superuser)
    data = schedule_post(
        holidays=[("春节", "2027-02-06", "2027-02-12"), ("国庆节", "2027-10-07", "2027-10-01")],
        workdays=[("2027-02-07", "春节")],
    )
    data |= {
        "holidays-0-name": "",
        "holidays-0-start": "",
        "holidays-0-end": "",
    }  # a blank first row is skipped
    data |= {
        "holidays-1-name": "春节",
        "holidays-1-start": "2027-02-06",
        "holidays-1-end": "2027-02-12",
        "holidays-2-name": "国庆节",
        "holidays-2-start": "2027-10-07",
        "holidays-2-end": "2027-10-01",
    }
    text = client.post("/staff/calendar/years/add/", data).content.decode()
    assert 'id="id_holidays-2-end_errors"><li>放假结束日：放假结束日不能早于开始日' in text
    assert 'id="id_workdays-0-date_errors"><li>调休上班日：2027-02-07在放假区间“春节”内' in text


@pytest.mark.django_db
def test_entering_an_existing_year_says_so(client, seeded, superuser):
    login(client, superuser)
    text = client.post(
        "/staff/calendar/years/add/",
        schedule_post(year="2026", holidays=[("元旦", "2026-01-01", "2026-01-01")]),
    ).content.decode()
    assert "年度：2026年的节假日安排已存在，请编辑该年度" in text


@pytest.mark.django_db
def test_admin_corrects_a_year(client, seeded, superuser):
    login(client, superuser)
    r = client.get("/staff/calendar/years/2026/edit/")
    assert r.status_code == 200 and 'value="2026-02-15"' in r.content.decode()
    data = schedule_post(
        year="", holidays=[("元旦", "2026-01-01", "2026-01-03")], workdays=[("2026-01-04", "元旦")]
    )
    r = client.post("/staff/calendar/years/2026/edit/", data)
    assert r.status_code == 302
    schedule = YearSchedule.objects.get(year=2026)
    assert schedule.holiday_ranges.count() == 1 and schedule.source == "manual"


@pytest.mark.django_db
def test_admin_site_lists_schedules_read_only(client, seeded, superuser):
    login(client, superuser)
    r = client.get("/admin/holidays/yearschedule/")
    assert r.status_code == 200 and "2026" in r.content.decode()
    pk = YearSchedule.objects.get(year=2026).pk
    r = client.get(f"/admin/holidays/yearschedule/{pk}/change/")
    assert r.status_code == 200 and "春节" in r.content.decode()
    assert client.get("/admin/holidays/yearschedule/add/").status_code == 403


@pytest.mark.django_db
def test_english_is_available(client, seeded, officer_user):
    text = login(client, officer_user).get("/staff/calendar/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Deadline calculator" in text and "Holiday schedules" in text
