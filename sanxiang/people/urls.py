from django.urls import path

from sanxiang.people import views

app_name = "people"
urlpatterns = [
    path("officers/", views.officer_list, name="officer_list"),
    path("officers/new/", views.officer_create, name="officer_create"),
    path("officers/<int:pk>/", views.officer_detail, name="officer_detail"),
    path("officers/<int:pk>/edit/", views.officer_edit, name="officer_edit"),
    path("officers/<int:pk>/photo/", views.officer_photo, name="officer_photo"),
    path("officers/<int:pk>/certificates/new/", views.certificate_issue, name="certificate_issue"),
    path("certificates/<int:pk>/events/new/", views.certificate_event_add, name="certificate_event_add"),
    path("check/", views.authorization_check, name="authorization_check"),
    path("reviewers/", views.reviewer_list, name="reviewer_list"),
    path("reviewers/new/", views.reviewer_create, name="reviewer_create"),
    path("reviewers/<int:pk>/", views.reviewer_detail, name="reviewer_detail"),
    path("reviewers/<int:pk>/edit/", views.reviewer_edit, name="reviewer_edit"),
    path("reviewers/<int:pk>/trainings/new/", views.training_add, name="training_add"),
    path("windows/", views.window_list, name="window_list"),
    path("windows/new/", views.window_create, name="window_create"),
    path("windows/<int:pk>/", views.window_detail, name="window_detail"),
    path("windows/<int:pk>/edit/", views.window_edit, name="window_edit"),
    path("windows/<int:pk>/duties/new/", views.duty_assign, name="duty_assign"),
    path("duties/<int:pk>/end/", views.duty_end, name="duty_end"),
]
