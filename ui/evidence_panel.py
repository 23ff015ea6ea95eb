"""The attachments of one record (an activity, a reported value, a narrative section): evidence files with
their thumbnails; add by drag and drop or a file dialog (several at once, with a type and a caption each,
with progress), open with the system's viewer, save a copy, change the caption or type, remove.

Self-contained: give it the database and what the files are attached to (`Target`); it reaches the data
only through the evidence actions, in workers. Thumbnails are drawn in workers too (ui/workers.py).
Files are attached (and removed) at once, not when a surrounding form is saved.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from flare_monitor.actions import evidence as actions
from flare_monitor.evidence.detect import MAX_FILE_BYTES
from flare_monitor.evidence.files import copy_name
from flare_monitor.vocabulary import EvidenceType
from ui import i18n, jobs, vocab, workers
from ui.formatting import format_date, format_int
from ui.messages import confirm, show_error
from ui.table_tools import make_copyable, one_selected_row, selected_rows

ROW_ROLE = Qt.ItemDataRole.UserRole + 2
THUMBNAIL_SIDE = 96
_IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".tif", ".tiff", ".bmp", ".heic", ".heif"}


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{format_int(max(1, round(size / 1024)))} KB"


def _framed(image) -> QPixmap:
    """The thumbnail centred in a square with a thin frame (a white page shows on a white list)."""
    square = QPixmap(THUMBNAIL_SIDE, THUMBNAIL_SIDE)
    square.fill(Qt.GlobalColor.transparent)
    painter = QPainter(square)
    x, y = (THUMBNAIL_SIDE - image.width()) // 2, (THUMBNAIL_SIDE - image.height()) // 2
    painter.drawImage(x, y, image)
    painter.setPen(QColor("#9a9a9a"))
    painter.drawRect(x, y, image.width() - 1, image.height() - 1)
    painter.end()
    return square


class EvidenceListModel(QAbstractListModel):
    """Attachments (EvidenceRow) with their thumbnails as icons."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[actions.EvidenceRow] = []
        self._thumbnails: dict[object, QIcon] = {}

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._thumbnails = {k: v for k, v in self._thumbnails.items() if k in {r.id for r in self._rows}}
        self.endResetModel()

    def rows(self) -> list[actions.EvidenceRow]:
        return list(self._rows)

    def row_at(self, row: int) -> actions.EvidenceRow:
        return self._rows[row]

    def set_thumbnail(self, evidence_id, image) -> None:
        for number, row in enumerate(self._rows):
            if row.id == evidence_id:
                self._thumbnails[evidence_id] = QIcon(_framed(image))
                index = self.index(number)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def has_thumbnail(self, evidence_id) -> bool:
        return evidence_id in self._thumbnails

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        # The heading of the list copied with Ctrl+C (a list view shows no header).
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and section == 0:
            return self.tr("Evidence files")
        return None

    def _second_line(self, row: actions.EvidenceRow) -> str:
        parts = [vocab.label(row.type), _size_text(row.size)]
        if row.personal:
            parts.append(self.tr("personal data"))
        return " · ".join(parts)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [row.original_name, row.caption, self._second_line(row)]
            return "\n".join(line for line in lines if line)
        if role == Qt.ItemDataRole.DecorationRole:
            icon = self._thumbnails.get(row.id)
            if icon is not None:
                return icon
            kind = (
                QStyle.StandardPixmap.SP_FileIcon
                if not row.media_type.startswith("image/")
                else QStyle.StandardPixmap.SP_DesktopIcon
            )
            return QApplication.style().standardIcon(kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            added = (
                self.tr("Added by %1 on %2")
                .replace("%1", row.added_by)
                .replace("%2", format_date(row.added_at.date()))
            )
            return f"{row.original_name}\n{self._second_line(row)}\n{added}\nSHA-256 {row.sha256}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.original_name}, {self._second_line(row)}"
        if role == ROW_ROLE:
            return row
        return None


class AttachDialog(QDialog):
    """The type and caption of each file about to be attached (several at once)."""

    def __init__(self, paths: list[Path], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attach files"))
        self.paths = list(paths)
        self.types: list[QComboBox] = []
        self.captions: list[QLineEdit] = []
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("File")), 0, 0)
        grid.addWidget(QLabel(self.tr("Type")), 0, 1)
        grid.addWidget(QLabel(self.tr("Caption (what it shows or proves)")), 0, 2)
        for number, path in enumerate(self.paths, start=1):
            name = QLabel(path.name)
            name.setToolTip(str(path))
            kind = QComboBox()
            vocab.fill_combo(kind, EvidenceType)
            guess = EvidenceType.PHOTO if path.suffix.lower() in _IMAGE_SUFFIXES else EvidenceType.OTHER
            vocab.select_data(kind, guess)
            kind.setAccessibleName(self.tr("Type of %1").replace("%1", path.name))
            caption = QLineEdit()
            caption.setMaxLength(500)
            caption.setAccessibleName(self.tr("Caption of %1").replace("%1", path.name))
            grid.addWidget(name, number, 0)
            grid.addWidget(kind, number, 1)
            grid.addWidget(caption, number, 2)
            self.types.append(kind)
            self.captions.append(caption)
        grid.setColumnStretch(2, 1)
        note = QLabel(
            self.tr(
                "Attendance sheets and photos show people: they are marked as personal data, left out of "
                "exchange packages and reports unless you ask for them."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Attach"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)

    def chosen_types(self) -> dict[str, str]:
        return {str(p): combo.currentData() for p, combo in zip(self.paths, self.types, strict=True)}

    def chosen_captions(self) -> dict[str, str]:
        return {
            str(p): edit.text()
            for p, edit in zip(self.paths, self.captions, strict=True)
            if edit.text().strip()
        }


class EditEvidenceDialog(QDialog):
    def __init__(self, row: actions.EvidenceRow, parent=None):
        super().__init__(parent)
        self.row = row
        self.setWindowTitle(self.tr("Evidence %1").replace("%1", row.original_name))
        self.caption = QLineEdit(row.caption or "")
        self.caption.setMaxLength(500)
        self.type = QComboBox()
        vocab.fill_combo(self.type, EvidenceType)
        vocab.select_data(self.type, row.type)
        self.personal = QCheckBox(self.tr("Shows or names people (personal data)"))
        self.personal.setChecked(row.personal)
        form = QFormLayout()
        form.addRow(self.tr("&Caption:"), self.caption)
        form.addRow(self.tr("&Type:"), self.type)
        form.addRow("", self.personal)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def request(self) -> actions.UpdateEvidence:
        return actions.UpdateEvidence(
            self.row.id,
            self.caption.text(),
            self.type.currentData(),
            self.personal.isChecked(),
            self.row.version,
        )


class EvidencePanel(QWidget):
    """Attachments of `target`; None: nothing to attach to yet (e.g. a new activity not saved)."""

    changed = Signal(int)  # the number of attachments, after each load

    def __init__(self, db, target: actions.Target | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._target = target
        self.loads = jobs.Loads(self)
        self.details_dialog: AttachDialog | None = None
        self.read_only = ""  # why files may not be attached, changed or removed here (the role), or ""
        self.setAcceptDrops(True)

        self.model = EvidenceListModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setIconSize(QSize(THUMBNAIL_SIDE, THUMBNAIL_SIDE))
        self.view.setSpacing(4)
        self.view.setUniformItemSizes(True)
        self.view.setWordWrap(True)
        make_copyable(self.view)  # several files selected at once: Ctrl+C copies the list
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAccessibleName(self.tr("Evidence files"))
        self.view.doubleClicked.connect(lambda _index: self.open_selected())

        self._drop_hint = self.tr(
            "Drop files here, or add them: PDF, photos, Office documents or text, up to %1 MB each."
        ).replace("%1", format_int(MAX_FILE_BYTES // (1024 * 1024)))
        self.hint = QLabel(self._drop_hint)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(dark);")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Attaching files"))
        self.progress.hide()

        self.add_button = QPushButton(self.tr("&Add files…"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.save_button = QPushButton(self.tr("Save a &copy…"))
        self.edit_button = QPushButton(self.tr("Capt&ion and type…"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.open_button,
            self.save_button,
            self.edit_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.set_target(target)

    # ---------------------------------------------------------------- loading

    def set_read_only(self, reason: str) -> None:
        """The signed-in login may look at these files and save copies, not change them (`reason` says
        why); "" makes the panel writable again."""
        self.read_only = reason
        self.set_target(self._target)

    def _writable(self) -> bool:
        return self._target is not None and not self.read_only

    def set_target(self, target: actions.Target | None) -> None:
        from ui.widgets import explain_first

        self._target = target
        self.setAcceptDrops(self._writable())
        explain_first(self.add_button, (target is not None, ""), (not self.read_only, self.read_only))
        self.hint.setText(self.read_only or self._drop_hint)
        if target is None:
            self.model.set_rows([])
            self.hint.setText(self.tr("Save the record first; then files can be attached to it."))
            self._update_buttons()
            return
        self.reload()

    def reload(self) -> None:
        if self._target is None:
            return
        self.loads.load(
            "rows",
            actions.list_evidence,
            self._db,
            actions.EvidenceQuery(target=self._target),
            on_result=self._show_rows,
            busy=self.view,
        )

    def _show_rows(self, rows: list[actions.EvidenceRow]) -> None:
        self.model.set_rows(rows)
        self._update_buttons()
        self.changed.emit(len(rows))
        for row in rows:
            if not self.model.has_thumbnail(row.id) and (
                row.media_type.startswith("image/") or row.media_type == "application/pdf"
            ):
                self.loads.load(
                    f"thumbnail {row.id}",
                    workers.evidence_thumbnail,
                    self._db,
                    row.id,
                    THUMBNAIL_SIDE,
                    on_result=lambda image, evidence_id=row.id: self._show_thumbnail(evidence_id, image),
                    on_error=lambda _exc: None,  # no thumbnail: the file's icon stays
                )

    def _show_thumbnail(self, evidence_id, image) -> None:
        if image is not None:
            self.model.set_thumbnail(evidence_id, image)

    def thumbnail_count(self) -> int:
        return sum(self.model.has_thumbnail(r.id) for r in self.model.rows())

    # ---------------------------------------------------------------- adding

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach files"),
            "",
            self.tr("Documents and photos (*.pdf *.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.bmp *.heic "
                    "*.docx *.xlsx *.pptx *.odt *.ods *.odp *.txt *.csv);;All files (*)"),
        )  # fmt: skip
        if names:
            self.ask_details([Path(n) for n in names])

    def ask_details(self, paths: list[Path]) -> None:
        """The type and caption of each file, then attach them (the dialog does not block)."""
        if not self._writable():
            return
        dialog = AttachDialog(paths, self)
        self.details_dialog = dialog
        dialog.accepted.connect(
            lambda: self.attach(dialog.paths, types=dialog.chosen_types(), captions=dialog.chosen_captions())
        )
        dialog.finished.connect(lambda _result: setattr(self, "details_dialog", None))
        dialog.open()

    def attach(self, paths: list[Path], *, types: dict | None = None, captions: dict | None = None) -> None:
        if self._target is None or not paths:
            return
        request = actions.AddEvidence(
            self._target,
            tuple(paths),
            types=types or {},
            captions=captions or {},
            all_or_nothing=False,  # a refused file is listed; the others are attached
        )
        self.message.hide()
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Attaching %Ln files…", "", len(paths)))
        self.progress.setTextVisible(True)
        self.progress.show()
        self.add_button.setEnabled(False)
        jobs.run(
            actions.add_evidence,
            self._db,
            request,
            on_result=self._attached,
            on_error=self._failed,
            on_progress=self._progress,
            write_to=self._db,
        )

    def _progress(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _finish(self) -> None:
        self.progress.hide()
        self.add_button.setEnabled(self._writable())

    def _attached(self, outcome: actions.AddOutcome) -> None:
        self._finish()
        lines = []
        if outcome.added:
            lines.append(
                self.tr("Attached: %1.").replace("%1", ", ".join(r.original_name for r in outcome.added))
            )
        if outcome.duplicates:
            lines.append(
                self.tr("Already attached: %1.").replace(
                    "%1", ", ".join(r.original_name for r in outcome.duplicates)
                )
            )
        lines += [i18n.text(r.message) for r in outcome.refused]
        lines += [i18n.text(w) for w in outcome.warnings]
        self._say("\n".join(lines), problem=bool(outcome.refused or outcome.warnings))
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        show_error(self, exc)

    def _say(self, text: str, problem: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;" if problem else "")
        self.message.setVisible(bool(text))

    # drag and drop
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._writable() and event.mimeData().hasUrls():
            if any(url.isLocalFile() for url in event.mimeData().urls()):
                event.acceptProposedAction()
                return
        event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if not self._writable() or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.ask_details(paths)

    # ---------------------------------------------------------------- the selected file

    def selected(self) -> actions.EvidenceRow | None:
        """The one file selected; None when none or several are (the buttons act on one file)."""
        row = one_selected_row(self.view)
        return self.model.row_at(row) if row is not None else None

    def _update_buttons(self, *_args) -> None:
        from ui.widgets import explain_first

        chosen = self.selected() is not None
        several = (
            self.tr("Several files are selected: select one") if len(selected_rows(self.view)) > 1 else ""
        )
        for button in (self.open_button, self.save_button):
            explain_first(button, (chosen, several))
        for button in (self.edit_button, self.remove_button):
            explain_first(button, (chosen, several), (not self.read_only, self.read_only))

    def open_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        jobs.run(
            actions.open_copy,
            self._db,
            row.id,
            on_result=lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))),
            on_error=lambda exc: show_error(self, exc),
        )

    def save_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy"), copy_name(row.original_name, row.media_type)
        )
        if not name:
            return
        jobs.run(
            actions.save_copy,
            self._db,
            actions.SaveCopy(row.id, Path(name)),
            on_result=lambda path: self._say(self.tr("Saved a copy as %1.").replace("%1", str(path))),
            on_error=lambda exc: show_error(self, exc),
        )

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None or self.read_only:
            return
        dialog = EditEvidenceDialog(row, self)
        dialog.accepted.connect(
            lambda: jobs.run(
                actions.update_evidence,
                self._db,
                dialog.request(),
                on_result=lambda _row: self.reload(),
                on_error=lambda exc: show_error(self, exc),
                write_to=self._db,
            )
        )
        dialog.open()

    def remove_selected(self) -> None:
        row = self.selected()
        if row is None or self.read_only:
            return
        question = self.tr("Remove %1? The removal is kept in the audit trail.").replace(
            "%1", row.original_name
        )
        if not confirm(self, self.tr("Remove evidence"), question):
            return
        jobs.run(
            actions.remove_evidence,
            self._db,
            row.id,
            on_result=lambda removed: (
                self._say(self.tr("Removed %1.").replace("%1", removed.original_name)),
                self.reload(),
            ),
            on_error=lambda exc: show_error(self, exc),
            write_to=self._db,
        )


class EvidenceDialog(QDialog):
    """The attachments panel in a window of its own (narrative sections, reported values)."""

    def __init__(self, db, target: actions.Target, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.panel = EvidencePanel(db, target, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.resize(640, 460)
