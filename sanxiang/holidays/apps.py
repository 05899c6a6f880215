from django.apps import AppConfig


class HolidaysConfig(AppConfig):
    name = "sanxiang.holidays"
    label = "holidays"
    verbose_name = "工作日历"
