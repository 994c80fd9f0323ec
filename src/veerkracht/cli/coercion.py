"""Command-line values turned into their types without loading pydantic where it adds nothing.

Typer 0.29 turns each parameter's value into its type through a pydantic ``TypeAdapter``, and
builds one for every parameter Click processes, given or not (``--journal`` and ``--lang`` of
every command among them): the first one imports pydantic, 100-110 ms of wall time on the
benchmark machine (as much as Typer itself), which the do-nothing Typer app of the budgets, with
no parameters, never pays, nor do commands need it that read the journal or import a file.

For the values veerkracht's parameters take, the result is what Python gives directly: a str
stays that str, a list of str is the list of them, a ``Path`` is ``Path(value)`` through Typer's
own checks of a path (``coerce_cli_path``), an ``int`` written as plain digits within the
option's bounds is ``int(value)``. Any other value, or parameter (another type, a parser of its
own, a sign or a space in a number, a number out of bounds), goes to Typer's own adapter, so
what it becomes, and the sentence when it is wrong, are exactly Typer's
(``tests/test_coercion.py`` holds the two side by side).

A Typer without this machinery (before 0.29: Click's own types, no pydantic), or with it in
another shape, is left as it is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, get_args, get_origin

try:
    from typer._coercion import RuntimeParam, build_runtime_param
    from typer._param_types import coerce_cli_path
except ImportError:  # pragma: no cover - a Typer before 0.29 needs none of this
    RuntimeParam = None  # type: ignore[assignment,misc]
# These are Typer's private parts: a Typer whose coercion takes another shape than the one
# this module fills in (one abstract method, ``_coerce_value``) keeps its own, untouched.
FITS = RuntimeParam is not None and RuntimeParam.__abstractmethods__ == frozenset({"_coerce_value"})

# More digits than this go to Typer (pydantic's and Python's own limits on long numbers).
_LONGEST = 18


def install(command: Any, ctx: Any) -> None:
    """Give each parameter of ``command`` (a Click command or group, and its subcommands) the
    direct coercion below where Typer would build an adapter for it; with a ``ctx``, the help
    option too, named as in that context."""
    install_params(command.get_params(ctx) if ctx is not None else command.params)
    for sub in getattr(command, "commands", {}).values():
        install(sub, ctx)


def install_params(params: list[Any]) -> None:
    """The same for these parameters (those Typer made; others are left as they are)."""
    if not FITS:  # pragma: no cover
        return
    for param in params:
        descriptor = getattr(param, "type_descriptor", None)
        if descriptor is None or getattr(param, "_runtime_param", False) is not None:
            continue  # not one of Typer's parameters, or already given its coercion
        if _direct(descriptor):
            param._runtime_param = _Direct(annotation=descriptor.annotation,
                                           parameter_info=descriptor.parameter_info)


def _direct(descriptor: Any) -> bool:
    """A parameter of a kind coerced here: a plain str, list of str, Path, int or bool."""
    info = descriptor.parameter_info
    if descriptor.file_annotation is not None or info.parser is not None:
        return False
    if getattr(info, "click_type", None) is not None:
        return False
    annotation = descriptor.annotation
    if get_origin(annotation) is list:
        return get_args(annotation) == (str,)
    if annotation is Path:
        return info.path_type is None
    return annotation in (str, int, bool)


if RuntimeParam is not None:

    class _Direct(RuntimeParam):  # a frozen dataclass, as its base
        """Coerces a plain value itself; hands any other to the adapter Typer would use."""

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            annotation = self.annotation
            if annotation in (str, bool) and type(value) is annotation:
                return value
            if annotation is Path and isinstance(value, (str, Path)):
                return coerce_cli_path(Path(value), self.parameter_info, path_type=Path, param=param, ctx=ctx)
            if annotation is int and self._plain_int(value):
                return int(value)
            if get_origin(annotation) is list and isinstance(value, (list, tuple)) \
                    and all(type(item) is str for item in value):
                return list(value)
            typer_own = build_runtime_param(param.type_descriptor)
            param._runtime_param = typer_own  # the rest of this run asks Typer's directly
            return typer_own._coerce_value(value, param=param, ctx=ctx)

        def _plain_int(self, value: Any) -> bool:
            if type(value) is int:
                number = value
            elif type(value) is str and value.isascii() and value.isdigit() and len(value) <= _LONGEST:
                number = int(value)
            else:
                return False
            info = self.parameter_info
            return (info.min is None or number >= info.min) and (info.max is None or number <= info.max)
