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
# (end of the results' section)
