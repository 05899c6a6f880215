from django.urls import path

from sanxiang.holidays import views

app_name = "holidays"
urlpatterns = [
    path("", views.calendar_home, name="home"),
    path("years/add/", views.year_add, name="year_add"),
    path("years/<id:year>/", views.year_detail, name="year_detail"),
    path("years/<id:year>/edit/", views.year_edit, name="year_edit"),
    path("seed/", views.seed, name="seed"),
]
