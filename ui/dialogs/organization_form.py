"""Edit an organization (name, acronym, type, country) — saving confirms its type — and choose which of
two duplicates to keep when merging them."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from flare_monitor.actions import organizations as actions
from flare_monitor.actions.organizations import OrganizationIn
from flare_monitor.errors import ConcurrentEditError, ValidationError
from flare_monitor.vocabulary import OrganizationType
from ui import jobs, vocab
from ui.dialogs.form import InlineErrors, error_label
from ui.messages import show_error


class OrganizationDialog(QDialog):
    saved = Signal(str)  # the organization's name

    def __init__(
        self, db, organization_id: uuid.UUID, countries: tuple[str, ...] = (), parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._db, self._id = db, organization_id
        self._version: int | None = None
        self._seen: OrganizationIn | None = None
        self._subdivision: str | None = None
        self._countries = tuple(countries)
        self.setWindowTitle(self.tr("Edit organization"))
        self.setMinimumWidth(520)
        self.name = QLineEdit()
        self.acronym = QLineEdit()
        self.type = QComboBox()
        vocab.fill_combo(self.type, OrganizationType)
        self.country = QComboBox()
        self.unconfirmed = QLabel(
            self.tr(
                "An import created this organization and typed it “Other”: check its type. "
                "Saving confirms it."
            )
        )
        self.unconfirmed.setWordWrap(True)
        self.unconfirmed.setStyleSheet("color: #8a5300;")
        self.unconfirmed.hide()
        self.general_error = error_label()
        self.errors = InlineErrors(self.general_error)
        form = QFormLayout()
        add = self.errors.add_row
        add(form, self.tr("&Name:"), self.name, "name")
        add(form, self.tr("&Acronym:"), self.acronym, "acronym")
        add(form, self.tr("&Type:"), self.type, "type", "organization type")
        add(form, self.tr("&Country:"), self.country, "country")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.unconfirmed)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setEnabled(False)
        self.loads = jobs.Loads(self)
        self.loads.load("form", actions.organization_form, db, organization_id, on_result=self._show,
                        on_error=self._failed)  # fmt: skip

    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.reject()

    def _show(self, form: actions.OrganizationForm) -> None:
        self.setEnabled(True)
        data = form.data
        self._version, self._seen, self._subdivision = form.version, data, data.subdivision
        self.name.setText(data.name)
        self.acronym.setText(data.acronym or "")
        vocab.select_data(self.type, data.type)
        self.country.addItem(self.tr("— none —"), None)
        codes = list(self._countries)
        if data.country and data.country not in codes:
            codes.append(data.country)
        for code in codes:
            self.country.addItem(f"{vocab.country_label(code)} ({code})", code)
        vocab.select_data(self.country, data.country)
        self.unconfirmed.setVisible(not form.type_confirmed)
        self.type.setFocus()

    def data(self) -> OrganizationIn:
        country = self.country.currentData()
        subdivision = self._subdivision if self._seen is not None and country == self._seen.country else None
        return OrganizationIn(
            self.name.text(), self.type.currentData(), self.acronym.text(), country, subdivision
        )

    def accept(self) -> None:
        self.errors.clear()
        request = actions.EditOrganization(self._id, self.data(), self._version, self._seen)
        self.buttons.setEnabled(False)
        jobs.run(actions.edit_organization, self._db, request, on_result=self._saved, on_error=self._refused,
                 write_to=self._db)  # fmt: skip

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError | ConcurrentEditError):
            self.errors.show(exc)
            return
        show_error(self, exc)

    def _saved(self, name: str) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(name)
        super().accept()


class MergeDialog(QDialog):
    """Two organizations that are one: which to keep (the other's people and partnerships move to it)."""

    def __init__(self, first, second, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge duplicate organizations"))
        self.rows = (first, second)
        text = QLabel(
            self.tr(
                "The people and partnerships of the other organization move to the one you keep, and the "
                "other is deleted. A backup of the database is made first, and the merge is kept in the "
                "audit trail."
            )
        )
        text.setWordWrap(True)
        self.choices = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(QLabel(self.tr("Keep:")))
        for number, row in enumerate(self.rows):
            people = self.tr("participants: %1").replace("%1", str(row.participants))
            button = QRadioButton(f"{row.name} ({vocab.label(row.type)}, {row.country or '—'}; {people})")
            self.choices.addButton(button, number)
            layout.addWidget(button)
        # Keep the one with more people (the other is the likelier stray spelling).
        keep = 0 if first.participants >= second.participants else 1
        self.choices.button(keep).setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def kept_and_merged(self):
        keep = self.choices.checkedId()
        return self.rows[keep], self.rows[1 - keep]
