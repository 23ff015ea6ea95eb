"""The catalogues: every message of the core translated into Spanish and French, placeholders kept, every
plural with its forms; and every UserError the core raises written as a message (found by reading the
code, not from a list), so that an officer never meets an English refusal in a Spanish or French app."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import string
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import flare_monitor
from flare_monitor.errors import UserError, ValidationErrors
from flare_monitor.i18n import TRANSLATED, Message, build

ROOT = Path(flare_monitor.__file__).resolve().parent
MESSAGE_CALLS = {"_": (0, None), "ngettext": (0, 1), "pgettext": (1, None), "npgettext": (1, 2)}
# A function receiving the message of an error it raises (its callers write the message).
PASS_THROUGH_ATTRIBUTES = {"message"}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.fixture(scope="module")
def catalogues():
    return {lang: build.read(path) for lang, path in zip(TRANSLATED, build.po_files(), strict=True)}


@pytest.fixture(scope="module")
def template():
    return build.extract()


def _key(message) -> str:
    msgid = message.id[0] if isinstance(message.id, tuple) else message.id
    return f"[{message.context}] {msgid!r}" if message.context else repr(msgid)


# ------------------------------------------------------------------------------------ the catalogues


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_of_the_code_is_in_the_catalogue_and_translated(template, catalogues, lang):
    """A message added to flare_monitor/ and not merged (`python dev.py translations`), or left
    untranslated or fuzzy, fails here."""
    catalogue = catalogues[lang]
    assert len(template) > 50
    missing, untranslated = [], []
    for message in template:
        if not message.id:
            continue
        found = catalogue.get(message.id, context=message.context)
        if found is None:
            missing.append(_key(message))
            continue
        strings = found.string if isinstance(found.string, tuple) else (found.string,)
        if "fuzzy" in found.flags or not all(s.strip() for s in strings):
            untranslated.append(_key(message))
    assert not missing, f"{len(missing)} messages are not in the {lang} catalogue:\n" + "\n".join(missing)
    assert not untranslated, f"{len(untranslated)} untranslated in {lang}:\n" + "\n".join(untranslated)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_translations_keep_their_parameters(catalogues, lang):
    """A translation names exactly the parameters of its message (a renamed or forgotten {name} fails)."""
    wrong = []
    for message in catalogues[lang]:
        if not message.id or not message.string:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = set().union(*(placeholders(i) for i in ids))
        for text in strings:
            try:
                found = placeholders(text)
            except ValueError as exc:
                wrong.append(f"{_key(message)} → {text!r}: {exc}")
                continue
            # A plural's singular may say "one" instead of {count}.
            if found != wanted and not (len(ids) > 1 and found | {"count"} == wanted):
                wrong.append(f"{_key(message)} → {text!r}: {sorted(found)} instead of {sorted(wanted)}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_plural_has_its_forms(catalogues, lang):
    """An untranslated plural (a form missing or empty) fails; so does a catalogue with another number of
    forms than its language has."""
    catalogue = catalogues[lang]
    assert catalogue.num_plurals == 2
    wrong = []
    plurals = [m for m in catalogue if m.id and isinstance(m.id, tuple)]
    assert plurals, "no plural in the catalogue"
    for message in plurals:
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        if len(forms) != catalogue.num_plurals or not all(f.strip() for f in forms):
            wrong.append(f"{_key(message)}: {forms!r}")
    assert not wrong, "\n".join(wrong)


def test_no_count_is_written_as_a_singular_with_an_s_in_brackets():
    """ "1 activity(s)" reads wrong in every language: a count that meets a noun is an ngettext()."""
    found = []
    for message in build.extract():
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        if any(re.search(r"\w\((s|es)\)", i) for i in ids):
            found.append(_key(message))
    assert not found, "\n".join(found)


# ------------------------------------------------------------------------------------ the code


def _user_error_classes() -> dict[str, type]:
    for module in pkgutil.walk_packages([str(ROOT)], "flare_monitor."):
        if ".cli" in module.name or module.name.endswith("__main__"):
            continue
        importlib.import_module(module.name)
    found, todo = {}, [UserError]
    while todo:
        cls = todo.pop()
        found[cls.__name__] = cls
        todo += cls.__subclasses__()
    return found


@dataclass(frozen=True)
class Raised:
    where: str
    cls: str
    problem: str  # "" when the message is a marked message


def _name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _is_message(node: ast.AST) -> bool:
    if isinstance(node, ast.Call) and _name(node.func) in MESSAGE_CALLS:
        return True
    if isinstance(node, ast.IfExp):
        return _is_message(node.body) and _is_message(node.orelse)
    return False


class _Walker(ast.NodeVisitor):
    def __init__(self, path: Path, classes: dict[str, type]):
        self.path, self.classes = path, classes
        self.found: list[Raised] = []
        self.functions: list[ast.AST] = []

    def visit_FunctionDef(self, node):  # noqa: N802
        self.functions.append(node)
        self.generic_visit(node)
        self.functions.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # noqa: N815

    def _assigned_messages(self, name: str) -> bool | None:
        """Whether every assignment of `name` in the enclosing function makes a message (None: none)."""
        if not self.functions:
            return None
        function = self.functions[-1]
        if name in {a.arg for a in function.args.args + function.args.kwonlyargs + function.args.posonlyargs}:
            return True  # a parameter: the caller wrote (and marked) the message
        values = [
            node.value
            for node in ast.walk(function)
            if isinstance(node, ast.Assign | ast.AnnAssign)
            and node.value is not None
            and any(
                isinstance(t, ast.Name) and t.id == name
                for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
            )
        ]
        if not values:
            return None
        return all(_is_message(value) for value in values)

    def visit_Call(self, node):  # noqa: N802
        name = _name(node.func)
        if name in self.classes and self.classes[name] is not ValidationErrors:
            where = f"{self.path.relative_to(ROOT.parent)}:{node.lineno}"
            argument = (
                node.args[0]
                if node.args
                else next((k.value for k in node.keywords if k.arg == "message"), None)
            )
            self.found.append(Raised(where, name, self._problem(self.classes[name], argument)))
        self.generic_visit(node)

    def _module_value(self, name: str):
        module = ".".join(self.path.relative_to(ROOT.parent).with_suffix("").parts).removesuffix(".__init__")
        return getattr(importlib.import_module(module), name, None)

    def _returns_message(self, call: ast.Call) -> bool:
        """A call of a function declared to return a Message (`def damaged(…) -> Message`)."""
        if isinstance(call.func, ast.Name):
            function = self._module_value(call.func.id)
        elif isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name):
            function = getattr(self._module_value(call.func.value.id), call.func.attr, None)
        else:
            return False
        return getattr(function, "__annotations__", {}).get("return") in ("Message", Message)

    def _problem(self, cls: type, argument: ast.AST | None) -> str:
        if argument is None:
            own = cls.__dict__.get("message") or getattr(cls, "message", None)
            return "" if isinstance(own, str) and own else "no message"
        if _is_message(argument):
            return ""
        if isinstance(argument, ast.Attribute) and argument.attr in PASS_THROUGH_ATTRIBUTES:
            return ""
        if isinstance(argument, ast.Call) and self._returns_message(argument):
            return ""
        if isinstance(argument, ast.Name):
            assigned = self._assigned_messages(argument.id)
            if assigned or (assigned is None and isinstance(self._module_value(argument.id), Message)):
                return ""
            return f"{argument.id} is not made with _() or ngettext()"
        return f"not a marked message: {ast.unparse(argument)[:90]}"


def user_errors() -> Iterator[Raised]:
    classes = _user_error_classes()
    for path in sorted(ROOT.rglob("*.py")):
        walker = _Walker(path, classes)
        walker.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        yield from walker.found


def _message_calls() -> Iterator[tuple[str, ast.Call]]:
    for path in sorted(ROOT.rglob("*.py")):
        if path.parent.name == "i18n":  # the functions themselves
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if (
                isinstance(node, ast.Call)
                and _name(node.func) in MESSAGE_CALLS
                and isinstance(node.func, ast.Name)
            ):
                yield f"{path.relative_to(ROOT.parent)}:{node.lineno}", node


def test_every_user_error_of_the_core_is_a_translated_message(catalogues):
    """Walks every construction of a UserError (and its subclasses) in flare_monitor/: its message must be
    made with _()/ngettext() — so that it is in the catalogues, which the tests above check — or be
    handed over by the caller (a parameter, another error's .message)."""
    raised = list(user_errors())
    assert len(raised) > 150, "the walk found too few errors: is it still reading the code?"
    unmarked = [f"{r.where}: {r.cls}: {r.problem}" for r in raised if r.problem]
    assert not unmarked, f"{len(unmarked)} errors are not translatable messages:\n" + "\n".join(unmarked)
    for lang, catalogue in catalogues.items():
        untranslated = []
        for where, call in _message_calls():
            first, plural = MESSAGE_CALLS[call.func.id]
            if len(call.args) <= first or not isinstance(call.args[first], ast.Constant):
                untranslated.append(f"{where}: the message id is not a literal text")
                continue
            msgid = call.args[first].value
            context = call.args[0].value if call.func.id.startswith(("p", "np")) else None
            found = catalogue.get(msgid, context=context)
            strings = (
                ()
                if found is None
                else (found.string if isinstance(found.string, tuple) else (found.string,))
            )
            if not strings or not all(s.strip() for s in strings):
                untranslated.append(f"{where}: {msgid!r}")
        assert not untranslated, f"{len(untranslated)} messages without a {lang} translation:\n" + "\n".join(
            untranslated
        )


def test_every_message_is_given_the_parameters_it_names():
    """`_("… {code} …", cde=code)` fails at run time in some language only: caught here for every call."""
    wrong = []
    for where, call in _message_calls():
        first, plural = MESSAGE_CALLS[call.func.id]
        if len(call.args) <= first or not isinstance(call.args[first], ast.Constant):
            continue
        if any(k.arg is None for k in call.keywords):
            continue  # **params: checked when shown
        named = placeholders(call.args[first].value)
        if plural is not None and isinstance(call.args[plural], ast.Constant):
            named |= placeholders(call.args[plural].value)
        given = {k.arg for k in call.keywords}
        if plural is not None:
            given.add("count")
        if named != given:
            wrong.append(f"{where}: names {sorted(named)}, given {sorted(given)}")
    assert not wrong, "\n".join(wrong)
