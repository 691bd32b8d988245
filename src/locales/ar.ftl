### واجهة Exam Practice باللغة العربية (الفصحى المعاصرة). The Arabic (Modern Standard Arabic)
### translation of en.ftl: same ids, same variables, same order.
###
### To add a language, copy this file to `<tag>.ftl` (a BCP 47 tag: `it.ftl`, `zh-Hans.ftl`) and
### translate every value; docs/translating.md says how, and `bash scripts/test.sh quick` checks it.

# Glossary (one term per concept, used throughout this file):
#   exam = اختبار • practice (the mode) = تدريب • question = سؤال (أسئلة) • answer = إجابة
#   choice = خيار (خيارات) • flag = وضع علامة للمراجعة • flagged = عليه علامة / عليها علامة
#   review (after the exam) = مراجعة الإجابات • spaced review = المراجعة المتباعدة
#   pass mark = درجة النجاح • score = الدرجة • PASS / FAIL = ناجح / راسب • topic = موضوع (مواضيع)
#   bank = بنك أسئلة (بنوك الأسئلة) • results = النتائج (result = النتيجة) • time limit = الحد الزمني
#   submit = تسليم • confidence Guess / Unsure / Sure = تخمين / غير متأكد / متأكد
#   "Am I ready?" = هل أنا مستعد؟ • candidate = المتقدّم • download = تنزيل • load progress = استعادة
#   verdicts Not yet / Borderline / Likely = ليس بعد / غير محسوم / على الأرجح
#   answered = أُجيب عنه • unanswered = دون إجابة
# Address: masculine singular imperative (standard UI Arabic). Digits written literally stay 0–9;
# back/forward arrows are mirrored (→ points back in right-to-left text).

# The language's name in itself, as the language menu lists it.
language-name = العربية

## The site

site-brand = Exam Practice
language-menu-label = اللغة
language-load-failed = تعذّر عرض الواجهة باللغة { $language } ({ $problem })، لذا تظهر بالإنجليزية. أعد تحميل الصفحة للمحاولة مرة أخرى.
display-menu-label = النص والألوان
display-text-size = حجم النص
display-size-standard = عادي
display-size-large = كبير
display-size-larger = أكبر
display-size-largest = الأكبر
display-colours = الألوان
display-colours-system = مثل إعدادات هذا الجهاز
display-colours-light = خلفية فاتحة
display-colours-dark = خلفية داكنة
display-colours-contrast = تباين عالٍ

## The engine's values as every page names them

mode-practice = تدريب
mode-exam = اختبار
confidence-guess = تخمين
confidence-unsure = غير متأكد
confidence-sure = متأكد
verdict-not-yet = ليس بعد
verdict-borderline = غير محسوم
verdict-likely = على الأرجح
# The file formats, as the start page says what a file was read as.
format-json = بنك أسئلة JSON
format-gift = GIFT
format-aiken = Aiken
format-markdown-answers = ملف Markdown بكتل إجابات
format-markdown-task-list = قائمة مهام Markdown
format-moodle-xml = Moodle XML

## The start page and the shared parts of pages (home, components, the app's shell, stores)
# home/mod.rs

# Shown while the site's list of question banks loads.
home-loading-banks = جارٍ تحميل بنوك الأسئلة…
home-index-unreadable = تعذّرت قراءة قائمة بنوك الأسئلة.
# The start page's main heading.
home-heading = اختبارات تدريبية
home-teachers-heading = للمعلّمين
# A link to the class results page; the sentence home-class-results-description follows it in
# the same paragraph.
home-class-results-link = نتائج الصف
# Follows the link "Class results" (home-class-results-link) in the same paragraph.
home-class-results-description = : صحّح ملفات نتائج المتقدّمين، مع إحصاءات لكل سؤال.

# home/own_banks.rs

home-own-heading = أسئلتك الخاصة
# The label of the button that opens a file picker.
home-open-file-label = افتح ملف أسئلة…
home-open-file-help = ملف بنك أسئلة بصيغة JSON، أو ملف GIFT أو Aiken (.gift أو .txt)، أو ملف Markdown (.md)، أو ملف Moodle XML (.xml)؛ ويمكنك أيضًا إفلاته هنا. يُقرأ الملف في هذا المتصفح ولا يُرفع أبدًا.
# $address is the web address a ?bank= link names.
home-loading-address = جارٍ تحميل بنك الأسئلة من { $address }…
# The name of a list of warnings, for assistive technology; $source is a file name or address.
home-warnings-for = تحذيرات بشأن { $source }
# The name of a list of problems that left parts of a file out; $source is a file name or address.
home-skipped-in = ما تم تخطّيه في { $source }
# Precedes the list of problems that left pieces of text (not questions) out of the file.
home-imported-all = { $questions ->
        [one] استُورد السؤال الوحيد
        [two] استُورد السؤالان كلاهما
        [zero] استُوردت جميع الأسئلة ({ $questions })
        [few] استُوردت جميع الأسئلة ({ $questions })
        [many] استُوردت جميع الأسئلة ({ $questions })
       *[other] استُوردت جميع الأسئلة ({ $questions })
    }، مع تخطّي { $pieces ->
        [zero] { $pieces } مقطع
        [one] مقطع واحد
        [two] مقطعين
        [few] { $pieces } مقاطع
        [many] { $pieces } مقطعًا
       *[other] { $pieces } مقطع
    } من النصوص الأخرى:
# Precedes the list of problems that left questions out: $questions of the $total in the file
# were imported, $skipped were not.
home-imported-some = تم استيراد { $questions } من أصل { $total ->
        [zero] { $total } سؤال
        [one] سؤال واحد
        [two] سؤالين
        [few] { $total } أسئلة
        [many] { $total } سؤالًا
       *[other] { $total } سؤال
    }، وتخطّي { $skipped }:
# $title is the bank's title, $source its file name or address, $format the file's format as the
# importer names it (in English: "GIFT", "JSON bank", "Markdown task list"). The sentences
# home-opened-replaced or home-opened-renamed, then home-opened-warnings, may follow it.
home-opened = تم فتح «{ $title }» من { $source } ({ $format }): { $questions ->
        [zero] { $questions } سؤال
        [one] سؤال واحد
        [two] سؤالان
        [few] { $questions } أسئلة
        [many] { $questions } سؤالًا
       *[other] { $questions } سؤال
    }، وهو محفوظ في هذا المتصفح.
home-opened-replaced = وقد حلّ محل النسخة المحفوظة سابقًا.
# $id is the new id the bank is kept under.
home-opened-renamed = يوجد في هذا الموقع بنك يحمل المعرّف نفسه، لذا حُفظت هذه النسخة بالمعرّف «{ $id }».
# Precedes the list of warnings.
home-opened-warnings = { $count ->
        [zero] { $count } تحذير:
        [one] تحذير واحد:
        [two] تحذيران:
        [few] { $count } تحذيرات:
        [many] { $count } تحذيرًا:
       *[other] { $count } تحذير:
    }
# A button; $title is the bank's title.
home-take-bank = ابدأ { $title }
# Precedes the list of warnings for a file that cannot be used.
home-warnings = تحذيرات:
# The heading over the banks kept in this browser; also names their list.
home-kept-heading = بنوك محفوظة في هذا المتصفح
# Under a kept bank's title: $source is its file name or address, $format the file's format as
# the importer names it ("GIFT").
home-kept-facts = { $questions ->
        [zero] { $questions } سؤال
        [one] سؤال واحد
        [two] سؤالان
        [few] { $questions } أسئلة
        [many] { $questions } سؤالًا
       *[other] { $questions } سؤال
    }، من { $source } ({ $format })
# A button; $title is the bank's title.
home-remove-bank = أزِل { $title }

# components (several pages)

# A button or link; $title is the bank's title.
common-open-bank = افتح { $title }
# The name of a list of problems, for assistive technology; $name is a file name, address or
# bank title.
common-problems-in = مشكلات في { $name }
# In bold, before common-problems-found; $name is a file name or address.
common-file-cannot-be-used = لا يمكن استخدام { $name }:
# Follows "… cannot be used:" (common-file-cannot-be-used or bank-list-bank-cannot-be-used).
common-problems-found = { $count ->
        [zero] عُثر على { $count } مشكلة.
        [one] عُثر على مشكلة واحدة.
        [two] عُثر على مشكلتين.
        [few] عُثر على { $count } مشكلات.
        [many] عُثر على { $count } مشكلة.
       *[other] عُثر على { $count } مشكلة.
    }
# A small heading over a question's links to further reading.
common-read-more = للاستزادة
# A link that opens an e-mail or web page to report a problem with the question shown.
common-report-problem = أبلغ عن مشكلة في هذا السؤال

# components/bank_list.rs

# $file is the index file's path, "questions/index.json".
bank-list-none = لا توجد بنوك أسئلة مدرجة في { $file } بعد.
# The name of the list of the site's banks, for assistive technology.
bank-list-label = بنوك الأسئلة
bank-list-open-to-see = افتح البنك لرؤية أسئلته.
# The bank's figures, as a list of terms and values: the number of questions.
bank-list-questions = الأسئلة
bank-list-default-exam = الاختبار الافتراضي
# The value beside "Default exam".
bank-list-default-exam-value = { $questions ->
        [zero] { $questions } سؤال
        [one] سؤال واحد
        [two] سؤالان
        [few] { $questions } أسئلة
        [many] { $questions } سؤالًا
       *[other] { $questions } سؤال
    } في { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }
bank-list-pass-mark = درجة النجاح
bank-list-topics = المواضيع
# On the start page, under a bank some of whose questions cannot be used.
bank-list-left-out-see-page = { $count ->
        [zero] { $count } سؤال من أصل { $total } فيها مشكلات فاستُبعدت؛ وتوضّح صفحة البنك السبب.
        [one] سؤال واحد من أصل { $total } فيه مشكلة فاستُبعد؛ وتوضّح صفحة البنك السبب.
        [two] سؤالان من أصل { $total } فيهما مشكلات فاستُبعدا؛ وتوضّح صفحة البنك السبب.
        [few] { $count } أسئلة من أصل { $total } فيها مشكلات فاستُبعدت؛ وتوضّح صفحة البنك السبب.
        [many] { $count } سؤالًا من أصل { $total } فيها مشكلات فاستُبعدت؛ وتوضّح صفحة البنك السبب.
       *[other] { $count } سؤال من أصل { $total } فيها مشكلات فاستُبعدت؛ وتوضّح صفحة البنك السبب.
    }
# On a bank's page, opens the list of problems in its file.
bank-list-left-out = { $count ->
        [zero] { $count } سؤال من أصل { $total } فيها مشكلات فاستُبعدت
        [one] سؤال واحد من أصل { $total } فيه مشكلة فاستُبعد
        [two] سؤالان من أصل { $total } فيهما مشكلات فاستُبعدا
        [few] { $count } أسئلة من أصل { $total } فيها مشكلات فاستُبعدت
        [many] { $count } سؤالًا من أصل { $total } فيها مشكلات فاستُبعدت
       *[other] { $count } سؤال من أصل { $total } فيها مشكلات فاستُبعدت
    }
# On a bank's page, opens the list of problems found outside its questions.
bank-list-outside-questions = { $count ->
        [zero] { $count } مشكلة في نصوص خارج الأسئلة (مستبعدة)
        [one] مشكلة واحدة في نص خارج الأسئلة (مستبعد)
        [two] مشكلتان في نصوص خارج الأسئلة (مستبعدة)
        [few] { $count } مشكلات في نصوص خارج الأسئلة (مستبعدة)
        [many] { $count } مشكلة في نصوص خارج الأسئلة (مستبعدة)
       *[other] { $count } مشكلة في نصوص خارج الأسئلة (مستبعدة)
    }
# In bold, before common-problems-found.
bank-list-bank-cannot-be-used = لا يمكن استخدام هذا البنك:

# components/site_notices.rs and the stores' notices

# $file is the index file's path; $problem the browser's reason, in English.
notice-index-not-loaded = تعذّر تحميل { $file }: { $problem }
# $problems lists what is wrong, in English, separated by semicolons.
notice-package-settings = إعدادات الاختبار في هذه الحزمة لا تعمل ({ $problems }).
# $problem is the LMS's or the browser's reason, in English.
notice-package-lms = لم يبدأ نظام LMS الخاص بالمقرّر هذه المحاولة ({ $problem })؛ لا يزال الاختبار يعمل، لكن نتيجته لن تصل إلى نظام LMS.
# A line of a list of problems: $address is a ?bank= link's address, $problem the browser's
# reason, in English.
notice-address-not-loaded = { $address }: تعذّر التحميل: { $problem }
# $problem says, in English, what is wrong with the stored list of banks (e.g. "the list of banks
# kept in this browser is damaged (…)").
notice-kept-set-aside = { $problem }. نُقلت القائمة جانبًا؛ افتح ملفات أسئلتك مجددًا.
# $problem as in notice-kept-set-aside.
notice-kept-not-set-aside = { $problem }. وتعذّر نقل القائمة جانبًا أيضًا؛ افتح ملفات أسئلتك مجددًا.
# $problem is the browser's reason, in English.
notice-kept-unavailable = لا يمكن حفظ البنوك التي تفتحها في هذا المتصفح: { $problem }.
# $problem is the browser's reason, in English.
notice-kept-not-saved = البنوك التي فتحتها مفتوحة الآن، لكن لا يمكن الاحتفاظ بها بعد إغلاق هذه الصفحة: { $problem }.
# $title is the bank's title, $source its file name or address.
notice-kept-too-large = «{ $title }» ({ $questions ->
        [zero] { $questions } سؤال
        [one] سؤال واحد
        [two] سؤالان
        [few] { $questions } أسئلة
        [many] { $questions } سؤالًا
       *[other] { $questions } سؤال
    }) مفتوح حتى تغلق هذه الصفحة، لكنه أكبر من أن يُحفظ في هذا المتصفح: افتح { $source } مجددًا في المرة القادمة.
# On a bank's page: $problem says, in English, what is wrong with the data.
notice-history-set-aside = تعذّرت قراءة سجل المحاولات المحفوظ فنُقل جانبًا ({ $problem }).
notice-review-set-aside = تعذّرت قراءة سجلات المراجعة المحفوظة فنُقلت جانبًا ({ $problem }).
# $problem says what is wrong with the data, $reason why it could not be moved aside; both in
# English.
notice-history-left-in-place = تعذّرت قراءة سجل المحاولات المحفوظ ({ $problem }) وتعذّر نقله جانبًا ({ $reason })؛ لذا تُرك كما هو، ولن يُضاف إليه شيء جديد.
notice-review-left-in-place = تعذّرت قراءة سجلات المراجعة المحفوظة ({ $problem }) وتعذّر نقلها جانبًا ({ $reason })؛ لذا تُركت كما هي، ولن يُضاف إليها شيء جديد.
# $problem is the browser's reason, in English.
notice-history-unavailable = سجل المحاولات المحفوظ غير متاح ({ $problem }).
notice-review-unavailable = سجلات المراجعة المحفوظة غير متاحة ({ $problem }).
# Why a change was not saved, shown inside another sentence (after a colon or in parentheses):
# hence the small first letter and no full stop.
notice-history-kept-unreadable = تعذّرت قراءة سجل المحاولات المحفوظ، فأُبقي كما هو
notice-review-kept-unreadable = تعذّرت قراءة سجلات المراجعة المحفوظة، فأُبقيت كما هي

# (end of the start page's section)

## A bank's page: setting up an exam, study, history, spaced review, progress files
# mod.rs
# A link back to the start page; the arrow points back (a right-to-left language may use →).
bank-all-banks-link = → جميع بنوك الأسئلة
# $date: the day the bank's authors last checked its facts, as the bank gives it (2025-03-01).
bank-facts-checked = جرى التحقق من المعلومات في مصادرها آخر مرة بتاريخ { $date }.

# resume_notice.rs
bank-resume-in-progress = لديك اختبار جارٍ ({ $count ->
        [zero] { $count } سؤال
        [one] سؤال واحد
        [two] سؤالان
        [few] { $count } أسئلة
        [many] { $count } سؤالًا
       *[other] { $count } سؤال
    }).
# A link styled as a button.
bank-resume-button = تابع الاختبار

# history.rs
bank-history-heading = محاولاتك
# The accessible name of a small line chart of the scores of past attempts.
bank-history-chart-label = الدرجة عبر الزمن
bank-history-caption = المحاولات السابقة، من الأقدم إلى الأحدث
# The history table's column headers.
bank-history-date = التاريخ
# The exam's mode (practice or exam): this column's header, and the set-up form's legend.
bank-mode = الوضع
bank-history-score = الدرجة
bank-history-result = النتيجة
# An attempt's score: $percent is its share right, already written as a percent ("80 %");
# $correct and $total are counts of questions.
bank-history-score-value = { $percent } ({ $correct } من { $total })
# An attempt's result, in the "Result" column: short, shown in capitals in English.
bank-history-passed = ناجح
bank-history-failed = راسب
# A button that deletes every past attempt of this bank.
bank-history-clear = امسح السجل

# setup/mod.rs
bank-setup-heading = إعداد الاختبار
# The form's submit button.
bank-setup-start = ابدأ الاختبار

# setup/fields.rs
bank-setup-mode-practice = تدريب: تُصحَّح كل إجابة فورًا
bank-setup-mode-exam = اختبار: بوقت محدد، ويظهر التصحيح في النهاية
# $total: how many questions the bank has.
bank-setup-count = عدد الأسئلة (من 1 إلى { $total })
bank-setup-time-limit = الحد الزمني
# A choice of the time-limit list: $minutes is the default time for $count questions.
bank-setup-time-default = { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    } (المدة الافتراضية { $count ->
        [zero] لـ{ $count } سؤال
        [one] لسؤال واحد
        [two] لسؤالين
        [few] لـ{ $count } أسئلة
        [many] لـ{ $count } سؤالًا
       *[other] لـ{ $count } سؤال
    })
# A choice of the time-limit list.
bank-setup-time-minutes = { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }
bank-setup-time-none = بلا حد زمني
# Extra time granted to some candidates (an accessibility arrangement).
bank-setup-accommodation = تسهيلات الوقت
bank-setup-accommodation-standard = الوقت العادي
# $factor: how many times the standard time (1.5 or 2), written as a number.
bank-setup-accommodation-extended = وقت ممدَّد ({ $factor }×)
# AWS Certification's accommodation for candidates whose first language is not English
# ("ESL +30 MINUTES"): keep "ESL" as AWS writes it. $minutes is the minutes it adds (30).
bank-setup-accommodation-esl = ESL: الإنجليزية لغة ثانية (+{ $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    })
bank-setup-accommodation-untimed = دون توقيت
bank-setup-topics = المواضيع المشمولة
bank-setup-shuffle = ترتيب عشوائي للأسئلة والخيارات
bank-setup-unseen-first = البدء بالأسئلة التي لم أُجب عنها بعد

# study/mod.rs
bank-study-heading = الدراسة
bank-study-persistence-refused = لم يوافق هذا المتصفح على الاحتفاظ بتقدّمك بشكل دائم: فقد يمسحه عند نفاد المساحة أو بعد أسابيع دون زيارة. احفظ تقدّمك في ملف من حين لآخر.

# study/review_panel.rs
bank-review-heading = المراجعة المتباعدة
bank-review-intro = تعود الأسئلة التي أجبت عنها للمراجعة قُبيل أن تنساها، أما التي أخطأت فيها فتعود في وقت أقرب.
bank-review-due = { $count ->
        [zero] لا توجد أسئلة حان موعد مراجعتها.
        [one] حان موعد مراجعة سؤال واحد.
        [two] حان موعد مراجعة سؤالين.
        [few] حان موعد مراجعة { $count } أسئلة.
        [many] حان موعد مراجعة { $count } سؤالًا.
       *[other] حان موعد مراجعة { $count } سؤال.
    }
# Follows the sentence saying how many questions are due; $count: how many of them were
# answered wrongly last time.
bank-review-missed = التي أخطأت فيها في المرة السابقة: { $count }.
# A link styled as a button; $count: how many questions the review asks.
bank-review-now = راجع الآن ({ $count })
# $date: the day the next question comes due, as the language writes a date.
bank-review-next = المراجعة التالية: { $date }.
bank-review-exam-date = تاريخ اختبارك (اختياري)
bank-review-exam-date-hint = لن تُجدوَل أي مراجعة بعد هذا التاريخ.
# $reason: why, from the browser's storage (may be in English).
bank-review-exam-date-not-saved = تعذّر حفظ تاريخ الاختبار: { $reason }.

# study/readiness_panel.rs
bank-readiness-heading = هل أنا مستعد؟
# $needed: the number of first answers the estimate needs; $have: how many the candidate has;
# $per-topic: the number it needs in each topic.
bank-readiness-waiting = لا تتوفر بيانات كافية بعد. لا يعتمد هذا التقدير إلا على إجابتك الأولى عن كل سؤال، لذا يحتاج إلى ما لا يقل عن { $needed } من هذه الإجابات (لديك { $have })، منها { $per-topic } على الأقل في كل موضوع.
# Follows "Not enough evidence yet…"; $topics: the bank's names of the topics, separated by commas.
bank-readiness-thin-topics = مواضيع تحتاج إلى المزيد: { $topics }.
# Follows the verdict in bold ("Likely", "Borderline", "Not yet"), hence the leading colon.
# $questions: the exam's question count; $needed: how many right answers pass it;
# $chance: one of the bank-readiness-chance-* messages; $band: "80 %" as the language writes it;
# $low and $high: percents.
bank-readiness-chance = : فرصتك في النجاح في الاختبار (عدد الأسئلة { $questions }، والإجابات الصحيحة اللازمة { $needed }) هي { $chance } (نطاق { $band }: من { $low } إلى { $high }).
# A chance too small to round to 1 %: $percent is "1 %" as the language writes it.
bank-readiness-chance-under = أقل من { $percent }
# A chance too near certain to round to 100 %: $percent is "99 %" as the language writes it.
bank-readiness-chance-over = أكثر من { $percent }
# $percent: the chance, rounded, as the language writes a percent.
bank-readiness-chance-about = حوالي { $percent }
bank-readiness-caption = الإتقان حسب الموضوع، استنادًا إلى الإجابات الأولى
# The readiness table's column headers; "Practice" heads a column of links to practise a topic.
bank-readiness-topic = الموضوع
bank-readiness-first-right = الإجابات الأولى الصحيحة
bank-readiness-mastery = الإتقان
bank-readiness-on-exam = الأسئلة في الاختبار
bank-readiness-practice = تدريب
# In the "First answers right" column: $right of the topic's $answers first answers were right.
bank-readiness-right-of = { $right } من { $answers }
# In the "Mastery" column, for a topic with no first answer yet.
bank-readiness-no-answers = لا إجابات بعد
# The accessible name of a bar showing a topic's mastery; $percent: as the language writes it.
bank-readiness-mastery-bar = الإتقان { $percent }
# A link to a practice session of one topic.
bank-readiness-practise-topic = تدرّب على هذا الموضوع
# The same link's accessible name; $topic: the topic's name, from the bank.
bank-readiness-practise-topic-label = تدرّب على هذا الموضوع: { $topic }
# A disclosure's summary (click to open the explanation below).
bank-readiness-method-heading = كيف يُحسب هذا التقدير
# $draws: how many imagined candidates; $needed: the right answers needed to pass, a number,
# or "unknown" before there is an estimate; $questions: the exam's question count; $weights:
# "topic-weights" when the bank gives its topics weights, else "question-shares";
# $band: "80 %" and $even: "50 %", as the language writes a percent. The quoted verdicts are
# the messages verdict-likely and verdict-not-yet.
bank-readiness-method = لا تُحتسب إلا إجابتك الأولى عن كل سؤال: فإعادة المحاولة والمراجعة تُظهرانك أفضل مما أنت عليه. تُقدَّر فرصة الإجابة الصحيحة في كل موضوع من إجاباتك الأولى فيه، ثم تُشَدّ نحو مستواك العام، ويزداد ذلك كلما قلّ ما يظهر من اختلاف بين مواضيعك (والموضوع القليل الإجابات يستند أكثر إلى المواضيع الأخرى). ثم يحاكي التطبيق { $draws } من المتقدّمين الافتراضيين تُسحب فرصهم في المواضيع مما تسمح به إجاباتك، ويحسب بدقة احتمال أن يجيب كلٌّ منهم إجابة صحيحة عن { $needed ->
        [unknown] عدد من الأسئلة يبلغ درجة النجاح
       *[other] { $needed }
    } على الأقل من أصل { $questions ->
        [zero] { $questions } سؤال
        [one] سؤال واحد
        [two] سؤالين
        [few] { $questions } أسئلة
        [many] { $questions } سؤالًا
       *[other] { $questions } سؤال
    } في الاختبار، حين تتوزع الأسئلة على المواضيع بحسب { $weights ->
        [topic-weights] أوزان المواضيع في البنك
       *[question-shares] حصة كل موضوع من أسئلة البنك
    }، ثم يعرض المتوسط، ويتخذ الـ{ $band } الوسطى من هذه الاحتمالات نطاقًا. وعند تجربة الطريقة على آلاف المتقدّمين المحاكَين، احتوى النطاق الفرصة الحقيقية لدى 8 من كل 10 منهم. تعني «{ verdict-likely }» أن حتى الحد الأدنى للنطاق لا يقل عن { $even }؛ وتعني «{ verdict-not-yet }» أن حتى حده الأعلى دون ذلك؛ وفي ما عدا ذلك فالحكم «غير محسوم».

# study/progress_file.rs
bank-progress-heading = حفظ تقدّمك
bank-progress-intro = قد تمسح المتصفحات بيانات المواقع بعد مدة. احفظ تقدّمك (المحاولات، وسجلات المراجعة، ومستويات التأكد، وتواريخ الاختبارات لجميع البنوك) في ملف، ثم استعده هنا في أي متصفح.
# A button that downloads a file.
bank-progress-save = احفظ تقدّمي
# The label of a file picker, styled as a button.
bank-progress-load = استعد التقدّم
bank-progress-nothing-to-save = لا يوجد تقدّم لحفظه بعد.
# $file: the downloaded file's name.
bank-progress-saved = حُفظ تقدّم { $banks ->
        [zero] { $banks } بنك
        [one] بنك واحد
        [two] بنكين
        [few] { $banks } بنوك
        [many] { $banks } بنكًا
       *[other] { $banks } بنك
    } في { $file }.
# $reason: why, from the browser (may be in English).
bank-progress-not-saved = تعذّر حفظ الملف: { $reason }.
# $reason: why the file could not be read as a progress file (in English).
bank-progress-not-read = { $reason }. لم يتغيّر شيء.
# $file: the chosen file's name; $reason: why the browser could not read it (may be in English).
bank-progress-unreadable = { $file }: { $reason }. لم يتغيّر شيء.
bank-progress-not-text = { $file }: ليس ملف تقدّم (فهو ليس نصًّا بترميز UTF-8). لم يتغيّر شيء.
# $file: the loaded file's name; then how many banks it held and what it added.
bank-progress-loaded = استُعيد التقدّم من { $file }: { $banks ->
        [zero] { $banks } بنك
        [one] بنك واحد
        [two] بنكان
        [few] { $banks } بنوك
        [many] { $banks } بنكًا
       *[other] { $banks } بنك
    }، و{ $attempts ->
        [zero] { $attempts } محاولة جديدة
        [one] محاولة جديدة واحدة
        [two] محاولتان جديدتان
        [few] { $attempts } محاولات جديدة
        [many] { $attempts } محاولة جديدة
       *[other] { $attempts } محاولة جديدة
    }، و{ $records ->
        [zero] { $records } سجل مراجعة أحدث
        [one] سجل مراجعة أحدث واحد
        [two] سجلا مراجعة أحدث
        [few] { $records } سجلات مراجعة أحدث
        [many] { $records } سجل مراجعة أحدث
       *[other] { $records } سجل مراجعة أحدث
    }.
# The accessible name of a list of problems with the loaded file.
bank-progress-problems = أجزاء تعذّرت قراءتها فاستُبعدت:
# A problem with a loaded file, in a list shown as code: $file: its name; $bank: a bank's id;
# $reason: why that bank's history could not be saved (may be in English).
bank-progress-history-problem = { $file }: البنك «{ $bank }»: سجل المحاولات: { $reason }
# As above, for the bank's review records.
bank-progress-review-problem = { $file }: البنك «{ $bank }»: المراجعة: { $reason }
# (end of the bank page's section)

## Taking an exam: the question card, navigator, countdown, submitting, shortcuts
# action_bar.rs: the buttons under the question
exam-previous = السابق
# Practice mode: checks the answer now.
exam-check = تحقّق
exam-next = التالي
# A toggle button (pressed while the question is flagged).
exam-flag = وضع علامة للمراجعة
# Opens the confirmation before the exam is submitted.
exam-submit = تسليم

# bad_link.rs
exam-bad-link-heading = رابط الاختبار هذا لا يعمل
# Above a list of the link's problems (also when an exam link is opened).
exam-bad-link-intro = في رابط الاختبار هذا إعدادات لا تعمل:

# countdown.rs
# A label beside the countdown (mm:ss), and the countdown's accessible name.
exam-time-left = الوقت المتبقي
exam-show-timer = إظهار المؤقت
exam-hide-timer = إخفاء المؤقت
# A button that has a screen reader read the time left (shortcut T).
exam-read-time-left = إعلان الوقت المتبقي
# Read out by screen readers when asked (button or key T); $time is the countdown as shown, "05:00" or "1:30:00".
exam-time-left-spoken = تبقّى { $time }.
# Announced by screen readers at 5 minutes and at 1 minute left; $minutes is 5 or 1.
exam-time-warning =
    { $minutes ->
        [zero] بقيت { $minutes } دقيقة.
        [one] بقيت دقيقة واحدة.
        [two] بقيت دقيقتان.
        [few] بقيت { $minutes } دقائق.
        [many] بقيت { $minutes } دقيقة.
       *[other] بقيت { $minutes } دقيقة.
    }

# finished.rs: notices above the results
# $problem: why the browser's storage refused, in English (from the app's storage layer).
exam-results-save-problem = لا يمكن حفظ هذه النتائج في هذا المتصفح ({ $problem })؛ وستضيع عند إعادة تحميل الصفحة.
# $problem: why, in English.
exam-history-problem = لا يمكن إضافة هذه المحاولة إلى سجلك في هذا المتصفح ({ $problem }).
# In a course's LMS (SCORM package). $score is a percent, as "85%".
exam-lms-sent-passed = أُرسلت نتيجتك إلى مقرّرك: { $score }، ناجح.
# In a course's LMS (SCORM package). $score is a percent, as "85%".
exam-lms-sent-not-passed = أُرسلت نتيجتك إلى مقرّرك: { $score }، غير ناجح.
# $problem: the LMS's error, in English.
exam-lms-report-problem = تعذّر إرسال نتيجتك إلى نظام LMS الخاص بمقرّرك ({ $problem }). أبلغ معلّمك، وأبقِ هذه الصفحة مفتوحة.
# $problem: why, in English.
exam-review-problem = لا يمكن الاحتفاظ بهذه الإجابات للمراجعة المتباعدة في هذا المتصفح ({ $problem }).

# gate.rs
# The exam page's main heading: $mode is "Practice" or "Exam" (mode-practice, mode-exam), $title the bank's title.
exam-page-title = { $mode }: { $title }
exam-opening = جارٍ فتح الاختبار…
exam-open-elsewhere = هذا الاختبار مفتوح في علامة تبويب أو نافذة أخرى. لمتابعته هنا بدلًا من ذلك، انقله إلى هنا: ستتوقف الأخرى عن الحفظ وتُعلمك بذلك.
# Button.
exam-take-over = انقل الاختبار إلى هنا
exam-taken-over = نُقل هذا الاختبار إلى علامة تبويب أو نافذة أخرى، لذا توقفت هذه الصفحة عن حفظه. لم يضِع شيء مما فعلته هنا: فقد حُفظ قبل أن تتولاه علامة التبويب الأخرى.
# Button.
exam-take-back = استرجع الاختبار

# navigator.rs
# The accessible name of the list of question buttons beside the exam.
exam-navigator-label = الأسئلة
# A question's button in the navigator, as screen readers name it; $number is its position.
exam-nav-answered = السؤال { $number }، أُجيب عنه
exam-nav-unanswered = السؤال { $number }، دون إجابة
exam-nav-answered-flagged = السؤال { $number }، أُجيب عنه، عليه علامة
exam-nav-unanswered-flagged = السؤال { $number }، دون إجابة، عليه علامة

# opening.rs
# $problem: why the saved progress could not be read, in English.
exam-progress-set-aside = تعذّر استئناف التقدّم المحفوظ فنُقل جانبًا (مع الاحتفاظ بنسخة في هذا المتصفح): { $problem }. بدأ اختبار جديد.
# $problem: why it could not be read; $why: why it could not be moved; both in English.
exam-progress-left-in-place = تعذّر استئناف التقدّم المحفوظ ({ $problem })، وتعذّر نقله جانبًا أيضًا ({ $why })، لذا تُرك كما هو. بدأ اختبار جديد لن يُحفظ.
# $problem: why the browser's storage refused, in English.
exam-progress-unavailable = لا يمكن حفظ التقدّم في هذا المتصفح ({ $problem })؛ لا يزال الاختبار يعمل، لكنه سيضيع عند إعادة تحميل الصفحة.
# $problem: why, in English, or one of exam-nothing-due and exam-first-needs-whole-app.
exam-cannot-start = لا يمكن بدء هذا الاختبار: { $problem }.

# question_card.rs
# The question's heading; $number is its position in the exam.
exam-question-heading = السؤال { $number }
exam-asked-again = أخطأت في هذا السؤال في وقت سابق من هذه الجلسة، فها هو مرة أخرى. لا تغيّر هذه الإجابة درجتك.
# The legend of the choices of a question with one right answer.
exam-choose-one = اختر خيارًا واحدًا
# The legend of the choices of a question with several right answers: $count (2 or more) is how many to pick.
exam-choose-many = { $count ->
        [zero] اختر { $count } خيار
        [one] اختر خيارًا واحدًا
        [two] اختر خيارين
        [few] اختر { $count } خيارات
        [many] اختر { $count } خيارًا
       *[other] اختر { $count } خيار
    }
# The legend of the confidence levels (Guess, Unsure, Sure).
exam-confidence-legend = ما مدى تأكدك؟ (اختياري)
# Beside a choice once the answer is checked (practice).
exam-choice-correct = ✓ الإجابة الصحيحة
# A toggle button beside each choice: the candidate rules the choice out (it shows struck
# through and can still be chosen); pressed again, rules it back in.
exam-strike = استبعاد
# The same button's name for assistive technology: exam-strike's text, then the letter (A, B, …).
exam-strike-choice = استبعاد { $letter }
# Read after a ruled-out choice's text by screen readers.
exam-choice-ruled-out = (مستبعد)
# The exam page's list of keyboard shortcuts, folded under this heading; each line says what its
# keys (shown beside it, as a US keyboard names them) do.
exam-keys-heading = اختصارات لوحة المفاتيح
# The Shift key's name as keyboards in this language label it.
exam-keys-shift = Shift
exam-keys-pick = اختيار خيار (اضغط مرة أخرى لإلغاء اختياره حين تختار عدة خيارات)
exam-keys-strike = استبعاد خيار أو التراجع عن استبعاده
exam-keys-move = السؤال التالي أو السابق
exam-keys-flag = وضع علامة للمراجعة على السؤال
exam-keys-confidence = تحديد مدى تأكدك: تخمين أو غير متأكد أو متأكد
exam-keys-check = التحقق من إجابتك (في وضع التدريب)
exam-keys-time = إعلان الوقت المتبقي بصوت مسموع (في وضع الاختبار)
exam-keys-highlight = تمييز النص المحدَّد
# A button under the question: highlights the text the candidate selected in the prompt or a choice.
exam-highlight = تمييز النص المحدَّد
exam-clear-highlights = مسح التمييز
# Names the list of the question's highlighted passages, quoted.
exam-highlights-list = المقاطع المميّزة
# The label of a text box under the question, for the candidate's own note; saved with the exam
# and shown in the review.
exam-note-label = ملاحظتك على هذا السؤال
# Beside a choice once the answer is checked (practice).
exam-choice-wrong = ✗ اختيارك، وهو غير صحيح
# Heading of the verdict once the answer is checked (practice).
exam-feedback-right = ✓ أحسنت!
exam-feedback-wrong = ✗ إجابة خاطئة
# Followed by the right choices' texts, in bold, separated by exam-list-separator.
exam-right-answer = الإجابة الصحيحة:
# Between the right choices' texts after exam-right-answer (a comma and a space in English).
exam-list-separator = { "، " }
exam-comes-back = سيعود هذا السؤال في نهاية هذه الجلسة.

# runner.rs
# In a course's LMS (SCORM package). $problem: the LMS's error, in English.
exam-lms-progress-problem = تعذّر على نظام LMS الخاص بمقرّرك حفظ هذه المحاولة ({ $problem })؛ لكنها لا تزال محفوظة في هذا المتصفح.

# running.rs
exam-question-missing = هذا السؤال غير موجود في البنك.
# $problem: why the browser's storage refused, in English.
exam-save-problem = لا يمكن حفظ التقدّم في هذا المتصفح ({ $problem })؛ لا يزال الاختبار يعمل.
# Above the question: where the candidate is in the exam.
exam-question-of = السؤال { $number } من { $total }

# submit_panel.rs: the confirmation before submitting
exam-confirm-heading = هل تريد تسليم إجاباتك؟
exam-confirm-all-done = أجبت عن جميع الأسئلة، ولا يحمل أيٌّ منها علامة.
exam-confirm-go-back = لا يزال بإمكانك العودة إلى هذه الأسئلة:
# A heading above links to the questions with no answer; $count is how many.
exam-unanswered-count = دون إجابة ({ $count })
# A heading above links to the flagged questions; $count is how many.
exam-flagged-count = عليها علامة للمراجعة ({ $count })
# A link-like button; $number is the question's position.
exam-go-to-question = انتقل إلى السؤال { $number }
# Button: submits the exam.
exam-submit-now = سلّم الآن
# Button: closes the confirmation.
exam-keep-working = تابع الحل

# whole.rs
# Shown as $problem in exam-cannot-start, so it begins in lower case: an exam link that draws the questions due for review.
exam-nothing-due = لا توجد أسئلة حان موعد مراجعتها الآن
# $problem: the LMS's data could not be read, in English.
exam-lms-resume-problem-kept = تعذّر استئناف التقدّم الذي حفظه نظام LMS الخاص بمقرّرك ({ $problem })؛ وقد حُفظت نسخة منه في هذا المتصفح.
# $problem: the LMS's data could not be read, in English.
exam-lms-resume-problem = تعذّر استئناف التقدّم الذي حفظه نظام LMS الخاص بمقرّرك ({ $problem }).

# first_app.rs (the first module, which shows an exam link's first question before the rest of the app loads)
# $problem: why the app could not load, in English.
exam-first-app-failed = لا يمكن عرض هذه الصفحة: تعذّر تحميل التطبيق ({ $problem }). تحقّق من الاتصال وأعد تحميل الصفحة.

# first_runner.rs
# Shown as $problem in exam-cannot-start, so it begins in lower case.
exam-first-needs-whole-app = يحتاج هذا الاختبار إلى بقية التطبيق، ولم يكتمل تحميلها بعد
# A heading, once the exam is submitted while the results cannot show yet.
exam-first-submitted-heading = سُلّمت إجاباتك
exam-first-submitted-waiting = إجاباتك محفوظة في هذا المتصفح. ستظهر نتائجك فور اكتمال تحميل بقية التطبيق.
# $problem: why the rest of the app could not load, in English.
exam-first-submitted-failed = إجاباتك محفوظة في هذا المتصفح، لكن تعذّر تحميل بقية التطبيق التي تعرض نتائجك ({ $problem }). أعد تحميل الصفحة عند عودة الاتصال لرؤيتها.
# $problem: why, in English.
exam-first-whole-app-failed = تعذّر تحميل بقية التطبيق ({ $problem })، لذا فالنتائج ومراجعة الإجابات والصفحات الأخرى غير متاحة حاليًا. لا يزال هذا الاختبار يعمل، وتُحفظ كل إجابة في هذا المتصفح.
# (end of the exam's section)

## Results, review, class results, pages not found
# mod.rs

# The results page's heading, and the name of its region.
results-heading = النتائج

# score.rs

results-time-ran-out = انتهى الوقت: سُلّم الاختبار تلقائيًا.
# The big verdict beside the score, in capitals in English; a word or two.
results-pass = ناجح
results-fail = راسب
# Beside the score. $percent is the bank's pass mark, already written as a percent ("70 %").
results-pass-mark = (درجة النجاح { $percent })
# The figures under the score: a short label each, the count beside it.
results-figure-correct = صحيحة
results-figure-wrong = خاطئة
results-figure-unanswered = دون إجابة
results-figure-flagged = عليها علامة
results-figure-time-used = الوقت المستغرق
# The time the exam took. $seconds is always written with two digits ("05").
results-time-used = { $minutes } د { $seconds } ث
results-extended-time-150 = استُخدم وقت ممدَّد (1.5×).
results-extended-time-200 = استُخدم وقت ممدَّد (2×).
# $minutes: the minutes the ESL accommodation added (30).
results-extra-time-esl = استُخدم الوقت الإضافي لـ ESL (+{ $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }).
results-untimed = أُجري الاختبار دون توقيت.

# certainty.rs

# A heading: how sure the candidate said they were of their answers.
results-certainty-heading = مدى تأكدك
# $marks is the candidate's certainty-based score (it can be below zero), $best the most they
# could have had, $average the marks per question (a number with up to two decimals).
results-certainty-score = الدرجة المبنية على التأكد: { $marks } من حدٍّ أقصى قدره { $best } ({ $average } لكل سؤال، على مقياس من سالب 6 إلى 3). «متأكد» مع إجابة صحيحة يكسب 3، ومع إجابة خاطئة يخسر 6؛ و«غير متأكد» يكسب 2 أو يخسر 2؛ و«تخمين» يكسب 1 أو صفرًا. تُحتسب الأسئلة التي لم تحدد فيها مدى تأكدك تخمينًا. لا تتغير درجة اختبارك المذكورة أعلاه.
# A heading over links to questions; $count is how many are listed.
results-sure-but-wrong = تأكدت لكن أخطأت ({ $count })
results-sure-but-wrong-why = مفاهيم خاطئة: تتصدّر هذه الأسئلة مراجعتك المتباعدة القادمة.
# A heading over links to questions; $count is how many are listed.
results-right-but-guessed = أصبت لكن خمّنت ({ $count })
results-right-but-guessed-why = حظٌّ لا معرفة بعد: تعود هذه الأسئلة في وقت أقرب من التي كنت متأكدًا من إجاباتها.
# A link to a question's item in the review below; $number counts from 1.
results-question-link = السؤال { $number }

# topics.rs

results-topics-heading = حسب الموضوع
results-topics-caption = الإجابات الصحيحة لكل موضوع
# The topic table's column headers.
results-topics-topic = الموضوع
results-topics-correct = الصحيحة
results-topics-score = الدرجة
# A topic's row: $correct questions right of the $total asked on it.
results-topics-correct-of = { $correct } من { $total }

# actions.rs

# A button; $count is how many questions were missed (at least 1).
results-retry-missed = { $count ->
    [one] أعد السؤال الذي أخطأت فيه
    [two] أعد السؤالين اللذين أخطأت فيهما
    [zero] أعد الأسئلة التي أخطأت فيها ({ $count })
    [few] أعد الأسئلة التي أخطأت فيها ({ $count })
    [many] أعد الأسئلة التي أخطأت فيها ({ $count })
   *[other] أعد الأسئلة التي أخطأت فيها ({ $count })
    }
# A button.
results-new-exam = اختبار جديد
# A button.
results-download-csv = نزّل النتائج (CSV)
results-candidate-name = اسمك ليعرفه معلّمك (اختياري)
# A button; the Class results page's introduction names it too.
results-download-result-file = نزّل ملف النتيجة لمعلّمك
results-result-file-hint = يحتوي الملف على إجاباتك وأوقاتك، لا على درجة: فصفحة معلّمك تصحّحه من جديد.
# $problem says why, in English (from the browser's side of the app).
results-download-failed = تعذّر حفظ الملف: { $problem }.

# review.rs

results-review-heading = مراجعة الإجابات
# The name of the group of filter buttons over the review.
results-review-filters = عرض الأسئلة
# Filter buttons over the review; $count is how many questions each shows.
results-filter-all = الكل ({ $count })
results-filter-wrong = الخاطئة ({ $count })
results-filter-flagged = عليها علامة ({ $count })
results-filter-unanswered = دون إجابة ({ $count })
# A review item's heading; $number counts from 1.
results-item-correct = السؤال { $number }: ✓ إجابة صحيحة
results-item-wrong = السؤال { $number }: ✗ إجابة خاطئة
results-item-unanswered = السؤال { $number }: – دون إجابة
# A review item's heading for a question the candidate flagged; $number counts from 1.
results-item-correct-flagged = السؤال { $number }: ✓ إجابة صحيحة، عليه علامة
results-item-wrong-flagged = السؤال { $number }: ✗ إجابة خاطئة، عليه علامة
results-item-unanswered-flagged = السؤال { $number }: – دون إجابة، عليه علامة
# $confidence is how sure the candidate said they were: Guess, Unsure or Sure.
results-said-confidence = مدى تأكدك: { $confidence }.
# Shown after a choice in the review, in bold.
results-choice-right = (✓ الإجابة الصحيحة)
results-choice-yours = (إجابتك)
results-choice-right-and-yours = (✓ الإجابة الصحيحة، إجابتك)
# After a choice in the review that the candidate ruled out while answering.
results-choice-ruled-out = (استبعدته)
# Over the passages of a question the candidate highlighted, in the review.
results-your-highlights = المقاطع التي ميّزتها
# Over the candidate's own note on a question, in the review.
results-your-note = ملاحظتك

# class_results.rs

# The Class results page's heading.
class-heading = نتائج الصف
class-all-banks = → جميع بنوك الأسئلة
# $button is the results page's button "Download a result file for your teacher", as translated.
class-intro = افتح ملفات نتائج المتقدّمين (من زر «{ $button }» في صفحة نتائجهم). يُصحَّح كل ملف من جديد وفق البنك، لذا لا قيمة لأي درجة عُدّلت في الملف. لا يُرفع أي شيء: تُقرأ الملفات في هذه الصفحة.
# The label of the file picker.
class-result-files = ملفات النتائج
# The name of a list of file problems.
class-files-left-out = ملفات مستبعدة:
class-files-not-used = ملفات تعذّر استخدامها:
# $file is a file's name.
class-file-not-text = { $file }: ليس ملف نتيجة (فهو ليس نصًّا بترميز UTF-8)
# $file is a file's name; $problem says why it could not be read, in English (from the browser's side of the app).
class-file-unreadable = { $file }: { $problem }
# $file is a file's name; $bank the id of the bank it was taken on.
class-file-other-bank = { $file }: نتيجة البنك «{ $bank }»، وهو غير موجود في هذا الموقع؛ افتح ذلك البنك أولًا
# A table's caption; $count is how many candidates it lists.
class-candidates-caption = المتقدّمون ({ $count })، بعد إعادة التصحيح وفق البنك
# The candidates table's column headers.
class-candidate = المتقدّم
class-score = الدرجة
class-result = النتيجة
class-time-used = الوقت المستغرق
# A candidate's score: $percent is already written as a percent; $correct right of $total.
class-score-value = { $percent } ({ $correct } من { $total })
# A candidate's result, in capitals in English; a word or two in a table cell.
class-pass = ناجح
class-fail = راسب
# A candidate's time, in whole minutes.
class-minutes = { $minutes } د
class-questions-caption = الأسئلة: نسبة الإجابات الصحيحة، ومعامل التمييز (الارتباط الثنائي النقطي: مدى قدرة السؤال على التمييز بين المتقدّمين الأقوى والأضعف)، والخيار الخاطئ الأكثر اختيارًا
# The questions table's column headers.
class-question = السؤال
class-topic = الموضوع
class-right = الصحيحة
class-share-right = نسبة الصواب
class-discrimination = معامل التمييز
class-most-chosen-wrong = الخيار الخاطئ الأكثر اختيارًا
# A question's row: $right candidates answered it right of the $asked who had it.
class-right-of = { $right } من { $asked }
# $choice is the wrong choice's text (from the bank); $times how many candidates chose it.
class-wrong-choice = { $choice } ({ $times })
# Buttons.
class-download-scores = نزّل الدرجات (CSV)
class-download-questions = نزّل إحصاءات الأسئلة (CSV)

# not_found.rs

not-found-heading = الصفحة غير موجودة
# $name is the address or bank id the candidate asked for.
not-found-message = لا يوجد بنك أسئلة أو صفحة باسم «{ $name }».
not-found-all-banks = اعرض جميع بنوك الأسئلة
# $title is the bank's title.
not-found-loading-bank = جارٍ تحميل { $title }…
not-found-loading-banks = جارٍ تحميل بنوك الأسئلة…
# (end of the results' section)

## Problems in bank files and their warnings, as the page shows them to teachers
# Teachers read these beside their file, so they keep the file's own words in code form: field
# names (format, topics, default_question_count, choices[2].text), GIFT and Aiken marks (::, =, ~,
# ANSWER:), keys and values quoted from the file. Translate the words around them only.
# $place is where the problem is, in code form ("week3.gift:12", "bank.json:4:7"); $message is
# one of the file-* messages below, already written.
# In Arabic, marks that hold punctuation (ANSWER:, https://, - [x], a lone { or }, "Correct
# answer: …", file extensions) are wrapped in invisible LRI … PDI (U+2066 … U+2069), so that
# right-to-left text neither reorders nor mirrors them: keep these characters when editing.

file-line = { $place }: { $message }
# $id is the question's id, $number its place in the file (1 for the first).
file-line-in-question = { $place }: السؤال «{ $id }» (رقم { $number }): { $message }
file-line-in-unnamed-question = { $place }: السؤال رقم { $number }: { $message }
file-line-warning = { $place }: تحذير: { $message }
# What the problem did, after its message.
file-outcome-question-skipped = { $message }؛ وقد تم تخطّي السؤال
file-outcome-text-skipped = { $message }؛ وقد تم تخطّي هذا النص
# A note about one question, among the warnings; $message is one of the file-* messages.
file-note-of-question = السؤال «{ $id }»: { $message }

# Problems of any field; $field is the field's name in the file ("title", "choices[2].text").
file-missing = الحقل { $field } غير موجود
file-empty = الحقل { $field } فارغ
file-empty-optional = الحقل { $field } فارغ؛ احذفه من الملف بدلًا من تركه فارغًا
# $known lists the object's fields, as the file writes them.
file-unknown-field = { $field } ليس من حقول صيغة البنك (الحقول المعروفة: { $known })
# $text is the id as the file writes it.
file-id-empty = قيمة { $field } «{ $text }» فارغة
file-id-too-long = قيمة { $field } «{ $text }» يتجاوز طولها { $max ->
        [zero] { $max } حرف
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }
file-id-bad-character = لا يجوز أن تحتوي قيمة { $field } «{ $text }» إلا على الحروف والأرقام والرموز '-' و'_' و'.' (دون مسافات)
file-listed-twice = القيمة «{ $value }» مدرجة مرتين في { $field }

# Problems of the bank's own fields.
# $format is the bank format's number this version reads, as the file writes it ("1").
file-format-missing = الحقل format غير موجود؛ أضف ⁦"format": { $format }⁩
file-format-unsupported = قيمة format { $found } غير مدعومة؛ يقرأ هذا الإصدار format { $format }
file-unknown-level = قيمة level «{ $text }» غير صالحة: يجب أن تكون «foundational» أو «going-further»
file-bad-language = قيمة language «{ $text }» ليست وسم لغة وفق BCP 47 مثل «fr» أو «pt-BR»؛ لذا يُقرأ البنك دون تحديد لغته
file-bad-facts-checked = يجب أن تكون قيمة facts_checked «{ $text }» تاريخًا صحيحًا مكتوبًا بالصيغة YYYY-MM-DD
file-report-url-scheme = يجب أن تبدأ قيمة report_url «{ $text }» بـ ⁦https://⁩ أو ⁦mailto:⁩
file-report-url-spaces = يجب ألا تحتوي قيمة report_url «{ $text }» على مسافات أو محارف تحكّم
# $placeholder is the text the address must hold, "{question}".
file-report-url-no-question = يجب أن تحتوي قيمة report_url «{ $text }» على { $placeholder }، ويحلّ محلّه معرّف السؤال المُبلَّغ عنه
file-no-topics = الحقل topics فارغ؛ أدرج فيه موضوعًا واحدًا على الأقل
file-too-many-questions = يحتوي الحقل questions على { $count ->
        [zero] { $count } سؤال
        [one] سؤال واحد
        [two] سؤالين
        [few] { $count } أسئلة
        [many] { $count } سؤالًا
       *[other] { $count } سؤال
    }، والحد الأقصى للبنك الواحد { $limit } (قسّمه إلى عدة بنوك)
file-only-question-unusable = لا يمكن استخدام السؤال الوحيد في الملف
# $count is 2 or more.
file-no-usable-question = { $count ->
        [zero] لا يمكن استخدام أيٍّ من الأسئلة الـ{ $count }
        [one] لا يمكن استخدام السؤال الوحيد في الملف
        [two] لا يمكن استخدام أيٍّ من السؤالين
        [few] لا يمكن استخدام أيٍّ من الأسئلة الـ{ $count }
        [many] لا يمكن استخدام أيٍّ من الأسئلة الـ{ $count }
       *[other] لا يمكن استخدام أيٍّ من الأسئلة الـ{ $count }
    }
file-question-count-below-one = قيمة default_question_count هي { $count }، ويجب ألا تقل عن 1
file-question-count-above-file = قيمة default_question_count هي { $count }، وهي أكبر من عدد أسئلة البنك ({ $questions })
file-question-count-lowered = قيمة default_question_count هي { $count }، وهي أكبر من عدد الأسئلة الصالحة للاستخدام ({ $usable })؛ لذا يصبح العدد الافتراضي لأسئلة الاختبار { $usable }
file-time-limit-out-of-range = قيمة default_time_limit_minutes هي { $minutes }، ويجب أن تكون من 1 إلى { $limit }
file-weighted-topic-unknown = يذكر الحقل topic_weights الموضوع «{ $topic }»، وهو ليس من مواضيع البنك
file-bad-weight = وزن «{ $topic }» في topic_weights هو { $weight }؛ والوزن عدد من 0 فأكثر
file-no-positive-weight = لا يعطي الحقل topic_weights أي موضوع وزنًا أكبر من 0
file-pass-mark-out-of-range = قيمة pass_mark_percent هي { $percent }، وهي خارج النطاق من 0 إلى 100

# Problems of one question.
# $first is the number of the question that used the id first.
file-id-used-before = قيمة id «{ $id }» مستخدمة من قبل في السؤال رقم { $first }
# $instruction is what the question card says, as exam-choose-many writes it ("Choose 4").
file-every-choice-right = جميع الخيارات صحيحة، لذا فعبارة «{ $instruction }» تكشف الإجابة للمتقدّمين؛ فكّر في إضافة خيار خاطئ
# $topics lists the bank's topics.
file-topic-not-listed = الموضوع «{ $topic }» ليس في قائمة مواضيع البنك ({ $topics })
file-too-many-choices = يحتوي الحقل choices على { $count ->
        [zero] { $count } خيار
        [one] خيار واحد
        [two] خيارين
        [few] { $count } خيارات
        [many] { $count } خيارًا
       *[other] { $count } خيار
    }، والحد الأقصى للسؤال الواحد { $limit }
# $count is 0 or 1.
file-too-few-choices = { $count ->
        [zero] لا يحتوي الحقل choices على أي خيار
        [one] يحتوي الحقل choices على خيار واحد فقط
        [two] يحتوي الحقل choices على خيارين
        [few] يحتوي الحقل choices على { $count } خيارات
        [many] يحتوي الحقل choices على { $count } خيارًا
       *[other] يحتوي الحقل choices على { $count } خيار
    }، ويحتاج السؤال إلى خيارين على الأقل
file-choice-id-repeated = قيمة { $field } «{ $id }» مستخدمة في خيار آخر من خيارات هذا السؤال
file-choice-text-repeated = قيمة { $field } «{ $text }» تكرّر نص خيار آخر
file-no-answer = الحقل answer فارغ؛ حدّد فيه خيارًا واحدًا على الأقل
# $choices lists the question's choice ids.
file-answer-not-a-choice = قيمة answer «{ $id }» ليست من الخيارات { $choices }
file-unsafe-url = يجب أن تكون قيمة { $field } «{ $url }» عنوانًا يبدأ بـ ⁦http://⁩ أو ⁦https://⁩

# Problems with the file as a whole.
# $description is the JSON reader's own description of the error, in English.
file-json-syntax = { $description }
file-too-large = حجم الملف { $megabytes } ميغابايت؛ وأكبر ملف أسئلة يقرؤه هذا التطبيق { $limit } ميغابايت
file-utf16 = الملف محفوظ بترميز UTF-16؛ احفظه بترميز UTF-8 بدلًا من ذلك
file-not-utf8 = الملف ليس نصًّا صالحًا بترميز UTF-8 في هذا الموضع؛ احفظه بترميز UTF-8
file-format-unknown = تعذّر تحديد صيغة الملف: المتوقع بنك أسئلة بصيغة JSON (⁦.json⁩)، أو ملف GIFT أو Aiken (⁦.gift⁩ أو ⁦.txt⁩)، أو ملف Markdown (⁦.md⁩)، أو ملف Moodle XML (⁦.xml⁩)
# $reason is why, as the browser said it.
file-not-loaded = تعذّر التحميل: { $reason }
file-id-not-as-listed = معرّف البنك هو «{ $id }»، لكن questions/index.json يدرجه بالمعرّف «{ $listed }»

# Problems in the syntax of GIFT, Aiken and Markdown files. $label names a question in short: its
# title or the start of its text.
file-block-too-long = يمتد هذا السؤال على { $kilobytes } كيلوبايت دون سطر فارغ؛ يجب الفصل بين الأسئلة بأسطر فارغة (بحد أقصى { $limit } كيلوبايت لكل سؤال)
file-title-not-closed = فُتح العنوان بـ :: ولم يُغلق بـ ::
file-answer-block-not-closed = فُتحت كتلة الإجابات بـ ⁦{"{"}⁩ ولم تُغلق بـ ⁦{"}"}⁩
file-second-answer-block = في هذا السؤال كتلة إجابات ثانية {"{"}…{"}"}؛ ولا يجوز أن يكون للسؤال إلا كتلة واحدة
file-no-answers = «{ $label }»: لا تحتوي كتلة الإجابات على أي إجابة بـ = أو ~
file-no-right-weight = ليس في «{ $label }» إجابة صحيحة: ميّز إحدى الإجابات بـ = أو أعطِ الإجابات الصحيحة وزنًا موجبًا %weight%
file-answer-line-first = سطر ⁦ANSWER:⁩ لا يسبقه أي سؤال
file-not-a-choice-letter = القيمة «{ $text }» في سطر ⁦ANSWER:⁩ ليست حرف خيار مثل A أو B
file-answer-line-names-no-letter = لا يذكر سطر ⁦ANSWER:⁩ أي حرف خيار
# $letter is a choice's letter (A, B, …).
file-choice-before-question = يأتي الخيار { $letter } قبل أي نص للسؤال
file-choice-out-of-order = الخيار { $letter } في غير ترتيبه: يجب أن يكون الخيار التالي في هذا السؤال { $expected }
file-choice-out-of-order-full = الخيار { $letter } في غير ترتيبه: لا يجوز أن يكون لهذا السؤال خيار تالٍ (26 خيارًا على الأكثر)
file-no-answer-line = ليس في هذا السؤال سطر ⁦ANSWER:⁩ بعد خياراته
file-text-without-choices = لا تلي هذا النصَّ أيُّ خيارات ولا سطر ⁦ANSWER:⁩
file-answer-names-no-option = لا يذكر سطر الإجابة «{ $text }» أي حرف خيار (مثل A أو B)
file-no-lettered-choices = ليس في هذا السؤال خيارات مرقّمة بالحروف (⁦A. …⁩)
file-no-correct-answer-line = ليس في هذا السؤال سطر «⁦Correct answer: …⁩»
# $letters lists the letters as the file has them ("A, C, D").
file-option-letters-wrong = حروف الخيارات هي { $letters }: يجب أن يرد كل حرف ابتداءً من A مرة واحدة
# $mark is the character found between the brackets.
file-unclear-box = مربع الخيار [{ $mark }] ليس [x] (صحيح) ولا [ ] (خاطئ)
file-no-ticked-option = ليس في هذا السؤال خيار صحيح: حدّد أحد الخيارات بـ ⁦- [x]⁩
file-front-matter-not-closed = فُتحت الترويسة (front matter) بـ --- ولم تُغلق بـ ---
# $key and $value are a front matter line's, as the file writes them.
file-not-whole-number = قيمة { $key } «{ $value }» ليست عددًا صحيحًا
file-not-true-or-false = قيمة { $key } «{ $value }» ليست true ولا false
file-xml-syntax = هذا ليس XML سليم البنية: { $description }
file-not-a-moodle-quiz = ملف XML هذا ليس تصديرًا لأسئلة Moodle: فهو يحتوي على <{ $root }> لا على <quiz>
file-fraction-not-a-number = «{ $label }»: نسبة الدرجة (fraction) للإجابة «{ $text }» ليست رقمًا
file-no-right-fraction = ليس في «{ $label }» إجابة صحيحة: لا توجد إجابة ذات نسبة درجة (fraction) موجبة

# Warnings: worth the teacher's attention, but the bank still works.
# $alt is the picture's alt text.
file-picture-left-out = استُبعدت صورة («{ $alt }») من هذا النص، لأن هذا التطبيق لا يستطيع عرض الصور بعد
file-picture-left-out-no-alt = استُبعدت صورة بلا نص بديل من هذا النص، لأن هذا التطبيق لا يستطيع عرض الصور بعد
file-no-answer-block = ليس في «{ $label }» كتلة إجابات {"{"}…{"}"} (فهو عنصر وصفي في Moodle)؛ وقد تم تخطّيه
file-gift-essay = «{ $label }» سؤال مقالي، وهذا النوع لا يقبله هذا التطبيق؛ وقد تم تخطّيه
file-gift-numerical = «{ $label }» سؤال عددي، وهذا النوع لا يقبله هذا التطبيق؛ وقد تم تخطّيه
file-gift-matching = «{ $label }» سؤال مطابقة، وهذا النوع لا يقبله هذا التطبيق؛ وقد تم تخطّيه
file-gift-short-answer = «{ $label }» سؤال إجابة قصيرة، وهذا النوع لا يقبله هذا التطبيق؛ وقد تم تخطّيه
# $percent is a GIFT weight, as a number ("50", "33.33"); $choice the answer's text.
file-partial-credit = «{ $label }»: الدرجة الجزئية ({ $percent } بالمئة) للإجابة «{ $choice }» غير مدعومة؛ وتُحتسب هذه الإجابة خاطئة
file-several-equals-answers = «{ $label }» يحدّد بالعلامة = { $count ->
        [zero] { $count } إجابة صحيحة
        [one] إجابة صحيحة واحدة
        [two] إجابتين صحيحتين
        [few] { $count } إجابات صحيحة
        [many] { $count } إجابة صحيحة
       *[other] { $count } إجابة صحيحة
    }؛ يقبل Moodle أيًّا منها، أما هذا التطبيق فيطلبها كلها
file-weights-not-hundred = «{ $label }»: مجموع أوزان الإجابات الصحيحة { $percent } بالمئة وليس 100 بالمئة؛ وتُحتسب صحيحةً كلُّ إجابة ذات وزن موجب
file-moodle-type-unsupported = «{ $label }» سؤال Moodle من نوع «{ $kind }»، وهذا النوع لا يقبله هذا التطبيق؛ وقد تم تخطّيه
file-uneven-credit = «{ $label }»: في Moodle تنال الإجابات الصحيحة حصصًا مختلفة من الدرجة؛ أما هنا فتُحتسب كل منها صحيحة ويُطلب اختيارها جميعًا
# $text is the first line of the text (cut short), $lines how many lines it takes.
file-text-outside-question = { $lines ->
        [1] السطر «{ $text }» لا ينتمي إلى أي سؤال
        [2] السطر «{ $text }» والسطر الذي يليه لا ينتميان إلى أي سؤال
        [zero] السطر «{ $text }» لا ينتمي إلى أي سؤال
        [one] السطر «{ $text }» لا ينتمي إلى أي سؤال
        [two] السطر «{ $text }» والسطر الذي يليه لا ينتميان إلى أي سؤال
        [few] السطر «{ $text }» والأسطر التي تليه لا تنتمي إلى أي سؤال ({ $lines } أسطر)
        [many] السطر «{ $text }» والأسطر التي تليه لا تنتمي إلى أي سؤال ({ $lines } سطرًا)
       *[other] السطر «{ $text }» والأسطر التي تليه لا تنتمي إلى أي سؤال ({ $lines } سطر)
    }: سؤال Aiken هو النص الذي يسبق خياراته مباشرة؛ وقد تم استبعاد هذا النص
file-numbered-line-without-choices = لا توجد تحت هذا السطر المرقّم خيارات مرقّمة بالحروف؛ فلم يُقرأ على أنه سؤال
file-fence-not-closed = كتلة الشيفرة هذه لم تُغلق؛ لذا تُقرأ على أنها نص
file-numbered-line-without-options = لا توجد تحت هذا السطر المرقّم خيارات [x] أو [ ]؛ فلم يُقرأ على أنه سؤال
# $start and $end are line numbers of the file.
file-numbered-lines-without-options = لا توجد تحت الأسطر المرقّمة من { $start } إلى { $end } خيارات [x] أو [ ]؛ فلم تُقرأ على أنها أسئلة
# $line is the line as the file writes it.
file-front-matter-not-key-value = سطر الترويسة (front matter) «{ $line }» ليس بالصيغة ⁦key: value⁩؛ وقد تم تجاهله
file-quizdown-display-option = المفتاح { $key } في الترويسة (front matter) إعداد عرض خاص بـ quizdown، ويتجاهله هذا التطبيق
file-front-matter-unused = المفتاح { $key } في الترويسة (front matter) غير مستخدم؛ وقد تم تجاهله
# $missing of the file's $usable questions.
file-no-explanations = { $missing ->
        [zero] { $missing } سؤال من أصل { $usable } ليس لها شرح (أولها هنا)
        [one] سؤال واحد من أصل { $usable } ليس له شرح (وهو هنا)
        [two] سؤالان من أصل { $usable } ليس لهما شرح (أولهما هنا)
        [few] { $missing } أسئلة من أصل { $usable } ليس لها شرح (أولها هنا)
        [many] { $missing } سؤالًا من أصل { $usable } ليس لها شرح (أولها هنا)
       *[other] { $missing } سؤال من أصل { $usable } ليس لها شرح (أولها هنا)
    }؛ ولن يرى المتقدّمون إلا الإجابة الصحيحة
# $earlier is the id of the earlier question, $line the line it starts on.
file-repeated-prompt = السؤال «{ $id }» يكرّر نص السؤال «{ $earlier }» (السطر { $line })
file-repeated-prompt-no-line = السؤال «{ $id }» يكرّر نص السؤال «{ $earlier }»

## Saved records and handed-in files that could not be read: a saved exam, the kept banks, progress and result files, the reader of teachers' formats
# $detail is the JSON reader's own description of what is wrong, in English; $found a format
# version as the file writes it, $reads the one this version reads.

# Why a saved exam could not be resumed (it is set aside, never half used).
restore-damaged = الاختبار المحفوظ تالف ({ $detail })
restore-unknown-format = كُتب الاختبار المحفوظ بإصدار الصيغة { $found }، ولا يستطيع هذا الإصدار من التطبيق قراءته
# $saved is the id of the bank the saved exam belongs to.
restore-other-bank = الاختبار المحفوظ يخص بنكًا آخر («{ $saved }»)
restore-bank-changed = تغيّر بنك الأسئلة منذ حفظ الاختبار
restore-inconsistent = بيانات الاختبار المحفوظ غير متّسقة ({ $detail })

# The banks kept in this browser.
kept-list-version = إصدار صيغة قائمة البنوك المحفوظة في هذا المتصفح هو { $found }، ولا يقرؤه هذا الإصدار من التطبيق
kept-list-damaged = قائمة البنوك المحفوظة في هذا المتصفح تالفة ({ $detail })
# $source is the file name or address the bank came from; $problems its problems (file-line
# messages), joined with "; ".
kept-bank-left-out = تعذّرت قراءة النسخة المحفوظة من { $source } فاستُبعدت: { $problems }

# Progress files; $file is the file's name, $kind the kind every progress file names.
progress-not-a-progress-file = { $file }: ليس ملف تقدّم ({ $detail })
progress-no-kind = { $file }: ليس ملف تقدّم (لا يحتوي على ⁦"kind": "{ $kind }"⁩)
progress-no-version = { $file }: لا يذكر ملف التقدّم إصدار صيغته
progress-version = { $file }: إصدار صيغة ملف التقدّم { $found } لا يقرؤه هذا الإصدار من التطبيق (فهو يقرأ { $reads })
# $bank is a bank's id in the file; this part of the file is left out, the rest is used.
progress-part-unreadable = { $file }: البنك «{ $bank }»: { $detail }؛ وقد استُبعد هذا الجزء
progress-history-unreadable = { $file }: البنك «{ $bank }»: سجل المحاولات: { $detail }؛ وقد استُبعد هذا الجزء
progress-review-unreadable = { $file }: البنك «{ $bank }»: المراجعة: { $detail }؛ وقد استُبعد هذا الجزء

# Result files the class results leave out; $file is the file's name.
result-not-a-result = { $file }: ليس ملف نتيجة ({ $detail })
# $found is the kind the file names (another of the app's files, such as a progress file).
result-other-kind = { $file }: ليس ملف نتيجة (نوعه «{ $found }»)
# $kind is the kind every result file names.
result-no-kind = { $file }: ليس ملف نتيجة (لا يحتوي على ⁦"kind": "{ $kind }"⁩)
result-no-version = { $file }: ليس ملف نتيجة (لا يذكر إصدار صيغته)
result-version = { $file }: إصدار صيغة ملف النتيجة { $found } لا يقرؤه هذا الإصدار من التطبيق (فهو يقرأ { $reads })
result-no-answers = { $file }: لا تحتوي النتيجة على أي إجابة
# $title and $id are the other bank's.
result-other-bank = { $file }: نتيجة لبنك آخر، «{ $title }» ({ $id })
result-other-bank-version = { $file }: نتيجة لإصدار آخر من هذا البنك (تغيّرت أسئلته أو خياراته أو إجاباته منذ ذلك الحين)
# $answer is the answer's number in the file (1 for the first), $question a question's id.
result-unknown-question = { $file }: الإجابة رقم { $answer }: السؤال «{ $question }» غير موجود في البنك
result-answered-twice = { $file }: أُجيب عن السؤال «{ $question }» مرتين
result-impossible-answer = { $file }: السؤال «{ $question }»: تذكر الإجابة خيارات ليست في هذا السؤال

# The reader of GIFT, Aiken and Markdown files, which runs beside the page.
tools-not-loaded = تعذّر تحميل قارئ هذه الصيغة؛ تحقّق من الاتصال وحاول مرة أخرى
# $message is the browser's own description of the failure, in English.
tools-failed = فشل قارئ هذه الصيغة ({ $message })
tools-failed-silently = فشل قارئ هذه الصيغة
tools-no-answer = لم يُعِد قارئ هذه الصيغة أي رد
# A bug, or two versions of the app side by side: $detail says what, in English.
tools-answer-unreadable = تعذّرت قراءة رد القارئ ({ $detail })

## The engine's refusals, exam links' problems, and what the browser refused (storage, network, files, the LMS)
# refusals.rs
refusal-finished = انتهى هذا الاختبار.
refusal-too-many-choices = { $choose ->
        [zero] اختر { $choose } خيار
        [one] اختر خيارًا واحدًا
        [two] اختر خيارين
        [few] اختر { $choose } خيارات
        [many] اختر { $choose } خيارًا
       *[other] اختر { $choose } خيار
    }: ألغِ أحد اختياراتك قبل أن تختار خيارًا آخر.
refusal-not-a-choice = «{ $choice }» ليس خيارًا في هذا السؤال.
refusal-locked = تم التحقق من هذه الإجابة، ولا يمكن تغييرها.
refusal-no-such-question = لا يوجد سؤال رقم { $number }.
refusal-at-first-question = هذا هو السؤال الأول.
refusal-at-last-question = هذا هو السؤال الأخير.
refusal-nothing-selected = اختر إجابة قبل التحقق منها.
refusal-not-practice-mode = لا يتم التحقق من الإجابات إلا في نهاية الاختبار.
# $max is how many characters a note may hold.
refusal-note-too-long = لا تتسع الملاحظة لأكثر من { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }.
# $max is how many highlights one question may have.
refusal-too-many-highlights = لا يمكن أن يحتوي السؤال على أكثر من { $max ->
        [zero] { $max } مقطع مميّز
        [one] مقطع مميّز واحد
        [two] مقطعين مميّزين
        [few] { $max } مقاطع مميّزة
        [many] { $max } مقطعًا مميّزًا
       *[other] { $max } مقطع مميّز
    }؛ أزِل التمييز عن بعضها أولًا.
refusal-not-a-passage = حدّد أولًا جزءًا من نص السؤال نفسه أو من أحد خياراته، ثم ميّزه.
# Keep $parameter and the link's own words (mode, practice, exam, count, seed, shuffle, on, off,
# time, none, extra, esl30, untimed, draw, unseen, review) as they are.
link-bad-mode = { $parameter }: قيمة mode هي practice أو exam
link-bad-count = { $parameter }: قيمة count عدد صحيح من 1 فأكثر
link-bad-seed = { $parameter }: قيمة seed عدد صحيح
link-bad-shuffle = { $parameter }: قيمة shuffle هي on أو off
link-bad-time = { $parameter }: قيمة time عدد الدقائق من 1 إلى { $max }، أو none
link-bad-extra = { $parameter }: قيمة extra (الوقت الإضافي) هي 1 أو 1.5 أو 2 أو esl30 أو untimed
link-bad-draw = { $parameter }: قيمة draw هي unseen أو review
link-unknown-setting = { $parameter }: ليس إعدادًا يعرفه رابط الاختبار
link-unknown-question = { $parameter }: لا يوجد في هذا البنك سؤال بهذا المعرّف
link-unknown-topic = { $parameter }: ليس موضوعًا في هذا البنك
link-no-such-topic = لا يحتوي البنك على موضوع «{ $topic }»
link-no-matching-questions = لا توجد أسئلة تطابق المواضيع المختارة
link-no-questions = يحتاج الاختبار إلى سؤال واحد على الأقل
browser-storage-no-window = لا توجد نافذة
browser-storage-access-refused = رفض المتصفح الوصول إلى التخزين
browser-storage-none = لا يحتوي هذا المتصفح على تخزين محلي
browser-storage-read-failed = تعذّرت قراءة التقدّم المحفوظ
browser-storage-full = تخزين المتصفح ممتلئ أو معطّل
browser-storage-remove-failed = تعذّرت إزالة التقدّم المحفوظ
browser-fetch-no-window = لا توجد نافذة لهذه الصفحة
browser-fetch-failed = فشل الطلب ({ $detail }): ربما يكون العنوان خاطئًا، أو الخادم متوقفًا، أو لا يسمح لهذا الموقع بقراءته (CORS)
browser-fetch-no-detail = فشل طلب الشبكة
browser-fetch-status = أجاب الخادم بـ { $code } { $status }
browser-lms-missing = لا يحتوي نظام LMS على { $function }
browser-lms-threw = فشلت { $function } في نظام LMS
browser-lms-refused = رُفض الاستدعاء { $call } (الخطأ { $code }: { $reason })
browser-lms-too-long = يشغل تقدّم الاختبار { $length ->
        [zero] { $length } حرف
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $length } أحرف
        [many] { $length } حرفًا
       *[other] { $length } حرف
    }، وهذا أكثر مما يسمح به SCORM 1.2 ({ $limit })
browser-download-no-file = تعذّر على المتصفح إنشاء الملف
browser-download-no-page = لا توجد صفحة للتنزيل منها
browser-download-not-started = تعذّر على المتصفح بدء التنزيل
browser-file-too-large = حجم الملف { $size } ميغابايت؛ وأكبر ملف أسئلة يقرؤه هذا التطبيق { $limit } ميغابايت
browser-file-unreadable = تعذّر على المتصفح قراءة الملف
browser-app-no-loader = لا تستطيع هذه الصفحة تحميل بقية التطبيق
browser-app-not-downloaded = لم يكتمل تنزيلها
# (end of the refusals' section)
