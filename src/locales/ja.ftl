### Exam Practice's interface in English: every message the interface shows, and the one every
### other language's file is checked against (same ids, same variables).
###
### To add a language, copy this file to `<tag>.ftl` (a BCP 47 tag: `it.ftl`, `zh-Hans.ftl`) and
### translate every value; docs/translating.md says how, and `bash scripts/test.sh quick` checks it.

# 用語集 (glossary: one Japanese term per concept, used throughout)
# exam = 試験 / practice (mode) = 練習 / question = 問題 / answer = 解答 (right answer = 正解)
# choice = 選択肢 / flag = フラグを付ける, flagged = フラグ付き
# review (after the exam) = 解答確認 / spaced review = 復習 (heading: 復習（間隔反復）)
# pass mark = 合格ライン / score = スコア / PASS / FAIL = 合格 / 不合格
# topic = 分野 / bank = 問題集 / results = 結果 / time limit = 制限時間 / submit = 提出
# confidence = 自信度: Guess = 勘, Unsure = 自信なし, Sure = 自信あり
# "Am I ready?" = 準備はできていますか？ / attempt = 受験 / teacher = 講師 / candidate = 受験者
# problem (an issue, not a question) = 不備 / progress (study) = 進捗, (an exam in progress) = 途中経過

# The language's name in itself, as the language menu lists it.
language-name = 日本語

## The site

site-brand = Exam Practice
language-menu-label = 言語
language-load-failed = インターフェースを{ $language }で表示できなかったため（{ $problem }）、英語で表示しています。もう一度試すには、ページを再読み込みしてください。
display-menu-label = 文字と配色
display-text-size = 文字の大きさ
display-size-standard = 標準
display-size-large = 大
display-size-larger = 特大
display-size-largest = 最大
display-colours = 配色
display-colours-system = この端末の設定に合わせる
display-colours-light = 明るい背景
display-colours-dark = 暗い背景
display-colours-contrast = ハイコントラスト

## The engine's values as every page names them

mode-practice = 練習
mode-exam = 試験
confidence-guess = 勘
confidence-unsure = 自信なし
confidence-sure = 自信あり
verdict-not-yet = まだ早い
verdict-borderline = ボーダーライン
verdict-likely = 合格圏内
# The file formats, as the start page says what a file was read as.
format-json = JSON形式の問題集
format-gift = GIFT
format-aiken = Aiken
format-markdown-answers = 解答ブロック付きMarkdown
format-markdown-task-list = Markdownタスクリスト
format-moodle-xml = Moodle XML

## The start page and the shared parts of pages (home, components, the app's shell, stores)
# home/mod.rs

# Shown while the site's list of question banks loads.
home-loading-banks = 問題集を読み込んでいます…
home-index-unreadable = 問題集の一覧を読み取れませんでした。
# The start page's main heading.
home-heading = 模擬試験
home-teachers-heading = 講師の方へ
# A link to the class results page; the sentence home-class-results-description follows it in
# the same paragraph.
home-class-results-link = クラスの結果
# Follows the link "Class results" (home-class-results-link) in the same paragraph.
home-class-results-description = ：受験者の結果ファイルを採点し、問題ごとの統計を表示します。

# home/own_banks.rs

home-own-heading = 手持ちの問題
# The label of the button that opens a file picker.
home-open-file-label = 問題ファイルを開く…
home-open-file-help = JSON形式の問題集、GIFT・Aiken形式（.gift、.txt）、Markdown形式（.md）、Moodle XML形式（.xml）のファイルを開けます。ここにドロップすることもできます。ファイルはこのブラウザー内で読み込まれ、アップロードされることはありません。
# $address is the web address a ?bank= link names.
home-loading-address = { $address } から問題集を読み込んでいます…
# The name of a list of warnings, for assistive technology; $source is a file name or address.
home-warnings-for = { $source } の警告
# The name of a list of problems that left parts of a file out; $source is a file name or address.
home-skipped-in = { $source } でスキップした項目
# Precedes the list of problems that left pieces of text (not questions) out of the file.
home-imported-all = 全{ $questions }問を取り込みました。問題以外のテキスト{ $pieces }件をスキップしました：
# Precedes the list of problems that left questions out: $questions of the $total in the file
# were imported, $skipped were not.
home-imported-some = { $total }問中{ $questions }問を取り込み、{ $skipped }問をスキップしました：
# $title is the bank's title, $source its file name or address, $format the file's format as the
# importer names it (in English: "GIFT", "JSON bank", "Markdown task list"). The sentences
# home-opened-replaced or home-opened-renamed, then home-opened-warnings, may follow it.
home-opened = { $source }（{ $format }）から「{ $title }」を開きました（{ $questions }問、このブラウザーに保存）。
home-opened-replaced = 以前に保存したコピーを置き換えました。
# $id is the new id the bank is kept under.
home-opened-renamed = このサイトには同じIDの問題集がすでにあるため、このコピーは「{ $id }」として保存しました。
# Precedes the list of warnings.
home-opened-warnings = 警告（{ $count }件）：
# A button; $title is the bank's title.
home-take-bank = 「{ $title }」を始める
# Precedes the list of warnings for a file that cannot be used.
home-warnings = 警告：
# The heading over the banks kept in this browser; also names their list.
home-kept-heading = このブラウザーに保存済み
# Under a kept bank's title: $source is its file name or address, $format the file's format as
# the importer names it ("GIFT").
home-kept-facts = { $questions }問・取り込み元：{ $source }（{ $format }）
# A button; $title is the bank's title.
home-remove-bank = 「{ $title }」を削除

# components (several pages)

# A button or link; $title is the bank's title.
common-open-bank = 「{ $title }」を開く
# The name of a list of problems, for assistive technology; $name is a file name, address or
# bank title.
common-problems-in = { $name } の不備
# In bold, before common-problems-found; $name is a file name or address.
common-file-cannot-be-used = { $name } は使用できません：
# Follows "… cannot be used:" (common-file-cannot-be-used or bank-list-bank-cannot-be-used).
common-problems-found = { $count }件の不備が見つかりました。
# A small heading over a question's links to further reading.
common-read-more = 参考資料
# A link that opens an e-mail or web page to report a problem with the question shown.
common-report-problem = この問題の不備を報告

# components/bank_list.rs

# $file is the index file's path, "questions/index.json".
bank-list-none = { $file } にはまだ問題集が登録されていません。
# The name of the list of the site's banks, for assistive technology.
bank-list-label = 問題集一覧
bank-list-open-to-see = 問題集を開くと問題を確認できます。
# The bank's figures, as a list of terms and values: the number of questions.
bank-list-questions = 問題数
bank-list-default-exam = 標準の試験
# The value beside "Default exam".
bank-list-default-exam-value = { $questions }問・{ $minutes }分
bank-list-pass-mark = 合格ライン
bank-list-topics = 分野
# On the start page, under a bank some of whose questions cannot be used.
bank-list-left-out-see-page = { $total }問中{ $count }問は不備があるため除外されています。理由は問題集のページに表示されます。
# On a bank's page, opens the list of problems in its file.
bank-list-left-out = { $total }問中{ $count }問は不備があるため除外
# On a bank's page, opens the list of problems found outside its questions.
bank-list-outside-questions = 問題以外のテキストの不備：{ $count }件（除外）
# In bold, before common-problems-found.
bank-list-bank-cannot-be-used = この問題集は使用できません：

# components/site_notices.rs and the stores' notices

# $file is the index file's path; $problem the browser's reason, in English.
notice-index-not-loaded = { $file } を読み込めませんでした：{ $problem }
# $problems lists what is wrong, in English, separated by semicolons.
notice-package-settings = このパッケージの試験設定に誤りがあります（{ $problems }）。
# $problem is the LMS's or the browser's reason, in English.
notice-package-lms = コースのLMSがこの受験を開始しませんでした（{ $problem }）。試験は続けられますが、結果はLMSに送信できません。
# A line of a list of problems: $address is a ?bank= link's address, $problem the browser's
# reason, in English.
notice-address-not-loaded = { $address } を読み込めませんでした：{ $problem }
# $problem says, in English, what is wrong with the stored list of banks (e.g. "the list of banks
# kept in this browser is damaged (…)").
notice-kept-set-aside = { $problem }。このデータは退避しました。問題ファイルを開き直してください。
# $problem as in notice-kept-set-aside.
notice-kept-not-set-aside = { $problem }。このデータを退避することもできませんでした。問題ファイルを開き直してください。
# $problem is the browser's reason, in English.
notice-kept-unavailable = 開いた問題集をこのブラウザーに保存できません：{ $problem }。
# $problem is the browser's reason, in English.
notice-kept-not-saved = 開いた問題集は今は使えますが、このページを閉じると残りません：{ $problem }。
# $title is the bank's title, $source its file name or address.
notice-kept-too-large = 「{ $title }」（{ $questions }問）はこのページを閉じるまで使えますが、大きすぎるためこのブラウザーに保存できません。次回は { $source } を開き直してください。
# On a bank's page: $problem says, in English, what is wrong with the data.
notice-history-set-aside = 保存された受験履歴を読み取れなかったため、退避しました（{ $problem }）。
notice-review-set-aside = 保存された復習記録を読み取れなかったため、退避しました（{ $problem }）。
# $problem says what is wrong with the data, $reason why it could not be moved aside; both in
# English.
notice-history-left-in-place = 保存された受験履歴を読み取れず（{ $problem }）、退避もできませんでした（{ $reason }）。履歴はそのまま残し、新しい記録は追加しません。
notice-review-left-in-place = 保存された復習記録を読み取れず（{ $problem }）、退避もできませんでした（{ $reason }）。記録はそのまま残し、新しい記録は追加しません。
# $problem is the browser's reason, in English.
notice-history-unavailable = 保存された受験履歴を利用できません（{ $problem }）。
notice-review-unavailable = 保存された復習記録を利用できません（{ $problem }）。
# Why a change was not saved, shown inside another sentence (after a colon or in parentheses):
# hence the small first letter and no full stop.
notice-history-kept-unreadable = 保存された受験履歴を読み取れないため、そのまま残しています
notice-review-kept-unreadable = 保存された復習記録を読み取れないため、そのまま残しています

# (end of the start page's section)

## A bank's page: setting up an exam, study, history, spaced review, progress files
# mod.rs
# A link back to the start page; the arrow points back (a right-to-left language may use →).
bank-all-banks-link = ← 問題集一覧
# $date: the day the bank's authors last checked its facts, as the bank gives it (2025-03-01).
bank-facts-checked = 記載内容は{ $date }時点で出典と照合済みです。

# resume_notice.rs
bank-resume-in-progress = 解答途中の試験があります（{ $count }問）。
# A link styled as a button.
bank-resume-button = 試験を再開

# history.rs
bank-history-heading = 受験履歴
# The accessible name of a small line chart of the scores of past attempts.
bank-history-chart-label = スコアの推移
bank-history-caption = 過去の受験（古い順）
# The history table's column headers.
bank-history-date = 日付
# The exam's mode (practice or exam): this column's header, and the set-up form's legend.
bank-mode = モード
bank-history-score = スコア
bank-history-result = 結果
# An attempt's score: $percent is its share right, already written as a percent ("80 %");
# $correct and $total are counts of questions.
bank-history-score-value = { $percent }（{ $total }問中{ $correct }問）
# An attempt's result, in the "Result" column: short, shown in capitals in English.
bank-history-passed = 合格
bank-history-failed = 不合格
# A button that deletes every past attempt of this bank.
bank-history-clear = 履歴を消去

# setup/mod.rs
bank-setup-heading = 試験の設定
# The form's submit button.
bank-setup-start = 試験を開始

# setup/fields.rs
bank-setup-mode-practice = 練習：解答ごとにすぐ答え合わせ
bank-setup-mode-exam = 試験：制限時間あり、答え合わせは最後にまとめて
# $total: how many questions the bank has.
bank-setup-count = 問題数（1～{ $total }）
bank-setup-time-limit = 制限時間
# A choice of the time-limit list: $minutes is the default time for $count questions.
bank-setup-time-default = { $minutes }分（{ $count }問の標準時間）
# A choice of the time-limit list.
bank-setup-time-minutes = { $minutes }分
bank-setup-time-none = 制限なし
# Extra time granted to some candidates (an accessibility arrangement).
bank-setup-accommodation = 試験時間の配慮
bank-setup-accommodation-standard = 標準時間
# $factor: how many times the standard time (1.5 or 2), written as a number.
bank-setup-accommodation-extended = 時間延長（{ $factor }倍）
# AWS Certification's accommodation for candidates whose first language is not English
# ("ESL +30 MINUTES"): keep "ESL" as AWS writes it. $minutes is the minutes it adds (30).
bank-setup-accommodation-esl = ESL：英語を母語としない受験者（+{ $minutes }分）
bank-setup-accommodation-untimed = 時間無制限
bank-setup-topics = 出題する分野
bank-setup-shuffle = 問題と選択肢をシャッフル
bank-setup-unseen-first = まだ解答していない問題を優先

# study/mod.rs
bank-study-heading = 学習
bank-study-persistence-refused = このブラウザーでは、学習の進捗を永続的に保存する許可が得られていません。空き容量が少なくなったときや、数週間アクセスがないときに削除される可能性があります。ときどき進捗をファイルに保存してください。

# study/review_panel.rs
bank-review-heading = 復習（間隔反復）
bank-review-intro = 解答した問題は、忘れかける直前に復習として再び出題されます。間違えた問題はより早く出題されます。
bank-review-due =
    { $count ->
        [0] 復習予定の問題はありません。
       *[other] 復習予定の問題が{ $count }問あります。
    }
# Follows the sentence saying how many questions are due; $count: how many of them were
# answered wrongly last time.
bank-review-missed = うち前回不正解：{ $count }問。
# A link styled as a button; $count: how many questions the review asks.
bank-review-now = 今すぐ復習（{ $count }問）
# $date: the day the next question comes due, as the language writes a date.
bank-review-next = 次回の復習は{ $date }です。
bank-review-exam-date = 受験日（任意）
bank-review-exam-date-hint = この日より後の復習は予定されません。
# $reason: why, from the browser's storage (may be in English).
bank-review-exam-date-not-saved = 受験日を保存できませんでした：{ $reason }。

# study/readiness_panel.rs
bank-readiness-heading = 準備はできていますか？
# $needed: the number of first answers the estimate needs; $have: how many the candidate has;
# $per-topic: the number it needs in each topic.
bank-readiness-waiting = まだ判断材料が足りません。この推定は各問題への最初の解答だけを使うため、最初の解答が少なくとも{ $needed }件（現在{ $have }件）、そのうち各分野で{ $per-topic }件以上が必要です。
# Follows "Not enough evidence yet…"; $topics: the bank's names of the topics, separated by commas.
bank-readiness-thin-topics = 解答がさらに必要な分野：{ $topics }。
# Follows the verdict in bold ("Likely", "Borderline", "Not yet"), hence the leading colon.
# $questions: the exam's question count; $needed: how many right answers pass it;
# $chance: one of the bank-readiness-chance-* messages; $band: "80 %" as the language writes it;
# $low and $high: percents.
bank-readiness-chance = ：{ $questions }問の試験（合格には{ $needed }問の正解が必要）に合格する確率は{ $chance }です（{ $band }区間：{ $low }～{ $high }）。
# A chance too small to round to 1 %: $percent is "1 %" as the language writes it.
bank-readiness-chance-under = { $percent }未満
# A chance too near certain to round to 100 %: $percent is "99 %" as the language writes it.
bank-readiness-chance-over = { $percent }超
# $percent: the chance, rounded, as the language writes a percent.
bank-readiness-chance-about = 約{ $percent }
bank-readiness-caption = 分野別の習熟度（最初の解答に基づく）
# The readiness table's column headers; "Practice" heads a column of links to practise a topic.
bank-readiness-topic = 分野
bank-readiness-first-right = 最初の解答の正解数
bank-readiness-mastery = 習熟度
bank-readiness-on-exam = 試験での出題数
bank-readiness-practice = 練習
# In the "First answers right" column: $right of the topic's $answers first answers were right.
bank-readiness-right-of = { $answers }問中{ $right }問
# In the "Mastery" column, for a topic with no first answer yet.
bank-readiness-no-answers = まだ解答なし
# The accessible name of a bar showing a topic's mastery; $percent: as the language writes it.
bank-readiness-mastery-bar = 習熟度 { $percent }
# A link to a practice session of one topic.
bank-readiness-practise-topic = この分野を練習
# The same link's accessible name; $topic: the topic's name, from the bank.
bank-readiness-practise-topic-label = この分野を練習：{ $topic }
# A disclosure's summary (click to open the explanation below).
bank-readiness-method-heading = 算出方法
# $draws: how many imagined candidates; $needed: the right answers needed to pass, a number,
# or "unknown" before there is an estimate; $questions: the exam's question count; $weights:
# "topic-weights" when the bank gives its topics weights, else "question-shares";
# $band: "80 %" and $even: "50 %", as the language writes a percent. The quoted verdicts are
# the messages verdict-likely and verdict-not-yet.
bank-readiness-method =
    各問題への最初の解答だけを数えます。やり直しや復習での解答を含めると、実力より高く見積もってしまうためです。各分野で正解する確率は、その分野での最初の解答から推定し、分野間の差が小さいと見られるほど全体の水準へ強く寄せます（解答の少ない分野ほど、ほかの分野の結果に頼ります）。次に、あなたの解答から考えられる範囲で分野別の確率を割り当てた仮想の受験者を{ $draws }人生成し、{ $weights ->
        [topic-weights] 問題集が定める分野の重み
       *[question-shares] 問題集の問題に占める各分野の割合
    }に従って分野に振り分けた{ $questions }問のうち{ $needed ->
        [unknown] 合格ライン
       *[other] { $needed }問
    }以上に正解する確率を、受験者ごとに厳密に計算して、その平均を示します。区間は、それらの確率の中央{ $band }です。数千人の模擬受験者で検証したところ、10人中8人で区間が真の確率を含んでいました。「{ verdict-likely }」は区間の下限でも{ $even }以上であること、「{ verdict-not-yet }」は上限でも{ $even }未満であることを表し、それ以外はボーダーラインです。

# study/progress_file.rs
bank-progress-heading = 進捗の保存
bank-progress-intro = ブラウザーは、しばらくするとサイトのデータを削除することがあります。進捗（すべての問題集の受験履歴、復習記録、自信度、受験日）をファイルに保存しておけば、どのブラウザーでもここで読み込めます。
# A button that downloads a file.
bank-progress-save = 進捗を保存
# The label of a file picker, styled as a button.
bank-progress-load = 進捗を読み込む
bank-progress-nothing-to-save = 保存する進捗はまだありません。
# $file: the downloaded file's name.
bank-progress-saved = 問題集{ $banks }件分の進捗を { $file } に保存しました。
# $reason: why, from the browser (may be in English).
bank-progress-not-saved = ファイルを保存できませんでした：{ $reason }。
# $reason: why the file could not be read as a progress file (in English).
bank-progress-not-read = { $reason }。何も変更していません。
# $file: the chosen file's name; $reason: why the browser could not read it (may be in English).
bank-progress-unreadable = { $file }：{ $reason }。何も変更していません。
bank-progress-not-text = { $file }：進捗ファイルではありません（UTF-8テキストではありません）。何も変更していません。
# $file: the loaded file's name; then how many banks it held and what it added.
bank-progress-loaded = { $file } を読み込みました：問題集{ $banks }件、新しい受験記録{ $attempts }件、更新された復習記録{ $records }件。
# The accessible name of a list of problems with the loaded file.
bank-progress-problems = 読み取れずに除外した部分：
# A problem with a loaded file, in a list shown as code: $file: its name; $bank: a bank's id;
# $reason: why that bank's history could not be saved (may be in English).
bank-progress-history-problem = { $file }：問題集「{ $bank }」：履歴：{ $reason }
# As above, for the bank's review records.
bank-progress-review-problem = { $file }：問題集「{ $bank }」：復習：{ $reason }
# (end of the bank page's section)

## Taking an exam: the question card, navigator, countdown, submitting, shortcuts
# action_bar.rs: the buttons under the question
exam-previous = 前へ
# Practice mode: checks the answer now.
exam-check = 答え合わせ
exam-next = 次へ
# A toggle button (pressed while the question is flagged).
exam-flag = フラグを付ける
# Opens the confirmation before the exam is submitted.
exam-submit = 提出

# bad_link.rs
exam-bad-link-heading = この試験リンクは使用できません
# Above a list of the link's problems (also when an exam link is opened).
exam-bad-link-intro = この試験リンクの設定に誤りがあります：

# countdown.rs
# A label beside the countdown (mm:ss), and the countdown's accessible name.
exam-time-left = 残り時間
exam-show-timer = タイマーを表示
exam-hide-timer = タイマーを非表示
# A button that has a screen reader read the time left (shortcut T).
exam-read-time-left = 残り時間を読み上げ
# Read out by screen readers when asked (button or key T); $time is the countdown as shown, "05:00" or "1:30:00".
exam-time-left-spoken = 残り時間は{ $time }です。
# Announced by screen readers at 5 minutes and at 1 minute left; $minutes is 5 or 1.
exam-time-warning = 残り{ $minutes }分です。

# finished.rs: notices above the results
# $problem: why the browser's storage refused, in English (from the app's storage layer).
exam-results-save-problem = この結果はこのブラウザーに保存できません（{ $problem }）。ページを再読み込みすると失われます。
# $problem: why, in English.
exam-history-problem = このブラウザーでは、この受験を履歴に追加できません（{ $problem }）。
# In a course's LMS (SCORM package). $score is a percent, as "85%".
exam-lms-sent-passed = 結果をコースに送信しました：{ $score }、合格。
# In a course's LMS (SCORM package). $score is a percent, as "85%".
exam-lms-sent-not-passed = 結果をコースに送信しました：{ $score }、不合格。
# $problem: the LMS's error, in English.
exam-lms-report-problem = 結果をコースのLMSに送信できませんでした（{ $problem }）。講師に連絡し、このページは開いたままにしてください。
# $problem: why, in English.
exam-review-problem = このブラウザーでは、これらの解答を復習用に保存できません（{ $problem }）。

# gate.rs
# The exam page's main heading: $mode is "Practice" or "Exam" (mode-practice, mode-exam), $title the bank's title.
exam-page-title = { $mode }：{ $title }
exam-opening = 試験を開いています…
exam-open-elsewhere = この試験は別のタブまたはウィンドウで開かれています。ここで続けるには、こちらに引き継いでください。もう一方では保存が停止し、その旨が表示されます。
# Button.
exam-take-over = ここで試験を引き継ぐ
exam-taken-over = この試験は別のタブまたはウィンドウに引き継がれたため、このページでの保存を停止しました。ここでの操作は失われていません。引き継がれる前に保存されています。
# Button.
exam-take-back = 試験をこちらに戻す

# navigator.rs
# The accessible name of the list of question buttons beside the exam.
exam-navigator-label = 問題一覧
# A question's button in the navigator, as screen readers name it; $number is its position.
exam-nav-answered = 問題{ $number }、解答済み
exam-nav-unanswered = 問題{ $number }、未解答
exam-nav-answered-flagged = 問題{ $number }、解答済み、フラグ付き
exam-nav-unanswered-flagged = 問題{ $number }、未解答、フラグ付き

# opening.rs
# $problem: why the saved progress could not be read, in English.
exam-progress-set-aside = 保存された途中経過から再開できなかったため、退避しました（コピーはこのブラウザーに残っています）：{ $problem }。新しい試験を開始しました。
# $problem: why it could not be read; $why: why it could not be moved; both in English.
exam-progress-left-in-place = 保存された途中経過から再開できず（{ $problem }）、退避もできなかったため（{ $why }）、そのまま残しています。新しい試験を開始しましたが、この試験は保存されません。
# $problem: why the browser's storage refused, in English.
exam-progress-unavailable = このブラウザーでは途中経過を保存できません（{ $problem }）。試験は続けられますが、ページを再読み込みすると失われます。
# $problem: why, in English, or one of exam-nothing-due and exam-first-needs-whole-app.
exam-cannot-start = この試験を開始できません：{ $problem }。

# question_card.rs
# The question's heading; $number is its position in the exam.
exam-question-heading = 問題{ $number }
exam-asked-again = このセッションで先ほど間違えた問題を、もう一度出題しています。この解答はスコアに影響しません。
# The legend of the choices of a question with one right answer.
exam-choose-one = 1つ選択
# The legend of the choices of a question with several right answers: $count (2 or more) is how many to pick.
exam-choose-many = { $count }個選択
# The legend of the confidence levels (Guess, Unsure, Sure).
exam-confidence-legend = どのくらい自信がありますか？（任意）
# Beside a choice once the answer is checked (practice).
exam-choice-correct = ✓ 正解
# A toggle button beside each choice: rules the choice out (struck through, still selectable).
exam-strike = 除外
# The same button's accessible name: exam-strike's text, then the letter.
exam-strike-choice = 除外 { $letter }
# Read after a ruled-out choice's text by screen readers.
exam-choice-ruled-out = （除外済み）
# The list of keyboard shortcuts (keys shown as a US keyboard names them).
exam-keys-heading = キーボードショートカット
exam-keys-shift = Shift
exam-keys-pick = 選択肢を選ぶ（複数選ぶ問題では、もう一度押すと選択を外す）
exam-keys-strike = 選択肢を除外する、または除外を取り消す
exam-keys-move = 次の問題または前の問題へ移動
exam-keys-flag = あとで見直すために問題にフラグを付ける
exam-keys-confidence = 自信度を選ぶ：勘、自信なし、自信あり
exam-keys-check = 答え合わせをする（練習）
exam-keys-time = 残り時間を読み上げる（試験）
exam-keys-highlight = 選択したテキストをハイライトする
# A button under the question: highlights the text selected in the prompt or a choice.
exam-highlight = 選択したテキストをハイライト
exam-clear-highlights = ハイライトを解除
# Names the list of the question's highlighted passages.
exam-highlights-list = ハイライトした箇所
# The label of the candidate's own note on the question.
exam-note-label = この問題のメモ
# Beside a choice once the answer is checked (practice).
exam-choice-wrong = ✗ あなたの解答（不正解）
# Heading of the verdict once the answer is checked (practice).
exam-feedback-right = ✓ 正解です！
exam-feedback-wrong = ✗ 不正解
# Followed by the right choices' texts, in bold, separated by exam-list-separator.
exam-right-answer = 正解：
# Between the right choices' texts after exam-right-answer (a comma and a space in English).
exam-list-separator = { "、" }
exam-comes-back = この問題は、このセッションの最後にもう一度出題されます。

# runner.rs
# In a course's LMS (SCORM package). $problem: the LMS's error, in English.
exam-lms-progress-problem = コースのLMSにこの受験を保存できませんでした（{ $problem }）。このブラウザーには保存されています。

# running.rs
exam-question-missing = この問題は問題集にありません。
# $problem: why the browser's storage refused, in English.
exam-save-problem = このブラウザーでは途中経過を保存できません（{ $problem }）。試験は続けられます。
# Above the question: where the candidate is in the exam.
exam-question-of = 問題{ $number }／{ $total }

# submit_panel.rs: the confirmation before submitting
exam-confirm-heading = 解答を提出しますか？
exam-confirm-all-done = すべての問題に解答済みで、フラグ付きの問題はありません。
exam-confirm-go-back = 以下の問題には、まだ戻ることができます：
# A heading above links to the questions with no answer; $count is how many.
exam-unanswered-count = 未解答（{ $count }）
# A heading above links to the flagged questions; $count is how many.
exam-flagged-count = フラグ付き（{ $count }）
# A link-like button; $number is the question's position.
exam-go-to-question = 問題{ $number }へ移動
# Button: submits the exam.
exam-submit-now = 今すぐ提出
# Button: closes the confirmation.
exam-keep-working = 解答を続ける

# whole.rs
# Shown as $problem in exam-cannot-start, so it begins in lower case: an exam link that draws the questions due for review.
exam-nothing-due = 現在、復習予定の問題はありません
# $problem: the LMS's data could not be read, in English.
exam-lms-resume-problem-kept = コースのLMSに保存された途中経過から再開できませんでした（{ $problem }）。コピーはこのブラウザーに残っています。
# $problem: the LMS's data could not be read, in English.
exam-lms-resume-problem = コースのLMSに保存された途中経過から再開できませんでした（{ $problem }）。

# first_app.rs (the first module, which shows an exam link's first question before the rest of the app loads)
# $problem: why the app could not load, in English.
exam-first-app-failed = このページを表示できません。アプリを読み込めませんでした（{ $problem }）。接続を確認して、ページを再読み込みしてください。

# first_runner.rs
# Shown as $problem in exam-cannot-start, so it begins in lower case.
exam-first-needs-whole-app = この試験にはアプリの残りの部分が必要ですが、まだ読み込まれていません
# A heading, once the exam is submitted while the results cannot show yet.
exam-first-submitted-heading = 解答を提出しました
exam-first-submitted-waiting = 解答はこのブラウザーに保存されています。アプリの残りの部分が読み込まれ次第、結果が表示されます。
# $problem: why the rest of the app could not load, in English.
exam-first-submitted-failed = 解答はこのブラウザーに保存されていますが、結果を表示するアプリの残りの部分を読み込めませんでした（{ $problem }）。結果を見るには、オンラインに戻ってからページを再読み込みしてください。
# $problem: why, in English.
exam-first-whole-app-failed = アプリの残りの部分を読み込めなかったため（{ $problem }）、結果、解答確認、その他のページは現在利用できません。この試験は続けられ、解答はすべてこのブラウザーに保存されます。
# (end of the exam's section)

## Results, review, class results, pages not found
# mod.rs

# The results page's heading, and the name of its region.
results-heading = 結果

# score.rs

results-time-ran-out = 時間切れのため、試験は自動的に提出されました。
# The big verdict beside the score, in capitals in English; a word or two.
results-pass = 合格
results-fail = 不合格
# Beside the score. $percent is the bank's pass mark, already written as a percent ("70 %").
results-pass-mark = （合格ライン { $percent }）
# The figures under the score: a short label each, the count beside it.
results-figure-correct = 正解
results-figure-wrong = 不正解
results-figure-unanswered = 未解答
results-figure-flagged = フラグ付き
results-figure-time-used = 所要時間
# The time the exam took. $seconds is always written with two digits ("05").
results-time-used = { $minutes }分{ $seconds }秒
results-extended-time-150 = 時間延長（1.5倍）で受験しました。
results-extended-time-200 = 時間延長（2倍）で受験しました。
# $minutes: the minutes the ESL accommodation added (30).
results-extra-time-esl = ESL の時間延長（+{ $minutes }分）で受験しました。
results-untimed = 時間無制限で受験しました。

# certainty.rs

# A heading: how sure the candidate said they were of their answers.
results-certainty-heading = 解答時の自信度
# $marks is the candidate's certainty-based score (it can be below zero), $best the most they
# could have had, $average the marks per question (a number with up to two decimals).
results-certainty-score = 自信度加味スコア：{ $best }点満点中{ $marks }点（1問あたり{ $average }点、−6～3点の尺度）。自信ありで正解なら3点、自信ありで不正解なら−6点、自信なしなら正解で2点・不正解で−2点、勘なら正解で1点・不正解で0点です。自信度を選ばなかった問題は勘として扱います。上の試験スコアは変わりません。
# A heading over links to questions; $count is how many are listed.
results-sure-but-wrong = 自信ありで不正解（{ $count }）
results-sure-but-wrong-why = 思い違い：次回の復習で最初に出題されます。
# A heading over links to questions; $count is how many are listed.
results-right-but-guessed = 勘で正解（{ $count }）
results-right-but-guessed-why = 知識ではなく運による正解：自信ありで正解した問題より早く再出題されます。
# A link to a question's item in the review below; $number counts from 1.
results-question-link = 問題{ $number }

# topics.rs

results-topics-heading = 分野別の結果
results-topics-caption = 分野別の正解数
# The topic table's column headers.
results-topics-topic = 分野
results-topics-correct = 正解数
results-topics-score = スコア
# A topic's row: $correct questions right of the $total asked on it.
results-topics-correct-of = { $total }問中{ $correct }問

# actions.rs

# A button; $count is how many questions were missed (at least 1).
results-retry-missed = 間違えた{ $count }問をやり直す
# A button.
results-new-exam = 新しい試験
# A button.
results-download-csv = 結果をダウンロード（CSV）
results-candidate-name = 氏名（講師用、任意）
# A button; the Class results page's introduction names it too.
results-download-result-file = 講師用の結果ファイルをダウンロード
results-result-file-hint = このファイルには解答と所要時間が記録され、スコアは含まれません。講師のページで改めて採点されます。
# $problem says why, in English (from the browser's side of the app).
results-download-failed = ファイルを保存できませんでした：{ $problem }。

# review.rs

results-review-heading = 解答確認
# The name of the group of filter buttons over the review.
results-review-filters = 表示する問題
# Filter buttons over the review; $count is how many questions each shows.
results-filter-all = すべて（{ $count }）
results-filter-wrong = 不正解（{ $count }）
results-filter-flagged = フラグ付き（{ $count }）
results-filter-unanswered = 未解答（{ $count }）
# A review item's heading; $number counts from 1.
results-item-correct = 問題{ $number }：✓ 正解
results-item-wrong = 問題{ $number }：✗ 不正解
results-item-unanswered = 問題{ $number }：– 未解答
# A review item's heading for a question the candidate flagged; $number counts from 1.
results-item-correct-flagged = 問題{ $number }：✓ 正解、フラグ付き
results-item-wrong-flagged = 問題{ $number }：✗ 不正解、フラグ付き
results-item-unanswered-flagged = 問題{ $number }：– 未解答、フラグ付き
# $confidence is how sure the candidate said they were: Guess, Unsure or Sure.
results-said-confidence = あなたの自信度：{ $confidence }
# Shown after a choice in the review, in bold.
results-choice-right = （✓ 正解）
results-choice-yours = （あなたの解答）
results-choice-right-and-yours = （✓ 正解、あなたの解答）
# After a choice the candidate ruled out while answering.
results-choice-ruled-out = （あなたが除外した選択肢）
# Over the passages the candidate highlighted, in the review.
results-your-highlights = あなたがハイライトした箇所
# Over the candidate's own note, in the review.
results-your-note = あなたのメモ

# class_results.rs

# The Class results page's heading.
class-heading = クラスの結果
class-all-banks = ← 問題集一覧
# $button is the results page's button "Download a result file for your teacher", as translated.
class-intro = 受験者の結果ファイル（結果ページの「{ $button }」で作成したもの）を開いてください。各ファイルは問題集に照らして改めて採点されるため、ファイル内のスコアを書き換えても無効です。ファイルはアップロードされず、このページ内で読み込まれます。
# The label of the file picker.
class-result-files = 結果ファイル
# The name of a list of file problems.
class-files-left-out = 除外したファイル：
class-files-not-used = 使用できなかったファイル：
# $file is a file's name.
class-file-not-text = { $file }：結果ファイルではありません（UTF-8テキストではありません）
# $file is a file's name; $problem says why it could not be read, in English (from the browser's side of the app).
class-file-unreadable = { $file }：{ $problem }
# $file is a file's name; $bank the id of the bank it was taken on.
class-file-other-bank = { $file }：このサイトにない問題集「{ $bank }」の結果です。先にその問題集を開いてください
# A table's caption; $count is how many candidates it lists.
class-candidates-caption = 受験者（{ $count }人）、問題集に照らして再採点
# The candidates table's column headers.
class-candidate = 受験者
class-score = スコア
class-result = 結果
class-time-used = 所要時間
# A candidate's score: $percent is already written as a percent; $correct right of $total.
class-score-value = { $percent }（{ $total }問中{ $correct }問）
# A candidate's result, in capitals in English; a word or two in a table cell.
class-pass = 合格
class-fail = 不合格
# A candidate's time, in whole minutes.
class-minutes = { $minutes }分
class-questions-caption = 問題別：正答率、識別力（点双列相関：成績の高い受験者と低い受験者をどれだけ区別できるか）、最も多く選ばれた誤答の選択肢
# The questions table's column headers.
class-question = 問題
class-topic = 分野
class-right = 正解者数
class-share-right = 正答率
class-discrimination = 識別力
class-most-chosen-wrong = 最多誤答の選択肢
# A question's row: $right candidates answered it right of the $asked who had it.
class-right-of = { $asked }人中{ $right }人
# $choice is the wrong choice's text (from the bank); $times how many candidates chose it.
class-wrong-choice = { $choice }（{ $times }人）
# Buttons.
class-download-scores = スコアをダウンロード（CSV）
class-download-questions = 問題別の統計をダウンロード（CSV）

# not_found.rs

not-found-heading = 見つかりません
# $name is the address or bank id the candidate asked for.
not-found-message = 「{ $name }」という問題集またはページはありません。
not-found-all-banks = すべての問題集を見る
# $title is the bank's title.
not-found-loading-bank = 「{ $title }」を読み込んでいます…
not-found-loading-banks = 問題集を読み込んでいます…
# (end of the results' section)

## Problems in bank files and their warnings, as the page shows them to teachers
# Teachers read these beside their file, so they keep the file's own words in code form: field
# names (format, topics, default_question_count, choices[2].text), GIFT and Aiken marks (::, =, ~,
# ANSWER:), keys and values quoted from the file. Translate the words around them only.
# $place is where the problem is, in code form ("week3.gift:12", "bank.json:4:7"); $message is
# one of the file-* messages below, already written.
# (Japanese: these messages end without 。, since they are joined into longer lines; values quoted
# from the file go in 「…」, the file's own marks stay as the file writes them.)

file-line = { $place }：{ $message }
# $id is the question's id, $number its place in the file (1 for the first).
file-line-in-question = { $place }：問題「{ $id }」（{ $number }問目）：{ $message }
file-line-in-unnamed-question = { $place }：{ $number }問目：{ $message }
file-line-warning = { $place }：警告：{ $message }
# What the problem did, after its message.
file-outcome-question-skipped = { $message }。この問題はスキップしました
file-outcome-text-skipped = { $message }。このテキストはスキップしました
# A note about one question, among the warnings; $message is one of the file-* messages.
file-note-of-question = 問題「{ $id }」：{ $message }

# Problems of any field; $field is the field's name in the file ("title", "choices[2].text").
file-missing = { $field } がありません
file-empty = { $field } が空です
file-empty-optional = { $field } が空です。空のままにせず、このフィールド自体を省いてください
# $known lists the object's fields, as the file writes them.
file-unknown-field = { $field } は問題集の形式にないフィールドです（使えるフィールド：{ $known }）
# $text is the id as the file writes it.
file-id-empty = { $field } の値「{ $text }」が空です
file-id-too-long = { $field } の値「{ $text }」が{ $max }文字を超えています
file-id-bad-character = { $field } の値「{ $text }」に使えるのは半角英数字と「-」「_」「.」だけです（スペースは使えません）
file-listed-twice = { $field } の値「{ $value }」が重複して記載されています

# Problems of the bank's own fields.
# $format is the bank format's number this version reads, as the file writes it ("1").
file-format-missing = format がありません。"format": { $format } を追加してください
file-format-unsupported = format { $found } には対応していません。このバージョンが読み込めるのは format { $format } です
file-unknown-level = level の値「{ $text }」は「foundational」または「going-further」でなければなりません
file-bad-language = language の値「{ $text }」は「fr」や「pt-BR」のようなBCP 47の言語タグではありません。問題集は言語の指定なしで読み込みます
file-bad-facts-checked = facts_checked の値「{ $text }」は、YYYY-MM-DD形式で書かれた実在する日付でなければなりません
file-report-url-scheme = report_url の値「{ $text }」は https:// または mailto: で始まる必要があります
file-report-url-spaces = report_url の値「{ $text }」にスペースや制御文字を含めることはできません
# $placeholder is the text the address must hold, "{question}".
file-report-url-no-question = report_url の値「{ $text }」には { $placeholder } を含める必要があります（報告する問題のIDに置き換わります）
file-no-topics = topics が空です。分野を1つ以上記載してください
file-too-many-questions = questions に{ $count }問ありますが、1つの問題集に入れられるのは{ $limit }問までです（複数の問題集に分割してください）
file-only-question-unusable = ファイル内の唯一の問題が使用できません
# $count is 2 or more.
file-no-usable-question = { $count }問すべてが使用できません
file-question-count-below-one = default_question_count（{ $count }）は1以上でなければなりません
file-question-count-above-file = default_question_count（{ $count }）が問題集の問題数（{ $questions }問）を超えています
file-question-count-lowered = default_question_count（{ $count }）が使用できる問題数（{ $usable }問）を超えているため、試験の標準の問題数は{ $usable }問になります
file-time-limit-out-of-range = default_time_limit_minutes（{ $minutes }）は1～{ $limit }の範囲でなければなりません
file-weighted-topic-unknown = topic_weights に挙げられた「{ $topic }」は、この問題集の分野ではありません
file-bad-weight = topic_weights の「{ $topic }」が { $weight } になっています。重みは0以上の数値で指定してください
file-no-positive-weight = topic_weights に、重みが0より大きい分野がありません
file-pass-mark-out-of-range = pass_mark_percent（{ $percent }）が0～100の範囲外です

# Problems of one question.
# $first is the number of the question that used the id first.
file-id-used-before = id の値「{ $id }」は、すでに{ $first }問目で使われています
# $instruction is what the question card says, as exam-choose-many writes it ("Choose 4").
file-every-choice-right = すべての選択肢が正解のため、「{ $instruction }」という表示で受験者に答えがわかってしまいます。不正解の選択肢を追加することを検討してください
# $topics lists the bank's topics.
file-topic-not-listed = topic の値「{ $topic }」が問題集の分野一覧（{ $topics }）にありません
file-too-many-choices = choices に選択肢が{ $count }個ありますが、1つの問題に設定できる選択肢は{ $limit }個までです
# $count is 0 or 1.
file-too-few-choices = choices の選択肢が{ $count }個です。1つの問題には選択肢が2個以上必要です
file-choice-id-repeated = { $field } の値「{ $id }」は、この問題の別の選択肢で使われています
file-choice-text-repeated = { $field } の値「{ $text }」は別の選択肢と重複しています
file-no-answer = answer が空です。選択肢を1つ以上指定してください
# $choices lists the question's choice ids.
file-answer-not-a-choice = answer の値「{ $id }」は選択肢 { $choices } のいずれでもありません
file-unsafe-url = { $field } の値「{ $url }」は http:// または https:// で始まるアドレスでなければなりません

# Problems with the file as a whole.
# $description is the JSON reader's own description of the error, in English.
file-json-syntax = { $description }
file-too-large = ファイルのサイズは{ $megabytes } MBです。このアプリが読み込める問題ファイルは{ $limit } MBまでです
file-utf16 = ファイルがUTF-16で保存されています。UTF-8で保存し直してください
file-not-utf8 = この箇所は正しいUTF-8テキストではありません。ファイルをUTF-8で保存してください
file-format-unknown = 形式を判別できませんでした。JSON形式の問題集（.json）、GIFT・Aiken形式（.gift、.txt）、Markdown形式（.md）、Moodle XML形式（.xml）のいずれかが必要です
# $reason is why, as the browser said it.
file-not-loaded = 読み込めませんでした：{ $reason }
file-id-not-as-listed = 問題集の id は「{ $id }」ですが、questions/index.json には「{ $listed }」として記載されています

# Problems in the syntax of GIFT, Aiken and Markdown files. $label names a question in short: its
# title or the start of its text.
file-block-too-long = この問題は空行なしで{ $kilobytes } KB続いています。問題と問題の間は空行で区切ってください（1問あたり最大{ $limit } KB）
file-title-not-closed = :: で始まるタイトルが :: で閉じられていません
file-answer-block-not-closed = {"{"} で始まる解答ブロックが {"}"} で閉じられていません
file-second-answer-block = この問題には2つ目の解答ブロック {"{"}…{"}"} があります。1つの問題に置ける解答ブロックは1つだけです
file-no-answers = 「{ $label }」：解答ブロックに = や ~ の解答がありません
file-no-right-weight = 「{ $label }」に正解がありません。= で正解を示すか、正解に正の %weight% を付けてください
file-answer-line-first = ANSWER: 行の前に問題がありません
file-not-a-choice-letter = ANSWER: の「{ $text }」は、A や B のような選択肢の記号ではありません
file-answer-line-names-no-letter = ANSWER: 行に選択肢の記号がありません
# $letter is a choice's letter (A, B, …).
file-choice-before-question = 選択肢 { $letter } の前に問題文がありません
file-choice-out-of-order = 選択肢 { $letter } の順序が正しくありません。この問題の次の選択肢は { $expected } のはずです
file-choice-out-of-order-full = 選択肢 { $letter } の順序が正しくありません。この問題にはこれ以上選択肢を置けません（最大26個）
file-no-answer-line = この問題には、選択肢の後に ANSWER: 行がありません
file-text-without-choices = このテキストの後に、選択肢も ANSWER: 行もありません
file-answer-names-no-option = 解答行「{ $text }」に選択肢の記号（A、B など）がありません
file-no-lettered-choices = この問題には記号付きの選択肢（A. …）がありません
file-no-correct-answer-line = この問題には「Correct answer: …」の行がありません
# $letters lists the letters as the file has them ("A, C, D").
file-option-letters-wrong = 選択肢の記号が { $letters } になっています。A から順に、各記号が1回ずつ必要です
# $mark is the character found between the brackets.
file-unclear-box = 選択肢のボックス [{ $mark }] は [x]（正解）でも [ ]（不正解）でもありません
file-no-ticked-option = この問題には正解の選択肢がありません。正解の選択肢を - [x] でチェックしてください
file-front-matter-not-closed = --- で始まるフロントマターが --- で閉じられていません
# $key and $value are a front matter line's, as the file writes them.
file-not-whole-number = { $key } の値「{ $value }」は整数ではありません
file-not-true-or-false = { $key } の値「{ $value }」は true でも false でもありません
file-xml-syntax = 正しい形式のXMLではありません：{ $description }
file-not-a-moodle-quiz = このXMLファイルはMoodleの問題エクスポートではありません。<quiz>ではなく<{ $root }>が含まれています
file-fraction-not-a-number = 「{ $label }」：解答の評点の割合（fraction）「{ $text }」が数値ではありません
file-no-right-fraction = 「{ $label }」に正解がありません。評点の割合（fraction）が正の解答がありません

# Warnings: worth the teacher's attention, but the bank still works.
# $alt is the picture's alt text.
file-picture-left-out = このアプリはまだ画像を表示できないため、このテキストから画像（「{ $alt }」）を除外しました
file-picture-left-out-no-alt = このアプリはまだ画像を表示できないため、このテキストから代替テキストのない画像を除外しました
file-no-answer-block = 「{ $label }」には解答ブロック {"{"}…{"}"} がありません（Moodleでは「説明」）。スキップしました
file-gift-essay = 「{ $label }」は作文問題で、このアプリでは扱えません。スキップしました
file-gift-numerical = 「{ $label }」は数値問題で、このアプリでは扱えません。スキップしました
file-gift-matching = 「{ $label }」は組み合わせ問題で、このアプリでは扱えません。スキップしました
file-gift-short-answer = 「{ $label }」は記述問題で、このアプリでは扱えません。スキップしました
# $percent is a GIFT weight, as a number ("50", "33.33"); $choice the answer's text.
file-partial-credit = 「{ $label }」：「{ $choice }」の部分点（{ $percent }%）には対応していません。不正解として扱います
file-several-equals-answers = 「{ $label }」では = で{ $count }個の解答が正解になっています。Moodleではどれか1つを選べば正解ですが、このアプリではすべてを選ぶ必要があります
file-weights-not-hundred = 「{ $label }」：正解の重みの合計が100%ではなく{ $percent }%です。正の重みを持つ解答はすべて正解として扱います
file-moodle-type-unsupported = 「{ $label }」はMoodleの「{ $kind }」形式の問題で、このアプリでは扱えません。スキップしました
file-uneven-credit = 「{ $label }」：Moodleでは正解ごとに評点の割合が異なりますが、このアプリではどれも正解として扱い、すべてを選ぶ必要があります
# $text is the first line of the text (cut short), $lines how many lines it takes.
file-text-outside-question = { $lines ->
        [1] 「{ $text }」はどの問題にも属していません
        [2] 「{ $text }」とその次の行はどの問題にも属していません
       *[other] 「{ $text }」とそれに続く行（計{ $lines }行）はどの問題にも属していません
    }。Aiken形式では、選択肢の直前のテキストが問題文になります。除外しました
file-numbered-line-without-choices = この番号付きの行の下に記号付きの選択肢がないため、問題としては読み込みません
file-fence-not-closed = このコードフェンスは閉じられていないため、テキストとして読み込みます
file-numbered-line-without-options = この番号付きの行の下に [x] や [ ] の選択肢がないため、問題としては読み込みません
# $start and $end are line numbers of the file.
file-numbered-lines-without-options = 番号付きの行（{ $start }行目～{ $end }行目）の下に [x] や [ ] の選択肢がないため、問題としては読み込みません
# $line is the line as the file writes it.
file-front-matter-not-key-value = フロントマターの行「{ $line }」は key: value の形式ではありません。無視します
file-quizdown-display-option = フロントマターの { $key } は quizdown の表示オプションです。このアプリでは無視します
file-front-matter-unused = フロントマターの { $key } はこのアプリでは使用しないため、無視します
# $missing of the file's $usable questions.
file-no-explanations = { $usable }問中{ $missing }問に解説がありません（ここが最初の1問です）。受験者には正解だけが表示されます
# $earlier is the id of the earlier question, $line the line it starts on.
file-repeated-prompt = 問題「{ $id }」の問題文は、問題「{ $earlier }」（{ $line }行目）と同じです
file-repeated-prompt-no-line = 問題「{ $id }」の問題文は、問題「{ $earlier }」と同じです

## Saved records and handed-in files that could not be read: a saved exam, the kept banks, progress and result files, the reader of teachers' formats
# $detail is the JSON reader's own description of what is wrong, in English; $found a format
# version as the file writes it, $reads the one this version reads.
# (Japanese: like the file-* messages, these end without 。, since they are shown inside longer
# notices; a file name is followed by ：, values quoted from the file go in 「…」, and the JSON
# "kind": "…" stays as the file writes it.)

# Why a saved exam could not be resumed (it is set aside, never half used).
restore-damaged = 保存された途中経過が破損しています（{ $detail }）
restore-unknown-format = 保存された途中経過は形式 { $found } で書かれており、このバージョンでは読み込めません
# $saved is the id of the bank the saved exam belongs to.
restore-other-bank = 保存された途中経過は別の問題集「{ $saved }」のものです
restore-bank-changed = 途中経過を保存した後で、問題集が変更されています
restore-inconsistent = 保存された途中経過の内容に矛盾があります（{ $detail }）

# The banks kept in this browser.
kept-list-version = このブラウザーに保存されている問題集の一覧は形式 { $found } で、このバージョンでは読み込めません
kept-list-damaged = このブラウザーに保存されている問題集の一覧が破損しています（{ $detail }）
# $source is the file name or address the bank came from; $problems its problems (file-line
# messages), joined with "; ".
kept-bank-left-out = 保存されていた { $source } のコピーを読み込めなかったため、除外しました：{ $problems }

# Progress files; $file is the file's name, $kind the kind every progress file names.
progress-not-a-progress-file = { $file }：進捗ファイルではありません（{ $detail }）
progress-no-kind = { $file }：進捗ファイルではありません（"kind": "{ $kind }" がありません）
progress-no-version = { $file }：進捗ファイルに形式のバージョンがありません
progress-version = { $file }：進捗ファイルの形式 { $found } は、このバージョンでは読み込めません（読み込める形式：{ $reads }）
# $bank is a bank's id in the file; this part of the file is left out, the rest is used.
progress-part-unreadable = { $file }：問題集「{ $bank }」：{ $detail }。この問題集のデータは除外しました
progress-history-unreadable = { $file }：問題集「{ $bank }」：履歴：{ $detail }。この履歴は除外しました
progress-review-unreadable = { $file }：問題集「{ $bank }」：復習：{ $detail }。この復習記録は除外しました

# Result files the class results leave out; $file is the file's name.
result-not-a-result = { $file }：結果ファイルではありません（{ $detail }）
# $found is the kind the file names (another of the app's files, such as a progress file).
result-other-kind = { $file }：結果ファイルではありません（kind が「{ $found }」になっています）
# $kind is the kind every result file names.
result-no-kind = { $file }：結果ファイルではありません（"kind": "{ $kind }" がありません）
result-no-version = { $file }：結果ファイルではありません（形式のバージョンがありません）
result-version = { $file }：結果ファイルの形式 { $found } は、このバージョンでは読み込めません（読み込める形式：{ $reads }）
result-no-answers = { $file }：結果に解答が含まれていません
# $title and $id are the other bank's.
result-other-bank = { $file }：別の問題集「{ $title }」（{ $id }）の結果です
result-other-bank-version = { $file }：この問題集の別のバージョンでの結果です（その後、問題・選択肢・正解のいずれかが変更されています）
# $answer is the answer's number in the file (1 for the first), $question a question's id.
result-unknown-question = { $file }：{ $answer }番目の解答：問題「{ $question }」はこの問題集にありません
result-answered-twice = { $file }：問題「{ $question }」の解答が2回記録されています
result-impossible-answer = { $file }：問題「{ $question }」：解答に、この問題にない選択肢が含まれています

# The reader of GIFT, Aiken and Markdown files, which runs beside the page.
tools-not-loaded = この形式の読み取りツールを読み込めませんでした。接続を確認して、もう一度試してください
# $message is the browser's own description of the failure, in English.
tools-failed = この形式の読み取りツールでエラーが発生しました（{ $message }）
tools-failed-silently = この形式の読み取りツールでエラーが発生しました
tools-no-answer = この形式の読み取りツールから応答がありませんでした
# A bug, or two versions of the app side by side: $detail says what, in English.
tools-answer-unreadable = 読み取りツールの応答を解釈できませんでした（{ $detail }）

## The engine's refusals, exam links' problems, and what the browser refused (storage, network, files, the LMS)
# refusals.rs
refusal-finished = この試験は終了しています。
refusal-too-many-choices = { $choose }つ選択：別の選択肢を選ぶ前に、選んだ選択肢のどれかを外してください。
refusal-not-a-choice = 「{ $choice }」はこの問題の選択肢ではありません。
refusal-locked = この解答は答え合わせ済みのため、変更できません。
refusal-no-such-question = 問題{ $number }はありません。
refusal-at-first-question = これが最初の問題です。
refusal-at-last-question = これが最後の問題です。
refusal-nothing-selected = 答え合わせの前に解答を選んでください。
refusal-not-practice-mode = 解答は試験の終了時にのみ採点されます。
# $max is how many characters a note may hold.
refusal-note-too-long = メモに入力できるのは{ $max }文字までです。
# $max is how many highlights one question may have.
refusal-too-many-highlights = 1つの問題でハイライトできるのは{ $max }か所までです。先にいくつか解除してください。
refusal-not-a-passage = 先に問題自体のテキスト（問題文または選択肢）の一部を選択してから、ハイライトしてください。
# Keep $parameter and the link's own words (mode, practice, exam, count, seed, shuffle, on, off,
# time, none, extra, esl30, untimed, draw, unseen, review) as they are.
link-bad-mode = { $parameter }：mode は practice または exam です
link-bad-count = { $parameter }：count は1以上の整数です
link-bad-seed = { $parameter }：seed は整数です
link-bad-shuffle = { $parameter }：shuffle は on または off です
link-bad-time = { $parameter }：time は1～{ $max }の分数、または none です
link-bad-extra = { $parameter }：extra（延長時間）は 1、1.5、2、esl30、untimed のいずれかです
link-bad-draw = { $parameter }：draw は unseen または review です
link-unknown-setting = { $parameter }：試験リンクにはない設定です
link-unknown-question = { $parameter }：この問題集にこのIDの問題はありません
link-unknown-topic = { $parameter }：この問題集の分野ではありません
link-no-such-topic = 問題集に分野「{ $topic }」がありません
link-no-matching-questions = 選んだ分野に該当する問題がありません
link-no-questions = 試験には少なくとも1問が必要です
browser-storage-no-window = ウィンドウがありません
browser-storage-access-refused = ブラウザーがストレージへのアクセスを拒否しました
browser-storage-none = このブラウザーにはローカルストレージがありません
browser-storage-read-failed = 保存データの読み取りに失敗しました
browser-storage-full = ブラウザーのストレージがいっぱいか、無効になっています
browser-storage-remove-failed = 保存データの削除に失敗しました
browser-fetch-no-window = このページにはウィンドウがありません
browser-fetch-failed = リクエストが失敗しました（{ $detail }）。アドレスが間違っているか、サーバーが停止しているか、このサイトからの読み取りが許可されていない（CORS）可能性があります
browser-fetch-no-detail = ネットワークリクエストが失敗しました
browser-fetch-status = サーバーの応答は { $code } { $status } でした
browser-lms-missing = LMSに { $function } がありません
browser-lms-threw = LMSで { $function } が失敗しました
browser-lms-refused = { $call } が拒否されました（エラー { $code }：{ $reason }）
browser-lms-too-long = 試験の途中経過が{ $length }文字あり、SCORM 1.2で保存できる{ $limit }文字を超えています
browser-download-no-file = ブラウザーがファイルを作成できませんでした
browser-download-no-page = ダウンロード元のページがありません
browser-download-not-started = ブラウザーがダウンロードを開始できませんでした
browser-file-too-large = ファイルのサイズは{ $size } MBです。このアプリが読み込める問題ファイルは{ $limit } MBまでです
browser-file-unreadable = ブラウザーがファイルを読み取れませんでした
browser-app-no-loader = このページはアプリの残りの部分を読み込めません
browser-app-not-downloaded = ダウンロードされませんでした
# (end of the refusals' section)
