"""YAML for front matter and shop.yaml, without aliases.

``yaml.safe_load`` still expands aliases: a kilobyte of nested ``&a [*b, *b, ...]`` anchors
builds billions of nodes (minutes and gigabytes). Trainers write flat ``key: value`` lines and
never need an alias, so one is refused where it stands, before anything is built. libyaml,
when present, parses fast and limits nesting itself; pure-Python PyYAML is 100x slower.
"""

from __future__ import annotations

import yaml

from assist.knowledge import limits
from assist.messages import Core

ALIAS_REFUSED = Core.tr(
    "uses a YAML alias (*name); aliases are not allowed here, write the value out in full"
)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_REPARSE_CHARS = 4096  # pure-Python parsing slows down steeply on long, deeply nested text


def load_yaml(text: str) -> object:
    """Parse plain YAML; raise yaml.YAMLError for bad syntax, an alias or deep nesting."""
    if len(text) > limits.MAX_YAML_CHARS:
        raise yaml.YAMLError(
            Core.tr("the settings are %1 characters long, more than the %2 allowed; they are "
                    "meant for a few short lines",
                    format(len(text), ","), format(limits.MAX_YAML_CHARS, ","))
        )
    try:
        for event in yaml.parse(text, Loader=_LOADER):
            if isinstance(event, yaml.AliasEvent):
                raise yaml.composer.ComposerError(None, None, ALIAS_REFUSED, event.start_mark)
        return yaml.load(text, Loader=_LOADER)  # a SafeLoader: plain values only
    except RecursionError:
        raise yaml.YAMLError(Core.tr("values are nested too deeply")) from None
    except yaml.MarkedYAMLError:
        _raise_where_a_person_would_look(text)
        raise


def _raise_where_a_person_would_look(text: str) -> None:
    """libyaml marks an unclosed '[' at the end of the text; PyYAML marks the '[' itself.
    Re-parse a short text in pure Python (events only: no alias is expanded) for that mark."""
    if _LOADER is yaml.SafeLoader or len(text) > _REPARSE_CHARS:
        return
    try:
        for _ in yaml.parse(text, Loader=yaml.SafeLoader):
            pass
    except RecursionError:
        return
