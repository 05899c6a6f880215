"""The tamper-evident record: named append-only logs of canonical-JSON entries (RFC 9162 leaves).

The ledger is infrastructure below every domain app, so entries refer to agencies, actors and
subjects by id and label, never by foreign key: nothing may cascade into the record.
"""

from __future__ import annotations

from django.db import models


class Log(models.Model):
    name = models.SlugField("名称", max_length=40, unique=True, help_text="internal：全部执法记录；public：已公开信息")
    origin = models.CharField("来源标识（origin）", max_length=200, unique=True)
    algorithm = models.CharField("哈希算法", max_length=10, choices=[("sha256", "SHA-256"), ("sm3", "SM3")], default="sha256")
    size = models.BigIntegerField("条目数", default=0, help_text="下一条目的序号；仅在追加时加锁递增")
    created_at = models.DateTimeField("创建时间", auto_now_add=True)

    class Meta:
        verbose_name = "账本"
        verbose_name_plural = "账本"

    def __str__(self) -> str:
        return self.origin


class Entry(models.Model):
    log = models.ForeignKey(Log, on_delete=models.PROTECT, related_name="entries", verbose_name="账本")
    seq = models.BigIntegerField("序号", help_text="从 0 开始、无间断；即 Merkle 树叶子序号")
    created_at = models.DateTimeField("时间")
    kind = models.CharField("事件类型", max_length=80, db_index=True)
    agency_id = models.BigIntegerField("执法主体 ID", null=True, blank=True, db_index=True)
    actor_id = models.BigIntegerField("操作人 ID", null=True, blank=True)
    actor_name = models.CharField("操作人", max_length=150, blank=True)
    subject = models.CharField("对象", max_length=120, db_index=True, help_text="app_label.model:pk")
    payload = models.BinaryField("规范化 JSON（RFC 8785）")
    leaf_hash = models.BinaryField("叶子哈希", max_length=32)

    class Meta:
        verbose_name = "账本条目"
        verbose_name_plural = "账本条目"
        constraints = [models.UniqueConstraint(fields=["log", "seq"], name="ledger_entry_log_seq_unique")]
        indexes = [models.Index(fields=["subject", "log", "seq"], name="ledger_entry_subject_idx")]

    def __str__(self) -> str:
        return f"{self.log.name}#{self.seq} {self.kind} {self.subject}"
