"""Names across scripts and romanizations: keys, comparison, spellings and resolution.

`normalize_name` folds any spelling (Latin, Russian or Tajik Cyrillic) to one key; `parse_name` keeps each
part with the rules that folded it; `compare_names` judges two person names part by part and says why;
`romanize` and `transliterate` write a name in the schemes of `SCHEMES`; `resolve` finds the entities of a
corpus a mention may refer to, through a blocked `NameIndex` kept with the corpus; `blocking_keys` gives the
keys that index blocks a person name on, for matching large tables by a join.

>>> from centasia_claims.names import compare_names, normalize_name, romanize
>>> normalize_name("Гулмурод Ҳалимов") == normalize_name("Gulmorod Khalimov")
True
>>> compare_names("Gulmurod Khalimov", "Gulmurod Karimov").verdict
<NameVerdict.DIFFERENT: 'different'>
>>> romanize("Гулмурод Ҳалимов")[1:3]
('Gulmurod Halimov', 'Gulmurod Khalimov')
>>> from centasia_claims.names import parse_name
>>> [(token.text, token.key) for token in parse_name("Colonel Gulmorod Khalimov").tokens]
[('Gulmorod', 'golmorod'), ('Khalimov', 'holimov')]
"""

from centasia_claims.names._aliases import ALIASES, AliasEntry, AliasName, AliasTable
from centasia_claims.names._blocking import blocking_keys
from centasia_claims.names._compare import NameMatch, NameVerdict
from centasia_claims.names._entries import acronym_key
from centasia_claims.names._index import NameIndex
from centasia_claims.names._key import NameKey, ParsedName, normalize_name, parse_name
from centasia_claims.names._match import compare_names
from centasia_claims.names._resolution import Candidate, Resolution
from centasia_claims.names._resolve import resolve
from centasia_claims.names._romanize import romanize, transliterate
from centasia_claims.names._schemes import SCHEMES, Scheme
from centasia_claims.names._token import Token

__all__ = [
    "ALIASES",
    "SCHEMES",
    "AliasEntry",
    "AliasName",
    "AliasTable",
    "Candidate",
    "NameIndex",
    "NameKey",
    "NameMatch",
    "NameVerdict",
    "ParsedName",
    "Resolution",
    "Scheme",
    "Token",
    "acronym_key",
    "blocking_keys",
    "compare_names",
    "normalize_name",
    "parse_name",
    "resolve",
    "romanize",
    "transliterate",
]
