"""cli/coercion.py: command-line values typed without pydantic give what Typer's own gives."""

import importlib
from pathlib import Path
from typing import Any

import pytest
import typer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer import _click
from typer._coercion import build_runtime_param

from veerkracht.app import COMMANDS, app
from veerkracht.cli import coercion


def every_parameter() -> list[tuple[str, Any, Any]]:
    """(where, command, parameter) for every parameter of every command, help options too."""
    root = typer.main.get_command(app)
    found = []

    def walk(command: Any, where: str, ctx: Any) -> None:
        for param in command.get_params(ctx):
            found.append((f"{where} {param.name}", command, param))
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, f"{where} {name}", ctx)

    ctx = _click.Context(root, info_name="veerkracht")
    walk(root, "veerkracht", ctx)
    for name, module in COMMANDS.items():
        walk(typer.main.get_command(importlib.import_module(module).app), name, ctx)
    return found


PARAMETERS = every_parameter()
DIRECT = [(where, command, param) for where, command, param in PARAMETERS
          if coercion._direct(param.type_descriptor)]


def test_this_typer_has_the_shape_coercion_fills_in():
    """A Typer whose coercion changed shape is left alone (coercion.FITS): this fails first."""
    assert coercion.FITS


def test_most_parameters_are_typed_directly():
    """The kinds veerkracht's parameters take: a Typer that changes them fails here first."""
    assert len(DIRECT) >= 0.9 * len(PARAMETERS), [w for w, _, p in PARAMETERS if (w, _, p) not in DIRECT]
    kinds = {repr(param.type_descriptor.annotation) for _, _, param in DIRECT}
    assert kinds == {repr(str), repr(bool), repr(int), repr(Path), "list[str]"}


def typed(param: Any, command: Any, value: Any, own: bool) -> tuple[str, Any]:
    """("value", what it became) or ("error", Typer's sentence), by Typer's own coercion or ours."""
    descriptor = param.type_descriptor
    runtime = build_runtime_param(descriptor) if own else coercion._Direct(
        annotation=descriptor.annotation, parameter_info=descriptor.parameter_info)
    ctx = _click.Context(command, info_name="veerkracht")
    try:
        result = runtime.coerce(value, param=param, ctx=ctx)
    except _click.exceptions.BadParameter as error:
        return "error", error.format_message()
    return "value", (type(result), result)


# What a person may type: digits of all kinds, signs, spaces, separators, letters, paths.
TYPED = st.one_of(
    st.text(alphabet="0123456789", min_size=1, max_size=25),
    st.text(alphabet="0123456789 +-_.,eE٣\t", max_size=8),
    st.text(max_size=12),
    st.sampled_from(["", "-", "~/notes.json", "./a//b/", "/", ".", "true", "no", "1", "0", "-1"]),
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(index=st.integers(min_value=0, max_value=len(DIRECT) - 1), value=TYPED)
def test_a_typed_value_becomes_what_typer_makes_of_it(index, value):
    where, command, param = DIRECT[index]
    if param.multiple or param.nargs != 1:
        value = tuple(value.split(" "))
    assert typed(param, command, value, own=False) == typed(param, command, value, own=True), where


INTS = [(where, command, param) for where, command, param in DIRECT if param.type_descriptor.annotation is int]
BOUNDS = sorted({bound for _, _, param in INTS for bound in (param.type_descriptor.parameter_info.min,
                                                              param.type_descriptor.parameter_info.max)
                 if bound is not None})
NUMBERS = st.one_of(
    st.integers(min_value=-3, max_value=2_000_000).map(str),
    st.sampled_from(BOUNDS).flatmap(lambda bound: st.integers(bound - 2, bound + 2)).map(str),
    st.sampled_from([" 30", "+30", "30.0", "1_000", "-0", "٣", "３", "0x10", "1e3", "9" * 19, "0" * 30 + "7"]),
)


@settings(max_examples=300, deadline=None)
@given(index=st.integers(min_value=0, max_value=len(INTS) - 1), value=NUMBERS)
def test_a_number_becomes_what_typer_makes_of_it(index, value):
    """Bounds (1 to 100, to 1,000,000), other digits, signs, spaces: as Typer, or Typer's sentence."""
    where, command, param = INTS[index]
    assert typed(param, command, value, own=False) == typed(param, command, value, own=True), where


@pytest.mark.parametrize("value", [None, True, False, 0, 7, Path("journal.db"), (), ("a", "b")])
def test_defaults_and_flags_become_what_typer_makes_of_them(value):
    for where, command, param in DIRECT:
        try:
            expected = typed(param, command, value, own=True)
        except Exception as error:  # noqa: BLE001 - Typer's own refusal, in any form
            with pytest.raises(type(error)):
                typed(param, command, value, own=False)
            continue
        assert typed(param, command, value, own=False) == expected, (where, value)


def test_a_path_is_checked_as_typer_checks_it(tmp_path):
    """An existing path goes through Typer's checks of it (here: a folder where a file is asked)."""
    info = typer.Option(None, dir_okay=False)  # an OptionInfo
    runtime = coercion._Direct(annotation=Path, parameter_info=info)
    root = typer.main.get_command(app)
    param = root.params[0]
    with pytest.raises(_click.exceptions.BadParameter, match="is a directory"):
        runtime.coerce(str(tmp_path), param=param, ctx=_click.Context(root))
