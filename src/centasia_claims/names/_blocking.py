"""`blocking_keys`: the keys a `NameIndex` files a person name under, as plain strings for a join.

Two person names that a `NameIndex` would compare share at least one key, so a table of millions of names can
be matched by exploding each name's keys and joining on them, then comparing only the pairs that meet.
The keys of one name part (its folded key, as in `normalize_name`) are:

* the key itself ("holimov");
* its family-name stem ("holim": Halimov, Halimova, Halimi meet);
* for keys of 6 to 24 letters, the key with one letter (not the first) left out, so that one slip (a letter
  dropped, added, swapped or a vowel for a vowel) meets ("golmorod" and "golmord" share "golmord");
* its consonant skeleton ("hlm"), which meets a name written in Arabic script (حليموف);
* for a Cyrillic part, the keys of its spellings in the schemes of `SCHEMES`, each read alone, where they
  differ from its own (Хусайни meets German Chussaini, whose ch no German marker shows);
* its key with the letters a transcription writes alike merged (`Reading.merges`: German s for з, с and ц,
  sch for ж and ш, dsch for дж and дш), where it differs (Ҷураев and German Dshurajew share "joroiv");
* for a Cyrillic part that may carry a Russian case ending, its key without it (Рамазона, in "по словам
  Рамазона Рахимзоды", meets Рамазон).

A part joined with the Arabic article (al-Baghdadi) also gives the keys of the name without it. An initial
gives no keys; a name of initials only has none. A name written as one acronym (ISIS-K) also gives its
letters and their Latin reading (ISISK; ИГИЛ and IGIL).

>>> from centasia_claims.names import blocking_keys
>>> blocking_keys("Gulmurod Halimov")  # doctest: +NORMALIZE_WHITESPACE
('glmorod', 'glmrd', 'golmood', 'golmord', 'golmoro', 'golmorod', 'golmrod', 'golorod', 'gomorod',
 'hlimov', 'hlm', 'hoimov', 'holim', 'holimo', 'holimov', 'holimv', 'holiov', 'holmov')
>>> set(blocking_keys("حليموف")) & set(blocking_keys("Gulmurod Halimov"))
{'hlm'}
"""

from __future__ import annotations

import functools

from centasia_claims.names._arabic import arabic_skeleton, latin_skeleton
from centasia_claims.names._entries import (
    acronym_key,
    deletions,
    latin_acronym,
    merged_keys,
    token_keys,
    without_article,
)
from centasia_claims.names._key import parse_name
from centasia_claims.names._relate import case_stem_keys, spelled_keys, surname_stem

__all__ = ["blocking_keys"]


@functools.lru_cache(maxsize=65536)
def _part_keys(key: str) -> tuple[str, ...]:
    """The keys of one folded name part: itself, its stem, its one-slip neighbours and its skeleton."""
    return (key, surname_stem(key)[0], *deletions(key), arabic_skeleton(key) or latin_skeleton(key))


def blocking_keys(text: str) -> tuple[str, ...]:
    """The keys a person name is blocked on: sorted, each once (see the module for what they are).

    Two person names that `NameIndex` would compare share at least one key; names that share none are
    never compared by it. Matching a table of names is then: explode each name's keys, join on the key,
    and compare the distinct pairs that meet with `compare_names`. Total and linear in ``text``; a name
    with no letters, or of initials only, has no keys.

    >>> blocking_keys("Гулмурод Ҳалимов") == blocking_keys("Gulmorod Khalimov")
    True
    >>> "holim" in set(blocking_keys("Halimova")) & set(blocking_keys("Halimov"))
    True
    >>> blocking_keys("ISIS-K")
    ('ISISK', 'isis', 'ss')
    >>> blocking_keys("F. M."), blocking_keys("")
    ((), ())
    """
    parsed = parse_name(text)
    found: set[str] = set()
    for key in (*token_keys(parsed), *without_article(parsed)):
        found.update(_part_keys(key))
    for token in parsed.tokens:  # a Cyrillic part meets its spellings that no transcription marker shows
        found.update(spelled_keys(token))
        found.update(merged_keys(token))  # and a part meets another with the letters German writes alike
        found.update(case_stem_keys(token))  # and a Russian case ending taken off
    acronym = acronym_key(text)
    if acronym is not None:
        found.update((acronym, latin_acronym(acronym)))
    found.discard("")
    return tuple(sorted(found))
