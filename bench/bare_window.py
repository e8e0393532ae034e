"""The floor bench_ui.py measures the window's start against: a bare PySide6 window with an empty
QTableView, shown, repainted and closed on the first turn of the event loop, the same way as the
window's TRACKER_EXIT_AFTER_PAINT hook (tracker/gui_main.py).

    QT_QPA_PLATFORM=offscreen python bench/bare_window.py
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QTableView(window))
    window.resize(1366, 768)
    window.show()

    def painted() -> None:
        window.repaint()
        print("first-paint rows=0 total=0", file=sys.stderr, flush=True)
        window.close()
        app.quit()
        sys.stdout.flush()
        os._exit(0)  # as the window's hook: start to first paint, not teardown

    QTimer.singleShot(0, painted)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
