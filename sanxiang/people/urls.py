from django.urls import path

from sanxiang.people import views

app_name = "people"
urlpatterns = [
    path("officers/", views.officer_list, name="officer_list"),
    path("officers/new/", views.officer_create, name="officer_create"),
    path("officers/<id:pk>/", views.officer_detail, name="officer_detail"),
    path("officers/<id:pk>/edit/", views.officer_edit, name="officer_edit"),
    path("officers/<id:pk>/photo/", views.officer_photo, name="officer_photo"),
    path("officers/<id:pk>/certificates/new/", views.certificate_issue, name="certificate_issue"),
    path("certificates/<id:pk>/events/new/", views.certificate_event_add, name="certificate_event_add"),
    path("check/", views.authorization_check, name="authorization_check"),
    path("reviewers/", views.reviewer_list, name="reviewer_list"),
    path("reviewers/new/", views.reviewer_create, name="reviewer_create"),
    path("reviewers/<id:pk>/", views.reviewer_detail, name="reviewer_detail"),
    path("reviewers/<id:pk>/edit/", views.reviewer_edit, name="reviewer_edit"),
    path("reviewers/<id:pk>/trainings/new/", views.training_add, name="training_add"),
    path("windows/", views.window_list, name="window_list"),
    path("windows/new/", views.window_create, name="window_create"),
    path("windows/<id:pk>/", views.window_detail, name="window_detail"),
    path("windows/<id:pk>/edit/", views.window_edit, name="window_edit"),
    path("windows/<id:pk>/duties/new/", views.duty_assign, name="duty_assign"),
    path("duties/<id:pk>/end/", views.duty_end, name="duty_end"),
]
