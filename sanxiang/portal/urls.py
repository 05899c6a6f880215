from django.urls import path

from sanxiang.portal import views

app_name = "portal"
urlpatterns = [
    path("", views.home, name="home"),
    path("agencies/", views.agency_list, name="agency_list"),
    path("agencies/<id:pk>/", views.agency_detail, name="agency_detail"),
    path("officers/", views.officer_list, name="officer_list"),
    path("officers/<id:pk>/photo/", views.officer_photo, name="officer_photo"),
    path("windows/", views.window_boards, name="windows"),
    path("windows/<id:agency_pk>/screen/", views.window_screen, name="window_screen"),
]
