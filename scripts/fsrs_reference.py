"""Writes tests/fixtures/fsrs/reference.json: what the reference FSRS scheduler makes of review
sequences, for the engine's scheduler tests to compare against (they do not need Python).

Run from the repository root:
    python3 -m venv /tmp/fsrs && /tmp/fsrs/bin/pip install 'fsrs==6.3.2'
    /tmp/fsrs/bin/python scripts/fsrs_reference.py

The scheduler is set up as the app uses FSRS: default FSRS-6 parameters, 90 % desired
retention, no learning or relearning steps (the app's own rule handles the short term), and no
fuzz, so every interval is the model's own.
"""

import json
from importlib.metadata import version
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

import fsrs

scheduler = fsrs.Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)
start = datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc)
generator = random.Random(2026)

sequences = [
    # Hand-picked: each rating first, a lapse, reviews on the day they fall due, a same-day repeat.
    [(0, 1), (1, 3), (3, 3), (10, 3)],
    [(0, 2), (2, 2), (2, 4)],
    [(0, 3), (0.1, 3), (4, 3), (15, 1), (16, 3)],
    [(0, 4), (20, 4), (90, 4), (400, 3)],
]
for _ in range(40):
    sequence = [(0, generator.randint(1, 4))]
    for _ in range(generator.randint(1, 8)):
        gap = generator.choice([0.05, 0.5, 1, 2, 3, 7, 14, 30, 60, 200])
        sequence.append((gap, generator.randint(1, 4)))
    sequences.append(sequence)

cases = []
for sequence in sequences:
    card = fsrs.Card()
    at = start
    steps = []
    for gap_days, rating in sequence:
        at = at + timedelta(days=gap_days)
        card, _ = scheduler.review_card(card, fsrs.Rating(rating), review_datetime=at)
        steps.append({
            "at_ms": int(at.timestamp() * 1000),
            "rating": rating,
            "stability": card.stability,
            "difficulty": card.difficulty,
            "due_ms": int(card.due.timestamp() * 1000),
        })
    cases.append(steps)

out = Path("tests/fixtures/fsrs/reference.json")
out.write_text(json.dumps({
    "generator": f"fsrs {version('fsrs')} (PyPI), scripts/fsrs_reference.py",
    "desired_retention": scheduler.desired_retention,
    "cases": cases,
}, indent=1) + "\n")
print(f"wrote {out}: {len(cases)} sequences")
