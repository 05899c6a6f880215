"""Read-only admin for the record: nothing here can change it (and the triggers would refuse)."""

from __future__ import annotations

from django.contrib import admin

from sanxiang.core.admin import ReadOnlyAdmin
from sanxiang.ledger.models import Checkpoint, Entry, Log, Tile


@admin.register(Log)
class LogAdmin(ReadOnlyAdmin):
    list_display = ("name", "origin", "algorithm", "size", "integrated_size", "created_at")


@admin.register(Entry)
class EntryAdmin(ReadOnlyAdmin):
    list_display = ("log", "seq", "created_at", "kind", "agency_id", "actor_name", "subject")
    list_filter = ("log", "kind")
    search_fields = ("subject", "kind", "actor_name")
    list_select_related = ("log",)


@admin.register(Checkpoint)
class CheckpointAdmin(ReadOnlyAdmin):
    list_display = ("log", "size", "created_at")
    list_filter = ("log",)


@admin.register(Tile)
class TileAdmin(ReadOnlyAdmin):
    list_display = ("log", "level", "index", "width")
    list_filter = ("log", "level")
