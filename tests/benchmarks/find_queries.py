"""The 50 queries Find is measured with (``run.py``'s Find figure, ``bench_find.py``): what
people type into a search box over the generated five-year database — common words, rare
names and companies, phrases, prefixes still being typed, other scripts, emoji, and the
things that must be taken as plain words (FTS syntax, quotes, a pasted page)."""

QUERIES: list[str] = [
    # common words (hundreds of thousands of notes each)
    "team", "conflict", "pricing", "stakeholder", "deployment", "ownership", "retrospective",
    "onboarding",
    # rare: names of candidates and companies
    "Okonkwo", "Παπαδόπουλος", "Åberg", "Mensah", "Tanaka", "Yarost", "Peldaxzet",
    "Aisha Mensah", "李娜",
    # phrases and several words
    "sprint plan", "conflict result", "very concrete", "would probe again next round",
    "rollback plan", "team lead", "customer churn", "honest about the failure",
    "stakeholder retention backlog", "tight deadline", "incident reviewed our solution",
    # prefixes, as typed (no space yet after the last word)
    "stak", "onbo", "retro", "deplo", "Okon", "migr", "conflict res", "escal",
    # other scripts and emoji
    "команда", "очень хорошо", "会议室", "📉", "👍 team",
    # taken as words, never as query syntax
    '"unbalanced', "NEAR(team project)", "AND OR NOT", "team*", "-pricing", "title:team",
    "(conflict OR deadline)", "a" * 300, "team " * 2000,
]

assert len(QUERIES) == 50
