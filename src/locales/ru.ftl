### Интерфейс Exam Practice на русском языке: все сообщения интерфейса, переведённые с en.ftl
### (те же идентификаторы, те же переменные).
###
### Глоссарий (один термин на понятие во всём файле):
###   exam — экзамен; practice (режим) — тренировка; question — вопрос; answer — ответ;
###   choice — вариант (ответа); flag — пометить (для возврата); flagged — помеченный;
###   review (разбор ответов после экзамена) — разбор; spaced review — интервальное повторение
###   (коротко: повторение); review records — записи повторения;
###   pass mark — проходной балл; score — балл; PASS / FAIL — СДАН / НЕ СДАН; passed — сдан;
###   topic — тема; bank — банк вопросов (банк); results — результаты; result (столбец) — итог;
###   time limit — ограничение времени; submit — завершить (экзамен);
###   Guess / Unsure / Sure — Наугад / Неуверенно / Уверенно; "Am I ready?" — «Готовы ли вы?»;
###   set aside — перенести в резервную копию; candidate (страницы преподавателя) — учащийся;
###   class — группа; problem (в списке) — ошибка. Обращение — на «вы»;
###   rule out (вариант) — исключить; highlight — выделить цветом (выделить = select);
###   note — заметка; keyboard shortcuts — сочетания клавиш.

# The language's name in itself, as the language menu lists it.
language-name = Русский

## Сайт

site-brand = Exam Practice
language-menu-label = Язык
language-load-failed = Не удалось показать интерфейс на языке «{ $language }» ({ $problem }), поэтому он на английском. Перезагрузите страницу, чтобы попробовать снова.
display-menu-label = Текст и цвета
display-text-size = Размер текста
display-size-standard = Обычный
display-size-large = Крупный
display-size-larger = Крупнее
display-size-largest = Максимальный
display-colours = Цвета
display-colours-system = Как на этом устройстве
display-colours-light = Светлый фон
display-colours-dark = Тёмный фон
display-colours-contrast = Высокая контрастность

## Значения движка, как их называют все страницы

mode-practice = Тренировка
mode-exam = Экзамен
confidence-guess = Наугад
confidence-unsure = Неуверенно
confidence-sure = Уверенно
verdict-not-yet = Пока нет
verdict-borderline = На грани
verdict-likely = Скорее да
# The file formats, as the start page says what a file was read as.
format-json = банк JSON
format-gift = GIFT
format-aiken = Aiken
format-markdown-answers = Markdown с блоками ответов
format-markdown-task-list = список задач Markdown
format-moodle-xml = Moodle XML

## Стартовая страница и общие части страниц (home, components, оболочка приложения, хранилища)
# home/mod.rs

# Shown while the site's list of question banks loads.
home-loading-banks = Загрузка банков вопросов…
home-index-unreadable = Не удалось прочитать список банков вопросов.
# The start page's main heading.
home-heading = Пробные экзамены
home-teachers-heading = Для преподавателей
# A link to the class results page; the sentence home-class-results-description follows it in
# the same paragraph.
home-class-results-link = Результаты группы
# Follows the link "Class results" (home-class-results-link) in the same paragraph.
home-class-results-description = : проверка файлов результатов ваших учащихся со статистикой по каждому вопросу.

# home/own_banks.rs

home-own-heading = Свои вопросы
# The label of the button that opens a file picker.
home-open-file-label = Открыть файл с вопросами…
home-open-file-help = Банк в формате JSON, файл GIFT или Aiken (.gift, .txt), Markdown (.md) либо Moodle XML (.xml); его также можно перетащить сюда. Файл читается в этом браузере и никуда не загружается.
# $address is the web address a ?bank= link names.
home-loading-address = Загрузка банка вопросов с адреса { $address }…
# The name of a list of warnings, for assistive technology; $source is a file name or address.
home-warnings-for = Предупреждения: { $source }
# The name of a list of problems that left parts of a file out; $source is a file name or address.
home-skipped-in = Пропущено в { $source }
# Precedes the list of problems that left pieces of text (not questions) out of the file.
home-imported-all = { $questions ->
        [one] Импортирован { $questions } вопрос из { $questions }
        [few] Импортированы все { $questions } вопроса
        [many] Импортированы все { $questions } вопросов
       *[other] Импортированы все { $questions } вопроса
    }; { $pieces ->
        [one] пропущен { $pieces } фрагмент
        [few] пропущены { $pieces } фрагмента
        [many] пропущено { $pieces } фрагментов
       *[other] пропущено { $pieces } фрагмента
    } прочего текста:
# Precedes the list of problems that left questions out: $questions of the $total in the file
# were imported, $skipped were not.
home-imported-some = Импортировано { $questions } из { $total ->
        [one] { $total } вопроса
        [few] { $total } вопросов
        [many] { $total } вопросов
       *[other] { $total } вопроса
    }; пропущено { $skipped }:
# $title is the bank's title, $source its file name or address, $format the file's format as the
# importer names it (in English: "GIFT", "JSON bank", "Markdown task list"). The sentences
# home-opened-replaced or home-opened-renamed, then home-opened-warnings, may follow it.
home-opened = Открыт банк «{ $title }» из { $source } ({ $format }): { $questions ->
        [one] { $questions } вопрос
        [few] { $questions } вопроса
        [many] { $questions } вопросов
       *[other] { $questions } вопроса
    }, хранится в этом браузере.
home-opened-replaced = Он заменяет копию, сохранённую ранее.
# $id is the new id the bank is kept under.
home-opened-renamed = На сайте уже есть банк с таким же идентификатором, поэтому эта копия сохранена как «{ $id }».
# Precedes the list of warnings.
home-opened-warnings = { $count ->
        [one] { $count } предупреждение:
        [few] { $count } предупреждения:
        [many] { $count } предупреждений:
       *[other] { $count } предупреждения:
    }
# A button; $title is the bank's title.
home-take-bank = Пройти «{ $title }»
# Precedes the list of warnings for a file that cannot be used.
home-warnings = Предупреждения:
# The heading over the banks kept in this browser; also names their list.
home-kept-heading = Сохранено в этом браузере
# Under a kept bank's title: $source is its file name or address, $format the file's format as
# the importer names it ("GIFT").
home-kept-facts = { $questions ->
        [one] { $questions } вопрос
        [few] { $questions } вопроса
        [many] { $questions } вопросов
       *[other] { $questions } вопроса
    }, из { $source } ({ $format })
# A button; $title is the bank's title.
home-remove-bank = Удалить «{ $title }»

# components (several pages)

# A button or link; $title is the bank's title.
common-open-bank = Открыть «{ $title }»
# The name of a list of problems, for assistive technology; $name is a file name, address or
# bank title.
common-problems-in = Ошибки: { $name }
# In bold, before common-problems-found; $name is a file name or address.
common-file-cannot-be-used = Нельзя использовать { $name }:
# Follows "… cannot be used:" (common-file-cannot-be-used or bank-list-bank-cannot-be-used).
common-problems-found = { $count ->
        [one] Найдена { $count } ошибка.
        [few] Найдены { $count } ошибки.
        [many] Найдено { $count } ошибок.
       *[other] Найдено { $count } ошибки.
    }
# A small heading over a question's links to further reading.
common-read-more = Подробнее
# A link that opens an e-mail or web page to report a problem with the question shown.
common-report-problem = Сообщить об ошибке в этом вопросе

# components/bank_list.rs

# $file is the index file's path, "questions/index.json".
bank-list-none = В { $file } пока нет ни одного банка вопросов.
# The name of the list of the site's banks, for assistive technology.
bank-list-label = Банки вопросов
bank-list-open-to-see = Откройте банк, чтобы увидеть его вопросы.
# The bank's figures, as a list of terms and values: the number of questions.
bank-list-questions = Вопросы
bank-list-default-exam = Экзамен по умолчанию
# The value beside "Default exam".
bank-list-default-exam-value = { $questions ->
        [one] { $questions } вопрос
        [few] { $questions } вопроса
        [many] { $questions } вопросов
       *[other] { $questions } вопроса
    } за { $minutes ->
        [one] { $minutes } минуту
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    }
bank-list-pass-mark = Проходной балл
bank-list-topics = Темы
# On the start page, under a bank some of whose questions cannot be used.
bank-list-left-out-see-page = { $count ->
        [one] { $count } вопрос из { $total } содержит ошибку и исключён; причины указаны на странице банка.
        [few] { $count } вопроса из { $total } содержат ошибки и исключены; причины указаны на странице банка.
        [many] { $count } вопросов из { $total } содержат ошибки и исключены; причины указаны на странице банка.
       *[other] { $count } вопроса из { $total } содержат ошибки и исключены; причины указаны на странице банка.
    }
# On a bank's page, opens the list of problems in its file.
bank-list-left-out = { $count ->
        [one] { $count } вопрос из { $total } содержит ошибку и исключён
        [few] { $count } вопроса из { $total } содержат ошибки и исключены
        [many] { $count } вопросов из { $total } содержат ошибки и исключены
       *[other] { $count } вопроса из { $total } содержат ошибки и исключены
    }
# On a bank's page, opens the list of problems found outside its questions.
bank-list-outside-questions = { $count ->
        [one] { $count } ошибка в тексте вне вопросов (текст пропущен)
        [few] { $count } ошибки в тексте вне вопросов (текст пропущен)
        [many] { $count } ошибок в тексте вне вопросов (текст пропущен)
       *[other] { $count } ошибки в тексте вне вопросов (текст пропущен)
    }
# In bold, before common-problems-found.
bank-list-bank-cannot-be-used = Этот банк нельзя использовать:

# components/site_notices.rs and the stores' notices

# $file is the index file's path; $problem the browser's reason, in English.
notice-index-not-loaded = Не удалось загрузить { $file }: { $problem }
# $problems lists what is wrong, in English, separated by semicolons.
notice-package-settings = Настройки экзамена в этом пакете некорректны ({ $problems }).
# $problem is the LMS's or the browser's reason, in English.
notice-package-lms = LMS курса не запустила эту попытку ({ $problem }); экзамен продолжается, но его результат не попадёт в LMS.
# A line of a list of problems: $address is a ?bank= link's address, $problem the browser's
# reason, in English.
notice-address-not-loaded = { $address }: не удалось загрузить: { $problem }
# $problem says, in English, what is wrong with the stored list of banks (e.g. "the list of banks
# kept in this browser is damaged (…)").
notice-kept-set-aside = { $problem }. Список перенесён в резервную копию; откройте файлы с вопросами заново.
# $problem as in notice-kept-set-aside.
notice-kept-not-set-aside = { $problem }. Перенести список в резервную копию тоже не удалось; откройте файлы с вопросами заново.
# $problem is the browser's reason, in English.
notice-kept-unavailable = Открытые банки нельзя сохранить в этом браузере: { $problem }.
# $problem is the browser's reason, in English.
notice-kept-not-saved = Открытые банки доступны сейчас, но не сохранятся после закрытия этой страницы: { $problem }.
# $title is the bank's title, $source its file name or address.
notice-kept-too-large = Банк «{ $title }» ({ $questions ->
        [one] { $questions } вопрос
        [few] { $questions } вопроса
        [many] { $questions } вопросов
       *[other] { $questions } вопроса
    }) открыт до закрытия этой страницы, но он слишком велик, чтобы сохранить его в этом браузере: в следующий раз откройте { $source } снова.
# On a bank's page: $problem says, in English, what is wrong with the data.
notice-history-set-aside = Сохранённую историю попыток не удалось прочитать, поэтому она перенесена в резервную копию ({ $problem }).
notice-review-set-aside = Сохранённые записи повторения не удалось прочитать, поэтому они перенесены в резервную копию ({ $problem }).
# $problem says what is wrong with the data, $reason why it could not be moved aside; both in
# English.
notice-history-left-in-place = Сохранённую историю попыток не удалось ни прочитать ({ $problem }), ни перенести в резервную копию ({ $reason }); она оставлена как есть, и новые попытки в неё не добавляются.
notice-review-left-in-place = Сохранённые записи повторения не удалось ни прочитать ({ $problem }), ни перенести в резервную копию ({ $reason }); они оставлены как есть, и новые записи в них не добавляются.
# $problem is the browser's reason, in English.
notice-history-unavailable = Сохранённая история попыток недоступна ({ $problem }).
notice-review-unavailable = Сохранённые записи повторения недоступны ({ $problem }).
# Why a change was not saved, shown inside another sentence (after a colon or in parentheses):
# hence the small first letter and no full stop.
notice-history-kept-unreadable = не удалось прочитать сохранённую историю попыток, она оставлена как есть
notice-review-kept-unreadable = не удалось прочитать сохранённые записи повторения, они оставлены как есть

# (end of the start page's section)

## Страница банка: настройка экзамена, подготовка, история, интервальное повторение, файлы прогресса
# mod.rs
# A link back to the start page; the arrow points back (a right-to-left language may use →).
bank-all-banks-link = ← Все банки вопросов
# $date: the day the bank's authors last checked its facts, as the bank gives it (2025-03-01).
bank-facts-checked = Последняя сверка фактов с источниками: { $date }.

# resume_notice.rs
bank-resume-in-progress = У вас есть незавершённый экзамен ({ $count ->
        [one] { $count } вопрос
        [few] { $count } вопроса
        [many] { $count } вопросов
       *[other] { $count } вопроса
    }).
# A link styled as a button.
bank-resume-button = Продолжить экзамен

# history.rs
bank-history-heading = Ваши попытки
# The accessible name of a small line chart of the scores of past attempts.
bank-history-chart-label = Динамика балла
bank-history-caption = Прошлые попытки, сначала ранние
# The history table's column headers.
bank-history-date = Дата
# The exam's mode (practice or exam): this column's header, and the set-up form's legend.
bank-mode = Режим
bank-history-score = Балл
bank-history-result = Итог
# An attempt's score: $percent is its share right, already written as a percent ("80 %");
# $correct and $total are counts of questions.
bank-history-score-value = { $percent } ({ $correct } из { $total })
# An attempt's result, in the "Result" column: short, shown in capitals in English.
bank-history-passed = СДАН
bank-history-failed = НЕ СДАН
# A button that deletes every past attempt of this bank.
bank-history-clear = Очистить историю

# setup/mod.rs
bank-setup-heading = Настройка экзамена
# The form's submit button.
bank-setup-start = Начать экзамен

# setup/fields.rs
bank-setup-mode-practice = Тренировка: каждый ответ проверяется сразу
bank-setup-mode-exam = Экзамен: на время, результаты в конце
# $total: how many questions the bank has.
bank-setup-count = Количество вопросов (от 1 до { $total })
bank-setup-time-limit = Ограничение времени
# A choice of the time-limit list: $minutes is the default time for $count questions.
bank-setup-time-default = { $minutes ->
        [one] { $minutes } минута
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    } (по умолчанию для { $count ->
        [one] { $count } вопроса
        [few] { $count } вопросов
        [many] { $count } вопросов
       *[other] { $count } вопроса
    })
# A choice of the time-limit list.
bank-setup-time-minutes = { $minutes ->
        [one] { $minutes } минута
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    }
bank-setup-time-none = Без ограничения
# Extra time granted to some candidates (an accessibility arrangement).
bank-setup-accommodation = Особые условия по времени
bank-setup-accommodation-standard = Обычное время
# $factor: how many times the standard time (1.5 or 2), written as a number.
bank-setup-accommodation-extended = Увеличенное время ({ $factor }×)
# AWS Certification's accommodation for candidates whose first language is not English
# ("ESL +30 MINUTES"): keep "ESL" as AWS writes it. $minutes is the minutes it adds (30).
bank-setup-accommodation-esl = ESL: английский — не родной язык (+{ $minutes } мин)
bank-setup-accommodation-untimed = Без ограничения времени
bank-setup-topics = Включить темы
bank-setup-shuffle = Перемешать вопросы и варианты ответов
bank-setup-unseen-first = Сначала вопросы, на которые ещё не было ответа

# study/mod.rs
bank-study-heading = Подготовка
bank-study-persistence-refused = Этот браузер не разрешил хранить ваш прогресс постоянно: он может удалить его, если не хватит места или если вы несколько недель не будете заходить на сайт. Время от времени сохраняйте прогресс в файл.

# study/review_panel.rs
bank-review-heading = Интервальное повторение
bank-review-intro = Вопросы, на которые вы ответили, возвращаются для повторения незадолго до того, как вы их забудете; вопросы с ошибками возвращаются раньше.
bank-review-due = { $count ->
        [0] Сейчас нет вопросов для повторения.
        [one] { $count } вопрос ждёт повторения.
        [few] { $count } вопроса ждут повторения.
        [many] { $count } вопросов ждут повторения.
       *[other] { $count } вопроса ждут повторения.
    }
# Follows the sentence saying how many questions are due; $count: how many of them were
# answered wrongly last time.
bank-review-missed = С ошибкой в прошлый раз: { $count }.
# A link styled as a button; $count: how many questions the review asks.
bank-review-now = Повторить сейчас ({ $count })
# $date: the day the next question comes due, as the language writes a date.
bank-review-next = Следующее повторение: { $date }.
bank-review-exam-date = Дата вашего экзамена (необязательно)
bank-review-exam-date-hint = После этой даты повторения не планируются.
# $reason: why, from the browser's storage (may be in English).
bank-review-exam-date-not-saved = Не удалось сохранить дату экзамена: { $reason }.

# study/readiness_panel.rs
bank-readiness-heading = Готовы ли вы?
# $needed: the number of first answers the estimate needs; $have: how many the candidate has;
# $per-topic: the number it needs in each topic.
bank-readiness-waiting = Пока недостаточно данных. Эта оценка учитывает только ваш первый ответ на каждый вопрос, поэтому таких ответов нужно не менее { $needed } (у вас: { $have }), из них не менее { $per-topic } по каждой теме.
# Follows "Not enough evidence yet…"; $topics: the bank's names of the topics, separated by commas.
bank-readiness-thin-topics = Темы, по которым нужно больше ответов: { $topics }.
# Follows the verdict in bold ("Likely", "Borderline", "Not yet"), hence the leading colon.
# $questions: the exam's question count; $needed: how many right answers pass it;
# $chance: one of the bank-readiness-chance-* messages; $band: "80 %" as the language writes it;
# $low and $high: percents.
bank-readiness-chance = : вероятность сдать экзамен (вопросов: { $questions }, нужно верных ответов: { $needed }) — { $chance } (интервал { $band }: от { $low } до { $high }).
# A chance too small to round to 1 %: $percent is "1 %" as the language writes it.
bank-readiness-chance-under = менее { $percent }
# A chance too near certain to round to 100 %: $percent is "99 %" as the language writes it.
bank-readiness-chance-over = более { $percent }
# $percent: the chance, rounded, as the language writes a percent.
bank-readiness-chance-about = около { $percent }
bank-readiness-caption = Освоение тем по первым ответам
# The readiness table's column headers; "Practice" heads a column of links to practise a topic.
bank-readiness-topic = Тема
bank-readiness-first-right = Верных первых ответов
bank-readiness-mastery = Освоение
bank-readiness-on-exam = Вопросов на экзамене
bank-readiness-practice = Тренировка
# In the "First answers right" column: $right of the topic's $answers first answers were right.
bank-readiness-right-of = { $right } из { $answers }
# In the "Mastery" column, for a topic with no first answer yet.
bank-readiness-no-answers = Ответов пока нет
# The accessible name of a bar showing a topic's mastery; $percent: as the language writes it.
bank-readiness-mastery-bar = Освоение: { $percent }
# A link to a practice session of one topic.
bank-readiness-practise-topic = Тренировка по теме
# The same link's accessible name; $topic: the topic's name, from the bank.
bank-readiness-practise-topic-label = Тренировка по теме: { $topic }
# A disclosure's summary (click to open the explanation below).
bank-readiness-method-heading = Как это рассчитывается
# $draws: how many imagined candidates; $needed: the right answers needed to pass, a number,
# or "unknown" before there is an estimate; $questions: the exam's question count; $weights:
# "topic-weights" when the bank gives its topics weights, else "question-shares";
# $band: "80 %" and $even: "50 %", as the language writes a percent. The quoted verdicts are
# the messages verdict-likely and verdict-not-yet.
bank-readiness-method = Учитывается только ваш первый ответ на каждый вопрос: повторные попытки и повторения завышали бы оценку. Вероятность верного ответа по каждой теме оценивается по вашим первым ответам в ней и сдвигается к вашему общему уровню — тем сильнее, чем меньше заметны различия между вашими результатами по темам (тема с небольшим числом ответов больше опирается на остальные). Затем приложение моделирует { $draws ->
        [one] { $draws } условного экзаменуемого
        [few] { $draws } условных экзаменуемых
        [many] { $draws } условных экзаменуемых
       *[other] { $draws } условных экзаменуемых
    }, чьи вероятности по темам выбираются в пределах, которые допускают ваши ответы, точно вычисляет для каждого из них вероятность ответить верно { $needed ->
        [unknown] на нужное для сдачи число
       *[other] хотя бы на { $needed }
    } из { $questions ->
        [one] { $questions } вопроса
        [few] { $questions } вопросов
        [many] { $questions } вопросов
       *[other] { $questions } вопроса
    } экзамена, если вопросы распределены по темам { $weights ->
        [topic-weights] согласно весам тем, заданным в банке,
       *[question-shares] пропорционально доле каждой темы среди вопросов банка,
    } и выводит среднее значение, а в качестве интервала — центральные { $band } этих вероятностей. При проверке на тысячах смоделированных экзаменуемых интервал содержал истинную вероятность в 8 случаях из 10. «{ verdict-likely }» означает, что даже нижняя граница интервала не ниже { $even }; «{ verdict-not-yet }» — что даже верхняя граница ниже этого значения; в остальных случаях — на грани.

# study/progress_file.rs
bank-progress-heading = Сохранение прогресса
bank-progress-intro = Браузеры могут со временем удалять данные сайтов. Сохраните прогресс (попытки, записи повторения, уверенность, даты экзаменов по всем банкам) в файл и загрузите его здесь в любом браузере.
# A button that downloads a file.
bank-progress-save = Сохранить прогресс
# The label of a file picker, styled as a button.
bank-progress-load = Загрузить прогресс
bank-progress-nothing-to-save = Пока нечего сохранять.
# $file: the downloaded file's name.
bank-progress-saved = Прогресс { $banks ->
        [one] { $banks } банка
        [few] { $banks } банков
        [many] { $banks } банков
       *[other] { $banks } банка
    } сохранён в файл { $file }.
# $reason: why, from the browser (may be in English).
bank-progress-not-saved = Не удалось сохранить файл: { $reason }.
# $reason: why the file could not be read as a progress file (in English).
bank-progress-not-read = { $reason }. Ничего не изменено.
# $file: the chosen file's name; $reason: why the browser could not read it (may be in English).
bank-progress-unreadable = { $file }: { $reason }. Ничего не изменено.
bank-progress-not-text = { $file }: это не файл прогресса (не текст в UTF-8). Ничего не изменено.
# $file: the loaded file's name; then how many banks it held and what it added.
bank-progress-loaded = Загружен файл { $file }: { $banks ->
        [one] { $banks } банк
        [few] { $banks } банка
        [many] { $banks } банков
       *[other] { $banks } банка
    }, { $attempts ->
        [one] { $attempts } новая попытка
        [few] { $attempts } новые попытки
        [many] { $attempts } новых попыток
       *[other] { $attempts } новой попытки
    } и { $records ->
        [one] { $records } обновлённая запись повторения
        [few] { $records } обновлённые записи повторения
        [many] { $records } обновлённых записей повторения
       *[other] { $records } обновлённой записи повторения
    }.
# The accessible name of a list of problems with the loaded file.
bank-progress-problems = Части, которые не удалось прочитать (пропущены):
# A problem with a loaded file, in a list shown as code: $file: its name; $bank: a bank's id;
# $reason: why that bank's history could not be saved (may be in English).
bank-progress-history-problem = { $file }: банк «{ $bank }»: история: { $reason }
# As above, for the bank's review records.
bank-progress-review-problem = { $file }: банк «{ $bank }»: повторение: { $reason }
# (end of the bank page's section)

## Прохождение экзамена: карточка вопроса, навигатор, таймер, завершение, сочетания клавиш
# action_bar.rs: the buttons under the question
exam-previous = Назад
# Practice mode: checks the answer now.
exam-check = Проверить
exam-next = Далее
# A toggle button (pressed while the question is flagged).
exam-flag = Пометить для возврата
# Opens the confirmation before the exam is submitted.
exam-submit = Завершить

# bad_link.rs
exam-bad-link-heading = Эта ссылка на экзамен не работает
# Above a list of the link's problems (also when an exam link is opened).
exam-bad-link-intro = В этой ссылке на экзамен некорректные настройки:

# countdown.rs
# A label beside the countdown (mm:ss), and the countdown's accessible name.
exam-time-left = Осталось времени
exam-show-timer = Показать таймер
exam-hide-timer = Скрыть таймер
# A button that has a screen reader read the time left (shortcut T).
exam-read-time-left = Озвучить оставшееся время
# Read out by screen readers when asked (button or key T); $time is the countdown as shown, "05:00" or "1:30:00".
exam-time-left-spoken = Осталось { $time }.
# Announced by screen readers at 5 minutes and at 1 minute left; $minutes is 5 or 1.
exam-time-warning =
    { $minutes ->
        [one] Осталась { $minutes } минута.
        [few] Осталось { $minutes } минуты.
        [many] Осталось { $minutes } минут.
       *[other] Осталось { $minutes } минуты.
    }

# finished.rs: notices above the results
# $problem: why the browser's storage refused, in English (from the app's storage layer).
exam-results-save-problem = Эти результаты нельзя сохранить в этом браузере ({ $problem }); при перезагрузке страницы они пропадут.
# $problem: why, in English.
exam-history-problem = Эту попытку нельзя добавить в историю в этом браузере ({ $problem }).
# In a course's LMS (SCORM package). $score is a percent, as "85%".
exam-lms-sent-passed = Ваш результат отправлен в курс: { $score }, экзамен сдан.
# In a course's LMS (SCORM package). $score is a percent, as "85%".
exam-lms-sent-not-passed = Ваш результат отправлен в курс: { $score }, экзамен не сдан.
# $problem: the LMS's error, in English.
exam-lms-report-problem = Не удалось отправить ваш результат в LMS курса ({ $problem }). Сообщите преподавателю и не закрывайте эту страницу.
# $problem: why, in English.
exam-review-problem = Эти ответы нельзя сохранить для повторения в этом браузере ({ $problem }).

# gate.rs
# The exam page's main heading: $mode is "Practice" or "Exam" (mode-practice, mode-exam), $title the bank's title.
exam-page-title = { $mode }: { $title }
exam-opening = Открытие экзамена…
exam-open-elsewhere = Этот экзамен открыт в другой вкладке или окне. Чтобы продолжить здесь, перенесите его сюда: другая вкладка перестанет сохранять экзамен и сообщит об этом.
# Button.
exam-take-over = Продолжить экзамен здесь
exam-taken-over = Этот экзамен перенесён в другую вкладку или окно, поэтому эта страница больше его не сохраняет. Ничего из сделанного здесь не потеряно: всё было сохранено до переноса.
# Button.
exam-take-back = Вернуть экзамен сюда

# navigator.rs
# The accessible name of the list of question buttons beside the exam.
exam-navigator-label = Вопросы
# A question's button in the navigator, as screen readers name it; $number is its position.
exam-nav-answered = Вопрос { $number }, есть ответ
exam-nav-unanswered = Вопрос { $number }, без ответа
exam-nav-answered-flagged = Вопрос { $number }, есть ответ, помечен
exam-nav-unanswered-flagged = Вопрос { $number }, без ответа, помечен

# opening.rs
# $problem: why the saved progress could not be read, in English.
exam-progress-set-aside = Сохранённый прогресс не удалось восстановить, поэтому он перенесён в резервную копию в этом браузере: { $problem }. Начат новый экзамен.
# $problem: why it could not be read; $why: why it could not be moved; both in English.
exam-progress-left-in-place = Сохранённый прогресс не удалось ни восстановить ({ $problem }), ни перенести в резервную копию ({ $why }), поэтому он оставлен как есть. Начат новый экзамен, который не будет сохраняться.
# $problem: why the browser's storage refused, in English.
exam-progress-unavailable = В этом браузере нельзя сохранять прогресс ({ $problem }); экзамен продолжается, но при перезагрузке страницы прогресс пропадёт.
# $problem: why, in English, or one of exam-nothing-due and exam-first-needs-whole-app.
exam-cannot-start = Этот экзамен нельзя начать: { $problem }.

# question_card.rs
# The question's heading; $number is its position in the exam.
exam-question-heading = Вопрос { $number }
exam-asked-again = Ранее в этом занятии вы ответили на этот вопрос неверно, поэтому он повторяется. Этот ответ не влияет на ваш балл.
# The legend of the choices of a question with one right answer.
exam-choose-one = Выберите один вариант
# The legend of the choices of a question with several right answers: $count (2 or more) is how many to pick.
exam-choose-many = { $count ->
        [one] Выберите { $count } вариант
        [few] Выберите { $count } варианта
        [many] Выберите { $count } вариантов
       *[other] Выберите { $count } варианта
    }
# The legend of the confidence levels (Guess, Unsure, Sure).
exam-confidence-legend = Насколько вы уверены? (необязательно)
# Beside a choice once the answer is checked (practice).
exam-choice-correct = ✓ Правильный ответ
# A toggle button beside each choice: the candidate rules the choice out (it shows struck
# through and can still be chosen); pressed again, rules it back in.
exam-strike = Исключить
# The same button's name for assistive technology; $letter is the choice's letter (A, B, …).
exam-strike-choice = Исключить { $letter }
# Read after a ruled-out choice's text by screen readers.
exam-choice-ruled-out = (исключён)
# The exam page's list of keyboard shortcuts, folded under this heading; each line says what its
# keys (shown beside it, as a US keyboard names them) do.
exam-keys-heading = Сочетания клавиш
# The Shift key's name as keyboards in this language label it.
exam-keys-shift = Shift
exam-keys-pick = Выбрать вариант (если нужно выбрать несколько, повторное нажатие снимает выбор)
exam-keys-strike = Исключить вариант или вернуть его
exam-keys-move = Следующий или предыдущий вопрос
exam-keys-flag = Пометить вопрос для возврата
exam-keys-confidence = Указать степень уверенности: «Наугад», «Неуверенно» или «Уверенно»
exam-keys-check = Проверить ответ (в режиме тренировки)
exam-keys-time = Озвучить оставшееся время (в режиме экзамена)
exam-keys-highlight = Выделить цветом выбранный текст
# A button under the question: highlights the text the candidate selected in the prompt or a choice.
exam-highlight = Выделить цветом выбранный текст
exam-clear-highlights = Убрать выделение цветом
# Names the list of the question's highlighted passages, quoted.
exam-highlights-list = Выделено цветом
# The label of a text box under the question, for the candidate's own note; saved with the exam
# and shown in the review.
exam-note-label = Ваша заметка к этому вопросу
# Beside a choice once the answer is checked (practice).
exam-choice-wrong = ✗ Ваш вариант — неверный
# Heading of the verdict once the answer is checked (practice).
exam-feedback-right = ✓ Отлично!
exam-feedback-wrong = ✗ Неверно
# Followed by the right choices' texts, in bold, separated by exam-list-separator.
exam-right-answer = Правильный ответ:
# Between the right choices' texts after exam-right-answer (a comma and a space in English).
exam-list-separator = { ", " }
exam-comes-back = Этот вопрос вернётся в конце занятия.

# runner.rs
# In a course's LMS (SCORM package). $problem: the LMS's error, in English.
exam-lms-progress-problem = LMS курса не смогла сохранить эту попытку ({ $problem }); она по-прежнему сохранена в этом браузере.

# running.rs
exam-question-missing = Этого вопроса нет в банке.
# $problem: why the browser's storage refused, in English.
exam-save-problem = Прогресс нельзя сохранить в этом браузере ({ $problem }); экзамен продолжается.
# Above the question: where the candidate is in the exam.
exam-question-of = Вопрос { $number } из { $total }

# submit_panel.rs: the confirmation before submitting
exam-confirm-heading = Завершить и сдать ответы?
exam-confirm-all-done = На все вопросы даны ответы, помеченных нет.
exam-confirm-go-back = Вы ещё можете вернуться к этим вопросам:
# A heading above links to the questions with no answer; $count is how many.
exam-unanswered-count = Без ответа ({ $count })
# A heading above links to the flagged questions; $count is how many.
exam-flagged-count = Помечены для возврата ({ $count })
# A link-like button; $number is the question's position.
exam-go-to-question = Перейти к вопросу { $number }
# Button: submits the exam.
exam-submit-now = Завершить сейчас
# Button: closes the confirmation.
exam-keep-working = Продолжить

# whole.rs
# Shown as $problem in exam-cannot-start, so it begins in lower case: an exam link that draws the questions due for review.
exam-nothing-due = сейчас нет вопросов для повторения
# $problem: the LMS's data could not be read, in English.
exam-lms-resume-problem-kept = Не удалось восстановить прогресс, сохранённый в LMS курса ({ $problem }); копия сохранена в этом браузере.
# $problem: the LMS's data could not be read, in English.
exam-lms-resume-problem = Не удалось восстановить прогресс, сохранённый в LMS курса ({ $problem }).

# first_app.rs (the first module, which shows an exam link's first question before the rest of the app loads)
# $problem: why the app could not load, in English.
exam-first-app-failed = Не удаётся показать эту страницу: приложение не загрузилось ({ $problem }). Проверьте подключение к интернету и перезагрузите страницу.

# first_runner.rs
# Shown as $problem in exam-cannot-start, so it begins in lower case.
exam-first-needs-whole-app = для этого экзамена нужна остальная часть приложения, а она ещё не загрузилась
# A heading, once the exam is submitted while the results cannot show yet.
exam-first-submitted-heading = Экзамен завершён
exam-first-submitted-waiting = Ваши ответы сохранены в этом браузере. Результаты появятся, как только загрузится остальная часть приложения.
# $problem: why the rest of the app could not load, in English.
exam-first-submitted-failed = Ваши ответы сохранены в этом браузере, но остальная часть приложения, которая показывает результаты, не загрузилась ({ $problem }). Чтобы увидеть результаты, перезагрузите страницу, когда снова будете в сети.
# $problem: why, in English.
exam-first-whole-app-failed = Остальная часть приложения не загрузилась ({ $problem }), поэтому результаты, разбор и другие страницы пока недоступны. Экзамен продолжается, и каждый ответ сохраняется в этом браузере.
# (end of the exam's section)

## Результаты, разбор, результаты группы, страницы «не найдено»
# mod.rs

# The results page's heading, and the name of its region.
results-heading = Результаты

# score.rs

results-time-ran-out = Время вышло: экзамен завершён автоматически.
# The big verdict beside the score, in capitals in English; a word or two.
results-pass = СДАН
results-fail = НЕ СДАН
# Beside the score. $percent is the bank's pass mark, already written as a percent ("70 %").
results-pass-mark = (проходной балл: { $percent })
# The figures under the score: a short label each, the count beside it.
results-figure-correct = Верно
results-figure-wrong = Неверно
results-figure-unanswered = Без ответа
results-figure-flagged = Помечено
results-figure-time-used = Затраченное время
# The time the exam took. $seconds is always written with two digits ("05").
results-time-used = { $minutes } мин { $seconds } с
results-extended-time-150 = Использовалось увеличенное время (1,5×).
results-extended-time-200 = Использовалось увеличенное время (2×).
# $minutes: the minutes the ESL accommodation added (30).
results-extra-time-esl = Использовалось дополнительное время ESL (+{ $minutes } мин).
results-untimed = Экзамен пройден без ограничения времени.

# certainty.rs

# A heading: how sure the candidate said they were of their answers.
results-certainty-heading = Ваша уверенность
# $marks is the candidate's certainty-based score (it can be below zero), $best the most they
# could have had, $average the marks per question (a number with up to two decimals).
results-certainty-score = Балл с учётом уверенности: { $marks } из { $best } возможных (в среднем { $average } на вопрос по шкале от −6 до 3). «Уверенно» и верно — +3, «уверенно» и неверно — −6; «неуверенно» — +2 или −2; «наугад» — +1 или 0. Вопросы без отметки уверенности считаются ответами наугад. Ваш балл за экзамен (см. выше) от этого не меняется.
# A heading over links to questions; $count is how many are listed.
results-sure-but-wrong = Уверенно, но неверно ({ $count })
results-sure-but-wrong-why = Заблуждения: эти вопросы будут первыми при следующем повторении.
# A heading over links to questions; $count is how many are listed.
results-right-but-guessed = Верно, но наугад ({ $count })
results-right-but-guessed-why = Пока удача, а не знание: эти вопросы вернутся раньше, чем те, в ответах на которые вы были уверены.
# A link to a question's item in the review below; $number counts from 1.
results-question-link = Вопрос { $number }

# topics.rs

results-topics-heading = По темам
results-topics-caption = Верные ответы по темам
# The topic table's column headers.
results-topics-topic = Тема
results-topics-correct = Верно
results-topics-score = Балл
# A topic's row: $correct questions right of the $total asked on it.
results-topics-correct-of = { $correct } из { $total }

# actions.rs

# A button; $count is how many questions were missed (at least 1).
results-retry-missed = { $count ->
    [one] Проработать { $count } ошибку
    [few] Проработать { $count } ошибки
    [many] Проработать { $count } ошибок
   *[other] Проработать { $count } ошибки
}
# A button.
results-new-exam = Новый экзамен
# A button.
results-download-csv = Скачать результаты (CSV)
results-candidate-name = Ваше имя для преподавателя (необязательно)
# A button; the Class results page's introduction names it too.
results-download-result-file = Скачать файл результата для преподавателя
results-result-file-hint = В файле — ваши ответы и время, но не балл: страница преподавателя оценивает их заново.
# $problem says why, in English (from the browser's side of the app).
results-download-failed = Не удалось сохранить файл: { $problem }.

# review.rs

results-review-heading = Разбор
# The name of the group of filter buttons over the review.
results-review-filters = Показать вопросы
# Filter buttons over the review; $count is how many questions each shows.
results-filter-all = Все ({ $count })
results-filter-wrong = Неверные ({ $count })
results-filter-flagged = Помеченные ({ $count })
results-filter-unanswered = Без ответа ({ $count })
# A review item's heading; $number counts from 1.
results-item-correct = Вопрос { $number }: ✓ Верно
results-item-wrong = Вопрос { $number }: ✗ Неверно
results-item-unanswered = Вопрос { $number }: – Без ответа
# A review item's heading for a question the candidate flagged; $number counts from 1.
results-item-correct-flagged = Вопрос { $number }: ✓ Верно, помечен
results-item-wrong-flagged = Вопрос { $number }: ✗ Неверно, помечен
results-item-unanswered-flagged = Вопрос { $number }: – Без ответа, помечен
# $confidence is how sure the candidate said they were: Guess, Unsure or Sure.
results-said-confidence = Вы указали: { $confidence }.
# Shown after a choice in the review, in bold.
results-choice-right = (✓ правильный ответ)
results-choice-yours = (ваш ответ)
results-choice-right-and-yours = (✓ правильный ответ, ваш ответ)
# After a choice in the review that the candidate ruled out while answering.
results-choice-ruled-out = (вы его исключили)
# Over the passages of a question the candidate highlighted, in the review.
results-your-highlights = Фрагменты, выделенные вами цветом
# Over the candidate's own note on a question, in the review.
results-your-note = Ваша заметка

# class_results.rs

# The Class results page's heading.
class-heading = Результаты группы
class-all-banks = ← Все банки вопросов
# $button is the results page's button "Download a result file for your teacher", as translated.
class-intro = Откройте файлы результатов ваших учащихся (кнопка «{ $button }» на их странице результатов). Каждый файл оценивается заново по банку, поэтому изменённый в файле балл ничего не даёт. Ничего не загружается на сервер: файлы читаются на этой странице.
# The label of the file picker.
class-result-files = Файлы результатов
# The name of a list of file problems.
class-files-left-out = Пропущенные файлы:
class-files-not-used = Файлы, которые не удалось использовать:
# $file is a file's name.
class-file-not-text = { $file }: не файл результата (не текст в UTF-8)
# $file is a file's name; $problem says why it could not be read, in English (from the browser's side of the app).
class-file-unreadable = { $file }: { $problem }
# $file is a file's name; $bank the id of the bank it was taken on.
class-file-other-bank = { $file }: результат по банку «{ $bank }», которого нет на этом сайте; сначала откройте этот банк
# A table's caption; $count is how many candidates it lists.
class-candidates-caption = Учащиеся ({ $count }); результаты заново оценены по банку
# The candidates table's column headers.
class-candidate = Учащийся
class-score = Балл
class-result = Итог
class-time-used = Затраченное время
# A candidate's score: $percent is already written as a percent; $correct right of $total.
class-score-value = { $percent } ({ $correct } из { $total })
# A candidate's result, in capitals in English; a word or two in a table cell.
class-pass = СДАН
class-fail = НЕ СДАН
# A candidate's time, in whole minutes.
class-minutes = { $minutes } мин
class-questions-caption = Вопросы: доля верных ответов, дискриминативность (точечно-бисериальный коэффициент: насколько хорошо вопрос отделяет сильных учащихся от слабых) и самый частый неверный вариант
# The questions table's column headers.
class-question = Вопрос
class-topic = Тема
class-right = Верно
class-share-right = Доля верных
class-discrimination = Дискриминативность
class-most-chosen-wrong = Самый частый неверный вариант
# A question's row: $right candidates answered it right of the $asked who had it.
class-right-of = { $right } из { $asked }
# $choice is the wrong choice's text (from the bank); $times how many candidates chose it.
class-wrong-choice = { $choice } ({ $times })
# Buttons.
class-download-scores = Скачать баллы (CSV)
class-download-questions = Скачать статистику по вопросам (CSV)

# not_found.rs

not-found-heading = Не найдено
# $name is the address or bank id the candidate asked for.
not-found-message = Банка вопросов или страницы «{ $name }» не существует.
not-found-all-banks = Все банки вопросов
# $title is the bank's title.
not-found-loading-bank = Загрузка «{ $title }»…
not-found-loading-banks = Загрузка банков вопросов…
# (end of the results' section)

## Ошибки в файлах банков и предупреждения к ним, как их видит преподаватель
# Teachers read these beside their file, so they keep the file's own words in code form: field
# names (format, topics, default_question_count, choices[2].text), GIFT and Aiken marks (::, =, ~,
# ANSWER:), keys and values quoted from the file. Translate the words around them only.
# $place is where the problem is, in code form ("week3.gift:12", "bank.json:4:7"); $message is
# one of the file-* messages below, already written.

file-line = { $place }: { $message }
# $id is the question's id, $number its place in the file (1 for the first).
file-line-in-question = { $place }: вопрос «{ $id }» (№ { $number }): { $message }
file-line-in-unnamed-question = { $place }: вопрос № { $number }: { $message }
file-line-warning = { $place }: предупреждение: { $message }
# What the problem did, after its message.
file-outcome-question-skipped = { $message }; вопрос пропущен
file-outcome-text-skipped = { $message }; этот текст пропущен
# A note about one question, among the warnings; $message is one of the file-* messages.
file-note-of-question = вопрос «{ $id }»: { $message }

# Problems of any field; $field is the field's name in the file ("title", "choices[2].text").
file-missing = нет поля { $field }
file-empty = поле { $field } пустое
file-empty-optional = поле { $field } пустое; лучше просто уберите его
# $known lists the object's fields, as the file writes them.
file-unknown-field = в формате банка нет поля { $field } (известные поля: { $known })
# $text is the id as the file writes it.
file-id-empty = { $field } «{ $text }»: значение пустое
file-id-too-long = { $field } «{ $text }»: значение длиннее { $max } { $max ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }
file-id-bad-character = { $field } «{ $text }»: допустимы только буквы, цифры, '-', '_' и '.' (без пробелов)
file-listed-twice = { $field } «{ $value }»: это значение указано дважды

# Problems of the bank's own fields.
# $format is the bank format's number this version reads, as the file writes it ("1").
file-format-missing = нет поля format; добавьте "format": { $format }
file-format-unsupported = format { $found } не поддерживается: эта версия читает format { $format }
file-unknown-level = level «{ $text }»: допустимы только значения «foundational» и «going-further»
file-bad-language = language «{ $text }» не является тегом языка BCP 47 (например, «fr» или «pt-BR»); банк читается без указания языка
file-bad-facts-checked = facts_checked «{ $text }»: нужна существующая дата в формате YYYY-MM-DD
file-report-url-scheme = report_url «{ $text }»: адрес должен начинаться с https:// или mailto:
file-report-url-spaces = report_url «{ $text }»: адрес не должен содержать пробелов и управляющих символов
# $placeholder is the text the address must hold, "{question}".
file-report-url-no-question = report_url «{ $text }»: адрес должен содержать { $placeholder } — на это место подставляется идентификатор вопроса, о котором сообщают
file-no-topics = поле topics пустое; укажите хотя бы одну тему
file-too-many-questions = в поле questions { $count ->
        [one] { $count } вопрос
        [few] { $count } вопроса
        [many] { $count } вопросов
       *[other] { $count } вопроса
    }, а в банке может быть не больше { $limit } (разделите его на несколько банков)
file-only-question-unusable = единственный вопрос файла использовать нельзя
# $count is 2 or more.
file-no-usable-question = ни один из { $count } { $count ->
        [one] вопроса
        [few] вопросов
        [many] вопросов
       *[other] вопроса
    } использовать нельзя
file-question-count-below-one = default_question_count { $count }: значение должно быть не меньше 1
file-question-count-above-file = default_question_count { $count } больше числа вопросов в банке ({ $questions })
file-question-count-lowered = default_question_count { $count } больше числа пригодных вопросов ({ $usable }); по умолчанию экзамен составляется из { $usable } { $usable ->
        [one] вопроса
        [few] вопросов
        [many] вопросов
       *[other] вопроса
    }
file-time-limit-out-of-range = default_time_limit_minutes { $minutes }: значение должно быть от 1 до { $limit }
file-weighted-topic-unknown = в topic_weights указана тема «{ $topic }», которой нет среди тем банка
file-bad-weight = topic_weights «{ $topic }»: вес равен { $weight }, а должен быть числом не меньше 0
file-no-positive-weight = в topic_weights ни у одной темы нет веса больше 0
file-pass-mark-out-of-range = pass_mark_percent { $percent } выходит за пределы 0–100

# Problems of one question.
# $first is the number of the question that used the id first.
file-id-used-before = id «{ $id }» уже занят вопросом № { $first }
# $instruction is what the question card says, as exam-choose-many writes it ("Choose 4").
file-every-choice-right = все варианты верные, поэтому надпись «{ $instruction }» подсказывает учащимся ответ; стоит добавить неверный вариант
# $topics lists the bank's topics.
file-topic-not-listed = темы «{ $topic }» нет в списке тем банка ({ $topics })
file-too-many-choices = в поле choices { $count ->
        [one] { $count } вариант
        [few] { $count } варианта
        [many] { $count } вариантов
       *[other] { $count } варианта
    }, а в вопросе может быть не больше { $limit }
# $count is 0 or 1.
file-too-few-choices = в поле choices { $count ->
        [one] только { $count } вариант
        [few] { $count } варианта
        [many] { $count } вариантов
       *[other] { $count } варианта
    }, а в вопросе их должно быть не меньше двух
file-choice-id-repeated = { $field } «{ $id }» уже используется другим вариантом этого вопроса
file-choice-text-repeated = { $field } «{ $text }» повторяет другой вариант
file-no-answer = поле answer пустое; укажите хотя бы один вариант
# $choices lists the question's choice ids.
file-answer-not-a-choice = answer «{ $id }»: такого варианта нет среди { $choices }
file-unsafe-url = { $field } «{ $url }»: допустимы только адреса http:// и https://

# Problems with the file as a whole.
# $description is the JSON reader's own description of the error, in English.
file-json-syntax = { $description }
file-too-large = размер файла — { $megabytes } МБ; самый большой файл вопросов, который читает это приложение, — { $limit } МБ
file-utf16 = файл сохранён в кодировке UTF-16; сохраните его в UTF-8
file-not-utf8 = в этом месте файл не является корректным текстом UTF-8; сохраните его в кодировке UTF-8
file-format-unknown = не удалось определить формат: ожидается банк JSON (.json), файл GIFT или Aiken (.gift, .txt), Markdown (.md) либо Moodle XML (.xml)
# $reason is why, as the browser said it.
file-not-loaded = не удалось загрузить: { $reason }
file-id-not-as-listed = идентификатор банка — «{ $id }», но в questions/index.json он указан как «{ $listed }»

# Problems in the syntax of GIFT, Aiken and Markdown files. $label names a question in short: its
# title or the start of its text.
file-block-too-long = этот вопрос занимает { $kilobytes } КБ без единой пустой строки; вопросы нужно разделять пустыми строками (не больше { $limit } КБ на вопрос)
file-title-not-closed = название, открытое знаком ::, не закрыто знаком ::
file-answer-block-not-closed = блок ответов, открытый знаком {"{"}, не закрыт знаком {"}"}
file-second-answer-block = у этого вопроса второй блок ответов {"{"}…{"}"}, а у вопроса может быть только один
file-no-answers = «{ $label }»: в блоке ответов нет ответов с = или ~
file-no-right-weight = «{ $label }»: нет верного ответа; отметьте его знаком = или задайте верным ответам положительный вес %weight%
file-answer-line-first = строка ANSWER:, перед которой нет вопроса
file-not-a-choice-letter = ANSWER: «{ $text }» — не буква варианта (например, A или B)
file-answer-line-names-no-letter = в строке ANSWER: не указана буква варианта
# $letter is a choice's letter (A, B, …).
file-choice-before-question = вариант { $letter } стоит раньше текста вопроса
file-choice-out-of-order = вариант { $letter } стоит не по порядку: следующим вариантом этого вопроса должен быть { $expected }
file-choice-out-of-order-full = вариант { $letter } стоит не по порядку: у этого вопроса больше не может быть вариантов (их может быть не больше 26)
file-no-answer-line = у этого вопроса нет строки ANSWER: после вариантов
file-text-without-choices = после этого текста нет ни вариантов, ни строки ANSWER:
file-answer-names-no-option = в строке ответа «{ $text }» не указана буква варианта (A, B, …)
file-no-lettered-choices = у этого вопроса нет вариантов с буквами (A. …)
file-no-correct-answer-line = у этого вопроса нет строки «Correct answer: …»
# $letters lists the letters as the file has them ("A, C, D").
file-option-letters-wrong = варианты обозначены буквами { $letters }: каждая буква, начиная с A, должна встречаться ровно один раз
# $mark is the character found between the brackets.
file-unclear-box = отметка варианта [{ $mark }] не является ни [x] (верный), ни [ ] (неверный)
file-no-ticked-option = у этого вопроса нет верного варианта: отметьте его с помощью - [x]
file-front-matter-not-closed = блок метаданных, открытый строкой ---, не закрыт строкой ---
# $key and $value are a front matter line's, as the file writes them.
file-not-whole-number = { $key } «{ $value }» — не целое число
file-not-true-or-false = { $key } «{ $value }» — не true и не false
file-xml-syntax = это не правильно сформированный XML: { $description }
file-not-a-moodle-quiz = этот XML-файл — не экспорт вопросов Moodle: в нём <{ $root }>, а не <quiz>
file-fraction-not-a-number = «{ $label }»: доля оценки (fraction) у ответа, «{ $text }», — не число
file-no-right-fraction = «{ $label }»: нет верного ответа; ни у одного ответа нет положительной доли оценки (fraction)

# Warnings: worth the teacher's attention, but the bank still works.
# $alt is the picture's alt text.
file-picture-left-out = изображение («{ $alt }») в этом тексте пропущено: это приложение пока не умеет показывать изображения
file-picture-left-out-no-alt = изображение без альтернативного текста в этом тексте пропущено: это приложение пока не умеет показывать изображения
file-no-answer-block = «{ $label }»: нет блока ответов {"{"}…{"}"} (в Moodle это описание); вопрос пропущен
file-gift-essay = «{ $label }»: вопросы типа «Эссе» это приложение не поддерживает; вопрос пропущен
file-gift-numerical = «{ $label }»: вопросы типа «Числовой ответ» это приложение не поддерживает; вопрос пропущен
file-gift-matching = «{ $label }»: вопросы типа «На соответствие» это приложение не поддерживает; вопрос пропущен
file-gift-short-answer = «{ $label }»: вопросы типа «Короткий ответ» это приложение не поддерживает; вопрос пропущен
# $percent is a GIFT weight, as a number ("50", "33.33"); $choice the answer's text.
file-partial-credit = «{ $label }»: частичный балл ({ $percent } %) за ответ «{ $choice }» не поддерживается; этот ответ считается неверным
file-several-equals-answers = «{ $label }»: знаком = { $count ->
        [one] отмечен как верный { $count } ответ
        [few] отмечены как верные { $count } ответа
        [many] отмечены как верные { $count } ответов
       *[other] отмечены как верные { $count } ответа
    }; Moodle засчитывает любой из них, а это приложение требует выбрать их все
file-weights-not-hundred = «{ $label }»: веса верных ответов в сумме дают { $percent } %, а не 100 %; каждый ответ с положительным весом считается верным
file-moodle-type-unsupported = «{ $label }»: вопросы Moodle типа «{ $kind }» это приложение не поддерживает; вопрос пропущен
file-uneven-credit = «{ $label }»: в Moodle верные ответы приносят разные доли оценки; здесь каждый считается верным и требуются все
# $text is the first line of the text (cut short), $lines how many lines it takes.
file-text-outside-question = { $lines ->
        [1] строка «{ $text }» не относится ни к одному вопросу
        [2] строка «{ $text }» и следующая за ней не относятся ни к одному вопросу
        [one] строка «{ $text }» и следующие за ней не относятся ни к одному вопросу (всего { $lines } строка)
        [few] строка «{ $text }» и следующие за ней не относятся ни к одному вопросу (всего { $lines } строки)
        [many] строка «{ $text }» и следующие за ней не относятся ни к одному вопросу (всего { $lines } строк)
       *[other] строка «{ $text }» и следующие за ней не относятся ни к одному вопросу (всего { $lines } строки)
    }: вопрос Aiken — это текст непосредственно перед его вариантами; текст пропущен
file-numbered-line-without-choices = под этой нумерованной строкой нет вариантов с буквами; она не читается как вопрос
file-fence-not-closed = этот блок кода не закрыт; он читается как обычный текст
file-numbered-line-without-options = под этой нумерованной строкой нет вариантов [x] или [ ]; она не читается как вопрос
# $start and $end are line numbers of the file.
file-numbered-lines-without-options = под нумерованными строками с { $start } по { $end } нет вариантов [x] или [ ]; они не читаются как вопросы
# $line is the line as the file writes it.
file-front-matter-not-key-value = строка метаданных «{ $line }» не имеет вида «ключ: значение»; она игнорируется
file-quizdown-display-option = параметр метаданных { $key } — настройка отображения quizdown; это приложение её игнорирует
file-front-matter-unused = параметр метаданных { $key } не используется; он игнорируется
# $missing of the file's $usable questions.
file-no-explanations = у { $missing } из { $usable } { $usable ->
        [one] вопроса
        [few] вопросов
        [many] вопросов
       *[other] вопроса
    } нет объяснения (первый из них — здесь); учащиеся увидят только верный ответ
# $earlier is the id of the earlier question, $line the line it starts on.
file-repeated-prompt = вопрос «{ $id }» повторяет формулировку вопроса «{ $earlier }» (строка { $line })
file-repeated-prompt-no-line = вопрос «{ $id }» повторяет формулировку вопроса «{ $earlier }»

## Сохранённые данные и переданные файлы, которые не удалось прочитать: сохранённый экзамен, хранящиеся банки, файлы прогресса и результатов, модуль чтения форматов преподавателей
# $detail is the JSON reader's own description of what is wrong, in English; $found a format
# version as the file writes it, $reads the one this version reads.

# Why a saved exam could not be resumed (it is set aside, never half used).
restore-damaged = сохранённый экзамен повреждён ({ $detail })
restore-unknown-format = сохранённый экзамен записан в формате { $found }, который эта версия приложения не читает
# $saved is the id of the bank the saved exam belongs to.
restore-other-bank = сохранённый экзамен относится к другому банку («{ $saved }»)
restore-bank-changed = банк вопросов изменился после того, как экзамен был сохранён
restore-inconsistent = данные сохранённого экзамена не согласуются между собой ({ $detail })

# The banks kept in this browser.
kept-list-version = список банков, хранящихся в этом браузере, записан в формате { $found }, который эта версия приложения не читает
kept-list-damaged = список банков, хранящихся в этом браузере, повреждён ({ $detail })
# $source is the file name or address the bank came from; $problems its problems (file-line
# messages), joined with "; ".
kept-bank-left-out = хранящуюся в браузере копию { $source } не удалось прочитать, поэтому она пропущена: { $problems }

# Progress files; $file is the file's name, $kind the kind every progress file names.
progress-not-a-progress-file = { $file }: это не файл прогресса ({ $detail })
progress-no-kind = { $file }: это не файл прогресса (в нём нет "kind": "{ $kind }")
progress-no-version = { $file }: в файле прогресса не указана версия формата
progress-version = { $file }: эта версия приложения не читает файлы прогресса в формате { $found } (она читает формат { $reads })
# $bank is a bank's id in the file; this part of the file is left out, the rest is used.
progress-part-unreadable = { $file }: банк «{ $bank }»: { $detail }; эта часть пропущена
progress-history-unreadable = { $file }: банк «{ $bank }»: история: { $detail }; эта часть пропущена
progress-review-unreadable = { $file }: банк «{ $bank }»: повторение: { $detail }; эта часть пропущена

# Result files the class results leave out; $file is the file's name.
result-not-a-result = { $file }: не файл результата ({ $detail })
# $found is the kind the file names (another of the app's files, such as a progress file).
result-other-kind = { $file }: не файл результата (в поле kind указано «{ $found }»)
# $kind is the kind every result file names.
result-no-kind = { $file }: не файл результата (в нём нет "kind": "{ $kind }")
result-no-version = { $file }: не файл результата (в нём не указана версия формата)
result-version = { $file }: эта версия приложения не читает файлы результатов в формате { $found } (она читает формат { $reads })
result-no-answers = { $file }: в результате нет ответов
# $title and $id are the other bank's.
result-other-bank = { $file }: результат по другому банку — «{ $title }» ({ $id })
result-other-bank-version = { $file }: результат по другой версии этого банка (с тех пор в нём изменились вопросы, варианты или ответы)
# $answer is the answer's number in the file (1 for the first), $question a question's id.
result-unknown-question = { $file }: ответ № { $answer }: вопроса «{ $question }» нет в банке
result-answered-twice = { $file }: ответ на вопрос «{ $question }» указан дважды
result-impossible-answer = { $file }: вопрос «{ $question }»: в ответе указаны варианты, которых у этого вопроса нет

# The reader of GIFT, Aiken and Markdown files, which runs beside the page.
tools-not-loaded = не удалось загрузить модуль чтения этого формата; проверьте подключение к сети и попробуйте снова
# $message is the browser's own description of the failure, in English.
tools-failed = модуль чтения этого формата завершился с ошибкой ({ $message })
tools-failed-silently = модуль чтения этого формата завершился с ошибкой
tools-no-answer = модуль чтения этого формата не вернул ответа
# A bug, or two versions of the app side by side: $detail says what, in English.
tools-answer-unreadable = не удалось разобрать ответ модуля чтения ({ $detail })

## Отказы движка, ошибки ссылок на экзамен и отказы браузера (хранилище, сеть, файлы, LMS)
# refusals.rs
refusal-finished = Этот экзамен завершён.
refusal-too-many-choices = Выберите { $choose ->
        [one] { $choose } вариант
        [few] { $choose } варианта
        [many] { $choose } вариантов
       *[other] { $choose } варианта
    }: снимите отметку с одного из выбранных, прежде чем выбрать другой.
refusal-not-a-choice = «{ $choice }» — не вариант ответа на этот вопрос.
refusal-locked = Этот ответ уже проверен, и изменить его нельзя.
refusal-no-such-question = Вопроса { $number } нет.
refusal-at-first-question = Это первый вопрос.
refusal-at-last-question = Это последний вопрос.
refusal-nothing-selected = Выберите ответ, прежде чем проверять его.
refusal-not-practice-mode = Ответы проверяются только в конце экзамена.
# $max is how many characters a note may hold.
refusal-note-too-long = Заметка может содержать не больше { $max ->
        [one] { $max } символа
        [few] { $max } символов
        [many] { $max } символов
       *[other] { $max } символа
    }.
# $max is how many highlights one question may have.
refusal-too-many-highlights = В вопросе можно выделить цветом не больше { $max ->
        [one] { $max } фрагмента
        [few] { $max } фрагментов
        [many] { $max } фрагментов
       *[other] { $max } фрагмента
    }; сначала уберите часть выделений.
refusal-not-a-passage = Сначала выделите часть текста самого вопроса (его формулировки или варианта ответа), а затем выделите её цветом.
# Keep $parameter and the link's own words (mode, practice, exam, count, seed, shuffle, on, off,
# time, none, extra, esl30, untimed, draw, unseen, review) as they are.
link-bad-mode = { $parameter }: mode — это practice или exam
link-bad-count = { $parameter }: count — целое число от 1
link-bad-seed = { $parameter }: seed — целое число
link-bad-shuffle = { $parameter }: shuffle — это on или off
link-bad-time = { $parameter }: time — число минут от 1 до { $max } или none
link-bad-extra = { $parameter }: extra (дополнительное время) — это 1, 1.5, 2, esl30 или untimed
link-bad-draw = { $parameter }: draw — это unseen или review
link-unknown-setting = { $parameter }: такой настройки у ссылки на экзамен нет
link-unknown-question = { $parameter }: в этом банке нет вопроса с таким идентификатором
link-unknown-topic = { $parameter }: в этом банке нет такой темы
link-no-such-topic = в банке нет темы «{ $topic }»
link-no-matching-questions = нет вопросов по выбранным темам
link-no-questions = в экзамене должен быть хотя бы один вопрос
browser-storage-no-window = нет окна
browser-storage-access-refused = браузер запретил доступ к хранилищу
browser-storage-none = в этом браузере нет локального хранилища
browser-storage-read-failed = не удалось прочитать сохранённый прогресс
browser-storage-full = хранилище браузера заполнено или отключено
browser-storage-remove-failed = не удалось удалить сохранённый прогресс
browser-fetch-no-window = у этой страницы нет окна
browser-fetch-failed = запрос не выполнен ({ $detail }): возможно, адрес неверен, сервер недоступен или он не разрешает этому сайту читать свои данные (CORS)
browser-fetch-no-detail = сетевой запрос не выполнен
browser-fetch-status = сервер ответил { $code } { $status }
browser-lms-missing = в LMS нет функции { $function }
browser-lms-threw = функция { $function } завершилась ошибкой в LMS
browser-lms-refused = LMS отклонила вызов { $call } (ошибка { $code }: { $reason })
browser-lms-too-long = прогресс экзамена занимает { $length ->
        [one] { $length } символ
        [few] { $length } символа
        [many] { $length } символов
       *[other] { $length } символа
    } — больше, чем допускает SCORM 1.2 ({ $limit })
browser-download-no-file = браузер не смог создать файл
browser-download-no-page = нет страницы, с которой можно скачать файл
browser-download-not-started = браузер не смог начать скачивание
browser-file-too-large = размер файла — { $size } МБ; самый большой файл вопросов, который читает это приложение, — { $limit } МБ
browser-file-unreadable = браузер не смог прочитать файл
browser-app-no-loader = эта страница не может загрузить остальную часть приложения
browser-app-not-downloaded = она не скачалась
# (end of the refusals' section)
