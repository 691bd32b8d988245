### Die Oberfläche von Exam Practice auf Deutsch: jede Meldung, die die Oberfläche zeigt.
### Geprüft gegen en.ftl (gleiche IDs, gleiche Variablen).
###
### To add a language, copy this file to `<tag>.ftl` (a BCP 47 tag: `it.ftl`, `zh-Hans.ftl`) and
### translate every value; docs/translating.md says how, and `bash scripts/test.sh quick` checks it.

# Glossar (Anrede: „Sie“; ein Begriff je Konzept):
#   exam = Prüfung · practice (mode) = Übung (Verb: üben) · question = Frage · answer = Antwort
#   choice = Antwortoption · flag / flagged = markieren / markiert
#   review (after the exam) = Durchsicht · spaced review = verteilte Wiederholung (kurz: Wiederholung)
#   review records = Wiederholungsdaten · retry = erneut versuchen · exam date = Prüfungstermin
#   pass mark = Bestehensgrenze · score = Punktzahl · PASS / FAIL = BESTANDEN / NICHT BESTANDEN
#   topic = Thema · bank = Fragenkatalog · results = Ergebnisse · time limit = Zeitlimit
#   submit = abgeben · Guess / Unsure / Sure = Geraten / Unsicher / Sicher
#   confidence = Selbsteinschätzung · "Am I ready?" = „Bin ich so weit?“ · mastery = Kenntnisstand
#   candidate = Teilnehmende · teacher = Lehrkraft · time accommodation = Nachteilsausgleich
#   set aside = beiseitegelegt · attempt history = Versuchsverlauf
#   rule out (a choice) = ausschließen · highlight = hervorheben / Hervorhebung (nicht „markieren“: das heißt flag)
#   note = Notiz · keyboard shortcuts = Tastenkürzel

# The language's name in itself, as the language menu lists it.
language-name = Deutsch

## Die Website

site-brand = Exam Practice
language-menu-label = Sprache
language-load-failed = Die Oberfläche konnte nicht auf { $language } angezeigt werden ({ $problem }) und bleibt daher auf Englisch. Laden Sie die Seite neu, um es noch einmal zu versuchen.
display-menu-label = Text und Farben
display-text-size = Textgröße
display-size-standard = Standard
display-size-large = Groß
display-size-larger = Größer
display-size-largest = Maximal
display-colours = Farben
display-colours-system = Wie dieses Gerät
display-colours-light = Heller Hintergrund
display-colours-dark = Dunkler Hintergrund
display-colours-contrast = Hoher Kontrast

## Werte der Engine, wie alle Seiten sie nennen

mode-practice = Übung
mode-exam = Prüfung
confidence-guess = Geraten
confidence-unsure = Unsicher
confidence-sure = Sicher
verdict-not-yet = Noch nicht
verdict-borderline = Knapp
verdict-likely = Wahrscheinlich
# The file formats, as the start page says what a file was read as.
format-json = JSON-Fragenkatalog
format-gift = GIFT
format-aiken = Aiken
format-markdown-answers = Markdown mit Antwortblöcken
format-markdown-task-list = Markdown-Aufgabenliste
format-moodle-xml = Moodle-XML

## Startseite und gemeinsame Teile der Seiten (home, components, the app's shell, stores)
# home/mod.rs

# Shown while the site's list of question banks loads.
home-loading-banks = Fragenkataloge werden geladen…
home-index-unreadable = Die Liste der Fragenkataloge konnte nicht gelesen werden.
# The start page's main heading.
home-heading = Übungsprüfungen
home-teachers-heading = Für Lehrkräfte
# A link to the class results page; the sentence home-class-results-description follows it in
# the same paragraph.
home-class-results-link = Kursergebnisse
# Follows the link "Class results" (home-class-results-link) in the same paragraph.
home-class-results-description = : Ergebnisdateien Ihrer Teilnehmenden bewerten, mit Statistik pro Frage.

# home/own_banks.rs

home-own-heading = Ihre eigenen Fragen
# The label of the button that opens a file picker.
home-open-file-label = Fragendatei öffnen…
home-open-file-help = Ein JSON-Fragenkatalog, eine GIFT- oder Aiken-Datei (.gift, .txt), eine Markdown-Datei (.md) oder eine Moodle-XML-Datei (.xml); Sie können die Datei auch hierher ziehen. Sie wird in diesem Browser gelesen und nie hochgeladen.
# $address is the web address a ?bank= link names.
home-loading-address = Fragenkatalog wird von { $address } geladen…
# The name of a list of warnings, for assistive technology; $source is a file name or address.
home-warnings-for = Warnungen zu { $source }
# The name of a list of problems that left parts of a file out; $source is a file name or address.
home-skipped-in = Übersprungen in { $source }
# Precedes the list of problems that left pieces of text (not questions) out of the file.
home-imported-all = { $questions ->
        [one] Die einzige Frage wurde importiert
       *[other] Alle { $questions } Fragen wurden importiert
    }; { $pieces ->
        [one] { $pieces } sonstiges Textstück wurde übersprungen:
       *[other] { $pieces } sonstige Textstücke wurden übersprungen:
    }
# Precedes the list of problems that left questions out: $questions of the $total in the file
# were imported, $skipped were not.
home-imported-some = { $questions } von { $total ->
        [one] { $total } Frage
       *[other] { $total } Fragen
    } importiert, { $skipped } übersprungen:
# $title is the bank's title, $source its file name or address, $format the file's format as the
# importer names it (in English: "GIFT", "JSON bank", "Markdown task list"). The sentences
# home-opened-replaced or home-opened-renamed, then home-opened-warnings, may follow it.
home-opened = „{ $title }“ aus { $source } ({ $format }) geöffnet: { $questions ->
        [one] { $questions } Frage
       *[other] { $questions } Fragen
    }, in diesem Browser gespeichert.
home-opened-replaced = Die zuvor gespeicherte Kopie wurde ersetzt.
# $id is the new id the bank is kept under.
home-opened-renamed = Diese Website hat bereits einen Fragenkatalog mit dieser ID, daher wird diese Kopie als „{ $id }“ gespeichert.
# Precedes the list of warnings.
home-opened-warnings = { $count ->
        [one] { $count } Warnung:
       *[other] { $count } Warnungen:
    }
# A button; $title is the bank's title.
home-take-bank = { $title } starten
# Precedes the list of warnings for a file that cannot be used.
home-warnings = Warnungen:
# The heading over the banks kept in this browser; also names their list.
home-kept-heading = In diesem Browser gespeichert
# Under a kept bank's title: $source is its file name or address, $format the file's format as
# the importer names it ("GIFT").
home-kept-facts = { $questions ->
        [one] { $questions } Frage
       *[other] { $questions } Fragen
    }, aus { $source } ({ $format })
# A button; $title is the bank's title.
home-remove-bank = { $title } entfernen

# components (several pages)

# A button or link; $title is the bank's title.
common-open-bank = { $title } öffnen
# The name of a list of problems, for assistive technology; $name is a file name, address or
# bank title.
common-problems-in = Probleme in { $name }
# In bold, before common-problems-found; $name is a file name or address.
common-file-cannot-be-used = { $name } kann nicht verwendet werden:
# Follows "… cannot be used:" (common-file-cannot-be-used or bank-list-bank-cannot-be-used).
common-problems-found = { $count ->
        [one] { $count } Problem gefunden.
       *[other] { $count } Probleme gefunden.
    }
# A small heading over a question's links to further reading.
common-read-more = Mehr dazu
# A link that opens an e-mail or web page to report a problem with the question shown.
common-report-problem = Problem mit dieser Frage melden

# components/bank_list.rs

# $file is the index file's path, "questions/index.json".
bank-list-none = In { $file } sind noch keine Fragenkataloge aufgeführt.
# The name of the list of the site's banks, for assistive technology.
bank-list-label = Fragenkataloge
bank-list-open-to-see = Öffnen Sie den Fragenkatalog, um seine Fragen zu sehen.
# The bank's figures, as a list of terms and values: the number of questions.
bank-list-questions = Fragen
bank-list-default-exam = Standardprüfung
# The value beside "Default exam".
bank-list-default-exam-value = { $questions ->
        [one] { $questions } Frage
       *[other] { $questions } Fragen
    } in { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }
bank-list-pass-mark = Bestehensgrenze
bank-list-topics = Themen
# On the start page, under a bank some of whose questions cannot be used.
bank-list-left-out-see-page = { $count ->
        [one] { $count } von { $total } Fragen ist fehlerhaft und wird ausgelassen; die Seite des Fragenkatalogs nennt die Gründe.
       *[other] { $count } von { $total } Fragen sind fehlerhaft und werden ausgelassen; die Seite des Fragenkatalogs nennt die Gründe.
    }
# On a bank's page, opens the list of problems in its file.
bank-list-left-out = { $count ->
        [one] { $count } von { $total } Fragen ist fehlerhaft und wird ausgelassen
       *[other] { $count } von { $total } Fragen sind fehlerhaft und werden ausgelassen
    }
# On a bank's page, opens the list of problems found outside its questions.
bank-list-outside-questions = { $count ->
        [one] { $count } Problem im Text außerhalb der Fragen (ausgelassen)
       *[other] { $count } Probleme im Text außerhalb der Fragen (ausgelassen)
    }
# In bold, before common-problems-found.
bank-list-bank-cannot-be-used = Dieser Fragenkatalog kann nicht verwendet werden:

# components/site_notices.rs and the stores' notices

# $file is the index file's path; $problem the browser's reason, in English.
notice-index-not-loaded = { $file } konnte nicht geladen werden: { $problem }
# $problems lists what is wrong, in English, separated by semicolons.
notice-package-settings = Die Prüfungseinstellungen dieses Pakets funktionieren nicht ({ $problems }).
# $problem is the LMS's or the browser's reason, in English.
notice-package-lms = Das LMS des Kurses hat diesen Versuch nicht gestartet ({ $problem }); die Prüfung läuft trotzdem, aber ihr Ergebnis kann nicht an das LMS übermittelt werden.
# A line of a list of problems: $address is a ?bank= link's address, $problem the browser's
# reason, in English.
notice-address-not-loaded = { $address }: konnte nicht geladen werden: { $problem }
# $problem says, in English, what is wrong with the stored list of banks (e.g. "the list of banks
# kept in this browser is damaged (…)").
notice-kept-set-aside = { $problem }. Die Liste wurde beiseitegelegt; öffnen Sie Ihre Fragendateien erneut.
# $problem as in notice-kept-set-aside.
notice-kept-not-set-aside = { $problem }. Die Liste konnte auch nicht beiseitegelegt werden; öffnen Sie Ihre Fragendateien erneut.
# $problem is the browser's reason, in English.
notice-kept-unavailable = Geöffnete Fragenkataloge können in diesem Browser nicht gespeichert werden: { $problem }.
# $problem is the browser's reason, in English.
notice-kept-not-saved = Die geöffneten Fragenkataloge stehen vorerst zur Verfügung, bleiben aber nach dem Schließen dieser Seite nicht erhalten: { $problem }.
# $title is the bank's title, $source its file name or address.
notice-kept-too-large = „{ $title }“ ({ $questions ->
        [one] { $questions } Frage
       *[other] { $questions } Fragen
    }) bleibt geöffnet, bis Sie diese Seite schließen, ist aber zu groß, um in diesem Browser gespeichert zu werden: Öffnen Sie { $source } beim nächsten Mal erneut.
# On a bank's page: $problem says, in English, what is wrong with the data.
notice-history-set-aside = Der gespeicherte Versuchsverlauf konnte nicht gelesen werden und wurde beiseitegelegt ({ $problem }).
notice-review-set-aside = Die gespeicherten Wiederholungsdaten konnten nicht gelesen werden und wurden beiseitegelegt ({ $problem }).
# $problem says what is wrong with the data, $reason why it could not be moved aside; both in
# English.
notice-history-left-in-place = Der gespeicherte Versuchsverlauf konnte weder gelesen ({ $problem }) noch beiseitegelegt werden ({ $reason }); er bleibt unverändert, und es wird nichts Neues hinzugefügt.
notice-review-left-in-place = Die gespeicherten Wiederholungsdaten konnten weder gelesen ({ $problem }) noch beiseitegelegt werden ({ $reason }); sie bleiben unverändert, und es wird nichts Neues hinzugefügt.
# $problem is the browser's reason, in English.
notice-history-unavailable = Der gespeicherte Versuchsverlauf ist nicht verfügbar ({ $problem }).
notice-review-unavailable = Die gespeicherten Wiederholungsdaten sind nicht verfügbar ({ $problem }).
# Why a change was not saved, shown inside another sentence (after a colon or in parentheses):
# hence the small first letter and no full stop.
notice-history-kept-unreadable = der gespeicherte Versuchsverlauf konnte nicht gelesen werden und bleibt unverändert
notice-review-kept-unreadable = die gespeicherten Wiederholungsdaten konnten nicht gelesen werden und bleiben unverändert

# (end of the start page's section)

## Seite eines Fragenkatalogs: Prüfung einrichten, Lernen, Verlauf, verteilte Wiederholung, Fortschrittsdateien
# mod.rs
# A link back to the start page; the arrow points back (a right-to-left language may use →).
bank-all-banks-link = ← Alle Fragenkataloge
# $date: the day the bank's authors last checked its facts, as the bank gives it (2025-03-01).
bank-facts-checked = Die Fakten wurden zuletzt am { $date } anhand der Quellen geprüft.

# resume_notice.rs
bank-resume-in-progress = Sie haben eine laufende Prüfung ({ $count ->
        [one] { $count } Frage
       *[other] { $count } Fragen
    }).
# A link styled as a button.
bank-resume-button = Prüfung fortsetzen

# history.rs
bank-history-heading = Ihre Versuche
# The accessible name of a small line chart of the scores of past attempts.
bank-history-chart-label = Punktzahl im Zeitverlauf
bank-history-caption = Bisherige Versuche, älteste zuerst
# The history table's column headers.
bank-history-date = Datum
# The exam's mode (practice or exam): this column's header, and the set-up form's legend.
bank-mode = Modus
bank-history-score = Punktzahl
bank-history-result = Ergebnis
# An attempt's score: $percent is its share right, already written as a percent ("80 %");
# $correct and $total are counts of questions.
bank-history-score-value = { $percent } ({ $correct } von { $total })
# An attempt's result, in the "Result" column: short, shown in capitals in English.
bank-history-passed = BESTANDEN
bank-history-failed = NICHT BESTANDEN
# A button that deletes every past attempt of this bank.
bank-history-clear = Verlauf löschen

# setup/mod.rs
bank-setup-heading = Prüfung einrichten
# The form's submit button.
bank-setup-start = Prüfung starten

# setup/fields.rs
bank-setup-mode-practice = Übung: Jede Antwort wird sofort geprüft
bank-setup-mode-exam = Prüfung: mit Zeitlimit, Rückmeldung am Ende
# $total: how many questions the bank has.
bank-setup-count = Anzahl der Fragen (1 bis { $total })
bank-setup-time-limit = Zeitlimit
# A choice of the time-limit list: $minutes is the default time for $count questions.
bank-setup-time-default = { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } (Standard für { $count ->
        [one] { $count } Frage
       *[other] { $count } Fragen
    })
# A choice of the time-limit list.
bank-setup-time-minutes = { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }
bank-setup-time-none = Kein Zeitlimit
# Extra time granted to some candidates (an accessibility arrangement).
bank-setup-accommodation = Nachteilsausgleich
bank-setup-accommodation-standard = Standardzeit
# $factor: how many times the standard time (1.5 or 2), written as a number.
bank-setup-accommodation-extended = Verlängerte Zeit ({ $factor }×)
# AWS Certification's accommodation for candidates whose first language is not English
# ("ESL +30 MINUTES"): keep "ESL" as AWS writes it. $minutes is the minutes it adds (30).
bank-setup-accommodation-esl = ESL: Englisch als Zweitsprache (+{ $minutes } Min.)
bank-setup-accommodation-untimed = Ohne Zeitlimit
bank-setup-topics = Einbezogene Themen
bank-setup-shuffle = Fragen und Antwortoptionen mischen
bank-setup-unseen-first = Noch nicht beantwortete Fragen zuerst

# study/mod.rs
bank-study-heading = Lernen
bank-study-persistence-refused = Dieser Browser hat nicht zugestimmt, Ihren Fortschritt dauerhaft zu speichern: Er kann ihn löschen, wenn der Speicherplatz knapp wird oder die Seite wochenlang nicht besucht wurde. Speichern Sie Ihren Fortschritt daher ab und zu in einer Datei.

# study/review_panel.rs
bank-review-heading = Verteilte Wiederholung
bank-review-intro = Beantwortete Fragen kommen zur Wiederholung zurück, kurz bevor Sie sie vergessen würden; falsch beantwortete kommen früher zurück.
bank-review-due = { $count ->
        [0] Keine Fragen zur Wiederholung fällig.
        [one] { $count } Frage zur Wiederholung fällig.
       *[other] { $count } Fragen zur Wiederholung fällig.
    }
# Follows the sentence saying how many questions are due; $count: how many of them were
# answered wrongly last time.
bank-review-missed = Beim letzten Mal falsch: { $count }.
# A link styled as a button; $count: how many questions the review asks.
bank-review-now = Jetzt wiederholen ({ $count })
# $date: the day the next question comes due, as the language writes a date.
bank-review-next = Nächste Wiederholung: { $date }.
bank-review-exam-date = Ihr Prüfungstermin (optional)
bank-review-exam-date-hint = Nach diesem Datum wird keine Wiederholung mehr geplant.
# $reason: why, from the browser's storage (may be in English).
bank-review-exam-date-not-saved = Der Prüfungstermin konnte nicht gespeichert werden: { $reason }.

# study/readiness_panel.rs
bank-readiness-heading = Bin ich so weit?
# $needed: the number of first answers the estimate needs; $have: how many the candidate has;
# $per-topic: the number it needs in each topic.
bank-readiness-waiting = Noch nicht genug Daten. Diese Schätzung berücksichtigt nur Ihre erste Antwort auf jede Frage und braucht daher mindestens { $needed } solcher Antworten (Sie haben { $have }), davon mindestens { $per-topic } in jedem Thema.
# Follows "Not enough evidence yet…"; $topics: the bank's names of the topics, separated by commas.
bank-readiness-thin-topics = Themen mit zu wenigen Antworten: { $topics }.
# Follows the verdict in bold ("Likely", "Borderline", "Not yet"), hence the leading colon.
# $questions: the exam's question count; $needed: how many right answers pass it;
# $chance: one of the bank-readiness-chance-* messages; $band: "80 %" as the language writes it;
# $low and $high: percents.
bank-readiness-chance = : Ihre Chance, die Prüfung mit { $questions ->
        [one] { $questions } Frage
       *[other] { $questions } Fragen
    } zu bestehen ({ $needed ->
        [one] { $needed } richtige Antwort
       *[other] { $needed } richtige Antworten
    } nötig), liegt bei { $chance } (Bereich der mittleren { $band }: { $low } bis { $high }).
# A chance too small to round to 1 %: $percent is "1 %" as the language writes it.
bank-readiness-chance-under = unter { $percent }
# A chance too near certain to round to 100 %: $percent is "99 %" as the language writes it.
bank-readiness-chance-over = über { $percent }
# $percent: the chance, rounded, as the language writes a percent.
bank-readiness-chance-about = etwa { $percent }
bank-readiness-caption = Kenntnisstand nach Thema, anhand der ersten Antworten
# The readiness table's column headers; "Practice" heads a column of links to practise a topic.
bank-readiness-topic = Thema
bank-readiness-first-right = Erste Antworten richtig
bank-readiness-mastery = Kenntnisstand
bank-readiness-on-exam = Fragen in der Prüfung
bank-readiness-practice = Üben
# In the "First answers right" column: $right of the topic's $answers first answers were right.
bank-readiness-right-of = { $right } von { $answers }
# In the "Mastery" column, for a topic with no first answer yet.
bank-readiness-no-answers = Noch keine Antworten
# The accessible name of a bar showing a topic's mastery; $percent: as the language writes it.
bank-readiness-mastery-bar = Kenntnisstand { $percent }
# A link to a practice session of one topic.
bank-readiness-practise-topic = Dieses Thema üben
# The same link's accessible name; $topic: the topic's name, from the bank.
bank-readiness-practise-topic-label = Dieses Thema üben: { $topic }
# A disclosure's summary (click to open the explanation below).
bank-readiness-method-heading = So wird das berechnet
# $draws: how many imagined candidates; $needed: the right answers needed to pass, a number,
# or "unknown" before there is an estimate; $questions: the exam's question count; $weights:
# "topic-weights" when the bank gives its topics weights, else "question-shares";
# $band: "80 %" and $even: "50 %", as the language writes a percent. The quoted verdicts are
# the messages verdict-likely and verdict-not-yet.
bank-readiness-method = Nur Ihre erste Antwort auf jede Frage zählt: Erneute Versuche und Wiederholungen würden Sie besser dastehen lassen, als Sie sind. Die Chance auf eine richtige Antwort wird für jedes Thema aus Ihren ersten Antworten darin geschätzt und an Ihr Gesamtniveau angeglichen, und zwar umso stärker, je weniger sich Ihre Themen erkennbar voneinander unterscheiden (ein Thema mit wenigen Antworten stützt sich stärker auf die anderen). Dann simuliert die App { $draws } Teilnehmende, deren Chancen pro Thema aus dem gezogen werden, was Ihre Antworten zulassen, berechnet exakt, wie wahrscheinlich jeder von ihnen von { $questions ->
        [one] der { $questions } Frage
       *[other] den { $questions } Fragen
    } der Prüfung { $needed ->
        [unknown] genügend richtig beantwortet, um die Bestehensgrenze zu erreichen,
       *[other] mindestens { $needed } richtig beantwortet,
    } wenn die Fragen nach { $weights ->
        [topic-weights] der Themengewichtung des Fragenkatalogs
       *[question-shares] dem Anteil jedes Themas an den Fragen des Fragenkatalogs
    } auf die Themen verteilt sind, und gibt den Durchschnitt an, mit den mittleren { $band } dieser Chancen als Bereich. In Tests mit Tausenden simulierter Teilnehmender enthielt der Bereich bei 8 von 10 die wahre Chance. „{ verdict-likely }“ bedeutet, dass selbst das untere Ende des Bereichs mindestens { $even } beträgt; „{ verdict-not-yet }“, dass selbst das obere Ende darunter liegt; andernfalls ist es knapp.

# study/progress_file.rs
bank-progress-heading = Fortschritt sichern
bank-progress-intro = Browser können die Daten einer Website nach einiger Zeit löschen. Speichern Sie Ihren Fortschritt (Versuche, Wiederholungsdaten, Selbsteinschätzungen, Prüfungstermine aller Fragenkataloge) in einer Datei, und laden Sie ihn hier in einem beliebigen Browser.
# A button that downloads a file.
bank-progress-save = Fortschritt speichern
# The label of a file picker, styled as a button.
bank-progress-load = Fortschritt laden
bank-progress-nothing-to-save = Es gibt noch keinen Fortschritt zum Speichern.
# $file: the downloaded file's name.
bank-progress-saved = Fortschritt von { $banks ->
        [one] { $banks } Fragenkatalog
       *[other] { $banks } Fragenkatalogen
    } in { $file } gespeichert.
# $reason: why, from the browser (may be in English).
bank-progress-not-saved = Die Datei konnte nicht gespeichert werden: { $reason }.
# $reason: why the file could not be read as a progress file (in English).
bank-progress-not-read = { $reason }. Es wurde nichts geändert.
# $file: the chosen file's name; $reason: why the browser could not read it (may be in English).
bank-progress-unreadable = { $file }: { $reason }. Es wurde nichts geändert.
bank-progress-not-text = { $file }: keine Fortschrittsdatei (kein UTF-8-Text). Es wurde nichts geändert.
# $file: the loaded file's name; then how many banks it held and what it added.
bank-progress-loaded = { $file } geladen: { $banks ->
        [one] { $banks } Fragenkatalog
       *[other] { $banks } Fragenkataloge
    }, { $attempts ->
        [one] { $attempts } neuer Versuch
       *[other] { $attempts } neue Versuche
    } und { $records ->
        [one] { $records } neuerer Wiederholungseintrag
       *[other] { $records } neuere Wiederholungseinträge
    }.
# The accessible name of a list of problems with the loaded file.
bank-progress-problems = Nicht lesbare Teile (ausgelassen):
# A problem with a loaded file, in a list shown as code: $file: its name; $bank: a bank's id;
# $reason: why that bank's history could not be saved (may be in English).
bank-progress-history-problem = { $file }: Fragenkatalog „{ $bank }“: Verlauf: { $reason }
# As above, for the bank's review records.
bank-progress-review-problem = { $file }: Fragenkatalog „{ $bank }“: Wiederholung: { $reason }
# (end of the bank page's section)

## Eine Prüfung ablegen: Fragenkarte, Navigator, Countdown, Abgabe, Tastenkürzel
# action_bar.rs: the buttons under the question
exam-previous = Zurück
# Practice mode: checks the answer now.
exam-check = Prüfen
exam-next = Weiter
# A toggle button (pressed while the question is flagged).
exam-flag = Markieren
# Opens the confirmation before the exam is submitted.
exam-submit = Abgeben

# bad_link.rs
exam-bad-link-heading = Dieser Prüfungslink funktioniert nicht
# Above a list of the link's problems (also when an exam link is opened).
exam-bad-link-intro = Dieser Prüfungslink enthält Einstellungen, die nicht funktionieren:

# countdown.rs
# A label beside the countdown (mm:ss), and the countdown's accessible name.
exam-time-left = Verbleibende Zeit
exam-show-timer = Timer einblenden
exam-hide-timer = Timer ausblenden
# A button that has a screen reader read the time left (shortcut T).
exam-read-time-left = Restzeit vorlesen
# Read out by screen readers when asked (button or key T); $time is the countdown as shown, "05:00" or "1:30:00".
exam-time-left-spoken = Noch { $time }.
# Announced by screen readers at 5 minutes and at 1 minute left; $minutes is 5 or 1.
exam-time-warning =
    { $minutes ->
        [one] Noch { $minutes } Minute.
       *[other] Noch { $minutes } Minuten.
    }

# finished.rs: notices above the results
# $problem: why the browser's storage refused, in English (from the app's storage layer).
exam-results-save-problem = Diese Ergebnisse können in diesem Browser nicht gespeichert werden ({ $problem }); beim Neuladen gehen sie verloren.
# $problem: why, in English.
exam-history-problem = Dieser Versuch kann in diesem Browser nicht in Ihren Verlauf aufgenommen werden ({ $problem }).
# In a course's LMS (SCORM package). $score is a percent, as "85%".
exam-lms-sent-passed = Ihr Ergebnis wurde an Ihren Kurs übermittelt: { $score }, bestanden.
# In a course's LMS (SCORM package). $score is a percent, as "85%".
exam-lms-sent-not-passed = Ihr Ergebnis wurde an Ihren Kurs übermittelt: { $score }, nicht bestanden.
# $problem: the LMS's error, in English.
exam-lms-report-problem = Ihr Ergebnis konnte nicht an das LMS Ihres Kurses übermittelt werden ({ $problem }). Informieren Sie Ihre Lehrkraft, und lassen Sie diese Seite geöffnet.
# $problem: why, in English.
exam-review-problem = Diese Antworten können in diesem Browser nicht für die Wiederholung gespeichert werden ({ $problem }).

# gate.rs
# The exam page's main heading: $mode is "Practice" or "Exam" (mode-practice, mode-exam), $title the bank's title.
exam-page-title = { $mode }: { $title }
exam-opening = Prüfung wird geöffnet…
exam-open-elsewhere = Diese Prüfung ist in einem anderen Tab oder Fenster geöffnet. Um stattdessen hier weiterzumachen, übernehmen Sie sie: Der andere Tab speichert dann nicht mehr und weist darauf hin.
# Button.
exam-take-over = Prüfung hier übernehmen
exam-taken-over = Diese Prüfung wurde in einem anderen Tab oder Fenster übernommen, daher speichert diese Seite sie nicht mehr. Nichts, was Sie hier getan haben, geht verloren: Es wurde gespeichert, bevor der andere Tab übernommen hat.
# Button.
exam-take-back = Prüfung zurückholen

# navigator.rs
# The accessible name of the list of question buttons beside the exam.
exam-navigator-label = Fragen
# A question's button in the navigator, as screen readers name it; $number is its position.
exam-nav-answered = Frage { $number }, beantwortet
exam-nav-unanswered = Frage { $number }, unbeantwortet
exam-nav-answered-flagged = Frage { $number }, beantwortet, markiert
exam-nav-unanswered-flagged = Frage { $number }, unbeantwortet, markiert

# opening.rs
# $problem: why the saved progress could not be read, in English.
exam-progress-set-aside = Der gespeicherte Fortschritt konnte nicht fortgesetzt werden und wurde beiseitegelegt (eine Kopie bleibt in diesem Browser): { $problem }. Eine neue Prüfung wurde gestartet.
# $problem: why it could not be read; $why: why it could not be moved; both in English.
exam-progress-left-in-place = Der gespeicherte Fortschritt konnte weder fortgesetzt ({ $problem }) noch beiseitegelegt werden ({ $why }); er bleibt daher unverändert. Eine neue Prüfung wurde gestartet, die nicht gespeichert wird.
# $problem: why the browser's storage refused, in English.
exam-progress-unavailable = Der Fortschritt kann in diesem Browser nicht gespeichert werden ({ $problem }); die Prüfung läuft weiter, aber beim Neuladen geht er verloren.
# $problem: why, in English, or one of exam-nothing-due and exam-first-needs-whole-app.
exam-cannot-start = Diese Prüfung kann nicht gestartet werden: { $problem }.

# question_card.rs
# The question's heading; $number is its position in the exam.
exam-question-heading = Frage { $number }
exam-asked-again = Diese Frage haben Sie in dieser Sitzung schon einmal falsch beantwortet: Hier ist sie noch einmal. Diese Antwort ändert Ihre Punktzahl nicht.
# The legend of the choices of a question with one right answer.
exam-choose-one = Eine Antwortoption wählen
# The legend of the choices of a question with several right answers: $count (2 or more) is how many to pick.
exam-choose-many = { $count } Antwortoptionen wählen
# The legend of the confidence levels (Guess, Unsure, Sure).
exam-confidence-legend = Wie sicher sind Sie? (optional)
# Beside a choice once the answer is checked (practice).
exam-choice-correct = ✓ Richtige Antwort
# A toggle button beside each choice: the candidate rules the choice out (it shows struck
# through and can still be chosen); pressed again, rules it back in.
exam-strike = Ausschließen
# The same button's name for assistive technology; $letter is the choice's letter (A, B, …).
exam-strike-choice = Ausschließen { $letter }
# Read after a ruled-out choice's text by screen readers.
exam-choice-ruled-out = (ausgeschlossen)
# The exam page's list of keyboard shortcuts, folded under this heading; each line says what its
# keys (shown beside it, as a US keyboard names them) do.
exam-keys-heading = Tastenkürzel
# The Shift key's name as keyboards in this language label it.
exam-keys-shift = Umschalt
exam-keys-pick = Antwortoption wählen (wenn mehrere zu wählen sind, hebt erneutes Drücken die Auswahl auf)
exam-keys-strike = Antwortoption ausschließen oder wieder zulassen
exam-keys-move = Nächste oder vorherige Frage
exam-keys-flag = Frage markieren, um später zu ihr zurückzukehren
exam-keys-confidence = Selbsteinschätzung angeben: Geraten, Unsicher oder Sicher
exam-keys-check = Antwort prüfen (Übung)
exam-keys-time = Restzeit vorlesen (Prüfung)
exam-keys-highlight = Ausgewählten Text hervorheben
# A button under the question: highlights the text the candidate selected in the prompt or a choice.
exam-highlight = Ausgewählten Text hervorheben
exam-clear-highlights = Hervorhebungen entfernen
# Names the list of the question's highlighted passages, quoted.
exam-highlights-list = Hervorgehobene Stellen
# The label of a text box under the question, for the candidate's own note; saved with the exam
# and shown in the review.
exam-note-label = Ihre Notiz zu dieser Frage
# Beside a choice once the answer is checked (practice).
exam-choice-wrong = ✗ Ihre Antwort, falsch
# Heading of the verdict once the answer is checked (practice).
exam-feedback-right = ✓ Gut gemacht!
exam-feedback-wrong = ✗ Falsch
# Followed by the right choices' texts, in bold, separated by exam-list-separator.
exam-right-answer = Richtige Antwort:
# Between the right choices' texts after exam-right-answer (a comma and a space in English).
exam-list-separator = { ", " }
exam-comes-back = Diese Frage kommt am Ende dieser Sitzung noch einmal.

# runner.rs
# In a course's LMS (SCORM package). $problem: the LMS's error, in English.
exam-lms-progress-problem = Das LMS Ihres Kurses konnte diesen Versuch nicht speichern ({ $problem }); er ist weiterhin in diesem Browser gespeichert.

# running.rs
exam-question-missing = Diese Frage fehlt im Fragenkatalog.
# $problem: why the browser's storage refused, in English.
exam-save-problem = Der Fortschritt kann in diesem Browser nicht gespeichert werden ({ $problem }); die Prüfung läuft weiter.
# Above the question: where the candidate is in the exam.
exam-question-of = Frage { $number } von { $total }

# submit_panel.rs: the confirmation before submitting
exam-confirm-heading = Antworten abgeben?
exam-confirm-all-done = Alle Fragen sind beantwortet, keine ist markiert.
exam-confirm-go-back = Sie können noch zu diesen Fragen zurückkehren:
# A heading above links to the questions with no answer; $count is how many.
exam-unanswered-count = Unbeantwortet ({ $count })
# A heading above links to the flagged questions; $count is how many.
exam-flagged-count = Markiert ({ $count })
# A link-like button; $number is the question's position.
exam-go-to-question = Zu Frage { $number }
# Button: submits the exam.
exam-submit-now = Jetzt abgeben
# Button: closes the confirmation.
exam-keep-working = Weiterarbeiten

# whole.rs
# Shown as $problem in exam-cannot-start, so it begins in lower case: an exam link that draws the questions due for review.
exam-nothing-due = derzeit ist nichts zur Wiederholung fällig
# $problem: the LMS's data could not be read, in English.
exam-lms-resume-problem-kept = Der vom LMS Ihres Kurses gespeicherte Fortschritt konnte nicht fortgesetzt werden ({ $problem }); eine Kopie bleibt in diesem Browser.
# $problem: the LMS's data could not be read, in English.
exam-lms-resume-problem = Der vom LMS Ihres Kurses gespeicherte Fortschritt konnte nicht fortgesetzt werden ({ $problem }).

# first_app.rs (the first module, which shows an exam link's first question before the rest of the app loads)
# $problem: why the app could not load, in English.
exam-first-app-failed = Diese Seite kann nicht angezeigt werden: Die App konnte nicht geladen werden ({ $problem }). Überprüfen Sie die Verbindung, und laden Sie die Seite neu.

# first_runner.rs
# Shown as $problem in exam-cannot-start, so it begins in lower case.
exam-first-needs-whole-app = diese Prüfung benötigt den Rest der App, der noch nicht geladen ist
# A heading, once the exam is submitted while the results cannot show yet.
exam-first-submitted-heading = Ihre Antworten sind abgegeben
exam-first-submitted-waiting = Die Antworten sind in diesem Browser gespeichert. Ihre Ergebnisse erscheinen, sobald der Rest der App geladen ist.
# $problem: why the rest of the app could not load, in English.
exam-first-submitted-failed = Die Antworten sind in diesem Browser gespeichert, aber der Rest der App, der Ihre Ergebnisse anzeigt, konnte nicht geladen werden ({ $problem }). Laden Sie die Seite neu, sobald Sie wieder online sind, um die Ergebnisse zu sehen.
# $problem: why, in English.
exam-first-whole-app-failed = Der Rest der App konnte nicht geladen werden ({ $problem }), daher sind Ergebnisse, Durchsicht und die übrigen Seiten vorerst nicht verfügbar. Diese Prüfung läuft weiter, und jede Antwort wird in diesem Browser gespeichert.
# (end of the exam's section)

## Ergebnisse, Durchsicht, Kursergebnisse, nicht gefundene Seiten
# mod.rs

# The results page's heading, and the name of its region.
results-heading = Ergebnisse

# score.rs

results-time-ran-out = Die Zeit ist abgelaufen: Die Prüfung wurde automatisch abgegeben.
# The big verdict beside the score, in capitals in English; a word or two.
results-pass = BESTANDEN
results-fail = NICHT BESTANDEN
# Beside the score. $percent is the bank's pass mark, already written as a percent ("70 %").
results-pass-mark = (Bestehensgrenze { $percent })
# The figures under the score: a short label each, the count beside it.
results-figure-correct = Richtig
results-figure-wrong = Falsch
results-figure-unanswered = Unbeantwortet
results-figure-flagged = Markiert
results-figure-time-used = Benötigte Zeit
# The time the exam took. $seconds is always written with two digits ("05").
results-time-used = { $minutes } Min. { $seconds } Sek.
results-extended-time-150 = Die Prüfung wurde mit verlängerter Zeit (1,5×) abgelegt.
results-extended-time-200 = Die Prüfung wurde mit verlängerter Zeit (2×) abgelegt.
# $minutes: the minutes the ESL accommodation added (30).
results-extra-time-esl = Die Prüfung wurde mit ESL-Zeitzuschlag (+{ $minutes } Min.) abgelegt.
results-untimed = Die Prüfung wurde ohne Zeitlimit abgelegt.

# certainty.rs

# A heading: how sure the candidate said they were of their answers.
results-certainty-heading = Wie sicher Sie waren
# $marks is the candidate's certainty-based score (it can be below zero), $best the most they
# could have had, $average the marks per question (a number with up to two decimals).
results-certainty-score = Sicherheitsgewichtete Punktzahl: { $marks } von möglichen { $best } Punkten ({ $average } pro Frage, auf einer Skala von −6 bis 3). „Sicher“ und richtig bringt 3 Punkte, „Sicher“ und falsch kostet 6; „Unsicher“ bringt 2 oder kostet 2; „Geraten“ bringt 1 oder nichts. Fragen ohne Selbsteinschätzung zählen als geraten. Ihre Prüfungspunktzahl oben bleibt unverändert.
# A heading over links to questions; $count is how many are listed.
results-sure-but-wrong = Sicher, aber falsch ({ $count })
results-sure-but-wrong-why = Fehlvorstellungen: Diese Fragen kommen in Ihrer nächsten Wiederholung zuerst.
# A heading over links to questions; $count is how many are listed.
results-right-but-guessed = Richtig, aber geraten ({ $count })
results-right-but-guessed-why = Glück, noch kein Wissen: Diese Fragen kommen früher zurück als die, bei denen Sie sicher waren.
# A link to a question's item in the review below; $number counts from 1.
results-question-link = Frage { $number }

# topics.rs

results-topics-heading = Nach Thema
results-topics-caption = Richtige Antworten pro Thema
# The topic table's column headers.
results-topics-topic = Thema
results-topics-correct = Richtig
results-topics-score = Punktzahl
# A topic's row: $correct questions right of the $total asked on it.
results-topics-correct-of = { $correct } von { $total }

# actions.rs

# A button; $count is how many questions were missed (at least 1).
results-retry-missed = { $count ->
    [one] Falsch beantwortete Frage erneut versuchen
   *[other] { $count } falsch beantwortete Fragen erneut versuchen
}
# A button.
results-new-exam = Neue Prüfung
# A button.
results-download-csv = Ergebnisse herunterladen (CSV)
results-candidate-name = Ihr Name für Ihre Lehrkraft (optional)
# A button; the Class results page's introduction names it too.
results-download-result-file = Ergebnisdatei für Ihre Lehrkraft herunterladen
results-result-file-hint = Die Datei enthält Ihre Antworten und Zeiten, aber keine Punktzahl: Die Seite Ihrer Lehrkraft bewertet sie erneut.
# $problem says why, in English (from the browser's side of the app).
results-download-failed = Die Datei konnte nicht gespeichert werden: { $problem }.

# review.rs

results-review-heading = Durchsicht
# The name of the group of filter buttons over the review.
results-review-filters = Fragen anzeigen
# Filter buttons over the review; $count is how many questions each shows.
results-filter-all = Alle ({ $count })
results-filter-wrong = Falsch ({ $count })
results-filter-flagged = Markiert ({ $count })
results-filter-unanswered = Unbeantwortet ({ $count })
# A review item's heading; $number counts from 1.
results-item-correct = Frage { $number }: ✓ Richtig
results-item-wrong = Frage { $number }: ✗ Falsch
results-item-unanswered = Frage { $number }: – Unbeantwortet
# A review item's heading for a question the candidate flagged; $number counts from 1.
results-item-correct-flagged = Frage { $number }: ✓ Richtig, markiert
results-item-wrong-flagged = Frage { $number }: ✗ Falsch, markiert
results-item-unanswered-flagged = Frage { $number }: – Unbeantwortet, markiert
# $confidence is how sure the candidate said they were: Guess, Unsure or Sure.
results-said-confidence = Ihre Selbsteinschätzung: { $confidence }.
# Shown after a choice in the review, in bold.
results-choice-right = (✓ richtige Antwort)
results-choice-yours = (Ihre Antwort)
results-choice-right-and-yours = (✓ richtige Antwort, Ihre Antwort)
# After a choice in the review that the candidate ruled out while answering.
results-choice-ruled-out = (von Ihnen ausgeschlossen)
# Over the passages of a question the candidate highlighted, in the review.
results-your-highlights = Ihre Hervorhebungen
# Over the candidate's own note on a question, in the review.
results-your-note = Ihre Notiz

# class_results.rs

# The Class results page's heading.
class-heading = Kursergebnisse
class-all-banks = ← Alle Fragenkataloge
# $button is the results page's button "Download a result file for your teacher", as translated.
class-intro = Öffnen Sie die Ergebnisdateien Ihrer Teilnehmenden (erstellt über „{ $button }“ auf deren Ergebnisseite). Jede Datei wird erneut anhand des Fragenkatalogs bewertet, sodass eine in der Datei geänderte Punktzahl nicht zählt. Es wird nichts hochgeladen: Die Dateien werden auf dieser Seite gelesen.
# The label of the file picker.
class-result-files = Ergebnisdateien
# The name of a list of file problems.
class-files-left-out = Ausgelassene Dateien:
class-files-not-used = Nicht verwendbare Dateien:
# $file is a file's name.
class-file-not-text = { $file }: keine Ergebnisdatei (kein UTF-8-Text)
# $file is a file's name; $problem says why it could not be read, in English (from the browser's side of the app).
class-file-unreadable = { $file }: { $problem }
# $file is a file's name; $bank the id of the bank it was taken on.
class-file-other-bank = { $file }: ein Ergebnis zum Fragenkatalog „{ $bank }“, den diese Website nicht hat; öffnen Sie zuerst diesen Fragenkatalog
# A table's caption; $count is how many candidates it lists.
class-candidates-caption = Teilnehmende ({ $count }), erneut anhand des Fragenkatalogs bewertet
# The candidates table's column headers.
class-candidate = Teilnehmende
class-score = Punktzahl
class-result = Ergebnis
class-time-used = Benötigte Zeit
# A candidate's score: $percent is already written as a percent; $correct right of $total.
class-score-value = { $percent } ({ $correct } von { $total })
# A candidate's result, in capitals in English; a word or two in a table cell.
class-pass = BESTANDEN
class-fail = NICHT BESTANDEN
# A candidate's time, in whole minutes.
class-minutes = { $minutes } Min.
class-questions-caption = Fragen: Anteil richtig, Trennschärfe (punktbiseriale Korrelation: wie gut die Frage stärkere von schwächeren Teilnehmenden unterscheidet) und die am häufigsten gewählte falsche Antwortoption
# The questions table's column headers.
class-question = Frage
class-topic = Thema
class-right = Richtig
class-share-right = Anteil richtig
class-discrimination = Trennschärfe
class-most-chosen-wrong = Häufigste falsche Antwortoption
# A question's row: $right candidates answered it right of the $asked who had it.
class-right-of = { $right } von { $asked }
# $choice is the wrong choice's text (from the bank); $times how many candidates chose it.
class-wrong-choice = { $choice } ({ $times })
# Buttons.
class-download-scores = Punktzahlen herunterladen (CSV)
class-download-questions = Fragenstatistik herunterladen (CSV)

# not_found.rs

not-found-heading = Nicht gefunden
# $name is the address or bank id the candidate asked for.
not-found-message = Es gibt keinen Fragenkatalog und keine Seite namens „{ $name }“.
not-found-all-banks = Alle Fragenkataloge anzeigen
# $title is the bank's title.
not-found-loading-bank = { $title } wird geladen…
not-found-loading-banks = Fragenkataloge werden geladen…
# (end of the results' section)

## Probleme in Fragenkatalogdateien und ihre Warnungen, wie die Seite sie Lehrkräften zeigt
# Teachers read these beside their file, so they keep the file's own words in code form: field
# names (format, topics, default_question_count, choices[2].text), GIFT and Aiken marks (::, =, ~,
# ANSWER:), keys and values quoted from the file. Translate the words around them only.
# $place is where the problem is, in code form ("week3.gift:12", "bank.json:4:7"); $message is
# one of the file-* messages below, already written.

file-line = { $place }: { $message }
# $id is the question's id, $number its place in the file (1 for the first).
file-line-in-question = { $place }: Frage „{ $id }“ (Nr. { $number }): { $message }
file-line-in-unnamed-question = { $place }: Frage Nr. { $number }: { $message }
file-line-warning = { $place }: Warnung: { $message }
# What the problem did, after its message.
file-outcome-question-skipped = { $message }; die Frage wird übersprungen
file-outcome-text-skipped = { $message }; dieser Text wird übersprungen
# A note about one question, among the warnings; $message is one of the file-* messages.
file-note-of-question = Frage „{ $id }“: { $message }

# Problems of any field; $field is the field's name in the file ("title", "choices[2].text").
file-missing = { $field } fehlt
file-empty = { $field } ist leer
file-empty-optional = { $field } ist leer; lassen Sie das Feld stattdessen weg
# $known lists the object's fields, as the file writes them.
file-unknown-field = { $field } ist kein Feld des Fragenkatalogformats (bekannte Felder: { $known })
# $text is the id as the file writes it.
file-id-empty = { $field } „{ $text }“ ist leer
file-id-too-long = { $field } „{ $text }“ ist länger als { $max } Zeichen
file-id-bad-character = { $field } „{ $text }“ darf nur Buchstaben, Ziffern, '-', '_' und '.' enthalten (keine Leerzeichen)
file-listed-twice = { $field } „{ $value }“ ist doppelt aufgeführt

# Problems of the bank's own fields.
# $format is the bank format's number this version reads, as the file writes it ("1").
file-format-missing = format fehlt; fügen Sie "format": { $format } hinzu
file-format-unsupported = format { $found } wird nicht unterstützt; diese Version liest format { $format }
file-unknown-level = level „{ $text }“ muss „foundational“ oder „going-further“ sein
file-bad-language = language „{ $text }“ ist kein Sprachtag nach BCP 47 wie „fr“ oder „pt-BR“; der Fragenkatalog wird ohne Sprachangabe gelesen
file-bad-facts-checked = facts_checked „{ $text }“ muss ein gültiges Datum im Format YYYY-MM-DD sein
file-report-url-scheme = report_url „{ $text }“ muss mit https:// oder mailto: beginnen
file-report-url-spaces = report_url „{ $text }“ darf keine Leerzeichen oder Steuerzeichen enthalten
# $placeholder is the text the address must hold, "{question}".
file-report-url-no-question = report_url „{ $text }“ muss { $placeholder } enthalten; an dieser Stelle wird die ID der gemeldeten Frage eingesetzt
file-no-topics = topics ist leer; führen Sie mindestens ein Thema auf
file-too-many-questions = questions enthält { $count ->
        [one] { $count } Frage
       *[other] { $count } Fragen
    }; ein Fragenkatalog darf höchstens { $limit } enthalten (teilen Sie ihn auf mehrere Fragenkataloge auf)
file-only-question-unusable = die einzige Frage der Datei kann nicht verwendet werden
# $count is 2 or more.
file-no-usable-question = keine der { $count } Fragen kann verwendet werden
file-question-count-below-one = default_question_count { $count } muss mindestens 1 sein
file-question-count-above-file = default_question_count { $count } ist größer als die Anzahl der Fragen im Fragenkatalog ({ $questions })
file-question-count-lowered = default_question_count { $count } ist größer als die Anzahl der verwendbaren Fragen ({ $usable }); Prüfungen verwenden daher standardmäßig { $usable }
file-time-limit-out-of-range = default_time_limit_minutes { $minutes } muss zwischen 1 und { $limit } liegen
file-weighted-topic-unknown = topic_weights nennt „{ $topic }“, aber das ist kein Thema des Fragenkatalogs
file-bad-weight = topic_weights „{ $topic }“ hat den Wert { $weight }; ein Gewicht muss eine Zahl ab 0 sein
file-no-positive-weight = topic_weights gibt keinem Thema ein Gewicht über 0
file-pass-mark-out-of-range = pass_mark_percent { $percent } liegt außerhalb von 0–100

# Problems of one question.
# $first is the number of the question that used the id first.
file-id-used-before = id „{ $id }“ wird bereits von Frage Nr. { $first } verwendet
# $instruction is what the question card says, as exam-choose-many writes it ("Choose 4").
file-every-choice-right = alle Antwortoptionen sind richtig, daher verrät „{ $instruction }“ den Teilnehmenden die Antwort; erwägen Sie, eine falsche Antwortoption hinzuzufügen
# $topics lists the bank's topics.
file-topic-not-listed = topic „{ $topic }“ steht nicht in der Themenliste des Fragenkatalogs ({ $topics })
file-too-many-choices = choices enthält { $count } Antwortoptionen; eine Frage darf höchstens { $limit } anbieten
# $count is 0 or 1.
file-too-few-choices = choices enthält { $count ->
        [one] { $count } Antwortoption
       *[other] { $count } Antwortoptionen
    }; eine Frage braucht mindestens zwei
file-choice-id-repeated = { $field } „{ $id }“ wird bereits von einer anderen Antwortoption dieser Frage verwendet
file-choice-text-repeated = { $field } „{ $text }“ wiederholt eine andere Antwortoption
file-no-answer = answer ist leer; nennen Sie mindestens eine Antwortoption
# $choices lists the question's choice ids.
file-answer-not-a-choice = answer „{ $id }“ ist keine der Antwortoptionen { $choices }
file-unsafe-url = { $field } „{ $url }“ muss eine Adresse mit http:// oder https:// sein

# Problems with the file as a whole.
# $description is the JSON reader's own description of the error, in English.
file-json-syntax = { $description }
file-too-large = die Datei ist { $megabytes } MB groß; die größte Fragendatei, die diese App liest, ist { $limit } MB groß
file-utf16 = die Datei ist als UTF-16 gespeichert; speichern Sie sie stattdessen als UTF-8
file-not-utf8 = die Datei ist an dieser Stelle kein gültiger UTF-8-Text; speichern Sie sie als UTF-8
file-format-unknown = das Format konnte nicht erkannt werden: Erwartet wird ein JSON-Fragenkatalog (.json), eine GIFT- oder Aiken-Datei (.gift, .txt), eine Markdown-Datei (.md) oder eine Moodle-XML-Datei (.xml)
# $reason is why, as the browser said it.
file-not-loaded = konnte nicht geladen werden: { $reason }
file-id-not-as-listed = die ID des Fragenkatalogs ist „{ $id }“, aber questions/index.json führt ihn als „{ $listed }“

# Problems in the syntax of GIFT, Aiken and Markdown files. $label names a question in short: its
# title or the start of its text.
file-block-too-long = diese Frage erstreckt sich über { $kilobytes } KB ohne Leerzeile; Fragen müssen durch Leerzeilen getrennt sein (höchstens { $limit } KB je Frage)
file-title-not-closed = der mit :: begonnene Titel wird nie mit :: geschlossen
file-answer-block-not-closed = der mit {"{"} begonnene Antwortblock wird nie mit {"}"} geschlossen
file-second-answer-block = diese Frage hat einen zweiten Antwortblock {"{"}…{"}"}; eine Frage darf nur einen haben
file-no-answers = „{ $label }“: Der Antwortblock enthält keine Antworten mit = oder ~
file-no-right-weight = „{ $label }“ hat keine richtige Antwort: Kennzeichnen Sie eine mit =, oder geben Sie den richtigen Antworten ein positives %weight%
file-answer-line-first = eine ANSWER:-Zeile ohne Frage davor
file-not-a-choice-letter = ANSWER: „{ $text }“ ist kein Buchstabe einer Antwortoption wie A oder B
file-answer-line-names-no-letter = die ANSWER:-Zeile nennt keinen Buchstaben einer Antwortoption
# $letter is a choice's letter (A, B, …).
file-choice-before-question = vor Antwortoption { $letter } steht noch kein Fragetext
file-choice-out-of-order = Antwortoption { $letter } steht nicht in der richtigen Reihenfolge: Die nächste Antwortoption dieser Frage müsste { $expected } sein
file-choice-out-of-order-full = Antwortoption { $letter } steht nicht in der richtigen Reihenfolge: Diese Frage kann keine weitere Antwortoption haben (höchstens 26)
file-no-answer-line = diese Frage hat nach ihren Antwortoptionen keine ANSWER:-Zeile
file-text-without-choices = auf diesen Text folgen weder Antwortoptionen noch eine ANSWER:-Zeile
file-answer-names-no-option = die Antwortzeile „{ $text }“ nennt keinen Buchstaben einer Antwortoption (A, B, …)
file-no-lettered-choices = diese Frage hat keine mit Buchstaben versehenen Antwortoptionen (A. …)
file-no-correct-answer-line = diese Frage hat keine Zeile „Correct answer: …“
# $letters lists the letters as the file has them ("A, C, D").
file-option-letters-wrong = die Antwortoptionen tragen die Buchstaben { $letters }: Jeder Buchstabe ab A muss genau einmal vorkommen
# $mark is the character found between the brackets.
file-unclear-box = das Kästchen [{ $mark }] der Antwortoption ist weder [x] (richtig) noch [ ] (falsch)
file-no-ticked-option = diese Frage hat keine richtige Antwortoption: Kreuzen Sie eine mit - [x] an
file-front-matter-not-closed = der mit --- begonnene Front-Matter-Block wird nie mit --- geschlossen
# $key and $value are a front matter line's, as the file writes them.
file-not-whole-number = { $key } „{ $value }“ ist keine ganze Zahl
file-not-true-or-false = { $key } „{ $value }“ ist weder true noch false
file-xml-syntax = dies ist kein wohlgeformtes XML: { $description }
file-not-a-moodle-quiz = diese XML-Datei ist kein Moodle-Fragenexport: Sie enthält <{ $root }>, nicht <quiz>
file-fraction-not-a-number = „{ $label }“: Der Bewertungsanteil (fraction) der Antwort, „{ $text }“, ist keine Zahl
file-no-right-fraction = „{ $label }“ hat keine richtige Antwort: Keine Antwort hat einen positiven Bewertungsanteil (fraction)

# Warnings: worth the teacher's attention, but the bank still works.
# $alt is the picture's alt text.
file-picture-left-out = ein Bild („{ $alt }“) wird in diesem Text ausgelassen, da diese App noch keine Bilder anzeigen kann
file-picture-left-out-no-alt = ein Bild ohne Alternativtext wird in diesem Text ausgelassen, da diese App noch keine Bilder anzeigen kann
file-no-answer-block = „{ $label }“ hat keinen Antwortblock {"{"}…{"}"} (in Moodle eine Beschreibung); übersprungen
file-gift-essay = „{ $label }“ ist eine Freitextfrage, die diese App nicht unterstützt; übersprungen
file-gift-numerical = „{ $label }“ ist eine numerische Frage, die diese App nicht unterstützt; übersprungen
file-gift-matching = „{ $label }“ ist eine Zuordnungsfrage, die diese App nicht unterstützt; übersprungen
file-gift-short-answer = „{ $label }“ ist eine Kurzantwortfrage, die diese App nicht unterstützt; übersprungen
# $percent is a GIFT weight, as a number ("50", "33.33"); $choice the answer's text.
file-partial-credit = „{ $label }“: Teilpunkte ({ $percent } %) für „{ $choice }“ werden nicht unterstützt; die Antwort zählt als falsch
file-several-equals-answers = „{ $label }“ kennzeichnet { $count } Antworten mit = als richtig; Moodle akzeptiert jede einzelne davon, diese App verlangt alle
file-weights-not-hundred = „{ $label }“: Die Gewichte der richtigen Antworten ergeben zusammen { $percent } %, nicht 100 %; jede Antwort mit positivem Gewicht zählt als richtig
file-moodle-type-unsupported = „{ $label }“ ist eine Moodle-Frage vom Typ „{ $kind }“, den diese App nicht unterstützt; übersprungen
file-uneven-credit = „{ $label }“: In Moodle bringen die richtigen Antworten unterschiedliche Anteile der Punkte; hier zählt jede als richtig, und alle werden verlangt
# $text is the first line of the text (cut short), $lines how many lines it takes.
file-text-outside-question = { $lines ->
        [1] „{ $text }“ gehört zu keiner Frage
        [2] „{ $text }“ und die Zeile danach gehören zu keiner Frage
        [one] „{ $text }“ gehört zu keiner Frage
       *[other] „{ $text }“ und die Zeilen danach gehören zu keiner Frage ({ $lines } Zeilen)
    }: Eine Aiken-Frage ist der Text direkt vor ihren Antwortoptionen; ausgelassen
file-numbered-line-without-choices = unter dieser nummerierten Zeile stehen keine mit Buchstaben versehenen Antwortoptionen; sie wird nicht als Frage gelesen
file-fence-not-closed = dieser Codeblock wird nie geschlossen; er wird als Text gelesen
file-numbered-line-without-options = unter dieser nummerierten Zeile stehen keine Antwortoptionen [x] oder [ ]; sie wird nicht als Frage gelesen
# $start and $end are line numbers of the file.
file-numbered-lines-without-options = unter den nummerierten Zeilen { $start } bis { $end } stehen keine Antwortoptionen [x] oder [ ]; sie werden nicht als Fragen gelesen
# $line is the line as the file writes it.
file-front-matter-not-key-value = die Front-Matter-Zeile „{ $line }“ hat nicht die Form „Schlüssel: Wert“; ignoriert
file-quizdown-display-option = der Front-Matter-Eintrag { $key } ist eine Anzeigeoption von quizdown; diese App ignoriert ihn
file-front-matter-unused = der Front-Matter-Eintrag { $key } wird nicht verwendet; ignoriert
# $missing of the file's $usable questions.
file-no-explanations = { $missing ->
        [one] { $missing } von { $usable } Fragen hat keine Erklärung
       *[other] { $missing } von { $usable } Fragen haben keine Erklärung
    } (die erste steht hier); die Teilnehmenden sehen dort nur die richtige Antwort
# $earlier is the id of the earlier question, $line the line it starts on.
file-repeated-prompt = Frage „{ $id }“ wiederholt den Fragetext von Frage „{ $earlier }“ (Zeile { $line })
file-repeated-prompt-no-line = Frage „{ $id }“ wiederholt den Fragetext von Frage „{ $earlier }“

## Gespeicherte Daten und eingereichte Dateien, die nicht gelesen werden konnten: eine gespeicherte Prüfung, die gespeicherten Fragenkataloge, Fortschritts- und Ergebnisdateien, das Einlesemodul für die Formate der Lehrkräfte
# $detail is the JSON reader's own description of what is wrong, in English; $found a format
# version as the file writes it, $reads the one this version reads.

# Why a saved exam could not be resumed (it is set aside, never half used).
restore-damaged = die gespeicherte Prüfung ist beschädigt ({ $detail })
restore-unknown-format = die gespeicherte Prüfung wurde im Format { $found } gespeichert, das diese Version nicht lesen kann
# $saved is the id of the bank the saved exam belongs to.
restore-other-bank = die gespeicherte Prüfung gehört zu einem anderen Fragenkatalog („{ $saved }“)
restore-bank-changed = der Fragenkatalog hat sich geändert, seit die Prüfung gespeichert wurde
restore-inconsistent = die gespeicherte Prüfung ist in sich widersprüchlich ({ $detail })

# The banks kept in this browser.
kept-list-version = die Liste der in diesem Browser gespeicherten Fragenkataloge hat das Format { $found }, das diese Version nicht liest
kept-list-damaged = die Liste der in diesem Browser gespeicherten Fragenkataloge ist beschädigt ({ $detail })
# $source is the file name or address the bank came from; $problems its problems (file-line
# messages), joined with "; ".
kept-bank-left-out = die gespeicherte Kopie von { $source } konnte nicht wieder eingelesen werden und wurde ausgelassen: { $problems }

# Progress files; $file is the file's name, $kind the kind every progress file names.
progress-not-a-progress-file = { $file }: keine Fortschrittsdatei ({ $detail })
progress-no-kind = { $file }: keine Fortschrittsdatei (es fehlt "kind": "{ $kind }")
progress-no-version = { $file }: die Fortschrittsdatei hat keine Formatversion
progress-version = { $file }: diese Version kann das Fortschrittsformat { $found } nicht lesen (sie liest { $reads })
# $bank is a bank's id in the file; this part of the file is left out, the rest is used.
progress-part-unreadable = { $file }: Fragenkatalog „{ $bank }“: { $detail }; dieser Teil wird ausgelassen
progress-history-unreadable = { $file }: Fragenkatalog „{ $bank }“: Versuchsverlauf: { $detail }; er wird ausgelassen
progress-review-unreadable = { $file }: Fragenkatalog „{ $bank }“: Wiederholungsdaten: { $detail }; sie werden ausgelassen

# Result files the class results leave out; $file is the file's name.
result-not-a-result = { $file }: keine Ergebnisdatei ({ $detail })
# $found is the kind the file names (another of the app's files, such as a progress file).
result-other-kind = { $file }: keine Ergebnisdatei (ihr Feld kind lautet „{ $found }“)
# $kind is the kind every result file names.
result-no-kind = { $file }: keine Ergebnisdatei (es fehlt "kind": "{ $kind }")
result-no-version = { $file }: keine Ergebnisdatei (es fehlt die Formatversion)
result-version = { $file }: diese Version kann das Ergebnisformat { $found } nicht lesen (sie liest { $reads })
result-no-answers = { $file }: das Ergebnis enthält keine Antworten
# $title and $id are the other bank's.
result-other-bank = { $file }: ein Ergebnis zu einem anderen Fragenkatalog, „{ $title }“ ({ $id })
result-other-bank-version = { $file }: ein Ergebnis zu einer anderen Version dieses Fragenkatalogs (seine Fragen, Antwortoptionen oder Antworten haben sich seitdem geändert)
# $answer is the answer's number in the file (1 for the first), $question a question's id.
result-unknown-question = { $file }: Antwort Nr. { $answer }: Frage „{ $question }“ ist nicht im Fragenkatalog enthalten
result-answered-twice = { $file }: Frage „{ $question }“ wird zweimal beantwortet
result-impossible-answer = { $file }: Frage „{ $question }“: die Antwort nennt Antwortoptionen, die diese Frage nicht hat

# The reader of GIFT, Aiken and Markdown files, which runs beside the page.
tools-not-loaded = das Einlesemodul für dieses Format konnte nicht geladen werden; prüfen Sie die Verbindung, und versuchen Sie es erneut
# $message is the browser's own description of the failure, in English.
tools-failed = das Einlesemodul für dieses Format ist fehlgeschlagen ({ $message })
tools-failed-silently = das Einlesemodul für dieses Format ist fehlgeschlagen
tools-no-answer = das Einlesemodul für dieses Format hat keine Rückmeldung gegeben
# A bug, or two versions of the app side by side: $detail says what, in English.
tools-answer-unreadable = die Rückmeldung des Einlesemoduls konnte nicht gelesen werden ({ $detail })

## Ablehnungen der Engine, Probleme von Prüfungslinks und was der Browser abgelehnt hat (Speicher, Netzwerk, Dateien, LMS)
# refusals.rs
refusal-finished = Diese Prüfung ist beendet.
refusal-too-many-choices = { $choose } Antwortoptionen wählen: Heben Sie zuerst eine Ihrer Auswahlen auf, bevor Sie eine weitere wählen.
refusal-not-a-choice = „{ $choice }“ ist keine Antwortoption dieser Frage.
refusal-locked = Diese Antwort wurde geprüft und ist gesperrt.
refusal-no-such-question = Es gibt keine Frage { $number }.
refusal-at-first-question = Dies ist die erste Frage.
refusal-at-last-question = Dies ist die letzte Frage.
refusal-nothing-selected = Wählen Sie eine Antwort, bevor Sie sie prüfen.
refusal-not-practice-mode = Antworten werden erst am Ende einer Prüfung ausgewertet.
# $max is how many characters a note may hold.
refusal-note-too-long = Eine Notiz darf höchstens { $max } Zeichen enthalten.
# $max is how many highlights one question may have.
refusal-too-many-highlights = Eine Frage kann höchstens { $max ->
        [one] { $max } Hervorhebung
       *[other] { $max } Hervorhebungen
    } haben; entfernen Sie zuerst einige.
refusal-not-a-passage = Wählen Sie zuerst Text aus der Frage selbst aus (aus dem Fragetext oder einer Antwortoption), und heben Sie ihn dann hervor.
# Keep $parameter and the link's own words (mode, practice, exam, count, seed, shuffle, on, off,
# time, none, extra, esl30, untimed, draw, unseen, review) as they are.
link-bad-mode = { $parameter }: mode ist practice oder exam
link-bad-count = { $parameter }: count ist eine ganze Zahl ab 1
link-bad-seed = { $parameter }: seed ist eine ganze Zahl
link-bad-shuffle = { $parameter }: shuffle ist on oder off
link-bad-time = { $parameter }: time ist eine Zahl von Minuten von 1 bis { $max } oder none
link-bad-extra = { $parameter }: extra (Nachteilsausgleich) ist 1, 1.5, 2, esl30 oder untimed
link-bad-draw = { $parameter }: draw ist unseen oder review
link-unknown-setting = { $parameter }: keine Einstellung, die ein Prüfungslink kennt
link-unknown-question = { $parameter }: keine Frage dieses Fragenkatalogs hat diese ID
link-unknown-topic = { $parameter }: kein Thema dieses Fragenkatalogs
link-no-such-topic = der Fragenkatalog hat kein Thema „{ $topic }“
link-no-matching-questions = keine Fragen passen zu den gewählten Themen
link-no-questions = eine Prüfung braucht mindestens eine Frage
browser-storage-no-window = kein Fenster
browser-storage-access-refused = der Browser hat den Zugriff auf den Speicher verweigert
browser-storage-none = dieser Browser hat keinen lokalen Speicher
browser-storage-read-failed = der gespeicherte Fortschritt konnte nicht gelesen werden
browser-storage-full = der Speicher des Browsers ist voll oder deaktiviert
browser-storage-remove-failed = der gespeicherte Fortschritt konnte nicht entfernt werden
browser-fetch-no-window = diese Seite hat kein Fenster
browser-fetch-failed = die Anfrage ist fehlgeschlagen ({ $detail }): Die Adresse ist vielleicht falsch, der Server ist nicht erreichbar, oder er erlaubt dieser Website nicht, ihn zu lesen (CORS)
browser-fetch-no-detail = die Netzwerkanfrage ist fehlgeschlagen
browser-fetch-status = der Server antwortete mit { $code } { $status }
browser-lms-missing = das LMS hat keine Funktion { $function }
browser-lms-threw = { $function } ist im LMS fehlgeschlagen
browser-lms-refused = { $call } wurde abgelehnt (Fehler { $code }: { $reason })
browser-lms-too-long = der Fortschritt der Prüfung umfasst { $length } Zeichen, mehr als die { $limit }, die SCORM 1.2 erlaubt
browser-download-no-file = der Browser konnte die Datei nicht erstellen
browser-download-no-page = es gibt keine Seite, von der heruntergeladen werden kann
browser-download-not-started = der Browser konnte den Download nicht starten
browser-file-too-large = die Datei ist { $size } MB groß; die größte Fragendatei, die diese App liest, ist { $limit } MB groß
browser-file-unreadable = der Browser konnte die Datei nicht lesen
browser-app-no-loader = diese Seite kann den Rest der App nicht laden
browser-app-not-downloaded = er wurde nicht heruntergeladen
# (end of the refusals' section)
