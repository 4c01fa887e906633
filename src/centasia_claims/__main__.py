"""``python -m centasia_claims``: the same as the ``centasia-claims`` command."""

from centasia_claims.cli import main

raise SystemExit(main())
