"""Choose a shared PostgreSQL server: address, database and user; the connection is tested in a worker.

The password is never stored: it is used here only to test the connection. At start the app asks for
it, unless the IT person put it in the user's PostgreSQL password file (pgpass.conf), which the
PostgreSQL client library reads by itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from flare_monitor.actions.server import server_fields, server_url, with_password
from ui import i18n
from ui.dialogs.form import ERROR_STYLE

OK_STYLE = "color: #1b5e20;"


class ServerDialog(QDialog):
    def __init__(self, current: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Use a PostgreSQL server"))
        self.setMinimumWidth(520)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. flare-db.office.local"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("flare")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("only to test the connection; never stored"))
        self.tls = QCheckBox(self.tr("Encrypted connection (required over a network you do not control)"))
        form = QFormLayout()
        for text, widget in (
            (self.tr("Ser&ver:"), self.host),
            (self.tr("P&ort:"), self.port),
            (self.tr("&Database:"), self.database),
            (self.tr("&User:"), self.user),
            (self.tr("Pass&word:"), self.password),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(caption, widget)
        form.addRow("", self.tls)
        self.test_button = QPushButton(self.tr("&Test the connection"))
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note = QLabel(
            self.tr(
                "FLARE Monitor does not store the password: it asks for it when it starts, unless your "
                "IT person has put it in your PostgreSQL password file. The choice takes effect after a "
                "restart."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(dark);")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.outcome)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.test_button.clicked.connect(self.test_connection)
        if current:
            self._fill(current)

    def _fill(self, url: str) -> None:
        fields = server_fields(url)
        self.host.setText(fields.host)
        self.port.setValue(fields.port)
        self.database.setText(fields.database)
        self.user.setText(fields.user)
        self.tls.setChecked(fields.tls)

    def url(self) -> str:
        """The chosen database, without the password."""
        return server_url(
            self.host.text(),
            self.port.value(),
            self.database.text(),
            self.user.text(),
            tls=self.tls.isChecked(),
        )

    def _missing(self) -> str:
        host = self.host.text().strip()
        if not host:
            return self.tr("Give the name or address of the server.")
        if any(c in host for c in "/@ ") or host.count(":") == 1:  # a pasted address may hold a password
            return self.tr(
                "Give only the name or address of the server (e.g. flare-db.office.local), then the port, "
                "database and user in their own boxes."
            )
        if not self.database.text().strip():
            return self.tr("Give the name of the database.")
        return ""

    def _show(self, text: str, ok: bool) -> None:
        self.outcome.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.outcome.setText(text)

    def test_connection(self) -> None:
        """Connect in a worker (a server that does not answer takes seconds); nothing is changed there."""
        from flare_monitor.actions.server import try_server
        from ui import workers

        missing = self._missing()
        if missing:
            self._show(missing, False)
            return
        url = with_password(self.url(), self.password.text()) if self.password.text() else self.url()
        self.test_button.setEnabled(False)
        self._show(self.tr("Connecting…"), True)
        worker = workers.Worker(lambda *_args, **_kwargs: try_server(url))
        worker.signals.result.connect(lambda found: self._show(i18n.text(found), True))
        worker.signals.error.connect(lambda exc: self._show(i18n.text(exc), False))
        worker.signals.finished.connect(lambda: self.test_button.setEnabled(True))
        workers.start(worker)

    def accept(self) -> None:
        missing = self._missing()
        if missing:
            self._show(missing, False)
            return
        super().accept()
