from django.urls import path

from sanxiang.people import views

app_name = "people"
urlpatterns = [
    path("officers/", views.officer_list, name="officer_list"),
    path("officers/<int:pk>/", views.officer_detail, name="officer_detail"),
    path("reviewers/", views.reviewer_list, name="reviewer_list"),
    path("windows/", views.window_list, name="window_list"),
]
