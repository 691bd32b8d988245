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
# Shown when a language's catalogue could not be fetched (offline on a first visit, say) and the
# interface stays in English; $language is the language's name in itself ("Français"), $problem
# why, as the browser said it.
language-load-failed = The interface could not be shown in { $language } ({ $problem }), so it is in English. Reload the page to try again.
# The button in every page's header that shows the text size and colour menus ("Aa" before it).
display-menu-label = Text and colours
display-text-size = Text size
display-size-standard = Standard
display-size-large = Large
display-size-larger = Larger
display-size-largest = Largest
display-colours = Colours
# Light or dark, as the candidate's device is set; the next two are the light and dark colours
# whatever the device says.
display-colours-system = Same as this device
display-colours-light = Light background
display-colours-dark = Dark background
display-colours-contrast = High contrast

## The engine's values as every page names them

mode-practice = Practice
mode-exam = Exam
confidence-guess = Guess
confidence-unsure = Unsure
confidence-sure = Sure
verdict-not-yet = Not yet
verdict-borderline = Borderline
verdict-likely = Likely
# The file formats, as the start page says what a file was read as.
format-json = JSON bank
format-gift = GIFT
format-aiken = Aiken
format-markdown-answers = Markdown with answer blocks
format-markdown-task-list = Markdown task list
format-moodle-xml = Moodle XML

## The start page and the shared parts of pages (home, components, the app's shell, stores)
# home/mod.rs

# Shown while the site's list of question banks loads.
home-loading-banks = Loading question banks…
home-index-unreadable = The list of question banks could not be read.
# The start page's main heading.
home-heading = Practice exams
home-teachers-heading = For teachers
# A link to the class results page; the sentence home-class-results-description follows it in
# the same paragraph.
home-class-results-link = Class results
# Follows the link "Class results" (home-class-results-link) in the same paragraph.
home-class-results-description = : grade your candidates' result files, with statistics per question.

# home/own_banks.rs

home-own-heading = Your own questions
# The label of the button that opens a file picker.
home-open-file-label = Open a question file…
home-open-file-help = A JSON bank, GIFT or Aiken (.gift, .txt), Markdown (.md) or Moodle XML (.xml) file; you can also drop it here. It is read in this browser and never uploaded.
# $address is the web address a ?bank= link names.
home-loading-address = Loading the question bank from { $address }…
# The name of a list of warnings, for assistive technology; $source is a file name or address.
home-warnings-for = Warnings for { $source }
# The name of a list of problems that left parts of a file out; $source is a file name or address.
home-skipped-in = Skipped in { $source }
# Precedes the list of problems that left pieces of text (not questions) out of the file.
home-imported-all = { $questions ->
        [one] The one question imported
       *[other] All { $questions } questions imported
    }; { $pieces ->
        [one] { $pieces } piece
       *[other] { $pieces } pieces
    } of other text skipped:
# Precedes the list of problems that left questions out: $questions of the $total in the file
# were imported, $skipped were not.
home-imported-some = Imported { $questions } of { $total ->
        [one] { $total } question
       *[other] { $total } questions
    }; { $skipped } skipped:
# $title is the bank's title, $source its file name or address, $format the file's format as the
# importer names it (in English: "GIFT", "JSON bank", "Markdown task list"). The sentences
# home-opened-replaced or home-opened-renamed, then home-opened-warnings, may follow it.
home-opened = Opened "{ $title }" from { $source } ({ $format }): { $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    }, kept in this browser.
home-opened-replaced = It replaces the copy kept earlier.
# $id is the new id the bank is kept under.
home-opened-renamed = This site already has a bank with its id, so this copy is kept as "{ $id }".
# Precedes the list of warnings.
home-opened-warnings = { $count ->
        [one] { $count } warning:
       *[other] { $count } warnings:
    }
# A button; $title is the bank's title.
home-take-bank = Take { $title }
# Precedes the list of warnings for a file that cannot be used.
home-warnings = Warnings:
# The heading over the banks kept in this browser; also names their list.
home-kept-heading = Kept in this browser
# Under a kept bank's title: $source is its file name or address, $format the file's format as
# the importer names it ("GIFT").
home-kept-facts = { $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    }, from { $source } ({ $format })
# A button; $title is the bank's title.
home-remove-bank = Remove { $title }

# components (several pages)

# A button or link; $title is the bank's title.
common-open-bank = Open { $title }
# The name of a list of problems, for assistive technology; $name is a file name, address or
# bank title.
common-problems-in = Problems in { $name }
# In bold, before common-problems-found; $name is a file name or address.
common-file-cannot-be-used = { $name } cannot be used:
# Follows "… cannot be used:" (common-file-cannot-be-used or bank-list-bank-cannot-be-used).
common-problems-found = { $count ->
        [one] { $count } problem found.
       *[other] { $count } problems found.
    }
# A small heading over a question's links to further reading.
common-read-more = Read more
# A link that opens an e-mail or web page to report a problem with the question shown.
common-report-problem = Report a problem with this question

# components/bank_list.rs

# $file is the index file's path, "questions/index.json".
bank-list-none = No question banks are listed in { $file } yet.
# The name of the list of the site's banks, for assistive technology.
bank-list-label = Question banks
bank-list-open-to-see = Open the bank to see its questions.
# The bank's figures, as a list of terms and values: the number of questions.
bank-list-questions = Questions
bank-list-default-exam = Default exam
# The value beside "Default exam".
bank-list-default-exam-value = { $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    } in { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
bank-list-pass-mark = Pass mark
bank-list-topics = Topics
# On the start page, under a bank some of whose questions cannot be used.
bank-list-left-out-see-page = { $count ->
        [one] { $count } of { $total } questions has a problem and is left out; the bank's page lists why.
       *[other] { $count } of { $total } questions have problems and are left out; the bank's page lists why.
    }
# On a bank's page, opens the list of problems in its file.
bank-list-left-out = { $count ->
        [one] { $count } of { $total } questions has a problem and is left out
       *[other] { $count } of { $total } questions have problems and are left out
    }
# On a bank's page, opens the list of problems found outside its questions.
bank-list-outside-questions = { $count ->
        [one] { $count } problem in text outside the questions (left out)
       *[other] { $count } problems in text outside the questions (left out)
    }
# In bold, before common-problems-found.
bank-list-bank-cannot-be-used = This bank cannot be used:

# components/site_notices.rs and the stores' notices

# $file is the index file's path; $problem the browser's reason (a browser-fetch-… message, or
# the browser's own words).
notice-index-not-loaded = { $file } could not be loaded: { $problem }
# $problems lists what is wrong, in English, separated by semicolons.
notice-package-settings = This package's exam settings do not work ({ $problems }).
# $problem is the LMS's reason (a browser-lms-… message).
notice-package-lms = The course's LMS did not start this attempt ({ $problem }); the exam still runs, but its result cannot reach the LMS.
# A line of a list of problems: $address is a ?bank= link's address, $problem the browser's
# reason (a browser-fetch-… message, or the browser's own words).
notice-address-not-loaded = { $address }: could not be loaded: { $problem }
# $problem says what is wrong with the stored list of banks (a kept-list-… message).
notice-kept-set-aside = { $problem }. It was set aside; open your question files again.
# $problem as in notice-kept-set-aside.
notice-kept-not-set-aside = { $problem }. It could not be set aside either; open your question files again.
# $problem is the browser's reason (a browser-storage-… message).
notice-kept-unavailable = Banks you open cannot be kept in this browser: { $problem }.
# $problem is the browser's reason (a browser-storage-… message).
notice-kept-not-saved = The banks you opened are open for now but cannot be kept after you close this page: { $problem }.
# $title is the bank's title, $source its file name or address.
notice-kept-too-large = "{ $title }" ({ $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    }) is open until you close this page, but it is too large to keep in this browser: open { $source } again next time.
# On a bank's page: $problem says, in English, what is wrong with the data.
notice-history-set-aside = Saved attempt history could not be read and was set aside ({ $problem }).
notice-review-set-aside = Saved review records could not be read and were set aside ({ $problem }).
# $problem says what is wrong with the data, in English; $reason why it could not be moved aside
# (a browser-storage-… message).
notice-history-left-in-place = Saved attempt history could not be read ({ $problem }) or set aside ({ $reason }); it is left as it was, and nothing new is added to it.
notice-review-left-in-place = Saved review records could not be read ({ $problem }) or set aside ({ $reason }); they are left as they were, and nothing new is added to them.
# $problem is the browser's reason (a browser-storage-… message).
notice-history-unavailable = Saved attempt history is unavailable ({ $problem }).
notice-review-unavailable = Saved review records are unavailable ({ $problem }).
# Why a change was not saved, shown inside another sentence (after a colon or in parentheses):
# hence the small first letter and no full stop.
notice-history-kept-unreadable = the saved attempt history could not be read, and is kept as it was
notice-review-kept-unreadable = the saved review records could not be read, and are kept as they were

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
# AWS Certification's accommodation for candidates whose first language is not English
# ("ESL +30 MINUTES"): keep "ESL" as AWS writes it. $minutes is the minutes it adds (30).
bank-setup-accommodation-esl = ESL: English as a second language (+{ $minutes } min)
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
# $reason: why, from the browser's storage (a browser-storage-… message, or
# notice-review-kept-unreadable).
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
bank-readiness-method = Only your first answer to each question counts: retries and reviews would flatter you. Each topic's chance of a right answer is estimated from your first answers in it, pulled towards your overall level, the more so the less your topics are seen to differ from each other (and a topic with few answers leans more on the others). The app then imagines { $draws } candidates whose topic chances are drawn from what your answers allow, works out exactly how likely each is to get at least { $needed ->
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
# $reason: why, from the browser (a browser-download-… message).
bank-progress-not-saved = The file could not be saved: { $reason }.
# $reason: why the file could not be read as a progress file (a progress-… message).
bank-progress-not-read = { $reason }. Nothing was changed.
# $file: the chosen file's name; $reason: why the browser could not read it (a browser-file-…
# message).
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
# $reason: why that bank's history could not be saved (a browser-storage-… message, or
# notice-history-kept-unreadable).
bank-progress-history-problem = { $file }: bank "{ $bank }": history: { $reason }
# As above, for the bank's review records.
bank-progress-review-problem = { $file }: bank "{ $bank }": review: { $reason }
# (end of the bank page's section)

## Taking an exam: the question card, navigator, countdown, submitting, shortcuts
# action_bar.rs: the buttons under the question
exam-previous = Previous
# Practice mode: checks the answer now.
exam-check = Check
exam-next = Next
# A toggle button (pressed while the question is flagged).
exam-flag = Flag for review
# Opens the confirmation before the exam is submitted.
exam-submit = Submit

# bad_link.rs
exam-bad-link-heading = This exam link does not work
# Above a list of the link's problems (also when an exam link is opened).
exam-bad-link-intro = This exam link has settings that do not work:

# countdown.rs
# A label beside the countdown (mm:ss), and the countdown's accessible name.
exam-time-left = Time left
exam-show-timer = Show timer
exam-hide-timer = Hide timer
# A button that has a screen reader read the time left (shortcut T).
exam-read-time-left = Read time left
# Read out by screen readers when asked (button or key T); $time is the countdown as shown, "05:00" or "1:30:00".
exam-time-left-spoken = { $time } left.
# Announced by screen readers at 5 minutes and at 1 minute left; $minutes is 5 or 1.
exam-time-warning =
    { $minutes ->
        [one] { $minutes } minute left.
       *[other] { $minutes } minutes left.
    }

# finished.rs: notices above the results
# $problem: why the browser's storage refused (a browser-storage-… message).
exam-results-save-problem = These results cannot be saved in this browser ({ $problem }); a reload will lose them.
# $problem: why (a browser-storage-… message, or notice-history-kept-unreadable).
exam-history-problem = This attempt cannot be added to your history in this browser ({ $problem }).
# In a course's LMS (SCORM package). $score is a percent, as "85%".
exam-lms-sent-passed = Your result was sent to your course: { $score }, passed.
# In a course's LMS (SCORM package). $score is a percent, as "85%".
exam-lms-sent-not-passed = Your result was sent to your course: { $score }, not passed.
# $problem: the LMS's error (a browser-lms-… message).
exam-lms-report-problem = Your result could not be sent to your course's LMS ({ $problem }). Tell your teacher, and keep this page open.
# $problem: why (a browser-storage-… message, or notice-review-kept-unreadable).
exam-review-problem = These answers cannot be kept for spaced review in this browser ({ $problem }).

# gate.rs
# The exam page's main heading: $mode is "Practice" or "Exam" (mode-practice, mode-exam), $title the bank's title.
exam-page-title = { $mode }: { $title }
exam-opening = Opening the exam…
exam-open-elsewhere = This exam is open in another tab or window. To go on here instead, take it over: the other one will stop saving and say so.
# Button.
exam-take-over = Take over the exam here
exam-taken-over = This exam was taken over in another tab or window, so this page has stopped saving it. Nothing you did here is lost: it was saved before the other tab took over.
# Button.
exam-take-back = Take the exam back

# navigator.rs
# The accessible name of the list of question buttons beside the exam.
exam-navigator-label = Questions
# A question's button in the navigator, as screen readers name it; $number is its position.
exam-nav-answered = Question { $number }, answered
exam-nav-unanswered = Question { $number }, unanswered
exam-nav-answered-flagged = Question { $number }, answered, flagged
exam-nav-unanswered-flagged = Question { $number }, unanswered, flagged

# opening.rs
# $problem: why the saved progress could not be read (a restore-… message).
exam-progress-set-aside = Saved progress could not be resumed and was set aside (a copy is kept in this browser): { $problem }. A new exam has started.
# $problem: why it could not be read, in English; $why: why it could not be moved (a
# browser-storage-… message).
exam-progress-left-in-place = Saved progress could not be resumed ({ $problem }), and it could not be set aside either ({ $why }), so it is left as it was. A new exam has started, which will not be saved.
# $problem: why the browser's storage refused (a browser-storage-… message).
exam-progress-unavailable = Progress cannot be kept in this browser ({ $problem }); the exam still runs, but a reload will lose it.
# $problem: why: one of link-no-such-topic, link-no-matching-questions, link-no-questions,
# exam-nothing-due and exam-first-needs-whole-app.
exam-cannot-start = This exam cannot start: { $problem }.

# question_card.rs
# The question's heading; $number is its position in the exam.
exam-question-heading = Question { $number }
exam-asked-again = You missed this one earlier in this session: here it is again. This answer does not change your score.
# The legend of the choices of a question with one right answer.
exam-choose-one = Choose one
# The legend of the choices of a question with several right answers: $count (2 or more) is how many to pick.
exam-choose-many = Choose { $count }
# The legend of the confidence levels (Guess, Unsure, Sure).
exam-confidence-legend = How sure are you? (optional)
# Beside a choice once the answer is checked (practice).
exam-choice-correct = ✓ Correct answer
# A toggle button beside each choice: the candidate rules the choice out (it shows struck
# through and can still be chosen); pressed again, rules it back in.
exam-strike = Rule out
# The same button's name for assistive technology; $letter is the choice's letter (A, B, …).
exam-strike-choice = Rule out { $letter }
# Read after a ruled-out choice's text by screen readers.
exam-choice-ruled-out = (ruled out)
# The exam page's list of keyboard shortcuts, folded under this heading; each line says what its
# keys (shown beside it, as a US keyboard names them) do.
exam-keys-heading = Keyboard shortcuts
# The Shift key's name as keyboards in this language label it.
exam-keys-shift = Shift
exam-keys-pick = Pick a choice (press again to clear it when you choose several)
exam-keys-strike = Rule a choice out, or back in
exam-keys-move = Next or previous question
exam-keys-flag = Flag the question for review
exam-keys-confidence = Say how sure you are: Guess, Unsure or Sure
exam-keys-check = Check your answer (practice)
exam-keys-time = Read the time left aloud (exam)
exam-keys-highlight = Highlight the selected text
# A button under the question: highlights the text the candidate selected in the prompt or a choice.
exam-highlight = Highlight selected text
exam-clear-highlights = Clear highlights
# Names the list of the question's highlighted passages, quoted.
exam-highlights-list = Highlighted
# The label of a text box under the question, for the candidate's own note; saved with the exam
# and shown in the review.
exam-note-label = Your note on this question
# Beside a choice once the answer is checked (practice).
exam-choice-wrong = ✗ Your choice, not right
# Heading of the verdict once the answer is checked (practice).
exam-feedback-right = ✓ Good job!
exam-feedback-wrong = ✗ Incorrect
# Followed by the right choices' texts, in bold, separated by exam-list-separator.
exam-right-answer = The right answer:
# Between the right choices' texts after exam-right-answer (a comma and a space in English).
exam-list-separator = { ", " }
exam-comes-back = This question comes back at the end of this session.

# runner.rs
# In a course's LMS (SCORM package). $problem: the LMS's error (a browser-lms-… message).
exam-lms-progress-problem = Your course's LMS could not keep this attempt ({ $problem }); it is still saved in this browser.

# running.rs
exam-question-missing = This question is missing from the bank.
# $problem: why the browser's storage refused (a browser-storage-… message).
exam-save-problem = Progress cannot be saved in this browser ({ $problem }); the exam still runs.
# Above the question: where the candidate is in the exam.
exam-question-of = Question { $number } of { $total }

# submit_panel.rs: the confirmation before submitting
exam-confirm-heading = Submit your answers?
exam-confirm-all-done = Every question is answered and none is flagged.
exam-confirm-go-back = You can still go back to these questions:
# A heading above links to the questions with no answer; $count is how many.
exam-unanswered-count = Unanswered ({ $count })
# A heading above links to the flagged questions; $count is how many.
exam-flagged-count = Flagged for review ({ $count })
# A link-like button; $number is the question's position.
exam-go-to-question = Go to question { $number }
# Button: submits the exam.
exam-submit-now = Submit now
# Button: closes the confirmation.
exam-keep-working = Keep working

# whole.rs
# Shown as $problem in exam-cannot-start, so it begins in lower case: an exam link that draws the questions due for review.
exam-nothing-due = nothing is due for review now
# $problem: the LMS's data could not be read, in English.
exam-lms-resume-problem-kept = The progress your course's LMS kept could not be resumed ({ $problem }); a copy is kept in this browser.
# $problem: the LMS's data could not be read, in English.
exam-lms-resume-problem = The progress your course's LMS kept could not be resumed ({ $problem }).

# first_app.rs (the first module, which shows an exam link's first question before the rest of the app loads)
# $problem: why the app could not load (a browser-app-… message, or the browser's own words).
exam-first-app-failed = This page cannot be shown: the app could not load ({ $problem }). Check the connection and reload the page.

# first_runner.rs
# Shown as $problem in exam-cannot-start, so it begins in lower case.
exam-first-needs-whole-app = this exam needs the rest of the app, which has not loaded yet
# A heading, once the exam is submitted while the results cannot show yet.
exam-first-submitted-heading = Your answers are submitted
exam-first-submitted-waiting = They are saved in this browser. Your results show as soon as the rest of the app has loaded.
# $problem: why the rest of the app could not load (a browser-app-… message, or the browser's
# own words).
exam-first-submitted-failed = They are saved in this browser, but the rest of the app, which shows your results, could not load ({ $problem }). Reload the page when you are online again to see them.
# $problem: why (a browser-app-… message, or the browser's own words).
exam-first-whole-app-failed = The rest of the app could not load ({ $problem }), so results, review and the other pages are unavailable for now. This exam still runs, and every answer is saved in this browser.
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
# $minutes: the minutes the ESL accommodation added (30).
results-extra-time-esl = ESL extra time (+{ $minutes } min) was used.
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
    [one] Retry the one I missed
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
# $problem says why (a browser-download-… message).
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
# After a choice in the review that the candidate ruled out while answering.
results-choice-ruled-out = (you ruled it out)
# Over the passages of a question the candidate highlighted, in the review.
results-your-highlights = Your highlights
# Over the candidate's own note on a question, in the review.
results-your-note = Your note

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
# $file is a file's name; $problem says why it could not be read (a browser-file-… message).
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

## Problems in bank files and their warnings, as the page shows them to teachers
# Teachers read these beside their file, so they keep the file's own words in code form: field
# names (format, topics, default_question_count, choices[2].text), GIFT and Aiken marks (::, =, ~,
# ANSWER:), keys and values quoted from the file. Translate the words around them only.
# $place is where the problem is, in code form ("week3.gift:12", "bank.json:4:7"); $message is
# one of the file-* messages below, already written.

file-line = { $place }: { $message }
# $id is the question's id, $number its place in the file (1 for the first).
file-line-in-question = { $place }: question "{ $id }" (#{ $number }): { $message }
file-line-in-unnamed-question = { $place }: question #{ $number }: { $message }
file-line-warning = { $place }: warning: { $message }
# What the problem did, after its message.
file-outcome-question-skipped = { $message }; the question is skipped
file-outcome-text-skipped = { $message }; this text is skipped
# A note about one question, among the warnings; $message is one of the file-* messages.
file-note-of-question = question "{ $id }": { $message }

# Problems of any field; $field is the field's name in the file ("title", "choices[2].text").
file-missing = { $field } is missing
file-empty = { $field } is empty
file-empty-optional = { $field } is empty; leave it out instead
# $known lists the object's fields, as the file writes them.
file-unknown-field = { $field } is not a field of the bank format (known fields: { $known })
# $text is the id as the file writes it.
file-id-empty = { $field } "{ $text }" is empty
file-id-too-long = { $field } "{ $text }" is longer than { $max } characters
file-id-bad-character = { $field } "{ $text }" may hold only letters, digits, '-', '_' and '.' (no spaces)
file-listed-twice = { $field } "{ $value }" is listed twice

# Problems of the bank's own fields.
# $format is the bank format's number this version reads, as the file writes it ("1").
file-format-missing = format is missing; add "format": { $format }
file-format-unsupported = format { $found } is not supported; this version reads format { $format }
file-unknown-level = level "{ $text }" must be "foundational" or "going-further"
file-bad-language = language "{ $text }" is not a BCP 47 language tag such as "fr" or "pt-BR"; the bank is read without a language
file-bad-facts-checked = facts_checked "{ $text }" must be a real date written YYYY-MM-DD
file-report-url-scheme = report_url "{ $text }" must start with https:// or mailto:
file-report-url-spaces = report_url "{ $text }" must not contain spaces or control characters
# $placeholder is the text the address must hold, "{question}".
file-report-url-no-question = report_url "{ $text }" must contain { $placeholder }, which becomes the id of the question reported
file-no-topics = topics is empty; list at least one topic
file-too-many-questions = questions has { $count ->
        [one] { $count } question
       *[other] { $count } questions
    }; a bank may hold at most { $limit } (split it into several banks)
file-only-question-unusable = the file's only question cannot be used
# $count is 2 or more.
file-no-usable-question = none of the { $count } questions can be used
file-question-count-below-one = default_question_count { $count } must be at least 1
file-question-count-above-file = default_question_count { $count } is more than the { $questions } questions in the bank
file-question-count-lowered = default_question_count { $count } is more than the { $usable } usable questions; exams default to { $usable }
file-time-limit-out-of-range = default_time_limit_minutes { $minutes } must be between 1 and { $limit }
file-weighted-topic-unknown = topic_weights names "{ $topic }", which is not one of the bank's topics
file-bad-weight = topic_weights "{ $topic }" is { $weight }; a weight is a number from 0
file-no-positive-weight = topic_weights gives no topic a weight above 0
file-pass-mark-out-of-range = pass_mark_percent { $percent } is outside 0–100

# Problems of one question.
# $first is the number of the question that used the id first.
file-id-used-before = id "{ $id }" is already used by question #{ $first }
# $instruction is what the question card says, as exam-choose-many writes it ("Choose 4").
file-every-choice-right = every choice is right, so "{ $instruction }" tells candidates the answer; consider adding a wrong choice
# $topics lists the bank's topics.
file-topic-not-listed = topic "{ $topic }" is not in the bank's topic list ({ $topics })
file-too-many-choices = choices has { $count } choices; a question may offer at most { $limit }
# $count is 0 or 1.
file-too-few-choices = choices has { $count ->
        [one] { $count } choice
       *[other] { $count } choices
    }; a question needs at least two
file-choice-id-repeated = { $field } "{ $id }" is used by another choice of this question
file-choice-text-repeated = { $field } "{ $text }" repeats another choice
file-no-answer = answer is empty; name at least one choice
# $choices lists the question's choice ids.
file-answer-not-a-choice = answer "{ $id }" is not one of the choices { $choices }
file-unsafe-url = { $field } "{ $url }" must be an http:// or https:// address

# Problems with the file as a whole.
# $description is the JSON reader's own description of the error, in English.
file-json-syntax = { $description }
file-too-large = the file is { $megabytes } MB; the largest question file this app reads is { $limit } MB
file-utf16 = the file is saved as UTF-16; save it as UTF-8 instead
file-not-utf8 = the file is not valid UTF-8 text here; save it as UTF-8
file-format-unknown = the format could not be told: expected a JSON bank (.json), GIFT or Aiken (.gift, .txt), Markdown (.md) or Moodle XML (.xml)
# $reason is why, as the browser said it.
file-not-loaded = could not be loaded: { $reason }
file-id-not-as-listed = the bank's id is "{ $id }" but questions/index.json lists it as "{ $listed }"

# Problems in the syntax of GIFT, Aiken and Markdown files. $label names a question in short: its
# title or the start of its text.
file-block-too-long = this question runs on for { $kilobytes } KB without a blank line; questions must be separated by blank lines (at most { $limit } KB each)
file-title-not-closed = the title opened with :: is never closed with ::
file-answer-block-not-closed = the answer block opened with {"{"} is never closed with {"}"}
file-second-answer-block = this question has a second answer block {"{"}…{"}"}; a question may have only one
file-no-answers = "{ $label }": the answer block has no = or ~ answers
file-no-right-weight = "{ $label }" has no right answer: mark one with = or give right answers a positive %weight%
file-answer-line-first = an ANSWER: line with no question before it
file-not-a-choice-letter = ANSWER: "{ $text }" is not a choice letter such as A or B
file-answer-line-names-no-letter = the ANSWER: line names no choice letter
# $letter is a choice's letter (A, B, …).
file-choice-before-question = choice { $letter } comes before any question text
file-choice-out-of-order = choice { $letter } is out of order: the next choice of this question should be { $expected }
file-choice-out-of-order-full = choice { $letter } is out of order: the next choice of this question should be none (26 at most)
file-no-answer-line = this question has no ANSWER: line after its choices
file-text-without-choices = this text is followed by no choices and no ANSWER: line
file-answer-names-no-option = the answer line "{ $text }" names no option letter (A, B, …)
file-no-lettered-choices = this question has no lettered choices (A. …)
file-no-correct-answer-line = this question has no "Correct answer: …" line
# $letters lists the letters as the file has them ("A, C, D").
file-option-letters-wrong = the options are lettered { $letters }: each letter from A on must appear once
# $mark is the character found between the brackets.
file-unclear-box = the option box [{ $mark }] is neither [x] (right) nor [ ] (wrong)
file-no-ticked-option = this question has no right option: tick one with - [x]
file-front-matter-not-closed = the front matter opened with --- is never closed with ---
# $key and $value are a front matter line's, as the file writes them.
file-not-whole-number = { $key } "{ $value }" is not a whole number
file-not-true-or-false = { $key } "{ $value }" is not true or false
file-xml-syntax = this is not well-formed XML: { $description }
file-not-a-moodle-quiz = this XML file is not a Moodle question export: it holds <{ $root }>, not <quiz>
file-fraction-not-a-number = "{ $label }": the answer's fraction "{ $text }" is not a number
file-no-right-fraction = "{ $label }" has no right answer: no answer has a positive fraction

# Warnings: worth the teacher's attention, but the bank still works.
# $alt is the picture's alt text.
file-picture-left-out = a picture ("{ $alt }") is left out of this text, since this app cannot show pictures yet
file-picture-left-out-no-alt = a picture with no alt text is left out of this text, since this app cannot show pictures yet
file-no-answer-block = "{ $label }" has no answer block {"{"}…{"}"} (a description in Moodle); skipped
file-gift-essay = "{ $label }" is an essay question, which this app does not take; skipped
file-gift-numerical = "{ $label }" is a numerical question, which this app does not take; skipped
file-gift-matching = "{ $label }" is a matching question, which this app does not take; skipped
file-gift-short-answer = "{ $label }" is a short answer question, which this app does not take; skipped
# $percent is a GIFT weight, as a number ("50", "33.33"); $choice the answer's text.
file-partial-credit = "{ $label }": partial credit ({ $percent }%) for "{ $choice }" is not supported; it counts as wrong
file-several-equals-answers = "{ $label }" marks { $count } answers right with =; Moodle accepts any one of them, this app asks for all of them
file-weights-not-hundred = "{ $label }": the weights of the right answers add up to { $percent }%, not 100%; every answer with a positive weight counts as right
# $kind is the question's type as the file names it, such as essay or cloze.
file-moodle-type-unsupported = "{ $label }" is a Moodle "{ $kind }" question, which this app does not take; skipped
file-uneven-credit = "{ $label }": the right answers earn different shares of the mark in Moodle; here each counts as right and all of them are asked for
# $text is the first line of the text (cut short), $lines how many lines it takes.
file-text-outside-question = { $lines ->
        [one] "{ $text }" belongs to no question
        [2] "{ $text }" and the line after it belong to no question
       *[other] "{ $text }" and the lines after it belong to no question ({ $lines } lines)
    }: an Aiken question is the text just before its choices; left out
file-numbered-line-without-choices = this numbered line has no lettered choices below it; not read as a question
file-fence-not-closed = this code fence is never closed; it is read as text
file-numbered-line-without-options = this numbered line has no [x] or [ ] options below it; not read as a question
# $start and $end are line numbers of the file.
file-numbered-lines-without-options = numbered lines { $start } to { $end } have no [x] or [ ] options below them; not read as questions
# $line is the line as the file writes it.
file-front-matter-not-key-value = front matter line "{ $line }" is not key: value; ignored
file-quizdown-display-option = front matter { $key } is a quizdown display option; this app ignores it
file-front-matter-unused = front matter { $key } is not used; ignored
# $missing of the file's $usable questions.
file-no-explanations = { $missing ->
        [one] { $missing } of { $usable } questions has no explanation
       *[other] { $missing } of { $usable } questions have no explanation
    } (the first is here); candidates will see only the right answer
# $earlier is the id of the earlier question, $line the line it starts on.
file-repeated-prompt = question "{ $id }" repeats the prompt of question "{ $earlier }" (line { $line })
file-repeated-prompt-no-line = question "{ $id }" repeats the prompt of question "{ $earlier }"

## Saved records and handed-in files that could not be read: a saved exam, the kept banks, progress and result files, the reader of teachers' formats
# $detail is the JSON reader's own description of what is wrong, in English; $found a format
# version as the file writes it, $reads the one this version reads.

# Why a saved exam could not be resumed (it is set aside, never half used).
restore-damaged = the saved exam is damaged ({ $detail })
restore-unknown-format = the saved exam was written in format { $found }, which this version cannot read
# $saved is the id of the bank the saved exam belongs to.
restore-other-bank = the saved exam belongs to another bank ("{ $saved }")
restore-bank-changed = the question bank has changed since the exam was saved
restore-inconsistent = the saved exam does not add up ({ $detail })

# The banks kept in this browser.
kept-list-version = the list of banks kept in this browser has format { $found }, which this version does not read
kept-list-damaged = the list of banks kept in this browser is damaged ({ $detail })
# $source is the file name or address the bank came from; $problems its problems (file-line
# messages), joined with "; ".
kept-bank-left-out = the kept copy of { $source } could not be read back and was left out: { $problems }

# Progress files; $file is the file's name, $kind the kind every progress file names.
progress-not-a-progress-file = { $file }: not a progress file ({ $detail })
progress-no-kind = { $file }: not a progress file (it has no "kind": "{ $kind }")
progress-no-version = { $file }: the progress file has no format version
progress-version = { $file }: progress format { $found } is not one this version reads ({ $reads })
# $bank is a bank's id in the file; this part of the file is left out, the rest is used.
progress-part-unreadable = { $file }: bank "{ $bank }": { $detail }; it is left out
progress-history-unreadable = { $file }: bank "{ $bank }": history: { $detail }; it is left out
progress-review-unreadable = { $file }: bank "{ $bank }": review: { $detail }; it is left out

# Result files the class results leave out; $file is the file's name.
result-not-a-result = { $file }: not a result file ({ $detail })
# $found is the kind the file names (another of the app's files, such as a progress file).
result-other-kind = { $file }: not a result file (its kind is "{ $found }")
# $kind is the kind every result file names.
result-no-kind = { $file }: not a result file (it has no "kind": "{ $kind }")
result-no-version = { $file }: not a result file (it has no format version)
result-version = { $file }: result format { $found } is not one this version reads ({ $reads })
result-no-answers = { $file }: the result has no answers
# $title and $id are the other bank's.
result-other-bank = { $file }: a result for another bank, "{ $title }" ({ $id })
result-other-bank-version = { $file }: a result for another version of this bank (its questions, choices or answers have changed since)
# $answer is the answer's number in the file (1 for the first), $question a question's id.
result-unknown-question = { $file }: answer { $answer }: question "{ $question }" is not in the bank
result-answered-twice = { $file }: question "{ $question }" is answered twice
result-impossible-answer = { $file }: question "{ $question }": the answer names choices the question does not have

# The reader of GIFT, Aiken and Markdown files, which runs beside the page.
tools-not-loaded = the reader for this format could not be loaded; check the connection and try again
# $message is the browser's own description of the failure, in English.
tools-failed = the reader for this format failed ({ $message })
tools-failed-silently = the reader for this format failed
tools-no-answer = the reader for this format gave no answer
# A bug, or two versions of the app side by side: $detail says what, in English.
tools-answer-unreadable = the reader's answer could not be read ({ $detail })

## The engine's refusals, exam links' problems, and what the browser refused (storage, network, files, the LMS)
# refusals.rs: the engine's refusals of an action, shown beside the question (whole sentences)
refusal-finished = This exam has ended.
# A "Choose 2" question refuses a third choice. $choose (2 or more) is how many choices the
# question takes, as in exam-choose-many.
refusal-too-many-choices = Choose { $choose }: clear one of your choices before picking another.
# $choice is the id of a choice, as the bank's file names it.
refusal-not-a-choice = "{ $choice }" is not a choice of this question.
# Practice: a checked answer cannot be changed.
refusal-locked = This answer has been checked and is locked.
# $number is a question's position in the exam.
refusal-no-such-question = There is no question { $number }.
# "Previous" on the first question.
refusal-at-first-question = This is the first question.
# "Next" on the last question.
refusal-at-last-question = This is the last question.
# Practice: "Check" with no answer picked.
refusal-nothing-selected = Pick an answer before checking it.
# "Check" in exam mode.
refusal-not-practice-mode = Answers are checked only at the end of an exam.
# $max is how many characters a note may hold.
refusal-note-too-long = A note can hold at most { $max } characters.
# $max is how many highlights one question may have.
refusal-too-many-highlights = A question can have at most { $max } highlights; clear some first.
refusal-not-a-passage = Select some of the question's own text (its prompt or a choice) first, then highlight it.

# refusals.rs: an exam link's problems, each a line of a list shown as code, under
# exam-bad-link-intro. $parameter is the parameter as the link writes it (as "mode=quiz"): keep
# it first, as it is. The settings' names and values (mode, practice, exam, count, seed, shuffle,
# on, off, time, none, extra, esl30, untimed, draw, unseen, review) are what a link must write:
# keep them in English.
link-bad-mode = { $parameter }: mode is practice or exam
link-bad-count = { $parameter }: count is a whole number from 1
link-bad-seed = { $parameter }: seed is a whole number
link-bad-shuffle = { $parameter }: shuffle is on or off
# $max is the longest time limit in minutes, as a link writes it (1440, a day).
link-bad-time = { $parameter }: time is minutes from 1 to { $max }, or none
link-bad-extra = { $parameter }: extra time is 1, 1.5, 2, esl30 or untimed
link-bad-draw = { $parameter }: draw is unseen or review
# $parameter is here the name alone, as the link writes it (as "colour").
link-unknown-setting = { $parameter }: not a setting an exam link knows
# $parameter is as "only=q12": a question id the link names.
link-unknown-question = { $parameter }: no question of this bank has this id
# $parameter is as "topics=Lambda": a topic the link names.
link-unknown-topic = { $parameter }: not a topic of this bank
# Why the exam a link asks for cannot be made, shown as $problem in exam-cannot-start, so it
# begins in lower case. $topic is a topic's name, from the bank.
link-no-such-topic = the bank has no topic "{ $topic }"
link-no-matching-questions = no questions match the chosen topics
link-no-questions = an exam needs at least one question

# refusals.rs: what the browser's storage refused, shown inside other sentences (in parentheses
# or after a colon): hence the small first letter and no full stop.
browser-storage-no-window = no window
browser-storage-access-refused = the browser refused access to storage
browser-storage-none = this browser has no local storage
browser-storage-read-failed = reading saved progress failed
browser-storage-full = the browser's storage is full or disabled
browser-storage-remove-failed = removing saved progress failed

# refusals.rs: why a file could not be downloaded from the site (the list of banks, a bank, a
# language), shown inside other sentences after a colon: small first letter, no full stop.
browser-fetch-no-window = this page has no window
# $detail is the browser's own message (in its words), or browser-fetch-no-detail.
browser-fetch-failed = the request failed ({ $detail }): the address may be wrong, the server may be down, or it may not allow this site to read it (CORS)
browser-fetch-no-detail = the network request failed
# $code is the HTTP status code (as 404); $status the server's words for it (as "Not Found",
# usually in English).
browser-fetch-status = the server answered { $code } { $status }

# refusals.rs: what the course's LMS refused (in a SCORM package), shown inside other sentences
# in parentheses: small first letter, no full stop. $function is the name of one of the LMS's
# functions (as LMSCommit): keep it as it is.
browser-lms-missing = the LMS has no { $function }
browser-lms-threw = { $function } failed in the LMS
# $call is the call the LMS refused, as code (as "LMSSetValue(cmi.core.exit, suspend)"); $code is
# the LMS's error number and $reason its words for it (often in English).
browser-lms-refused = { $call } was refused (error { $code }: { $reason })
# $length is how many characters the exam's progress takes; $limit how many SCORM 1.2 keeps
# (4096).
browser-lms-too-long = the exam's progress takes { $length ->
        [one] { $length } character
       *[other] { $length } characters
    }, more than the { $limit } SCORM 1.2 allows

# refusals.rs: why a file could not be saved (downloaded), shown after a colon: small first
# letter, no full stop.
browser-download-no-file = the browser could not make the file
browser-download-no-page = there is no page to download from
browser-download-not-started = the browser could not start the download

# refusals.rs: why a file the user picked could not be read, shown after a colon: small first
# letter, no full stop. $size (rounded up) and $limit are in megabytes.
browser-file-too-large = the file is { $size } MB; the largest question file this app reads is { $limit } MB
browser-file-unreadable = the browser could not read the file

# refusals.rs: why the rest of the app could not load, shown in parentheses (when the browser
# gives no words of its own): small first letter, no full stop.
browser-app-no-loader = this page cannot load the rest of the app
browser-app-not-downloaded = it did not download
# (end of the refusals' section)
