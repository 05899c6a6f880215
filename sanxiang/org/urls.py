from django.urls import path

from sanxiang.org import views

app_name = "org"
urlpatterns = [
    path("agencies/", views.agency_list, name="agency_list"),
    path("agencies/new/", views.agency_create, name="agency_create"),
    path("agencies/<id:pk>/", views.agency_detail_view, name="agency_detail"),
    path("agencies/<id:pk>/edit/", views.agency_edit, name="agency_edit"),
    path("agencies/<id:pk>/departments/new/", views.department_create, name="department_create"),
    path("agencies/<id:pk>/posts/new/", views.post_create, name="post_create"),
    path("agencies/<id:pk>/groups/new/", views.group_create, name="group_create"),
    path("agencies/<id:pk>/roles/new/", views.membership_grant, name="membership_grant"),
    path("departments/<id:pk>/edit/", views.department_edit, name="department_edit"),
    path("groups/<id:pk>/seats/new/", views.seat_add, name="seat_add"),
    path("seats/<id:pk>/remove/", views.seat_remove, name="seat_remove"),
    path("roles/<id:pk>/revoke/", views.membership_revoke, name="membership_revoke"),
]
