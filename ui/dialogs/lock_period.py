"""Locking a period: why, which countries are not approved yet, and the data-quality findings still open,
which must be fixed or acknowledged with a reason before the period can be locked."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from flare_monitor.actions import quality
from ui import i18n, jobs, vocab


class LockDialog(QDialog):
    def __init__(self, db, project: str, period: str, not_approved: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        shown = vocab.period_label(period)
        self.setWindowTitle(self.tr("Lock %1").replace("%1", shown))
        self.loads = jobs.Loads(self)
        intro = QLabel(
            self.tr(
                "Locking %1 freezes what its report was made of: its activities, attendance, values, "
                "targets, narratives and submissions can no longer be changed, and its figures are kept "
                "as submitted."
            ).replace("%1", shown)
        )
        intro.setWordWrap(True)
        self.pending = QLabel()
        self.pending.setWordWrap(True)
        if not_approved:
            names = ", ".join(vocab.country_label(c) or c for c in not_approved)
            self.pending.setText(self.tr("Not approved yet: %1").replace("%1", names))
        else:
            self.pending.hide()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. report submitted to the donor on 30 July"))
        self.findings_label = QLabel(self.tr("Checking the data quality…"))
        self.findings_label.setWordWrap(True)
        self.findings = QListWidget()
        self.findings.setAccessibleName(self.tr("Open findings"))
        self.findings.hide()
        self.acknowledge = QLineEdit()
        self.acknowledge.setPlaceholderText(self.tr("Why they stand, e.g. targets of 2026 not set yet"))
        form = QFormLayout()
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason)
        self.reason.setAccessibleName(self.tr("Reason"))
        form.addRow(reason_label, self.reason)
        self.acknowledge_label = QLabel(self.tr("&Acknowledged because:"))
        self.acknowledge_label.setBuddy(self.acknowledge)
        self.acknowledge.setAccessibleName(self.tr("Acknowledged because"))
        form.addRow(self.acknowledge_label, self.acknowledge)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.lock_button = self.buttons.addButton(self.tr("&Lock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.pending)
        layout.addWidget(self.findings_label)
        layout.addWidget(self.findings, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._update)
        self.acknowledge.textChanged.connect(self._update)
        self._open: list = []
        self._checked = False
        self._update()
        self.resize(640, 420)
        self.loads.load(
            "findings",
            quality.findings,
            db,
            quality.QualityQuery(project, period),
            on_result=self._show_findings,
            on_error=self._failed,
        )

    def _show_findings(self, findings) -> None:
        self._open = [f for f in findings if f.rule != "period_drift"]
        self._checked = True
        if self._open:
            errors = sum(f.severity == "error" for f in self._open)
            text = self.tr(
                "%1 and %2 are open. Fix them, or say why they stand: the reason is kept with the lock."
            )
            self.findings_label.setText(
                text.replace("%1", self.tr("%Ln errors", "", errors)).replace(
                    "%2", self.tr("%Ln warnings", "", len(self._open) - errors)
                )
            )
            for finding in self._open:
                self.findings.addItem(i18n.text(finding.message))
            self.findings.show()
        else:
            self.findings_label.setText(self.tr("No data-quality finding is open."))
        self._update()

    def _failed(self, exc: BaseException) -> None:
        from ui.messages import show_error

        show_error(self, exc)
        self.reject()

    def needs_acknowledgement(self) -> bool:
        return bool(self._open)

    def _update(self, *_args) -> None:
        needs = self.needs_acknowledgement()
        self.acknowledge.setVisible(needs)
        self.acknowledge_label.setVisible(needs)
        ready = self._checked and bool(self.reason.text().strip())
        if needs:
            ready = ready and bool(self.acknowledge.text().strip())
        self.lock_button.setEnabled(ready)

    def values(self) -> tuple[str, str | None]:
        """(reason, acknowledgement or None)."""
        acknowledged = self.acknowledge.text().strip() if self.needs_acknowledgement() else ""
        return self.reason.text().strip(), acknowledged or None
