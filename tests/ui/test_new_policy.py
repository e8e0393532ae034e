"""Next year's document: 政策结构 → 新建政策… adds a policy (logged, undoable) and the editor
shows it for its key tasks and measures; undone, the editor goes back to a policy that exists."""

from __future__ import annotations

from tests.ui.window_support import demo_path, user_settings, window  # noqa: F401
from tracker.db.queries import get_policy, list_policies


def test_a_new_policy_is_added_shown_and_undone(qtbot, window):  # noqa: F811
    from tracker.ui.dialogs.structure_editor import StructureEditor

    editor = StructureEditor(window.ws_provider, window.undo_stack, 1, window)
    qtbot.addWidget(editor)
    assert editor.new_policy("   ") is None  # an empty title is refused in place
    new_id = editor.new_policy("关于稳就业促创业的实施意见")
    assert new_id is not None and editor.policy_id == new_id
    assert editor.policy_edits["title"].text() == "关于稳就业促创业的实施意见"
    assert get_policy(window.ws.db, new_id)["short_title"]
    summary = window.ws.db.execute("SELECT summary FROM action ORDER BY id DESC LIMIT 1"
                                   ).fetchone()[0]
    assert "稳就业" in summary
    window.undo_stack.undo()
    assert [p["id"] for p in list_policies(window.ws.db)] == [1]
    editor.reload()
    assert editor.policy_id == 1
