import pytest


@pytest.mark.django_db
def test_404_page_is_styled_and_in_chinese(client, settings):
    settings.DEBUG = False
    response = client.get("/agencies/999999/")
    assert response.status_code == 404
    body = response.content.decode()
    assert "页面不存在或无权访问" in body and "行政执法公示平台" in body


@pytest.mark.django_db
def test_403_page_is_styled(client, two_agencies, settings):
    settings.DEBUG = False
    client.force_login(two_agencies["officer_a"])
    response = client.get(f"/staff/org/agencies/{two_agencies['a'].pk}/edit/")
    assert response.status_code == 403
    assert "无权执行此操作" in response.content.decode()
