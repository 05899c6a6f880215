"""``sanxiang ledger seal|verify|keys``: the tamper-evident record from the command line."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from sanxiang.ledger import keys, sealer, verify
from sanxiang.ledger.models import Log
from sanxiang.ledger.services import INTERNAL, PUBLIC, log_get_or_create


class Command(BaseCommand):
    help = (
        "防篡改记录：seal 封存并签署检查点；verify 全面核验并指出每一处问题；keys 显示验签公钥。"
        " Tamper-evident record: seal, verify, keys."
    )

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        seal = sub.add_parser("seal", help="integrate new entries into the tiles and sign a checkpoint now")
        seal.add_argument("--log", action="append", help="only this log (repeatable); default all")
        ver = sub.add_parser(
            "verify",
            help="recompute every leaf, rebuild the tiles, check every checkpoint and every registered object",
        )
        ver.add_argument("--log", action="append", help="only this log (repeatable); default all")
        ver.add_argument("--json", action="store_true", help="machine-readable report on stdout")
        ver.add_argument(
            "--verifier-key",
            action="append",
            default=[],
            help="also trust this C2SP verifier key (name+hash+key), e.g. one kept offline",
        )
        ver.add_argument("--no-objects", action="store_true", help="skip the registered objects' digests")
        k = sub.add_parser(
            "keys", help="print the verifier keys of the logs (creating signing keys if missing)"
        )
        k.add_argument("--log", action="append")

    def handle(self, *args, action: str, **options):
        return getattr(self, f"_{action}")(**options)

    def _logs(self, names):
        if not names:
            for name in (INTERNAL, PUBLIC):
                log_get_or_create(name)
            return list(Log.objects.order_by("pk"))
        found = list(Log.objects.filter(name__in=names).order_by("pk"))
        missing = set(names) - {log.name for log in found}
        if missing:
            raise CommandError(f"no such log: {', '.join(sorted(missing))}")
        return found

    def _seal(self, log=None, **_):
        for lg in self._logs(log):
            try:
                result = sealer.seal(lg)
            except sealer.SealError as exc:
                raise CommandError(f"封存被拒绝 seal refused: {exc}") from None
            self.stdout.write(str(result))

    def _keys(self, log=None, **_):
        for lg in self._logs(log):
            for signer in keys.signers_for(lg):
                self.stdout.write(signer.verifier().key)

    def _verify(self, log=None, json=False, verifier_key=(), no_objects=False, **_):
        report = verify.verify(logs=log, extra_keys=list(verifier_key), objects=not no_objects)
        if json:
            self.stdout.write(_dumps(report.to_dict()))
        else:
            for lr in report.logs:
                self.stdout.write(
                    f"{lr.name} ({lr.origin}, {lr.algorithm}): {lr.entries} entries, sealed {lr.integrated_size}, "
                    f"{lr.tiles} tiles, {lr.checkpoints_verified}/{lr.checkpoints} checkpoints verified"
                    + (f", latest @{lr.latest_checkpoint}" if lr.latest_checkpoint is not None else "")
                    + f"; keys from {lr.verifiers}"
                )
            self.stdout.write(f"registered objects checked: {report.objects_checked}")
            if report.ok:
                self.stdout.write(
                    self.style.SUCCESS(f"核验通过 OK: no problem found ({report.seconds:.2f} s)")
                )
            else:
                self.stdout.write(self.style.ERROR(f"发现 {len(report.problems)} 处问题 / problems found:"))
                for p in report.problems:
                    self.stdout.write(f"  - [{p.kind}] {p}")
        if not report.ok:
            raise SystemExit(1)


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)
