import string

from tracker.messages_time import MESSAGES


def test_messages_are_chinese_sentences_with_named_placeholders():
    for code, text in MESSAGES.items():
        names = [f for _, f, _, _ in string.Formatter().parse(text) if f is not None]
        assert all(n.isidentifier() for n in names), code
        assert any("\u4e00" <= ch <= "\u9fff" for ch in text), code
