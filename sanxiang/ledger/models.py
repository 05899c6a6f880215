"""The tamper-evident record: named append-only logs of canonical-JSON entries (RFC 9162 leaves).

The ledger is infrastructure below every domain app, so entries refer to agencies, actors and
subjects by id and label, never by foreign key: nothing may cascade into the record.

Tables and what guards them (see ``triggers.py`` and docs/ledger.md):

* ``Log``        one row per named log; ``size`` is the next sequence number (locked on append),
                 ``integrated_size`` how far the sealer has built the tiles.
* ``Entry``      the events; no UPDATE, no DELETE (database triggers).
* ``Tile``       C2SP tlog-tiles, one row per (level, index) holding the widest version so far;
                 a row may only grow (its old bytes stay a prefix), never be deleted.
* ``Checkpoint`` every signed checkpoint (C2SP signed note); no UPDATE, no DELETE.
"""

from __future__ import annotations

from django.db import models

TILE_WIDTH = 256
HASH_SIZE = 32


class Log(models.Model):
    name = models.SlugField(
        "名称", max_length=40, unique=True, help_text="internal：全部执法记录；public：已公开信息"
    )
    origin = models.CharField("来源标识（origin）", max_length=200, unique=True)
    algorithm = models.CharField(
        "哈希算法", max_length=10, choices=[("sha256", "SHA-256"), ("sm3", "SM3")], default="sha256"
    )
    size = models.BigIntegerField("条目数", default=0, help_text="下一条目的序号；仅在追加时加锁递增")
    integrated_size = models.BigIntegerField(
        "已封存条目数", default=0, help_text="已并入瓦片（tlog-tiles）的条目数"
    )
    verifier_keys = models.TextField(
        "验签公钥", blank=True, help_text="签名检查点所用的公钥（C2SP signed-note 验证密钥），每行一个"
    )
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


class Tile(models.Model):
    """A C2SP tlog-tile: up to 256 consecutive hashes of tree level ``8 × level``."""

    log = models.ForeignKey(Log, on_delete=models.PROTECT, related_name="tiles", verbose_name="账本")
    level = models.PositiveSmallIntegerField(
        "瓦片层级", help_text="C2SP tlog-tiles <L>：第 L 层瓦片存放树高 8L 的哈希"
    )
    index = models.BigIntegerField("瓦片序号", db_column="tile_index", help_text="C2SP tlog-tiles <N>")
    width = models.PositiveSmallIntegerField("宽度", help_text="哈希个数，1–256；256 为完整瓦片")
    data = models.BinaryField("哈希串", help_text="width × 32 字节")

    class Meta:
        verbose_name = "瓦片"
        verbose_name_plural = "瓦片"
        constraints = [
            models.UniqueConstraint(
                fields=["log", "level", "index"], name="ledger_tile_log_level_index_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.log.name} tile/{self.level}/{self.index}" + (
            "" if self.width == TILE_WIDTH else f".p/{self.width}"
        )


class Checkpoint(models.Model):
    """A signed C2SP tlog-checkpoint the sealer produced."""

    log = models.ForeignKey(Log, on_delete=models.PROTECT, related_name="checkpoints", verbose_name="账本")
    size = models.BigIntegerField("树大小")
    root_hash = models.BinaryField("根哈希", max_length=32)
    note = models.TextField("签名检查点", help_text="C2SP signed note：检查点正文、空行、签名行")
    created_at = models.DateTimeField("签署时间", auto_now_add=True)

    class Meta:
        verbose_name = "检查点"
        verbose_name_plural = "检查点"
        constraints = [
            models.UniqueConstraint(fields=["log", "size"], name="ledger_checkpoint_log_size_unique")
        ]
        ordering = ["log", "size"]

    def __str__(self) -> str:
        return f"{self.log.name} @ {self.size}"
