"""Add or edit a participant, with inline validation messages."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from flare_monitor.actions import participants as actions
from flare_monitor.actions.participants import ParticipantForm, ParticipantIn
from flare_monitor.actions.places import phone_example
from flare_monitor.errors import ConcurrentEditError, ValidationError
from flare_monitor.vocabulary import Sex
from ui import jobs, vocab
from ui.dialogs.form import InlineErrors, error_label
from ui.messages import show_error

AGE_GROUPS = ("", "under 18", "18-24", "25-34", "35-44", "45-54", "55-64", "65+")


class ParticipantDialog(QDialog):
    saved = Signal(object)  # the participant id
    savedRow = Signal(object)  # the participant as the register lists them (ParticipantRow)

    def __init__(
        self,
        db,
        participant_id: uuid.UUID | None = None,
        countries: tuple[str, ...] = (),
        default_country: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._db, self._id = db, participant_id
        self._version: int | None = None
        self._seen: ParticipantIn | None = None  # what the form showed, for the concurrent-edit message
        self._subdivision: str | None = None
        self.setWindowTitle(self.tr("Edit participant") if participant_id else self.tr("New participant"))
        self.setMinimumWidth(520)
        self._countries = tuple(countries)
        self._default_country = default_country

        self.name = QLineEdit()
        self.sex = QComboBox()
        # A choice to make, not a default: "not recorded" is chosen on purpose (it counts apart).
        self.sex.addItem(self.tr("— choose —"), None)
        vocab.fill_combo(self.sex, Sex)
        self.organization = QComboBox()
        # A new name typed here is added to the organizations when the person is saved.
        self.organization.setEditable(True)
        self.organization.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.position = QLineEdit()
        self.country = QComboBox()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.age_group = QComboBox()
        self.age_group.setEditable(True)
        for group in AGE_GROUPS:  # "under 18" is stored in English and shown in the UI's language
            self.age_group.addItem(self.tr("under 18") if group == "under 18" else group, group)
        self.consent = QCheckBox(self.tr("Consented to the use of their data"))
        self.sensitive = QCheckBox(self.tr("Sensitive record (e.g. a victim of forced labour)"))

        self.general_error = error_label()
        self.errors = InlineErrors(self.general_error)
        form = QFormLayout()
        add = self.errors.add_row
        add(form, self.tr("&Name:"), self.name, "name")
        add(form, self.tr("&Sex:"), self.sex, "sex")
        add(form, self.tr("&Organization:"), self.organization, "organization")
        add(form, self.tr("&Position:"), self.position, "position")
        add(form, self.tr("&Country:"), self.country, "country")
        add(form, self.tr("P&hone:"), self.phone, "phone")
        add(form, self.tr("&E-mail:"), self.email, "email", "e-mail")
        add(form, self.tr("&Age group:"), self.age_group, "age group")
        form.addRow("", self.consent)
        form.addRow("", self.sensitive)
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self.country.currentIndexChanged.connect(self._phone_hint)
        self.setEnabled(False)  # until the organizations (and the record) arrive
        self.loads = jobs.Loads(self)
        self.loads.load(
            "form", actions.participant_form, db, participant_id, on_result=self._show, on_error=self._failed
        )
        self.name.setFocus()

    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.reject()

    def _show(self, form: ParticipantForm) -> None:
        self.setEnabled(True)
        self.organization.addItem(self.tr("— none —"), None)
        for org in form.organizations:
            suffix = f" ({org.country})" if org.country else ""
            self.organization.addItem(f"{org.name}{suffix}", str(org.id))
        self.country.addItem(self.tr("— not recorded —"), None)
        wanted = list(self._countries)
        if form.existing and form.existing.country and form.existing.country not in wanted:
            wanted.append(form.existing.country)
        for code in vocab.sorted_countries(wanted):
            self.country.addItem(f"{vocab.country_label(code)} ({code})", code)
        if form.existing:
            self._fill(form.existing, form.version)
        elif self._default_country:
            vocab.select_data(self.country, self._default_country)
        self.name.setFocus()

    def _phone_hint(self, *_args) -> None:
        """The phone number as the chosen country writes it."""
        example = phone_example(self.country.currentData())
        self.phone.setPlaceholderText(self.tr("e.g. %1").replace("%1", example) if example else "")

    def _organization(self) -> tuple[uuid.UUID | None, str | None]:
        """(chosen organization, or None with the new name typed)."""
        text = self.organization.currentText().strip()
        index = self.organization.findText(text)
        if index >= 0:
            value = self.organization.itemData(index)
            return (uuid.UUID(value) if value else None), None
        return None, text or None

    def _fill(self, data: ParticipantIn, version: int) -> None:
        self._version, self._seen = version, data
        self._subdivision = data.subdivision
        self.name.setText(data.full_name)
        vocab.select_data(self.sex, data.sex)
        vocab.select_data(self.organization, str(data.organization_id) if data.organization_id else None)
        self.position.setText(data.position or "")
        vocab.select_data(self.country, data.country)
        self.phone.setText(data.phone or "")
        self.email.setText(data.email or "")
        index = self.age_group.findData(data.age_group or "")
        if index >= 0:
            self.age_group.setCurrentIndex(index)
        else:
            self.age_group.setCurrentText(data.age_group or "")
        self.consent.setChecked(data.consent)
        self.sensitive.setChecked(data.sensitive)

    def age_group_value(self) -> str:
        """The stored value of a listed group (typed text as it is)."""
        index = self.age_group.findText(self.age_group.currentText())
        return self.age_group.itemData(index) if index >= 0 else self.age_group.currentText()

    def data(self) -> ParticipantIn:
        country = self.country.currentData()
        subdivision = (
            self._subdivision
            if self._subdivision and country and self._subdivision.startswith(country + "-")
            else None
        )
        organization_id, organization_name = self._organization()
        return ParticipantIn(
            full_name=self.name.text(),
            sex=self.sex.currentData(),
            organization_id=organization_id,
            organization_name=organization_name,
            position=self.position.text(),
            country=country,
            subdivision=subdivision,
            phone=self.phone.text(),
            email=self.email.text(),
            age_group=self.age_group_value(),
            consent=self.consent.isChecked(),
            sensitive=self.sensitive.isChecked(),
        )

    def accept(self) -> None:
        self.errors.clear()
        if self.sex.currentData() is None:
            self.errors.show(
                ValidationError(self.tr("sex: choose one, or “not recorded” when it is not known"), "sex")
            )
            return
        request = actions.SaveParticipant(self.data(), self._id, self._version, self._seen)
        self.buttons.setEnabled(False)
        jobs.run(
            actions.save_participant,
            self._db,
            request,
            on_result=self._saved,
            on_error=self._refused,
            write_to=self._db,
            undo_label=self.tr("Edit participant") if self._id else self.tr("New participant"),
        )

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError | ConcurrentEditError):  # shown above the form, which stays open
            self.errors.show(exc)
            return
        show_error(self, exc)

    def _saved(self, row) -> None:
        self.buttons.setEnabled(True)
        self._id = row.id
        self.saved.emit(row.id)
        self.savedRow.emit(row)
        super().accept()
