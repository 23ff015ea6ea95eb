"""Databases on network shares and in cloud-sync folders are refused for writing, with a way out."""

from __future__ import annotations

import pytest

from flare_monitor.db.location import Location, classify, refuse_unsafe_location
from flare_monitor.errors import EnvironmentProblem

LOCAL, REMOTE = 3, 4  # GetDriveTypeW: DRIVE_FIXED, DRIVE_REMOTE


@pytest.mark.parametrize(
    "path, drive_type, expected",
    [
        (r"C:\Users\officer\AppData\Local\flare-monitor\flare-monitor.db", LOCAL, Location.LOCAL),
        (r"\\fileserver\projects\bridge\flare-monitor.db", LOCAL, Location.NETWORK),
        ("//fileserver/projects/flare.db", LOCAL, Location.NETWORK),
        (r"\\?\UNC\fileserver\share\flare.db", LOCAL, Location.NETWORK),
        (r"\\?\C:\data\flare.db", LOCAL, Location.LOCAL),
        (r"Z:\bridge\flare-monitor.db", REMOTE, Location.NETWORK),
        (r"D:\flare-monitor.db", LOCAL, Location.LOCAL),
        (r"C:\Users\officer\OneDrive\Documents\flare.db", LOCAL, Location.CLOUD_SYNC),
        (
            r"C:\Users\officer\OneDrive - International Labour Organization\flare.db",
            LOCAL,
            Location.CLOUD_SYNC,
        ),
        (r"C:\Users\officer\Dropbox\flare.db", LOCAL, Location.CLOUD_SYNC),
        (r"G:\My Drive\flare.db", LOCAL, Location.CLOUD_SYNC),
        (r"C:\Users\officer\Documents\onedrive-notes.db", LOCAL, Location.LOCAL),
    ],
)
def test_windows_paths(path, drive_type, expected):
    assert classify(path, windows=True, drive_type=lambda root: drive_type) is expected


def test_mapped_drive_lookup_gets_the_drive_root():
    asked = []
    classify(r"Z:\bridge\flare.db", windows=True, drive_type=lambda root: asked.append(root) or LOCAL)
    assert asked == ["Z:\\"]


@pytest.mark.parametrize(
    "path, expected",
    [
        ("/home/officer/.local/share/flare-monitor/flare.db", Location.LOCAL),
        ("/mnt/projects/flare.db", Location.NETWORK),
        ("/mnt/projects-local/flare.db", Location.LOCAL),
        ("/home/officer/Dropbox/flare.db", Location.CLOUD_SYNC),
    ],
)
def test_posix_paths_use_the_mount_table(path, expected):
    mounts = [("/", "ext4"), ("/mnt/projects", "cifs"), ("/home", "ext4")]
    assert classify(path, windows=False, mounts=mounts) is expected


def test_refusal_points_to_the_postgresql_mode():
    with pytest.raises(EnvironmentProblem, match="PostgreSQL"):
        refuse_unsafe_location(r"\\fileserver\projects\flare.db")
