### Interface d'Exam Practice en français (France) : chaque message affiché par l'interface,
### vérifié par rapport au fichier anglais (mêmes identifiants, mêmes variables).
###
### Pour ajouter une langue, copiez le fichier anglais sous `<tag>.ftl` (une étiquette BCP 47 : `it.ftl`, `zh-Hans.ftl`) et
### traduisez chaque valeur ; docs/translating.md explique comment, et `bash scripts/test.sh quick` le vérifie.

# Glossaire (un seul terme par notion, vouvoiement partout) :
#   exam = examen ; practice (le mode) = entraînement ; question = question ;
#   answer = réponse ; choice = proposition ; flag / flagged = marquer pour y revenir / marquée ;
#   review (après l'examen) = correction ; spaced review = révision espacée (réviser, à réviser) ;
#   review records = données de révision (dénombrées : enregistrements de révision) ; pass mark = seuil de réussite ; score = score ;
#   PASS / FAIL = RÉUSSITE / ÉCHEC ; topic = thème ; bank = banque (de questions) ;
#   results = résultats ; time limit = durée limite ; submit = remettre ;
#   Guess / Unsure / Sure = Hasard / Doute / Certitude ; "Am I ready?" = « Suis-je prêt ? » ;
#   attempt = tentative ; band = intervalle ; extended time = temps majoré ; teacher = enseignant.

# The language's name in itself, as the language menu lists it.
language-name = Français

## Le site

site-brand = Exam Practice
language-menu-label = Langue
language-load-failed = L’interface n’a pas pu s’afficher en langue « { $language } » ({ $problem }) : elle reste donc en anglais. Rechargez la page pour réessayer.
display-menu-label = Texte et couleurs
display-text-size = Taille du texte
display-size-standard = Normale
display-size-large = Grande
display-size-larger = Plus grande
display-size-largest = Maximale
display-colours = Couleurs
display-colours-system = Comme cet appareil
display-colours-light = Fond clair
display-colours-dark = Fond sombre
display-colours-contrast = Contraste élevé

## Les valeurs du moteur, telles que toutes les pages les nomment

mode-practice = Entraînement
mode-exam = Examen
confidence-guess = Hasard
confidence-unsure = Doute
confidence-sure = Certitude
verdict-not-yet = Pas encore
verdict-borderline = Limite
verdict-likely = Probable
# The file formats, as the start page says what a file was read as.
format-json = banque JSON
format-gift = GIFT
format-aiken = Aiken
format-markdown-answers = Markdown avec blocs de réponses
format-markdown-task-list = liste de tâches Markdown
format-moodle-xml = Moodle XML

## La page d'accueil et les parties communes des pages (accueil, composants, cadre de l'application, stockage)
# home/mod.rs

# Shown while the site's list of question banks loads.
home-loading-banks = Chargement des banques de questions…
home-index-unreadable = Impossible de lire la liste des banques de questions.
# The start page's main heading.
home-heading = Examens blancs
home-teachers-heading = Pour les enseignants
# A link to the class results page; the sentence home-class-results-description follows it in
# the same paragraph.
home-class-results-link = Résultats de la classe
# Follows the link "Class results" (home-class-results-link) in the same paragraph.
home-class-results-description = : corrigez les fichiers de résultat de vos candidats, avec des statistiques par question.

# home/own_banks.rs

home-own-heading = Vos propres questions
# The label of the button that opens a file picker.
home-open-file-label = Ouvrir un fichier de questions…
home-open-file-help = Un fichier de banque JSON, GIFT ou Aiken (.gift, .txt), Markdown (.md) ou Moodle XML (.xml) ; vous pouvez aussi le déposer ici. Il est lu dans ce navigateur et n'est jamais envoyé en ligne.
# $address is the web address a ?bank= link names.
home-loading-address = Chargement de la banque de questions depuis { $address }…
# The name of a list of warnings, for assistive technology; $source is a file name or address.
home-warnings-for = Avertissements pour { $source }
# The name of a list of problems that left parts of a file out; $source is a file name or address.
home-skipped-in = Éléments ignorés dans { $source }
# Precedes the list of problems that left pieces of text (not questions) out of the file.
home-imported-all = { $questions ->
        [one] L'unique question a été importée
       *[other] Les { $questions } questions ont été importées
    } ; { $pieces ->
        [one] { $pieces } passage de texte hors question a été ignoré :
       *[other] { $pieces } passages de texte hors question ont été ignorés :
    }
# Precedes the list of problems that left questions out: $questions of the $total in the file
# were imported, $skipped were not.
home-imported-some = { $questions ->
        [one] { $questions } question importée
       *[other] { $questions } questions importées
    } sur { $total } ; { $skipped ->
        [one] { $skipped } ignorée :
       *[other] { $skipped } ignorées :
    }
# $title is the bank's title, $source its file name or address, $format the file's format as the
# importer names it (in English: "GIFT", "JSON bank", "Markdown task list"). The sentences
# home-opened-replaced or home-opened-renamed, then home-opened-warnings, may follow it.
home-opened = Banque « { $title } » ouverte depuis { $source } ({ $format }) : { $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    }, conservée dans ce navigateur.
home-opened-replaced = Elle remplace la copie conservée auparavant.
# $id is the new id the bank is kept under.
home-opened-renamed = Ce site possède déjà une banque portant cet identifiant : cette copie est donc conservée sous l'identifiant « { $id } ».
# Precedes the list of warnings.
home-opened-warnings = { $count ->
        [one] { $count } avertissement :
       *[other] { $count } avertissements :
    }
# A button; $title is the bank's title.
home-take-bank = Passer { $title }
# Precedes the list of warnings for a file that cannot be used.
home-warnings = Avertissements :
# The heading over the banks kept in this browser; also names their list.
home-kept-heading = Banques conservées dans ce navigateur
# Under a kept bank's title: $source is its file name or address, $format the file's format as
# the importer names it ("GIFT").
home-kept-facts = { $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    }, source : { $source } ({ $format })
# A button; $title is the bank's title.
home-remove-bank = Supprimer { $title }

# components (several pages)

# A button or link; $title is the bank's title.
common-open-bank = Ouvrir { $title }
# The name of a list of problems, for assistive technology; $name is a file name, address or
# bank title.
common-problems-in = Problèmes dans { $name }
# In bold, before common-problems-found; $name is a file name or address.
common-file-cannot-be-used = { $name } est inutilisable :
# Follows "… cannot be used:" (common-file-cannot-be-used or bank-list-bank-cannot-be-used).
common-problems-found = { $count ->
        [one] { $count } problème détecté.
       *[other] { $count } problèmes détectés.
    }
# A small heading over a question's links to further reading.
common-read-more = Pour aller plus loin
# A link that opens an e-mail or web page to report a problem with the question shown.
common-report-problem = Signaler un problème sur cette question

# components/bank_list.rs

# $file is the index file's path, "questions/index.json".
bank-list-none = Aucune banque de questions n'est encore répertoriée dans { $file }.
# The name of the list of the site's banks, for assistive technology.
bank-list-label = Banques de questions
bank-list-open-to-see = Ouvrez la banque pour voir ses questions.
# The bank's figures, as a list of terms and values: the number of questions.
bank-list-questions = Questions
bank-list-default-exam = Examen par défaut
# The value beside "Default exam".
bank-list-default-exam-value = { $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    } en { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
bank-list-pass-mark = Seuil de réussite
bank-list-topics = Thèmes
# On the start page, under a bank some of whose questions cannot be used.
bank-list-left-out-see-page = { $count ->
        [one] { $count } question sur { $total } présente un problème et est écartée ; la page de la banque en donne la raison.
       *[other] { $count } questions sur { $total } présentent des problèmes et sont écartées ; la page de la banque en donne les raisons.
    }
# On a bank's page, opens the list of problems in its file.
bank-list-left-out = { $count ->
        [one] { $count } question sur { $total } présente un problème et est écartée
       *[other] { $count } questions sur { $total } présentent des problèmes et sont écartées
    }
# On a bank's page, opens the list of problems found outside its questions.
bank-list-outside-questions = { $count ->
        [one] { $count } problème dans le texte hors questions (texte écarté)
       *[other] { $count } problèmes dans le texte hors questions (texte écarté)
    }
# In bold, before common-problems-found.
bank-list-bank-cannot-be-used = Cette banque est inutilisable :

# components/site_notices.rs and the stores' notices

# $file is the index file's path; $problem the browser's reason, in English.
notice-index-not-loaded = Impossible de charger { $file } : { $problem }
# $problems lists what is wrong, in English, separated by semicolons.
notice-package-settings = Les paramètres d'examen de ce paquet ne fonctionnent pas ({ $problems }).
# $problem is the LMS's or the browser's reason, in English.
notice-package-lms = Le LMS du cours n'a pas démarré cette tentative ({ $problem }) : l'examen fonctionne quand même, mais son résultat ne pourra pas parvenir au LMS.
# A line of a list of problems: $address is a ?bank= link's address, $problem the browser's
# reason, in English.
notice-address-not-loaded = { $address } : chargement impossible : { $problem }
# $problem says, in English, what is wrong with the stored list of banks (e.g. "the list of banks
# kept in this browser is damaged (…)").
notice-kept-set-aside = { $problem }. Cette liste a été mise de côté ; rouvrez vos fichiers de questions.
# $problem as in notice-kept-set-aside.
notice-kept-not-set-aside = { $problem }. Cette liste n'a pas non plus pu être mise de côté ; rouvrez vos fichiers de questions.
# $problem is the browser's reason, in English.
notice-kept-unavailable = Les banques que vous ouvrez ne peuvent pas être conservées dans ce navigateur : { $problem }.
# $problem is the browser's reason, in English.
notice-kept-not-saved = Les banques que vous avez ouvertes sont disponibles pour l'instant, mais ne pourront pas être conservées après la fermeture de cette page : { $problem }.
# $title is the bank's title, $source its file name or address.
notice-kept-too-large = La banque « { $title } » ({ $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    }) reste ouverte jusqu'à la fermeture de cette page, mais elle est trop volumineuse pour être conservée dans ce navigateur : rouvrez { $source } la prochaine fois.
# On a bank's page: $problem says, in English, what is wrong with the data.
notice-history-set-aside = L'historique des tentatives enregistré était illisible et a été mis de côté ({ $problem }).
notice-review-set-aside = Les données de révision enregistrées étaient illisibles et ont été mises de côté ({ $problem }).
# $problem says what is wrong with the data, $reason why it could not be moved aside; both in
# English.
notice-history-left-in-place = L'historique des tentatives enregistré n'a pu être ni lu ({ $problem }) ni mis de côté ({ $reason }) : il est laissé tel quel, et plus rien n'y est ajouté.
notice-review-left-in-place = Les données de révision enregistrées n'ont pu être ni lues ({ $problem }) ni mises de côté ({ $reason }) : elles sont laissées telles quelles, et plus rien n'y est ajouté.
# $problem is the browser's reason, in English.
notice-history-unavailable = L'historique des tentatives enregistré est indisponible ({ $problem }).
notice-review-unavailable = Les données de révision enregistrées sont indisponibles ({ $problem }).
# Why a change was not saved, shown inside another sentence (after a colon or in parentheses):
# hence the small first letter and no full stop.
notice-history-kept-unreadable = l'historique des tentatives enregistré est illisible et reste tel quel
notice-review-kept-unreadable = les données de révision enregistrées sont illisibles et restent telles quelles

# (fin de la section de la page d'accueil)

## La page d'une banque : préparer un examen, apprentissage, historique, révision espacée, fichiers de progression
# mod.rs
# A link back to the start page; the arrow points back (a right-to-left language may use →).
bank-all-banks-link = ← Toutes les banques de questions
# $date: the day the bank's authors last checked its facts, as the bank gives it (2025-03-01).
bank-facts-checked = Dernière vérification des informations auprès de leurs sources : { $date }.

# resume_notice.rs
bank-resume-in-progress = Vous avez un examen en cours ({ $count ->
        [one] { $count } question
       *[other] { $count } questions
    }).
# A link styled as a button.
bank-resume-button = Reprendre l'examen

# history.rs
bank-history-heading = Vos tentatives
# The accessible name of a small line chart of the scores of past attempts.
bank-history-chart-label = Évolution du score
bank-history-caption = Tentatives passées, de la plus ancienne à la plus récente
# The history table's column headers.
bank-history-date = Date
# The exam's mode (practice or exam): this column's header, and the set-up form's legend.
bank-mode = Mode
bank-history-score = Score
bank-history-result = Résultat
# An attempt's score: $percent is its share right, already written as a percent ("80 %");
# $correct and $total are counts of questions.
bank-history-score-value = { $percent } ({ $correct } sur { $total })
# An attempt's result, in the "Result" column: short, shown in capitals in English.
bank-history-passed = RÉUSSITE
bank-history-failed = ÉCHEC
# A button that deletes every past attempt of this bank.
bank-history-clear = Effacer l'historique

# setup/mod.rs
bank-setup-heading = Configurer votre examen
# The form's submit button.
bank-setup-start = Commencer l'examen

# setup/fields.rs
bank-setup-mode-practice = Entraînement : chaque réponse est vérifiée aussitôt
bank-setup-mode-exam = Examen : chronométré, correction à la fin
# $total: how many questions the bank has.
bank-setup-count = Nombre de questions (de 1 à { $total })
bank-setup-time-limit = Durée limite
# A choice of the time-limit list: $minutes is the default time for $count questions.
bank-setup-time-default = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } (par défaut pour { $count ->
        [one] { $count } question
       *[other] { $count } questions
    })
# A choice of the time-limit list.
bank-setup-time-minutes = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
bank-setup-time-none = Sans limite
# Extra time granted to some candidates (an accessibility arrangement).
bank-setup-accommodation = Aménagement du temps
bank-setup-accommodation-standard = Temps standard
# $factor: how many times the standard time (1.5 or 2), written as a number.
bank-setup-accommodation-extended = Temps majoré ({ $factor }×)
# AWS Certification's accommodation for candidates whose first language is not English
# ("ESL +30 MINUTES"): keep "ESL" as AWS writes it. $minutes is the minutes it adds (30).
bank-setup-accommodation-esl = ESL : anglais langue seconde (+{ $minutes } min)
bank-setup-accommodation-untimed = Sans chronomètre
bank-setup-topics = Thèmes à inclure
bank-setup-shuffle = Mélanger les questions et les propositions
bank-setup-unseen-first = D'abord les questions auxquelles je n'ai pas encore répondu

# study/mod.rs
bank-study-heading = Apprentissage
bank-study-persistence-refused = Ce navigateur n'a pas accepté de conserver durablement votre progression : il peut l'effacer s'il manque d'espace ou après plusieurs semaines sans visite. Enregistrez régulièrement votre progression dans un fichier.

# study/review_panel.rs
bank-review-heading = Révision espacée
bank-review-intro = Les questions auxquelles vous répondez reviennent en révision juste avant que vous ne les oubliiez ; celles que vous ratez reviennent plus tôt.
bank-review-due = { $count ->
        [0] Aucune question à réviser.
        [one] { $count } question à réviser.
       *[other] { $count } questions à réviser.
    }
# Follows the sentence saying how many questions are due; $count: how many of them were
# answered wrongly last time.
bank-review-missed = Ratées la dernière fois : { $count }.
# A link styled as a button; $count: how many questions the review asks.
bank-review-now = Réviser maintenant ({ $count })
# $date: the day the next question comes due, as the language writes a date.
bank-review-next = Prochaine révision : { $date }.
bank-review-exam-date = Date de votre examen (facultatif)
bank-review-exam-date-hint = Aucune révision n'est prévue après cette date.
# $reason: why, from the browser's storage (may be in English).
bank-review-exam-date-not-saved = Impossible d'enregistrer la date de l'examen : { $reason }.

# study/readiness_panel.rs
bank-readiness-heading = Suis-je prêt ?
# $needed: the number of first answers the estimate needs; $have: how many the candidate has;
# $per-topic: the number it needs in each topic.
bank-readiness-waiting = Pas encore assez de données. Cette estimation ne tient compte que de votre première réponse à chaque question : il lui faut au moins { $needed ->
        [one] { $needed } première réponse
       *[other] { $needed } premières réponses
    } (vous en avez { $have }), dont au moins { $per-topic } dans chaque thème.
# Follows "Not enough evidence yet…"; $topics: the bank's names of the topics, separated by commas.
bank-readiness-thin-topics = Thèmes qui demandent plus de réponses : { $topics }.
# Follows the verdict in bold ("Likely", "Borderline", "Not yet"), hence the leading colon.
# $questions: the exam's question count; $needed: how many right answers pass it;
# $chance: one of the bank-readiness-chance-* messages; $band: "80 %" as the language writes it;
# $low and $high: percents.
bank-readiness-chance = : vous avez { $chance } de chances de réussir l'examen de { $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    }, qui exige { $needed ->
        [one] { $needed } bonne réponse
       *[other] { $needed } bonnes réponses
    } (intervalle à { $band } : de { $low } à { $high }).
# A chance too small to round to 1 %: $percent is "1 %" as the language writes it.
bank-readiness-chance-under = moins de { $percent }
# A chance too near certain to round to 100 %: $percent is "99 %" as the language writes it.
bank-readiness-chance-over = plus de { $percent }
# $percent: the chance, rounded, as the language writes a percent.
bank-readiness-chance-about = environ { $percent }
bank-readiness-caption = Maîtrise par thème, d'après les premières réponses
# The readiness table's column headers; "Practice" heads a column of links to practise a topic.
bank-readiness-topic = Thème
bank-readiness-first-right = Premières réponses justes
bank-readiness-mastery = Maîtrise
bank-readiness-on-exam = Questions à l'examen
bank-readiness-practice = Entraînement
# In the "First answers right" column: $right of the topic's $answers first answers were right.
bank-readiness-right-of = { $right } sur { $answers }
# In the "Mastery" column, for a topic with no first answer yet.
bank-readiness-no-answers = Pas encore de réponse
# The accessible name of a bar showing a topic's mastery; $percent: as the language writes it.
bank-readiness-mastery-bar = Maîtrise : { $percent }
# A link to a practice session of one topic.
bank-readiness-practise-topic = S'entraîner sur ce thème
# The same link's accessible name; $topic: the topic's name, from the bank.
bank-readiness-practise-topic-label = S'entraîner sur ce thème : { $topic }
# A disclosure's summary (click to open the explanation below).
bank-readiness-method-heading = Méthode de calcul
# $draws: how many imagined candidates; $needed: the right answers needed to pass, a number,
# or "unknown" before there is an estimate; $questions: the exam's question count; $weights:
# "topic-weights" when the bank gives its topics weights, else "question-shares";
# $band: "80 %" and $even: "50 %", as the language writes a percent. The quoted verdicts are
# the messages verdict-likely and verdict-not-yet.
bank-readiness-method = Seule votre première réponse à chaque question compte : les nouvelles tentatives et les révisions donneraient une image trop flatteuse de votre niveau. La probabilité de bonne réponse dans chaque thème est estimée d'après vos premières réponses dans ce thème, puis rapprochée de votre niveau global, d'autant plus que vos thèmes semblent peu différer les uns des autres (un thème avec peu de réponses s'appuie davantage sur les autres). L'application imagine ensuite { $draws } candidats dont les probabilités par thème sont tirées aléatoirement parmi celles que vos réponses rendent plausibles, calcule exactement la probabilité que chacun obtienne un nombre de bonnes réponses au moins égal { $needed ->
        [unknown] au seuil de réussite
       *[other] à { $needed }
    } sur { $questions ->
        [one] l'unique question de l'examen, rattachée aux thèmes
       *[other] les { $questions } questions de l'examen, réparties entre les thèmes
    } selon { $weights ->
        [topic-weights] les pondérations des thèmes fixées par la banque
       *[question-shares] la part de chaque thème dans les questions de la banque
    }, et indique la moyenne, avec pour intervalle les { $band } centraux de ces probabilités. Testé sur des milliers de candidats simulés, l'intervalle contenait la vraie probabilité pour 8 d'entre eux sur 10. « { verdict-likely } » signifie que même le bas de l'intervalle atteint au moins { $even } ; « { verdict-not-yet } » signifie que même le haut de l'intervalle reste en dessous ; sinon, le résultat est limite.

# study/progress_file.rs
bank-progress-heading = Conserver votre progression
bank-progress-intro = Les navigateurs peuvent effacer les données d'un site au bout d'un certain temps. Enregistrez votre progression (tentatives, données de révision, degrés de certitude, dates d'examen de toutes les banques) dans un fichier, puis chargez-le ici, dans n'importe quel navigateur.
# A button that downloads a file.
bank-progress-save = Enregistrer ma progression
# The label of a file picker, styled as a button.
bank-progress-load = Charger une progression
bank-progress-nothing-to-save = Il n'y a pas encore de progression à enregistrer.
# $file: the downloaded file's name.
bank-progress-saved = Progression { $banks ->
        [one] de { $banks } banque
       *[other] de { $banks } banques
    } enregistrée dans { $file }.
# $reason: why, from the browser (may be in English).
bank-progress-not-saved = Impossible d'enregistrer le fichier : { $reason }.
# $reason: why the file could not be read as a progress file (in English).
bank-progress-not-read = { $reason }. Rien n'a été modifié.
# $file: the chosen file's name; $reason: why the browser could not read it (may be in English).
bank-progress-unreadable = { $file } : { $reason }. Rien n'a été modifié.
bank-progress-not-text = { $file } : ce n'est pas un fichier de progression (ce n'est pas du texte UTF-8). Rien n'a été modifié.
# $file: the loaded file's name; then how many banks it held and what it added.
bank-progress-loaded = { $file } chargé : { $banks ->
        [one] { $banks } banque
       *[other] { $banks } banques
    }, { $attempts ->
        [one] { $attempts } nouvelle tentative
       *[other] { $attempts } nouvelles tentatives
    } et { $records ->
        [one] { $records } enregistrement de révision plus récent
       *[other] { $records } enregistrements de révision plus récents
    }.
# The accessible name of a list of problems with the loaded file.
bank-progress-problems = Parties illisibles, écartées :
# A problem with a loaded file, in a list shown as code: $file: its name; $bank: a bank's id;
# $reason: why that bank's history could not be saved (may be in English).
bank-progress-history-problem = { $file } : banque « { $bank } » : historique : { $reason }
# As above, for the bank's review records.
bank-progress-review-problem = { $file } : banque « { $bank } » : révision : { $reason }
# (fin de la section de la page d'une banque)

## Passer un examen : la carte de question, le navigateur de questions, le compte à rebours, la remise, les raccourcis
# action_bar.rs: the buttons under the question
exam-previous = Précédente
# Practice mode: checks the answer now.
exam-check = Vérifier
exam-next = Suivante
# A toggle button (pressed while the question is flagged).
exam-flag = Marquer pour y revenir
# Opens the confirmation before the exam is submitted.
exam-submit = Remettre

# bad_link.rs
exam-bad-link-heading = Ce lien d'examen ne fonctionne pas
# Above a list of the link's problems (also when an exam link is opened).
exam-bad-link-intro = Ce lien d'examen contient des paramètres qui ne fonctionnent pas :

# countdown.rs
# A label beside the countdown (mm:ss), and the countdown's accessible name.
exam-time-left = Temps restant
exam-show-timer = Afficher le chronomètre
exam-hide-timer = Masquer le chronomètre
# A button that has a screen reader read the time left (shortcut T).
exam-read-time-left = Annoncer le temps restant
# Read out by screen readers when asked (button or key T); $time is the countdown as shown, "05:00" or "1:30:00".
exam-time-left-spoken = Temps restant : { $time }.
# Announced by screen readers at 5 minutes and at 1 minute left; $minutes is 5 or 1.
exam-time-warning =
    { $minutes ->
        [one] Il reste { $minutes } minute.
       *[other] Il reste { $minutes } minutes.
    }

# finished.rs: notices above the results
# $problem: why the browser's storage refused, in English (from the app's storage layer).
exam-results-save-problem = Ces résultats ne peuvent pas être enregistrés dans ce navigateur ({ $problem }) : ils seront perdus si vous rechargez la page.
# $problem: why, in English.
exam-history-problem = Cette tentative ne peut pas être ajoutée à votre historique dans ce navigateur ({ $problem }).
# In a course's LMS (SCORM package). $score is a percent, as "85%".
exam-lms-sent-passed = Votre résultat a été transmis à votre cours : { $score }, examen réussi.
# In a course's LMS (SCORM package). $score is a percent, as "85%".
exam-lms-sent-not-passed = Votre résultat a été transmis à votre cours : { $score }, examen non réussi.
# $problem: the LMS's error, in English.
exam-lms-report-problem = Votre résultat n'a pas pu être transmis au LMS de votre cours ({ $problem }). Prévenez votre enseignant et gardez cette page ouverte.
# $problem: why, in English.
exam-review-problem = Ces réponses ne peuvent pas être conservées pour la révision espacée dans ce navigateur ({ $problem }).

# gate.rs
# The exam page's main heading: $mode is "Practice" or "Exam" (mode-practice, mode-exam), $title the bank's title.
exam-page-title = { $mode } : { $title }
exam-opening = Ouverture de l'examen…
exam-open-elsewhere = Cet examen est ouvert dans un autre onglet ou une autre fenêtre. Pour le continuer ici, prenez le relais : l'autre onglet cessera de l'enregistrer et l'indiquera.
# Button.
exam-take-over = Continuer l'examen ici
exam-taken-over = Cet examen a été repris dans un autre onglet ou une autre fenêtre : cette page a donc cessé de l'enregistrer. Rien de ce que vous avez fait ici n'est perdu : tout avait été enregistré avant que l'autre onglet ne prenne le relais.
# Button.
exam-take-back = Récupérer l'examen

# navigator.rs
# The accessible name of the list of question buttons beside the exam.
exam-navigator-label = Questions
# A question's button in the navigator, as screen readers name it; $number is its position.
exam-nav-answered = Question { $number }, avec réponse
exam-nav-unanswered = Question { $number }, sans réponse
exam-nav-answered-flagged = Question { $number }, avec réponse, marquée
exam-nav-unanswered-flagged = Question { $number }, sans réponse, marquée

# opening.rs
# $problem: why the saved progress could not be read, in English.
exam-progress-set-aside = La progression enregistrée n'a pas pu être reprise et a été mise de côté (une copie est conservée dans ce navigateur) : { $problem }. Un nouvel examen a commencé.
# $problem: why it could not be read; $why: why it could not be moved; both in English.
exam-progress-left-in-place = La progression enregistrée n'a pas pu être reprise ({ $problem }) ni mise de côté ({ $why }) : elle est donc laissée telle quelle. Un nouvel examen a commencé, mais il ne sera pas enregistré.
# $problem: why the browser's storage refused, in English.
exam-progress-unavailable = La progression ne peut pas être conservée dans ce navigateur ({ $problem }) : l'examen continue, mais elle sera perdue si vous rechargez la page.
# $problem: why, in English, or one of exam-nothing-due and exam-first-needs-whole-app.
exam-cannot-start = Impossible de commencer cet examen : { $problem }.

# question_card.rs
# The question's heading; $number is its position in the exam.
exam-question-heading = Question { $number }
exam-asked-again = Vous avez raté cette question plus tôt dans cette session : la revoici. Cette réponse ne modifie pas votre score.
# The legend of the choices of a question with one right answer.
exam-choose-one = Choisissez une proposition
# The legend of the choices of a question with several right answers: $count (2 or more) is how many to pick.
exam-choose-many = Choisissez { $count } propositions
# The legend of the confidence levels (Guess, Unsure, Sure).
exam-confidence-legend = Quel est votre degré de certitude ? (facultatif)
# Beside a choice once the answer is checked (practice).
exam-choice-correct = ✓ Bonne réponse
# A toggle button beside each choice: the candidate rules the choice out (it shows struck
# through and can still be chosen); pressed again, rules it back in.
exam-strike = Écarter
# The same button's name for assistive technology; $letter is the choice's letter (A, B, …).
exam-strike-choice = Écarter { $letter }
# Read after a ruled-out choice's text by screen readers.
exam-choice-ruled-out = (écartée)
# The exam page's list of keyboard shortcuts, folded under this heading; each line says what its
# keys (shown beside it, as a US keyboard names them) do.
exam-keys-heading = Raccourcis clavier
# The Shift key's name as keyboards in this language label it.
exam-keys-shift = Maj
exam-keys-pick = Choisir une proposition (appuyez de nouveau pour la décocher quand vous en choisissez plusieurs)
exam-keys-strike = Écarter une proposition, ou la rétablir
exam-keys-move = Question suivante ou précédente
exam-keys-flag = Marquer la question pour y revenir
exam-keys-confidence = Indiquer votre degré de certitude : Hasard, Doute ou Certitude
exam-keys-check = Vérifier votre réponse (entraînement)
exam-keys-time = Annoncer le temps restant (examen)
exam-keys-highlight = Surligner le texte sélectionné
# A button under the question: highlights the text the candidate selected in the prompt or a choice.
exam-highlight = Surligner le texte sélectionné
exam-clear-highlights = Effacer les surlignages
# Names the list of the question's highlighted passages, quoted.
exam-highlights-list = Passages surlignés
# The label of a text box under the question, for the candidate's own note; saved with the exam
# and shown in the review.
exam-note-label = Votre note personnelle sur cette question
# Beside a choice once the answer is checked (practice).
exam-choice-wrong = ✗ Votre réponse, incorrecte
# Heading of the verdict once the answer is checked (practice).
exam-feedback-right = ✓ Bravo !
exam-feedback-wrong = ✗ Incorrect
# Followed by the right choices' texts, in bold, separated by exam-list-separator.
exam-right-answer = La bonne réponse :
# Between the right choices' texts after exam-right-answer (a comma and a space in English).
exam-list-separator = { ", " }
exam-comes-back = Cette question reviendra à la fin de cette session.

# runner.rs
# In a course's LMS (SCORM package). $problem: the LMS's error, in English.
exam-lms-progress-problem = Le LMS de votre cours n'a pas pu conserver cette tentative ({ $problem }) ; elle reste enregistrée dans ce navigateur.

# running.rs
exam-question-missing = Cette question est absente de la banque.
# $problem: why the browser's storage refused, in English.
exam-save-problem = La progression ne peut pas être enregistrée dans ce navigateur ({ $problem }) ; l'examen continue.
# Above the question: where the candidate is in the exam.
exam-question-of = Question { $number } sur { $total }

# submit_panel.rs: the confirmation before submitting
exam-confirm-heading = Remettre vos réponses ?
exam-confirm-all-done = Vous avez répondu à toutes les questions et aucune n'est marquée.
exam-confirm-go-back = Vous pouvez encore revenir à ces questions :
# A heading above links to the questions with no answer; $count is how many.
exam-unanswered-count = Sans réponse ({ $count })
# A heading above links to the flagged questions; $count is how many.
exam-flagged-count = Marquées pour y revenir ({ $count })
# A link-like button; $number is the question's position.
exam-go-to-question = Aller à la question { $number }
# Button: submits the exam.
exam-submit-now = Remettre maintenant
# Button: closes the confirmation.
exam-keep-working = Revenir à l'examen

# whole.rs
# Shown as $problem in exam-cannot-start, so it begins in lower case: an exam link that draws the questions due for review.
exam-nothing-due = aucune question n'est à réviser pour le moment
# $problem: the LMS's data could not be read, in English.
exam-lms-resume-problem-kept = La progression conservée par le LMS de votre cours n'a pas pu être reprise ({ $problem }) ; une copie est conservée dans ce navigateur.
# $problem: the LMS's data could not be read, in English.
exam-lms-resume-problem = La progression conservée par le LMS de votre cours n'a pas pu être reprise ({ $problem }).

# first_app.rs (the first module, which shows an exam link's first question before the rest of the app loads)
# $problem: why the app could not load, in English.
exam-first-app-failed = Impossible d'afficher cette page : l'application n'a pas pu se charger ({ $problem }). Vérifiez votre connexion et rechargez la page.

# first_runner.rs
# Shown as $problem in exam-cannot-start, so it begins in lower case.
exam-first-needs-whole-app = cet examen a besoin du reste de l'application, qui n'est pas encore chargé
# A heading, once the exam is submitted while the results cannot show yet.
exam-first-submitted-heading = Vos réponses ont été remises
exam-first-submitted-waiting = Elles sont enregistrées dans ce navigateur. Vos résultats s'afficheront dès que le reste de l'application sera chargé.
# $problem: why the rest of the app could not load, in English.
exam-first-submitted-failed = Elles sont enregistrées dans ce navigateur, mais le reste de l'application, qui affiche vos résultats, n'a pas pu se charger ({ $problem }). Rechargez la page quand vous serez de nouveau en ligne pour les voir.
# $problem: why, in English.
exam-first-whole-app-failed = Le reste de l'application n'a pas pu se charger ({ $problem }) : les résultats, la correction et les autres pages sont indisponibles pour le moment. Cet examen continue, et chaque réponse est enregistrée dans ce navigateur.
# (fin de la section de l'examen)

## Résultats, correction, résultats de la classe, pages introuvables
# mod.rs

# The results page's heading, and the name of its region.
results-heading = Résultats

# score.rs

results-time-ran-out = Temps écoulé : l'examen a été remis automatiquement.
# The big verdict beside the score, in capitals in English; a word or two.
results-pass = RÉUSSITE
results-fail = ÉCHEC
# Beside the score. $percent is the bank's pass mark, already written as a percent ("70 %").
results-pass-mark = (seuil de réussite : { $percent })
# The figures under the score: a short label each, the count beside it.
results-figure-correct = Justes
results-figure-wrong = Fausses
results-figure-unanswered = Sans réponse
results-figure-flagged = Marquées
results-figure-time-used = Temps utilisé
# The time the exam took. $seconds is always written with two digits ("05").
results-time-used = { $minutes } min { $seconds } s
results-extended-time-150 = Le temps majoré (1,5×) a été utilisé.
results-extended-time-200 = Le temps majoré (2×) a été utilisé.
# $minutes: the minutes the ESL accommodation added (30).
results-extra-time-esl = Le temps majoré ESL (+{ $minutes } min) a été utilisé.
results-untimed = L'examen a été passé sans chronomètre.

# certainty.rs

# A heading: how sure the candidate said they were of their answers.
results-certainty-heading = Votre degré de certitude
# $marks is the candidate's certainty-based score (it can be below zero), $best the most they
# could have had, $average the marks per question (a number with up to two decimals).
results-certainty-score = Score pondéré par la certitude : { $marks } sur un maximum de { $best } ({ $average } par question, sur une échelle de −6 à 3). Avec « Certitude », une réponse juste rapporte 3 points et une réponse fausse en coûte 6 ; avec « Doute », 2 points gagnés ou perdus ; avec « Hasard », 1 point ou rien. Les questions sans degré de certitude comptent comme « Hasard ». Votre score à l'examen, ci-dessus, reste inchangé.
# A heading over links to questions; $count is how many are listed.
results-sure-but-wrong = Certitude, mais réponse fausse ({ $count })
results-sure-but-wrong-why = Idées fausses : ces questions passeront en premier lors de votre prochaine révision.
# A heading over links to questions; $count is how many are listed.
results-right-but-guessed = Réponse juste, mais au hasard ({ $count })
results-right-but-guessed-why = De la chance, pas encore du savoir : ces questions reviendront plus tôt que celles auxquelles vous avez répondu avec « Certitude ».
# A link to a question's item in the review below; $number counts from 1.
results-question-link = Question { $number }

# topics.rs

results-topics-heading = Par thème
results-topics-caption = Réponses justes par thème
# The topic table's column headers.
results-topics-topic = Thème
results-topics-correct = Justes
results-topics-score = Score
# A topic's row: $correct questions right of the $total asked on it.
results-topics-correct-of = { $correct } sur { $total }

# actions.rs

# A button; $count is how many questions were missed (at least 1).
results-retry-missed = { $count ->
    [one] Refaire la question ratée
   *[other] Refaire les { $count } questions ratées
}
# A button.
results-new-exam = Nouvel examen
# A button.
results-download-csv = Télécharger les résultats (CSV)
results-candidate-name = Votre nom, pour votre enseignant (facultatif)
# A button; the Class results page's introduction names it too.
results-download-result-file = Télécharger un fichier de résultat pour votre enseignant
results-result-file-hint = Le fichier contient vos réponses et vos temps, mais pas de score : il est corrigé de nouveau sur la page de votre enseignant.
# $problem says why, in English (from the browser's side of the app).
results-download-failed = Impossible d'enregistrer le fichier : { $problem }.

# review.rs

results-review-heading = Correction
# The name of the group of filter buttons over the review.
results-review-filters = Afficher les questions
# Filter buttons over the review; $count is how many questions each shows.
results-filter-all = Toutes ({ $count })
results-filter-wrong = Fausses ({ $count })
results-filter-flagged = Marquées ({ $count })
results-filter-unanswered = Sans réponse ({ $count })
# A review item's heading; $number counts from 1.
results-item-correct = Question { $number } : ✓ Juste
results-item-wrong = Question { $number } : ✗ Fausse
results-item-unanswered = Question { $number } : – Sans réponse
# A review item's heading for a question the candidate flagged; $number counts from 1.
results-item-correct-flagged = Question { $number } : ✓ Juste, marquée
results-item-wrong-flagged = Question { $number } : ✗ Fausse, marquée
results-item-unanswered-flagged = Question { $number } : – Sans réponse, marquée
# $confidence is how sure the candidate said they were: Guess, Unsure or Sure.
results-said-confidence = Vous avez indiqué : { $confidence }.
# Shown after a choice in the review, in bold.
results-choice-right = (✓ bonne réponse)
results-choice-yours = (votre réponse)
results-choice-right-and-yours = (✓ bonne réponse, votre réponse)
# After a choice in the review that the candidate ruled out while answering.
results-choice-ruled-out = (vous l'aviez écartée)
# Over the passages of a question the candidate highlighted, in the review.
results-your-highlights = Vos passages surlignés
# Over the candidate's own note on a question, in the review.
results-your-note = Votre note personnelle

# class_results.rs

# The Class results page's heading.
class-heading = Résultats de la classe
class-all-banks = ← Toutes les banques de questions
# $button is the results page's button "Download a result file for your teacher", as translated.
class-intro = Ouvrez les fichiers de résultat de vos candidats (obtenus avec « { $button } » sur leur page de résultats). Chacun est corrigé de nouveau d'après la banque : un score modifié dans un fichier ne compte donc pas. Rien n'est envoyé en ligne : les fichiers sont lus dans cette page.
# The label of the file picker.
class-result-files = Fichiers de résultat
# The name of a list of file problems.
class-files-left-out = Fichiers écartés :
class-files-not-used = Fichiers inutilisables :
# $file is a file's name.
class-file-not-text = { $file } : ce n'est pas un fichier de résultat (ce n'est pas du texte UTF-8)
# $file is a file's name; $problem says why it could not be read, in English (from the browser's side of the app).
class-file-unreadable = { $file } : { $problem }
# $file is a file's name; $bank the id of the bank it was taken on.
class-file-other-bank = { $file } : résultat obtenu sur la banque « { $bank } », que ce site ne possède pas ; ouvrez d'abord cette banque
# A table's caption; $count is how many candidates it lists.
class-candidates-caption = Candidats ({ $count }), corrigés de nouveau d'après la banque
# The candidates table's column headers.
class-candidate = Candidat
class-score = Score
class-result = Résultat
class-time-used = Temps utilisé
# A candidate's score: $percent is already written as a percent; $correct right of $total.
class-score-value = { $percent } ({ $correct } sur { $total })
# A candidate's result, in capitals in English; a word or two in a table cell.
class-pass = RÉUSSITE
class-fail = ÉCHEC
# A candidate's time, in whole minutes.
class-minutes = { $minutes } min
class-questions-caption = Questions : taux de réussite, discrimination (corrélation point-bisériale : dans quelle mesure la question distingue les candidats les plus forts des plus faibles) et mauvaise proposition la plus choisie
# The questions table's column headers.
class-question = Question
class-topic = Thème
class-right = Justes
class-share-right = Taux de réussite
class-discrimination = Discrimination
class-most-chosen-wrong = Mauvaise proposition la plus choisie
# A question's row: $right candidates answered it right of the $asked who had it.
class-right-of = { $right } sur { $asked }
# $choice is the wrong choice's text (from the bank); $times how many candidates chose it.
class-wrong-choice = { $choice } ({ $times })
# Buttons.
class-download-scores = Télécharger les scores (CSV)
class-download-questions = Télécharger les statistiques des questions (CSV)

# not_found.rs

not-found-heading = Page introuvable
# $name is the address or bank id the candidate asked for.
not-found-message = Il n'existe aucune banque de questions ni aucune page nommée « { $name } ».
not-found-all-banks = Voir toutes les banques de questions
# $title is the bank's title.
not-found-loading-bank = Chargement de { $title }…
not-found-loading-banks = Chargement des banques de questions…
# (fin de la section des résultats)

## Les problèmes des fichiers de banque et leurs avertissements, tels que la page les montre aux enseignants
# Teachers read these beside their file, so they keep the file's own words in code form: field
# names (format, topics, default_question_count, choices[2].text), GIFT and Aiken marks (::, =, ~,
# ANSWER:), keys and values quoted from the file. Translate the words around them only.
# $place is where the problem is, in code form ("week3.gift:12", "bank.json:4:7"); $message is
# one of the file-* messages below, already written.

file-line = { $place } : { $message }
# $id is the question's id, $number its place in the file (1 for the first).
file-line-in-question = { $place } : question « { $id } » (n° { $number }) : { $message }
file-line-in-unnamed-question = { $place } : question n° { $number } : { $message }
file-line-warning = { $place } : avertissement : { $message }
# What the problem did, after its message.
file-outcome-question-skipped = { $message } ; la question est ignorée
file-outcome-text-skipped = { $message } ; ce texte est ignoré
# A note about one question, among the warnings; $message is one of the file-* messages.
file-note-of-question = question « { $id } » : { $message }

# Problems of any field; $field is the field's name in the file ("title", "choices[2].text").
file-missing = le champ { $field } est absent
file-empty = le champ { $field } est vide
file-empty-optional = le champ { $field } est vide ; supprimez-le plutôt
# $known lists the object's fields, as the file writes them.
file-unknown-field = { $field } n'est pas un champ du format de banque (champs connus : { $known })
# $text is the id as the file writes it.
file-id-empty = { $field } « { $text } » est vide
file-id-too-long = { $field } « { $text } » dépasse { $max } caractères
file-id-bad-character = { $field } « { $text } » ne peut contenir que des lettres, des chiffres, '-', '_' et '.' (pas d'espaces)
file-listed-twice = { $field } « { $value } » figure deux fois dans la liste

# Problems of the bank's own fields.
# $format is the bank format's number this version reads, as the file writes it ("1").
file-format-missing = le champ format est absent ; ajoutez "format": { $format }
file-format-unsupported = le format { $found } n'est pas pris en charge ; cette version lit le format { $format }
file-unknown-level = level « { $text } » n'est pas valide : la valeur doit être « foundational » ou « going-further »
file-bad-language = language « { $text } » n'est pas une étiquette de langue BCP 47 telle que « fr » ou « pt-BR » ; la banque est lue sans indication de langue
file-bad-facts-checked = facts_checked « { $text } » doit être une date valide, écrite au format YYYY-MM-DD
file-report-url-scheme = report_url « { $text } » doit commencer par https:// ou mailto:
file-report-url-spaces = report_url « { $text } » ne doit contenir ni espaces ni caractères de contrôle
# $placeholder is the text the address must hold, "{question}".
file-report-url-no-question = report_url « { $text } » doit contenir { $placeholder }, qui sera remplacé par l'identifiant de la question signalée
file-no-topics = le champ topics est vide ; indiquez au moins un thème
file-too-many-questions = le champ questions contient { $count ->
        [one] { $count } question
       *[other] { $count } questions
    } ; une banque peut en contenir au plus { $limit } (répartissez-les entre plusieurs banques)
file-only-question-unusable = l'unique question du fichier est inutilisable
# $count is 2 or more.
file-no-usable-question = aucune des { $count } questions n'est utilisable
file-question-count-below-one = default_question_count vaut { $count } ; la valeur doit être au moins égale à 1
file-question-count-above-file = default_question_count vaut { $count }, alors que la banque ne contient que { $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    }
file-question-count-lowered = default_question_count vaut { $count }, alors que { $usable ->
        [one] seule { $usable } question est utilisable
       *[other] seules { $usable } questions sont utilisables
    } ; les examens en comportent donc { $usable } par défaut
file-time-limit-out-of-range = default_time_limit_minutes vaut { $minutes } ; la valeur doit être comprise entre 1 et { $limit }
file-weighted-topic-unknown = topic_weights mentionne « { $topic } », qui ne fait pas partie des thèmes de la banque
file-bad-weight = dans topic_weights, la pondération de « { $topic } » vaut { $weight } ; une pondération doit être un nombre positif ou nul
file-no-positive-weight = topic_weights ne donne à aucun thème une pondération supérieure à 0
file-pass-mark-out-of-range = pass_mark_percent vaut { $percent } ; la valeur doit être comprise entre 0 et 100

# Problems of one question.
# $first is the number of the question that used the id first.
file-id-used-before = id « { $id } » est déjà utilisé par la question n° { $first }
# $instruction is what the question card says, as exam-choose-many writes it ("Choose 4").
file-every-choice-right = toutes les propositions sont justes, donc « { $instruction } » dévoile la réponse aux candidats ; pensez à ajouter une proposition fausse
# $topics lists the bank's topics.
file-topic-not-listed = topic « { $topic } » ne figure pas dans la liste des thèmes de la banque ({ $topics })
file-too-many-choices = le champ choices contient { $count } propositions ; une question peut en offrir au plus { $limit }
# $count is 0 or 1.
file-too-few-choices = le champ choices contient { $count ->
        [one] { $count } proposition
       *[other] { $count } propositions
    } ; une question en demande au moins deux
file-choice-id-repeated = { $field } « { $id } » est déjà utilisé par une autre proposition de cette question
file-choice-text-repeated = { $field } « { $text } » est identique à une autre proposition
file-no-answer = le champ answer est vide ; indiquez au moins une proposition
# $choices lists the question's choice ids.
file-answer-not-a-choice = answer « { $id } » ne correspond à aucune des propositions { $choices }
file-unsafe-url = { $field } « { $url } » doit être une adresse http:// ou https://

# Problems with the file as a whole.
# $description is the JSON reader's own description of the error, in English.
file-json-syntax = { $description }
file-too-large = le fichier fait { $megabytes } Mo ; le plus gros fichier de questions que cette application lit fait { $limit } Mo
file-utf16 = le fichier est enregistré en UTF-16 ; enregistrez-le plutôt en UTF-8
file-not-utf8 = à cet endroit, le fichier n'est pas du texte UTF-8 valide ; enregistrez-le en UTF-8
file-format-unknown = le format n'a pas pu être reconnu : le fichier doit être une banque JSON (.json), un fichier GIFT ou Aiken (.gift, .txt), un fichier Markdown (.md) ou un fichier Moodle XML (.xml)
# $reason is why, as the browser said it.
file-not-loaded = chargement impossible : { $reason }
file-id-not-as-listed = l'identifiant de la banque est « { $id } », mais questions/index.json la répertorie sous « { $listed } »

# Problems in the syntax of GIFT, Aiken and Markdown files. $label names a question in short: its
# title or the start of its text.
file-block-too-long = cette question s'étend sur { $kilobytes } Ko sans ligne vide ; les questions doivent être séparées par des lignes vides ({ $limit } Ko au plus chacune)
file-title-not-closed = le titre ouvert par :: n'est jamais fermé par ::
file-answer-block-not-closed = le bloc de réponses ouvert par {"{"} n'est jamais fermé par {"}"}
file-second-answer-block = cette question a un second bloc de réponses {"{"}…{"}"} ; une question ne peut en avoir qu'un
file-no-answers = « { $label } » : le bloc de réponses ne contient aucune réponse = ou ~
file-no-right-weight = « { $label } » n'a pas de bonne réponse : marquez-en une avec = ou donnez aux bonnes réponses une pondération %weight% positive
file-answer-line-first = une ligne ANSWER: qui ne suit aucune question
file-not-a-choice-letter = ANSWER: « { $text } » n'est pas une lettre de proposition telle que A ou B
file-answer-line-names-no-letter = la ligne ANSWER: n'indique aucune lettre de proposition
# $letter is a choice's letter (A, B, …).
file-choice-before-question = la proposition { $letter } apparaît avant tout texte de question
file-choice-out-of-order = la proposition { $letter } n'est pas dans l'ordre : la proposition suivante de cette question devrait être { $expected }
file-choice-out-of-order-full = la proposition { $letter } n'est pas dans l'ordre : cette question ne devrait plus avoir de proposition (26 au plus)
file-no-answer-line = cette question n'a pas de ligne ANSWER: après ses propositions
file-text-without-choices = ce texte n'est suivi d'aucune proposition ni d'aucune ligne ANSWER:
file-answer-names-no-option = la ligne de réponse « { $text } » n'indique aucune lettre de proposition (A, B, …)
file-no-lettered-choices = cette question n'a aucune proposition précédée d'une lettre (A. …)
file-no-correct-answer-line = cette question n'a pas de ligne « Correct answer: … »
# $letters lists the letters as the file has them ("A, C, D").
file-option-letters-wrong = les propositions portent les lettres { $letters } : chaque lettre à partir de A doit apparaître une fois et une seule
# $mark is the character found between the brackets.
file-unclear-box = la case de proposition [{ $mark }] n'est ni [x] (juste) ni [ ] (fausse)
file-no-ticked-option = cette question n'a aucune proposition juste : cochez-en une avec - [x]
file-front-matter-not-closed = l'en-tête (front matter) ouvert par --- n'est jamais fermé par ---
# $key and $value are a front matter line's, as the file writes them.
file-not-whole-number = { $key } « { $value } » n'est pas un nombre entier
file-not-true-or-false = { $key } « { $value } » ne vaut ni true ni false
file-xml-syntax = ce n'est pas du XML bien formé : { $description }
file-not-a-moodle-quiz = ce fichier XML n'est pas un export de questions Moodle : il contient <{ $root }>, et non <quiz>
file-fraction-not-a-number = « { $label } » : la fraction de la réponse, « { $text } », n'est pas un nombre
file-no-right-fraction = « { $label } » n'a pas de bonne réponse : aucune réponse n'a de fraction positive

# Warnings: worth the teacher's attention, but the bank still works.
# $alt is the picture's alt text.
file-picture-left-out = une image (« { $alt } ») est écartée de ce texte, car cette application ne sait pas encore afficher les images
file-picture-left-out-no-alt = une image sans texte alternatif est écartée de ce texte, car cette application ne sait pas encore afficher les images
file-no-answer-block = « { $label } » n'a pas de bloc de réponses {"{"}…{"}"} (dans Moodle, c'est une description) ; question ignorée
file-gift-essay = « { $label } » est une question de composition, que cette application ne prend pas en charge ; question ignorée
file-gift-numerical = « { $label } » est une question numérique, que cette application ne prend pas en charge ; question ignorée
file-gift-matching = « { $label } » est une question d'appariement, que cette application ne prend pas en charge ; question ignorée
file-gift-short-answer = « { $label } » est une question à réponse courte, que cette application ne prend pas en charge ; question ignorée
# $percent is a GIFT weight, as a number ("50", "33.33"); $choice the answer's text.
file-partial-credit = « { $label } » : la note partielle ({ $percent } %) attribuée à « { $choice } » n'est pas prise en charge ; cette réponse compte comme fausse
file-several-equals-answers = « { $label } » marque { $count } réponses comme justes avec = ; Moodle accepte n'importe laquelle d'entre elles, mais cette application les demande toutes
file-weights-not-hundred = « { $label } » : les pondérations des bonnes réponses totalisent { $percent } %, et non 100 % ; toute réponse de pondération positive compte comme juste
file-moodle-type-unsupported = « { $label } » est une question Moodle de type « { $kind } », que cette application ne prend pas en charge ; question ignorée
file-uneven-credit = « { $label } » : dans Moodle, les bonnes réponses rapportent des parts différentes de la note ; ici, chacune compte comme juste et toutes sont demandées
# $text is the first line of the text (cut short), $lines how many lines it takes.
file-text-outside-question = { $lines ->
        [1] « { $text } » n'appartient à aucune question
        [one] « { $text } » n'appartient à aucune question
        [2] « { $text } » et la ligne suivante n'appartiennent à aucune question
       *[other] « { $text } » et les lignes suivantes n'appartiennent à aucune question ({ $lines } lignes)
    } : une question Aiken est le texte placé juste avant ses propositions ; texte écarté
file-numbered-line-without-choices = cette ligne numérotée n'est suivie d'aucune proposition précédée d'une lettre ; elle n'est pas lue comme une question
file-fence-not-closed = ce bloc de code délimité n'est jamais refermé ; il est lu comme du texte
file-numbered-line-without-options = cette ligne numérotée n'est suivie d'aucune proposition [x] ou [ ] ; elle n'est pas lue comme une question
# $start and $end are line numbers of the file.
file-numbered-lines-without-options = les lignes numérotées (lignes { $start } à { $end }) ne sont suivies d'aucune proposition [x] ou [ ] ; elles ne sont pas lues comme des questions
# $line is the line as the file writes it.
file-front-matter-not-key-value = la ligne d'en-tête (front matter) « { $line } » n'est pas de la forme clé: valeur ; ligne ignorée
file-quizdown-display-option = la clé { $key } de l'en-tête (front matter) est une option d'affichage de quizdown ; cette application l'ignore
file-front-matter-unused = la clé { $key } de l'en-tête (front matter) n'est pas utilisée ; elle est ignorée
# $missing of the file's $usable questions.
file-no-explanations = { $missing ->
        [one] { $missing } question sur { $usable } n'a pas d'explication
       *[other] { $missing } questions sur { $usable } n'ont pas d'explication
    } (voici la première) ; les candidats ne verront que la bonne réponse
# $earlier is the id of the earlier question, $line the line it starts on.
file-repeated-prompt = la question « { $id } » reprend l'énoncé de la question « { $earlier } » (ligne { $line })
file-repeated-prompt-no-line = la question « { $id } » reprend l'énoncé de la question « { $earlier } »

## Les enregistrements et les fichiers remis qui n'ont pas pu être lus : un examen enregistré, les banques conservées, les fichiers de progression et de résultat, le module de lecture des formats des enseignants
# $detail is the JSON reader's own description of what is wrong, in English; $found a format
# version as the file writes it, $reads the one this version reads.

# Why a saved exam could not be resumed (it is set aside, never half used).
restore-damaged = l'examen enregistré est endommagé ({ $detail })
restore-unknown-format = l'examen enregistré est au format { $found }, que cette version ne sait pas lire
# $saved is the id of the bank the saved exam belongs to.
restore-other-bank = l'examen enregistré appartient à une autre banque (« { $saved } »)
restore-bank-changed = la banque de questions a changé depuis l'enregistrement de l'examen
restore-inconsistent = l'examen enregistré est incohérent ({ $detail })

# The banks kept in this browser.
kept-list-version = la liste des banques conservées dans ce navigateur est au format { $found }, que cette version ne lit pas
kept-list-damaged = la liste des banques conservées dans ce navigateur est endommagée ({ $detail })
# $source is the file name or address the bank came from; $problems its problems (file-line
# messages), joined with "; ".
kept-bank-left-out = la copie conservée de { $source } n'a pas pu être relue et a été écartée : { $problems }

# Progress files; $file is the file's name, $kind the kind every progress file names.
progress-not-a-progress-file = { $file } : ce n'est pas un fichier de progression ({ $detail })
progress-no-kind = { $file } : ce n'est pas un fichier de progression (il ne contient pas "kind": "{ $kind }")
progress-no-version = { $file } : le fichier de progression n'indique aucune version de format
progress-version = { $file } : le format de progression { $found } n'est pas pris en charge par cette version (elle lit le format { $reads })
# $bank is a bank's id in the file; this part of the file is left out, the rest is used.
progress-part-unreadable = { $file } : banque « { $bank } » : { $detail } ; cette partie est écartée
progress-history-unreadable = { $file } : banque « { $bank } » : historique : { $detail } ; cette partie est écartée
progress-review-unreadable = { $file } : banque « { $bank } » : révision : { $detail } ; cette partie est écartée

# Result files the class results leave out; $file is the file's name.
result-not-a-result = { $file } : ce n'est pas un fichier de résultat ({ $detail })
# $found is the kind the file names (another of the app's files, such as a progress file).
result-other-kind = { $file } : ce n'est pas un fichier de résultat (son champ kind vaut « { $found } »)
# $kind is the kind every result file names.
result-no-kind = { $file } : ce n'est pas un fichier de résultat (il ne contient pas "kind": "{ $kind }")
result-no-version = { $file } : ce n'est pas un fichier de résultat (il n'indique aucune version de format)
result-version = { $file } : le format de résultat { $found } n'est pas pris en charge par cette version (elle lit le format { $reads })
result-no-answers = { $file } : le résultat ne contient aucune réponse
# $title and $id are the other bank's.
result-other-bank = { $file } : résultat obtenu sur une autre banque, « { $title } » ({ $id })
result-other-bank-version = { $file } : résultat obtenu sur une autre version de cette banque (ses questions, ses propositions ou ses réponses ont changé depuis)
# $answer is the answer's number in the file (1 for the first), $question a question's id.
result-unknown-question = { $file } : réponse n° { $answer } : la question « { $question } » ne figure pas dans la banque
result-answered-twice = { $file } : la question « { $question } » a reçu deux réponses
result-impossible-answer = { $file } : question « { $question } » : la réponse désigne des propositions que la question ne comporte pas

# The reader of GIFT, Aiken and Markdown files, which runs beside the page.
tools-not-loaded = le module de lecture de ce format n'a pas pu être chargé ; vérifiez votre connexion et réessayez
# $message is the browser's own description of the failure, in English.
tools-failed = le module de lecture de ce format a échoué ({ $message })
tools-failed-silently = le module de lecture de ce format a échoué
tools-no-answer = le module de lecture de ce format n'a renvoyé aucune réponse
# A bug, or two versions of the app side by side: $detail says what, in English.
tools-answer-unreadable = la réponse du module de lecture est illisible ({ $detail })

## Les refus du moteur, les problèmes des liens d'examen et ce que le navigateur a refusé (stockage, réseau, fichiers, LMS)
# refusals.rs
refusal-finished = Cet examen est terminé.
refusal-too-many-choices = Choisissez { $choose } propositions : décochez l'une de vos propositions avant d'en choisir une autre.
refusal-not-a-choice = « { $choice } » n'est pas une proposition de cette question.
refusal-locked = Cette réponse a été vérifiée et ne peut plus être modifiée.
refusal-no-such-question = Il n'y a pas de question { $number }.
refusal-at-first-question = Vous êtes à la première question.
refusal-at-last-question = Vous êtes à la dernière question.
refusal-nothing-selected = Choisissez une réponse avant de la vérifier.
refusal-not-practice-mode = Les réponses ne sont vérifiées qu'à la fin d'un examen.
# $max is how many characters a note may hold.
refusal-note-too-long = Une note personnelle peut contenir au plus { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    }.
# $max is how many highlights one question may have.
refusal-too-many-highlights = Une question peut comporter au plus { $max ->
        [one] { $max } passage surligné ; effacez-le d'abord
       *[other] { $max } passages surlignés ; effacez-en d'abord quelques-uns
    }.
refusal-not-a-passage = Sélectionnez d'abord un passage du texte de la question elle-même (son énoncé ou une proposition), puis surlignez-le.
# Keep $parameter and the link's own words (mode, practice, exam, count, seed, shuffle, on, off,
# time, none, extra, esl30, untimed, draw, unseen, review) as they are.
link-bad-mode = { $parameter } : mode vaut practice ou exam
link-bad-count = { $parameter } : count est un nombre entier à partir de 1
link-bad-seed = { $parameter } : seed est un nombre entier
link-bad-shuffle = { $parameter } : shuffle vaut on ou off
link-bad-time = { $parameter } : time est un nombre de minutes de 1 à { $max }, ou none
link-bad-extra = { $parameter } : extra (temps majoré) vaut 1, 1.5, 2, esl30 ou untimed
link-bad-draw = { $parameter } : draw vaut unseen ou review
link-unknown-setting = { $parameter } : ce n'est pas un paramètre de lien d'examen
link-unknown-question = { $parameter } : aucune question de cette banque ne porte cet identifiant
link-unknown-topic = { $parameter } : ce n'est pas un thème de cette banque
link-no-such-topic = la banque n'a pas de thème « { $topic } »
link-no-matching-questions = aucune question ne correspond aux thèmes choisis
link-no-questions = un examen doit comporter au moins une question
browser-storage-no-window = pas de fenêtre
browser-storage-access-refused = le navigateur a refusé l'accès au stockage
browser-storage-none = ce navigateur n'a pas de stockage local
browser-storage-read-failed = la lecture de la progression enregistrée a échoué
browser-storage-full = le stockage du navigateur est plein ou désactivé
browser-storage-remove-failed = la suppression de la progression enregistrée a échoué
browser-fetch-no-window = cette page n'a pas de fenêtre
browser-fetch-failed = la requête a échoué ({ $detail }) : l'adresse est peut-être erronée, le serveur est peut-être indisponible, ou il n'autorise peut-être pas ce site à le lire (CORS)
browser-fetch-no-detail = la requête réseau a échoué
browser-fetch-status = le serveur a répondu { $code } { $status }
browser-lms-missing = le LMS n'a pas de fonction { $function }
browser-lms-threw = { $function } a échoué dans le LMS
browser-lms-refused = { $call } a été refusé (erreur { $code } : { $reason })
browser-lms-too-long = la progression de l'examen occupe { $length ->
        [one] { $length } caractère
       *[other] { $length } caractères
    }, plus que les { $limit } qu'autorise SCORM 1.2
browser-download-no-file = le navigateur n'a pas pu créer le fichier
browser-download-no-page = il n'y a pas de page depuis laquelle télécharger
browser-download-not-started = le navigateur n'a pas pu lancer le téléchargement
browser-file-too-large = le fichier fait { $size } Mo ; le plus gros fichier de questions que cette application lit fait { $limit } Mo
browser-file-unreadable = le navigateur n'a pas pu lire le fichier
browser-app-no-loader = cette page ne peut pas charger le reste de l'application
browser-app-not-downloaded = il n'a pas été téléchargé
# (end of the refusals' section)
