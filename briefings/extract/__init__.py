"""Raw document → Article: language, date, people with roles, organisations, places,
figures and quotes with their speakers.

Modules along the pipeline: `lexicon` (the vocabulary, from `data/lexicon.yaml`) and
`patterns` (regexes built from it); `gazetteer` (known names) → `mentions` (where names
occur; `unknown_people` for names the gazetteer lacks, `names` for what a name looks like)
→ `people` (canonical people and roles; `russian` for case forms) → `marks` (quoted
stretches), `quotes` (with `attribution`, `document_phrases`, `statements`, `continuation`
and `between_quotes`) and `speakers` (who said them: `speaker`, `pronouns`, `offices`,
`bodies`), `interviews`; `language`, `dating`; `article` runs them all.
"""

from briefings.extract.article import analyse
from briefings.extract.gazetteer import Kind, gazetteer
from briefings.extract.language import detect_language
from briefings.extract.lexicon import Lexicon, lexicon

__all__ = ["Kind", "Lexicon", "analyse", "detect_language", "gazetteer", "lexicon"]
