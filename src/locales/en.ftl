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
# (end of the bank page's section)

## Taking an exam: the question card, navigator, countdown, submitting, shortcuts
# (end of the exam's section)

## Results, review, class results, pages not found
# mod.rs

# The results page's heading, and the name of its region.
results-heading = Results

# score.rs

results-time-ran-out = Time ran out: the exam was submitted automatically.
# The big verdict beside the score, in capitals in English; a word or two.
results-pass = PASS
results-fail = FAIL
# Beside the score. $percent is the bank's pass mark, already written as a percent ("70 %").
results-pass-mark = (pass mark { $percent })
# The figures under the score: a short label each, the count beside it.
results-figure-correct = Correct
results-figure-wrong = Wrong
results-figure-unanswered = Unanswered
results-figure-flagged = Flagged
results-figure-time-used = Time used
# The time the exam took. $seconds is always written with two digits ("05").
results-time-used = { $minutes } min { $seconds } s
results-extended-time-150 = Extended time (1.5×) was used.
results-extended-time-200 = Extended time (2×) was used.
results-untimed = The exam was taken untimed.

# certainty.rs

# A heading: how sure the candidate said they were of their answers.
results-certainty-heading = How sure you were
# $marks is the candidate's certainty-based score (it can be below zero), $best the most they
# could have had, $average the marks per question (a number with up to two decimals).
results-certainty-score = Certainty-based score: { $marks } of a possible { $best } ({ $average } a question, on a scale from −6 to 3). Sure and right earns 3, sure and wrong costs 6; unsure earns 2 or costs 2; a guess earns 1 or nothing. Questions with no confidence count as guesses. Your exam score above is unchanged.
# A heading over links to questions; $count is how many are listed.
results-sure-but-wrong = Sure but wrong ({ $count })
results-sure-but-wrong-why = Misconceptions: these come first in your next review.
# A heading over links to questions; $count is how many are listed.
results-right-but-guessed = Right, but guessed ({ $count })
results-right-but-guessed-why = Luck, not yet knowledge: these come back sooner than the answers you were sure of.
# A link to a question's item in the review below; $number counts from 1.
results-question-link = Question { $number }

# topics.rs

results-topics-heading = By topic
results-topics-caption = Correct answers per topic
# The topic table's column headers.
results-topics-topic = Topic
results-topics-correct = Correct
results-topics-score = Score
# A topic's row: $correct questions right of the $total asked on it.
results-topics-correct-of = { $correct } of { $total }

# actions.rs

# A button; $count is how many questions were missed (at least 1).
results-retry-missed = { $count ->
    [one] Retry the { $count } I missed
   *[other] Retry the { $count } I missed
}
# A button.
results-new-exam = New exam
# A button.
results-download-csv = Download results (CSV)
results-candidate-name = Your name, for your teacher (optional)
# A button; the Class results page's introduction names it too.
results-download-result-file = Download a result file for your teacher
results-result-file-hint = The file holds your answers and times, not a score: your teacher's page grades it again.
# $problem says why, in English (from the browser's side of the app).
results-download-failed = The file could not be saved: { $problem }.

# review.rs

results-review-heading = Review
# The name of the group of filter buttons over the review.
results-review-filters = Show questions
# Filter buttons over the review; $count is how many questions each shows.
results-filter-all = All ({ $count })
results-filter-wrong = Wrong ({ $count })
results-filter-flagged = Flagged ({ $count })
results-filter-unanswered = Unanswered ({ $count })
# A review item's heading; $number counts from 1.
results-item-correct = Question { $number }: ✓ Correct
results-item-wrong = Question { $number }: ✗ Wrong
results-item-unanswered = Question { $number }: – Unanswered
# A review item's heading for a question the candidate flagged; $number counts from 1.
results-item-correct-flagged = Question { $number }: ✓ Correct, flagged
results-item-wrong-flagged = Question { $number }: ✗ Wrong, flagged
results-item-unanswered-flagged = Question { $number }: – Unanswered, flagged
# $confidence is how sure the candidate said they were: Guess, Unsure or Sure.
results-said-confidence = You said: { $confidence }.
# Shown after a choice in the review, in bold.
results-choice-right = (✓ right answer)
results-choice-yours = (your answer)
results-choice-right-and-yours = (✓ right answer, your answer)

# class_results.rs

# The Class results page's heading.
class-heading = Class results
class-all-banks = ← All question banks
# $button is the results page's button "Download a result file for your teacher", as translated.
class-intro = Open your candidates' result files (from "{ $button }" on their results page). Each is graded again against the bank, so a score edited in a file counts for nothing. Nothing is uploaded: the files are read in this page.
# The label of the file picker.
class-result-files = Result files
# The name of a list of file problems.
class-files-left-out = Files left out:
class-files-not-used = Files that could not be used:
# $file is a file's name.
class-file-not-text = { $file }: not a result file (it is not UTF-8 text)
# $file is a file's name; $problem says why it could not be read, in English (from the browser's side of the app).
class-file-unreadable = { $file }: { $problem }
# $file is a file's name; $bank the id of the bank it was taken on.
class-file-other-bank = { $file }: a result for bank "{ $bank }", which this site does not have; open that bank first
# A table's caption; $count is how many candidates it lists.
class-candidates-caption = Candidates ({ $count }), graded again against the bank
# The candidates table's column headers.
class-candidate = Candidate
class-score = Score
class-result = Result
class-time-used = Time used
# A candidate's score: $percent is already written as a percent; $correct right of $total.
class-score-value = { $percent } ({ $correct } of { $total })
# A candidate's result, in capitals in English; a word or two in a table cell.
class-pass = PASS
class-fail = FAIL
# A candidate's time, in whole minutes.
class-minutes = { $minutes } min
class-questions-caption = Questions: share right, discrimination (point-biserial: how well the question separates stronger from weaker candidates), and the wrong choice picked most
# The questions table's column headers.
class-question = Question
class-topic = Topic
class-right = Right
class-share-right = Share right
class-discrimination = Discrimination
class-most-chosen-wrong = Most chosen wrong choice
# A question's row: $right candidates answered it right of the $asked who had it.
class-right-of = { $right } of { $asked }
# $choice is the wrong choice's text (from the bank); $times how many candidates chose it.
class-wrong-choice = { $choice } ({ $times })
# Buttons.
class-download-scores = Download scores (CSV)
class-download-questions = Download question statistics (CSV)

# not_found.rs

not-found-heading = Not found
# $name is the address or bank id the candidate asked for.
not-found-message = There is no question bank or page called "{ $name }".
not-found-all-banks = See all question banks
# $title is the bank's title.
not-found-loading-bank = Loading { $title }…
not-found-loading-banks = Loading question banks…
# (end of the results' section)
