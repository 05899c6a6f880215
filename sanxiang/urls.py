from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from sanxiang.api import api

admin.site.site_header = "三项制度平台 管理后台"
admin.site.site_title = "三项制度平台"
admin.site.index_title = "系统管理"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("staff/", include("sanxiang.core.urls")),
    path("staff/", include("sanxiang.workbench.urls")),
    path("staff/org/", include("sanxiang.org.urls")),
    path("staff/people/", include("sanxiang.people.urls")),
    path("", include("sanxiang.portal.urls")),
]
for module, prefix in (("sanxiang.holidays.urls", "staff/calendar/"), ("sanxiang.ledger.urls", "")):
    try:
        __import__(module)
    except ModuleNotFoundError:
        continue
    urlpatterns.insert(0, path(prefix, include(module)))

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
