"""政策落实跟踪 (Policy Tracker): core package. Nothing here imports Qt."""

__version__ = "0.1.0"
APP_NAME = "政策落实跟踪"
APP_ID = "PolicyTracker"

