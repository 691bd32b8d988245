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
home-open-file-help = A JSON bank, GIFT or Aiken (.gift, .txt) or Markdown (.md) file; you can also drop it here. It is read in this browser and never uploaded.
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
# A line of a list of problems: $file is the index file's path, $id the id it gives a bank, and
# $problem why that id is wrong, in English (e.g. "is longer than 64 characters").
bank-list-bad-id = { $file }: the id "{ $id }" { $problem }
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

# $file is the index file's path; $problem the browser's reason, in English.
notice-index-not-loaded = { $file } could not be loaded: { $problem }
# $problems lists what is wrong, in English, separated by semicolons.
notice-package-settings = This package's exam settings do not work ({ $problems }).
# $problem is the LMS's or the browser's reason, in English.
notice-package-lms = The course's LMS did not start this attempt ({ $problem }); the exam still runs, but its result cannot reach the LMS.
# A line of a list of problems: $address is a ?bank= link's address, $problem the browser's
# reason, in English.
notice-address-not-loaded = { $address }: could not be loaded: { $problem }
# $problem says, in English, what is wrong with the stored list of banks (e.g. "the list of banks
# kept in this browser is damaged (…)").
notice-kept-set-aside = { $problem }. It was set aside; open your question files again.
# $problem as in notice-kept-set-aside.
notice-kept-not-set-aside = { $problem }. It could not be set aside either; open your question files again.
# $problem is the browser's reason, in English.
notice-kept-unavailable = Banks you open cannot be kept in this browser: { $problem }.
# $problem is the browser's reason, in English.
notice-kept-not-saved = The banks you opened are open for now but cannot be kept after you close this page: { $problem }.
# $title is the bank's title, $source its file name or address.
notice-kept-too-large = "{ $title }" ({ $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    }) is open until you close this page, but it is too large to keep in this browser: open { $source } again next time.
# On a bank's page: $problem says, in English, what is wrong with the data.
notice-history-set-aside = Saved attempt history could not be read and was set aside ({ $problem }).
notice-review-set-aside = Saved review records could not be read and were set aside ({ $problem }).
# $problem says what is wrong with the data, $reason why it could not be moved aside; both in
# English.
notice-history-left-in-place = Saved attempt history could not be read ({ $problem }) or set aside ({ $reason }); it is left as it was, and nothing new is added to it.
notice-review-left-in-place = Saved review records could not be read ({ $problem }) or set aside ({ $reason }); they are left as they were, and nothing new is added to them.
# $problem is the browser's reason, in English.
notice-history-unavailable = Saved attempt history is unavailable ({ $problem }).
notice-review-unavailable = Saved review records are unavailable ({ $problem }).
# Why a change was not saved, shown inside another sentence (after a colon or in parentheses):
# hence the small first letter and no full stop.
notice-history-kept-unreadable = the saved attempt history could not be read, and is kept as it was
notice-review-kept-unreadable = the saved review records could not be read, and are kept as they were

# (end of the start page's section)

## A bank's page: setting up an exam, study, history, spaced review, progress files
# (end of the bank page's section)

## Taking an exam: the question card, navigator, countdown, submitting, shortcuts
# (end of the exam's section)

## Results, review, class results, pages not found
# (end of the results' section)
