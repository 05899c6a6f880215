from django.apps import AppConfig


class HolidaysConfig(AppConfig):
    name = "sanxiang.holidays"
    label = "holidays"
    verbose_name = "工作日历"

    def ready(self) -> None:
        from sanxiang.core import schedule
        from sanxiang.holidays import deadlines, ledger_state
        from sanxiang.holidays.models import Deadline

        ledger_state.register_all()
        deadlines.register(Deadline)
        schedule.register(
            "holidays.recompute_provisional", every_seconds=6 * 3600, func=_recompute_provisional
        )


def _recompute_provisional():
    from sanxiang.holidays.tasks import recompute_provisional

    return recompute_provisional()
