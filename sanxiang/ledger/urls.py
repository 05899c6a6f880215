from django.urls import path, re_path

from sanxiang.ledger import views

app_name = "ledger"
urlpatterns = [
    path("transparency/", views.transparency_index, name="transparency"),
    path("transparency/<slug:log>/checkpoint", views.checkpoint, name="checkpoint"),
    path("transparency/<slug:log>/key", views.key, name="key"),
    re_path(r"^transparency/(?P<log>[-a-zA-Z0-9_]+)/tile/(?P<path>.+)$", views.tile, name="tile"),
    path("transparency/<slug:log>/proof/inclusion", views.inclusion_proof, name="inclusion_proof"),
    path("transparency/<slug:log>/proof/consistency", views.consistency_proof, name="consistency_proof"),
    path("staff/ledger/", views.staff_home, name="staff_home"),
    path("staff/ledger/verify/", views.staff_verify, name="staff_verify"),
]
