from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "sanxiang.people"
    label = "people"
    verbose_name = "执法人员"

    def ready(self) -> None:
        from sanxiang.people import ledger_state

        ledger_state.register_all()
