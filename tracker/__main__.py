"""`python -m tracker` = the `tracker` command (with no verb: the window, opened without loading
the command-line verbs first)."""

import sys

from tracker.gui_main import window_only_args

if window_only_args(sys.argv[1:]):
    from tracker.gui_main import main as window_main

    sys.exit(window_main(sys.argv[1:]))

from tracker.cli import main

sys.exit(main())
