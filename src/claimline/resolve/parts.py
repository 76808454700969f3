"""Parts and wholes: a national contingent or a regional task force is a series of its own.

"US contingent of KFOR" is the US soldiers serving in KFOR, "Multinational Battle Group
East of KFOR" one of its regional task forces: parts of the mission, never merged into
the mission's entries (its figures count a part, not the whole). ``whole_of``
names the mission a part belongs to, so that listings can show the part under it.
"""
from __future__ import annotations

import re
from typing import Optional

# a unit word in the part's name, then "of" and the whole: "US contingent of KFOR",
# "Multinational Battle Group East of KFOR", "Regional Command West of ISAF"
_PART = re.compile(r"^(?P<part>.*\b(?:contingent|task force|battle ?group|battalion|brigade|"
                   r"command|regiment)\b.*?)\s+of\s+(?P<whole>.+)$", re.IGNORECASE)


def whole_of(subject: str) -> Optional[str]:
    """The mission ``subject`` is a part of ("US contingent of KFOR" → "KFOR"), else None."""
    m = _PART.match(subject or "")
    return m.group("whole") if m else None
