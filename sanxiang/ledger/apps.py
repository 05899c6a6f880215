from django.apps import AppConfig


class LedgerConfig(AppConfig):
    name = "sanxiang.ledger"
    label = "ledger"
    verbose_name = "防篡改记录（账本）"

    def ready(self) -> None:
        from sanxiang.core import schedule
        from sanxiang.ledger import conf, sealer

        schedule.register("ledger.seal", every_seconds=conf.seal_interval(), func=sealer.seal_all)
