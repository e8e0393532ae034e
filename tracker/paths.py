"""Where things live: the data folder (platformdirs, or a portable ``data`` folder beside the
executable), the default database, logs, and the network-drive check."""

from __future__ import annotations

import ntpath
import os
import re
import sys
from pathlib import Path

from tracker import APP_ID

NETWORK_FS = {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "fuse.sshfs", "9p",
              "afs", "ncpfs", "fuse.gvfsd-fuse", "davfs", "fuse.davfs2", "glusterfs", "ceph",
              "fuse.smbnetfs", "fuse.rclone", "fuse.curlftpfs", "lustre", "gpfs", "beegfs"}


def app_dir() -> Path:
    """Folder of the executable (frozen) or the repository root (source run)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def portable_data_dir() -> Path | None:
    candidate = app_dir() / "data"
    return candidate if candidate.is_dir() else None


def data_dir() -> Path:
    """The folder holding the database, backups and logs."""
    override = os.environ.get("TRACKER_DATA_DIR")
    if override:
        path = Path(override)
    elif (portable := portable_data_dir()) is not None:
        path = portable
    else:
        if os.environ.get("TRACKER_NO_USER_DATA"):
            raise RuntimeError("tests must not touch the user's data folder: pass --db")
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_ID, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "tracker.sqlite"


def demo_db_path() -> Path:
    return data_dir() / "demo.sqlite"


def log_path() -> Path:
    try:
        folder = data_dir() / "logs"
    except RuntimeError:
        import tempfile

        folder = Path(tempfile.gettempdir()) / "policy-tracker-logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "tracker.log"


MOUNTS_FILE = "/proc/mounts"  # tests point this at a fake mount table


def _unescape_mount(text: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash as octal escapes (\\040 ...)."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), text)


def _under(path: str, mount: str) -> bool:
    mount = mount.rstrip("/") or "/"
    return mount == "/" or path == mount or path.startswith(mount + "/")


def _linux_fs_type(path: Path) -> str:
    """File-system type of the mount holding ``path`` (longest matching mount point)."""
    text = str(path)
    best, fstype = "", ""
    try:
        with open(MOUNTS_FILE, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) >= 3:
                    mount = _unescape_mount(parts[1])
                    if _under(text, mount) and len(mount) >= len(best):
                        best, fstype = mount, parts[2]
    except OSError:
        return ""
    return fstype


DRIVE_REMOTE = 4


def _windows_is_remote(text: str) -> bool:
    """UNC paths (\\\\server\\share) and mapped network drives (GetDriveTypeW = DRIVE_REMOTE)."""
    if text.startswith("\\\\?\\"):  # extended-length form: \\?\C:\... or \\?\UNC\server\...
        text = text[4:]
        if text.upper().startswith("UNC\\"):
            return True
    if text.startswith("\\\\"):
        return True
    drive = ntpath.splitdrive(text)[0]
    if not drive:
        return False
    import ctypes

    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE


def is_network_path(path: Path) -> bool:
    """True when ``path`` is on a network drive (SQLite WAL needs one machine's shared memory)."""
    path = Path(path).resolve()
    if sys.platform == "win32":
        try:
            return _windows_is_remote(str(path))
        except (OSError, AttributeError):
            return False
    return _linux_fs_type(path) in NETWORK_FS


def output_folder(path: Path | str) -> Path:
    """A folder to write files into, created when missing; a file in its place is refused."""
    from tracker.errors import TrackerError

    folder = Path(path)
    if folder.exists() and not folder.is_dir():
        raise TrackerError("not_a_folder", exit_code=2, path=str(folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise TrackerError("folder_unwritable", exit_code=2, path=str(folder),
                           reason=exc.strerror or str(exc)) from None
    return folder


def output_file(path: Path | str, suffixes: tuple[str, ...]) -> Path:
    """A file to write: not a folder, and with one of the expected suffixes (added when the
    name has none)."""
    from tracker.errors import TrackerError

    target = Path(path)
    if target.is_dir():
        raise TrackerError("output_is_folder", exit_code=2, path=str(target))
    if not target.suffix:  # "-o 月报": the format's own extension is added
        return target.with_name(target.name + suffixes[0])
    if target.suffix.lower() not in suffixes:
        raise TrackerError("output_suffix", exit_code=2, path=str(target),
                           suffixes="、".join(suffixes))
    return target


# A name's bytes that are not UTF-8 come as lone surrogates (U+DC80–U+DCFF), with here and there
# bytes that happen to be valid UTF-8 (GBK "山" = C9 BD reads as "ɽ"; "情况填" holds a 3-byte
# sequence): surrogates, anything not ASCII between them, and 2-byte characters right before and
# after them are one stretch of the name.
UNDECODED = re.compile("[\u0080-\u07ff]*[\udc80-\udcff]"
                       "(?:[^\x00-\x7f\udc80-\udcff]*[\udc80-\udcff])*[\u0080-\u07ff]*")
_SEPARATOR = re.compile("(/)")  # POSIX only: undecodable names never occur on Windows, and a
# backslash is the second byte of 116 GBK characters (誠, 淺 …)


def decode_stretch(run: str) -> str:
    """Text that came from undecodable bytes read back: GB18030 when its bytes are that, else
    U+FFFD for what cannot be read."""
    raw = run.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "replace")


def shown_text(text: str) -> str:
    """A message or line naming such a file: each undecodable stretch read back, the text
    around it as it is (see ``shown_name`` for a name or path on its own)."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return UNDECODED.sub(lambda m: decode_stretch(m.group()), text)


def shown_name(text: str) -> str:
    """A file name or path as people can read it. On Linux a name whose bytes are not UTF-8 (a
    zip from a Chinese Windows PC unpacked as is, a share mounted with another charset) comes to
    Python as lone surrogates, which no database, message or document can hold: each folder or
    file name that has them is read stretch by stretch (a name may mix GBK and UTF-8), and as
    GB18030 whole when a stretch cannot be read (some GBK bytes happen to be valid UTF-8 or
    ASCII); the others stay as they are."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    out = []
    for part in _SEPARATOR.split(text):
        try:
            part.encode("utf-8")
            out.append(part)
            continue
        except UnicodeEncodeError:
            pass
        stretches = shown_text(part)  # right when the name mixes GBK and UTF-8 ("…_回执")
        if "\ufffd" not in stretches:
            out.append(stretches)
            continue
        try:  # bytes that look like UTF-8 or ASCII inside a GBK character (情况, 區)
            out.append(part.encode("utf-8", "surrogateescape").decode("gb18030"))
        except UnicodeDecodeError:
            out.append(stretches)
    return "".join(out)


def fit_bytes(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` bytes of UTF-8, never inside a character: Linux file
    systems allow 255 bytes per name, and a Chinese character takes 3."""
    raw = text.encode("utf-8")
    if len(raw) <= limit:
        return text
    return raw[:limit].decode("utf-8", "ignore")


def distinct_name(name: str, taken: set[str]) -> str:
    """``name``, or ``name`` with _2, _3 … before its extension when a file of one export
    already has it (Windows compares names without case); ``taken`` is updated."""
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    candidate, n = name, 1
    while candidate.casefold() in taken:
        n += 1
        candidate = f"{stem}_{n}{dot}{ext}"
    taken.add(candidate.casefold())
    return candidate


def output_start_dir(db_path: Path | str) -> Path:
    """Where the window's save and open dialogs start: beside the database when the user keeps
    it in a folder of their own (or the portable data folder); the user's Documents folder when
    it sits in the per-user data folder, which Windows hides (AppData) and nobody attaching a
    file to a mail would find."""
    db_dir = Path(db_path).resolve().parent
    from platformdirs import user_data_dir, user_documents_dir

    hidden = Path(user_data_dir(APP_ID, appauthor=False)).resolve()
    if db_dir != hidden and hidden not in db_dir.parents:
        return db_dir
    documents = Path(user_documents_dir())
    return documents if documents.is_dir() else Path.home()
