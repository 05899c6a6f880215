from django.db import migrations

from sanxiang.ledger.triggers import migrate_install, migrate_uninstall


class Migration(migrations.Migration):
    """Append-only triggers on SQLite and PostgreSQL (see sanxiang/ledger/triggers.py)."""

    dependencies = [("ledger", "0002_tiles_checkpoints")]

    operations = [migrations.RunPython(migrate_install, migrate_uninstall)]
