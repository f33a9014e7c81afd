"""YAML for front matter and shop.yaml, without aliases.

``yaml.safe_load`` still expands aliases: a kilobyte of nested ``&a [*b, *b, ...]`` anchors
builds billions of nodes (minutes and gigabytes). Trainers write flat ``key: value`` lines and
never need an alias, so one is refused where it stands.
"""

from __future__ import annotations

import yaml

ALIAS_REFUSED = (
    "uses a YAML alias (*name); aliases are not allowed here, write the value out in full"
)


class _NoAliasLoader(yaml.SafeLoader):
    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(None, None, ALIAS_REFUSED, event.start_mark)
        return super().compose_node(parent, index)


def load_yaml(text: str) -> object:
    """Parse plain YAML; raise yaml.YAMLError for bad syntax, an alias or deep nesting."""
    try:
        return yaml.load(text, Loader=_NoAliasLoader)  # a SafeLoader subclass
    except RecursionError:
        raise yaml.YAMLError("values are nested too deeply") from None
