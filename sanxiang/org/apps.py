from django.apps import AppConfig


class OrgConfig(AppConfig):
    name = "sanxiang.org"
    label = "org"
    verbose_name = "组织机构"

    def ready(self) -> None:
        from sanxiang.org import ledger_state

        ledger_state.register_all()
