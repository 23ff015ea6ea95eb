"""The welcome panel an empty database opens on: the ways to start (create a project, import a donor's
logframe or a package from headquarters, open another database or connect to a server, try the demo)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCommandLinkButton, QHBoxLayout, QLabel, QVBoxLayout, QWidget

CHOICES = ("new_project", "import_logframe", "import_package", "open_database", "connect_server", "try_demo")


class WelcomePanel(QWidget):
    chosen = Signal(str)  # one of CHOICES

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to FLARE Monitor"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "This database holds no project yet. Set up your project once — its countries, results "
                "framework, indicators and targets — and record activities and trainings against it."
            )
        )
        intro.setWordWrap(True)
        self.buttons: dict[str, QCommandLinkButton] = {}
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(12)
        for key, text, description in (
            ("new_project", self.tr("Create a project"),
             self.tr("Type in the project's code, donor, dates, reporting calendar and countries; then its "
                     "results framework and indicators.")),
            ("import_logframe", self.tr("Import a logframe (Excel)"),
             self.tr("The donor's logframe in FLARE Monitor's workbook: the project, its results, "
                     "indicators with their counting rules, and targets, checked and previewed before "
                     "anything is written.")),
            ("import_package", self.tr("Import a package from headquarters"),
             self.tr("A .flarepkg file another office exported: the project and its records.")),
            ("open_database", self.tr("Open another database / connect to a server"),
             self.tr("A FLARE Monitor database file, or the PostgreSQL server your team shares.")),
            ("try_demo", self.tr("Try the demo"),
             self.tr("BRIDGE and FLARE, modelled on their public documents, in a demo database of their own: "
                     "your data is never mixed with them.")),
        ):  # fmt: skip
            button = QCommandLinkButton(text, description)
            button.setAccessibleName(text)
            button.clicked.connect(lambda _=False, k=key: self.chosen.emit(k))
            self.buttons[key] = button
            column.addWidget(button)
        self.server_link = QLabel('<a href="#">' + self.tr("Connect to a PostgreSQL server…") + "</a>")
        self.server_link.setAccessibleName(self.tr("Connect to a server"))
        self.server_link.linkActivated.connect(lambda _link: self.chosen.emit("connect_server"))
        self.server_link.setContentsMargins(40, 0, 0, 0)
        column.insertWidget(column.indexOf(self.buttons["open_database"]) + 1, self.server_link)
        column.addStretch(1)
        box = QWidget()
        box.setLayout(column)
        box.setMaximumWidth(720)
        row = QHBoxLayout(self)
        row.addStretch(1)
        row.addWidget(box, 4)
        row.addStretch(1)
        row.setAlignment(box, Qt.AlignmentFlag.AlignTop)
