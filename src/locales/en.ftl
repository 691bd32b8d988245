### Exam Practice's interface in English: every message the interface shows, and the one every
### other language's file is checked against (same ids, same variables).
###
### To add a language, copy this file to `<tag>.ftl` (a BCP 47 tag: `it.ftl`, `zh-Hans.ftl`) and
### translate every value; docs/translating.md says how, and `bash scripts/test.sh quick` checks it.

# The language's name in itself, as the language menu lists it.
language-name = English

## The site

site-brand = Exam Practice
language-menu-label = Language

## The engine's values as every page names them

mode-practice = Practice
mode-exam = Exam
confidence-guess = Guess
confidence-unsure = Unsure
confidence-sure = Sure
verdict-not-yet = Not yet
verdict-borderline = Borderline
verdict-likely = Likely

## The start page and the shared parts of pages (home, components, the app's shell, stores)
# (end of the start page's section)

## A bank's page: setting up an exam, study, history, spaced review, progress files
# mod.rs
# A link back to the start page; the arrow points back (a right-to-left language may use →).
bank-all-banks-link = ← All question banks
# $date: the day the bank's authors last checked its facts, as the bank gives it (2025-03-01).
bank-facts-checked = Facts last checked against their sources on { $date }.

# resume_notice.rs
bank-resume-in-progress = You have an exam in progress ({ $count ->
        [one] { $count } question
       *[other] { $count } questions
    }).
# A link styled as a button.
bank-resume-button = Resume exam

# history.rs
bank-history-heading = Your attempts
# The accessible name of a small line chart of the scores of past attempts.
bank-history-chart-label = Score over time
bank-history-caption = Past attempts, oldest first
# The history table's column headers.
bank-history-date = Date
# The exam's mode (practice or exam): this column's header, and the set-up form's legend.
bank-mode = Mode
bank-history-score = Score
bank-history-result = Result
# An attempt's score: $percent is its share right, already written as a percent ("80 %");
# $correct and $total are counts of questions.
bank-history-score-value = { $percent } ({ $correct } of { $total })
# An attempt's result, in the "Result" column: short, shown in capitals in English.
bank-history-passed = PASS
bank-history-failed = FAIL
# A button that deletes every past attempt of this bank.
bank-history-clear = Clear history

# setup/mod.rs
bank-setup-heading = Set up your exam
# The form's submit button.
bank-setup-start = Start exam

# setup/fields.rs
bank-setup-mode-practice = Practice: each answer is checked at once
bank-setup-mode-exam = Exam: timed, feedback at the end
# $total: how many questions the bank has.
bank-setup-count = Number of questions (1 to { $total })
bank-setup-time-limit = Time limit
# A choice of the time-limit list: $minutes is the default time for $count questions.
bank-setup-time-default = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } (default for { $count ->
        [one] { $count } question
       *[other] { $count } questions
    })
# A choice of the time-limit list.
bank-setup-time-minutes = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
bank-setup-time-none = No limit
# Extra time granted to some candidates (an accessibility arrangement).
bank-setup-accommodation = Time accommodation
bank-setup-accommodation-standard = Standard time
# $factor: how many times the standard time (1.5 or 2), written as a number.
bank-setup-accommodation-extended = Extended time ({ $factor }×)
bank-setup-accommodation-untimed = Untimed
bank-setup-topics = Topics to include
bank-setup-shuffle = Shuffle questions and choices
bank-setup-unseen-first = Questions I have not answered yet first

# study/mod.rs
bank-study-heading = Study
bank-study-persistence-refused = This browser has not agreed to keep your progress for good: it may clear it when space runs low or after weeks without a visit. Save your progress to a file now and then.

# study/review_panel.rs
bank-review-heading = Spaced review
bank-review-intro = Questions you answer come back for review just before you would forget them; those you miss come back sooner.
bank-review-due = { $count ->
        [0] No questions are due for review.
        [one] { $count } question due for review.
       *[other] { $count } questions due for review.
    }
# Follows the sentence saying how many questions are due; $count: how many of them were
# answered wrongly last time.
bank-review-missed = Missed last time: { $count }.
# A link styled as a button; $count: how many questions the review asks.
bank-review-now = Review now ({ $count })
# $date: the day the next question comes due, as the language writes a date.
bank-review-next = Next review: { $date }.
bank-review-exam-date = Date of your exam (optional)
bank-review-exam-date-hint = No review is planned after this date.
# $reason: why, from the browser's storage (may be in English).
bank-review-exam-date-not-saved = The exam date could not be saved: { $reason }.

# study/readiness_panel.rs
bank-readiness-heading = Am I ready?
# $needed: the number of first answers the estimate needs; $have: how many the candidate has;
# $per-topic: the number it needs in each topic.
bank-readiness-waiting = Not enough evidence yet. This estimate reads only your first answer to each question, so it needs at least { $needed } such answers (you have { $have }), including at least { $per-topic } in every topic.
# Follows "Not enough evidence yet…"; $topics: the bank's names of the topics, separated by commas.
bank-readiness-thin-topics = Topics that need more: { $topics }.
# Follows the verdict in bold ("Likely", "Borderline", "Not yet"), hence the leading colon.
# $questions: the exam's question count; $needed: how many right answers pass it;
# $chance: one of the bank-readiness-chance-* messages; $band: "80 %" as the language writes it;
# $low and $high: percents.
bank-readiness-chance = : your chance of passing the { $questions }-question exam ({ $needed } right needed) is { $chance } ({ $band } band: { $low } to { $high }).
# A chance too small to round to 1 %: $percent is "1 %" as the language writes it.
bank-readiness-chance-under = under { $percent }
# A chance too near certain to round to 100 %: $percent is "99 %" as the language writes it.
bank-readiness-chance-over = over { $percent }
# $percent: the chance, rounded, as the language writes a percent.
bank-readiness-chance-about = about { $percent }
bank-readiness-caption = Mastery by topic, from first answers
# The readiness table's column headers; "Practice" heads a column of links to practise a topic.
bank-readiness-topic = Topic
bank-readiness-first-right = First answers right
bank-readiness-mastery = Mastery
bank-readiness-on-exam = Questions on the exam
bank-readiness-practice = Practice
# In the "First answers right" column: $right of the topic's $answers first answers were right.
bank-readiness-right-of = { $right } of { $answers }
# In the "Mastery" column, for a topic with no first answer yet.
bank-readiness-no-answers = No answers yet
# The accessible name of a bar showing a topic's mastery; $percent: as the language writes it.
bank-readiness-mastery-bar = Mastery { $percent }
# A link to a practice session of one topic.
bank-readiness-practise-topic = Practise this topic
# The same link's accessible name; $topic: the topic's name, from the bank.
bank-readiness-practise-topic-label = Practise this topic: { $topic }
# A disclosure's summary (click to open the explanation below).
bank-readiness-method-heading = How this is worked out
# $draws: how many imagined candidates; $needed: the right answers needed to pass, a number,
# or "unknown" before there is an estimate; $questions: the exam's question count; $weights:
# "topic-weights" when the bank gives its topics weights, else "question-shares";
# $band: "80 %" and $even: "50 %", as the language writes a percent. The quoted verdicts are
# the messages verdict-likely and verdict-not-yet.
bank-readiness-method = Only your first answer to each question counts: retries and reviews would flatter you. Each topic's chance of a right answer is estimated from your first answers in it, pulled towards your overall level by as much as your topics are seen to differ from each other (a topic with few answers leans more on the others). The app then imagines { $draws } candidates whose topic chances are drawn from what your answers allow, works out exactly how likely each is to get at least { $needed ->
        [unknown] the pass mark
       *[other] { $needed }
    } of the exam's { $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    } right when they are spread over the topics by { $weights ->
        [topic-weights] the bank's topic weights
       *[question-shares] each topic's share of the bank's questions
    }, and reports the average, with the middle { $band } of those chances as the band. Tried on thousands of simulated candidates, the band held the true chance for 8 in 10 of them. "{ verdict-likely }" means even the low end of the band is at least { $even }; "{ verdict-not-yet }" means even the high end is below it; otherwise it is borderline.

# study/progress_file.rs
bank-progress-heading = Keep your progress
bank-progress-intro = Browsers may clear a site's data after a while. Save your progress (attempts, review records, confidence, exam dates for every bank) to a file, and load it here on any browser.
# A button that downloads a file.
bank-progress-save = Save my progress
# The label of a file picker, styled as a button.
bank-progress-load = Load progress
bank-progress-nothing-to-save = There is no progress to save yet.
# $file: the downloaded file's name.
bank-progress-saved = Saved the progress of { $banks ->
        [one] { $banks } bank
       *[other] { $banks } banks
    } to { $file }.
# $reason: why, from the browser (may be in English).
bank-progress-not-saved = The file could not be saved: { $reason }.
# $reason: why the file could not be read as a progress file (in English).
bank-progress-not-read = { $reason }. Nothing was changed.
# $file: the chosen file's name; $reason: why the browser could not read it (may be in English).
bank-progress-unreadable = { $file }: { $reason }. Nothing was changed.
bank-progress-not-text = { $file }: not a progress file (it is not UTF-8 text). Nothing was changed.
# $file: the loaded file's name; then how many banks it held and what it added.
bank-progress-loaded = Loaded { $file }: { $banks ->
        [one] { $banks } bank
       *[other] { $banks } banks
    }, { $attempts ->
        [one] { $attempts } new attempt
       *[other] { $attempts } new attempts
    } and { $records ->
        [one] { $records } newer review record
       *[other] { $records } newer review records
    }.
# The accessible name of a list of problems with the loaded file.
bank-progress-problems = Parts that could not be read, left out:
# A problem with a loaded file, in a list shown as code: $file: its name; $bank: a bank's id;
# $reason: why that bank's history could not be saved (may be in English).
bank-progress-history-problem = { $file }: bank "{ $bank }": history: { $reason }
# As above, for the bank's review records.
bank-progress-review-problem = { $file }: bank "{ $bank }": review: { $reason }
# (end of the bank page's section)

## Taking an exam: the question card, navigator, countdown, submitting, shortcuts
# (end of the exam's section)

## Results, review, class results, pages not found
# (end of the results' section)
