"""编辑 → 设置: the user's own settings (operator name for the change log, language) and the way
to the database's settings (office name, due day, warning days, tolerance)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from tracker.ui.main_window import MainWindow


class PreferencesDialog(QDialog):
    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.setWindowTitle(self.tr("Settings"))
        settings = window.settings
        self.operator = QLineEdit(settings.operator, self)
        self.operator.setObjectName("operatorEdit")
        self.operator.setToolTip(self.tr("Written into the change log with every change"))
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #c0392b;")
        self.message.hide()

        user_box = QGroupBox(self.tr("For you on this computer"), self)
        form = QFormLayout(user_box)
        form.addRow(self.tr("Operator name:"), self.operator)
        form.addRow(self.tr("Language:"), self.language)
        db_box = QGroupBox(self.tr("For this database"), self)
        db_lay = QVBoxLayout(db_box)
        db_lay.addWidget(QLabel(self.tr("Office name, report due day, warning days and the "
                                        "tolerance for expected progress are kept in the database."),
                                db_box))
        self.db_button = QPushButton(self.tr("Database settings…"), db_box)
        self.db_button.clicked.connect(self.open_db_settings)
        db_lay.addWidget(self.db_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(user_box)
        lay.addWidget(db_box)
        lay.addWidget(self.message)
        lay.addWidget(buttons)
        self.setMinimumWidth(460)

    def open_db_settings(self) -> None:
        from tracker.ui.dialogs.settings_db import DbSettingsDialog

        dialog = DbSettingsDialog(self.window_.ws_provider, self.window_.undo_stack, self)
        dialog.exec()
        self.window_.schedule_refresh()
        self.window_.load_workspace()

    def accept(self) -> None:
        name = self.operator.text().strip()
        if not name:
            self.message.setText(self.tr("Please enter the operator's name."))
            self.message.show()
            self.operator.setFocus()
            return
        settings = self.window_.settings
        settings.operator = name
        self.window_.ws.who = name
        lang = self.language.currentData()
        changed = lang != settings.language
        settings.sync()
        super().accept()
        if changed:
            self.window_.languageChosen.emit(lang)
