"""Every command group's --help lists its actions, each with what it does."""

from __future__ import annotations

import argparse

from flare_monitor.cli import build_parser


def _groups(parser: argparse.ArgumentParser):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield name, sub, action


def test_every_action_of_every_group_is_listed_with_its_help():
    missing = []
    for group, parser, _ in _groups(build_parser()):
        for name, _sub, actions in _groups(parser):
            helps = {choice.dest: choice.help for choice in actions._choices_actions}
            if not helps.get(name):
                missing.append(f"{group} {name}")
            assert name in parser.format_help(), f"{group} --help does not list {name}"
    assert not missing, f"actions without a help line: {missing}"
