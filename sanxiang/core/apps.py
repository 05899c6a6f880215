from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "sanxiang.core"
    label = "core"
    verbose_name = "平台基础"

    def ready(self) -> None:
        from django.urls import register_converter

        from sanxiang.core.converters import IdConverter

        register_converter(IdConverter, "id")  # <id:pk> in every app's urls.py
