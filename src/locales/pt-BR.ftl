### A interface do Exam Practice em português do Brasil: cada mensagem que a interface mostra,
### verificada em relação a en.ftl (mesmos ids, mesmas variáveis).
###
### To add a language, copy en.ftl to `<tag>.ftl` (a BCP 47 tag: `it.ftl`, `zh-Hans.ftl`) and
### translate every value; docs/translating.md says how, and `bash scripts/test.sh quick` checks it.

# Glossário (um termo por conceito; tratamento: "você"):
#   exam = prova (o modo cronometrado e a prova em si); practice exams (título) = simulados
#   practice (o modo) = Treino; to practise = treinar
#   question = questão; answer = resposta; choice = alternativa
#   flag / flagged = sinalizar (para rever) / sinalizada
#   review (após a prova) = revisão das respostas
#   spaced review (agenda de estudo) = revisão espaçada; to review = revisar
#   pass mark = nota de corte; score = pontuação; PASS / FAIL = APROVADO / REPROVADO
#   topic = tópico; bank = banco de questões (banco); results = resultados
#   time limit = limite de tempo; submit = entregar (a prova)
#   Guess / Unsure / Sure = Chute / Em dúvida / Certeza
#   rule out (a choice) = eliminar (alternativa eliminada); highlight = destacar / destaque
#   note (do aluno) = anotação (não “nota”, que lembra pontuação)
#   "Am I ready?" = "Já posso fazer a prova?"
#   verdicts: Not yet / Borderline / Likely = Ainda não / No limite / Provavelmente
#   candidate (páginas do professor) = aluno; band (estimativa) = intervalo
#   aspas: “…” (exceto em linhas mostradas como código)

# The language's name in itself, as the language menu lists it.
language-name = Português (Brasil)

## O site

site-brand = Exam Practice
language-menu-label = Idioma
language-load-failed = Não foi possível mostrar a interface em { $language } ({ $problem }), por isso ela está em inglês. Recarregue a página para tentar de novo.
display-menu-label = Texto e cores
display-text-size = Tamanho do texto
display-size-standard = Padrão
display-size-large = Grande
display-size-larger = Maior
display-size-largest = Máximo
display-colours = Cores
display-colours-system = Igual a este dispositivo
display-colours-light = Fundo claro
display-colours-dark = Fundo escuro
display-colours-contrast = Alto contraste

## Os valores do mecanismo, como todas as páginas os chamam

mode-practice = Treino
mode-exam = Prova
confidence-guess = Chute
confidence-unsure = Em dúvida
confidence-sure = Certeza
verdict-not-yet = Ainda não
verdict-borderline = No limite
verdict-likely = Provavelmente
# The file formats, as the start page says what a file was read as.
format-json = banco JSON
format-gift = GIFT
format-aiken = Aiken
format-markdown-answers = Markdown com blocos de resposta
format-markdown-task-list = lista de tarefas em Markdown
format-moodle-xml = Moodle XML

## A página inicial e as partes comuns das páginas (home, components, o shell do app, stores)
# home/mod.rs

# Shown while the site's list of question banks loads.
home-loading-banks = Carregando bancos de questões…
home-index-unreadable = Não foi possível ler a lista de bancos de questões.
# The start page's main heading.
home-heading = Simulados
home-teachers-heading = Para professores
# A link to the class results page; the sentence home-class-results-description follows it in
# the same paragraph.
home-class-results-link = Resultados da turma
# Follows the link "Class results" (home-class-results-link) in the same paragraph.
home-class-results-description = : corrija os arquivos de resultado dos seus alunos, com estatísticas por questão.

# home/own_banks.rs

home-own-heading = Suas próprias questões
# The label of the button that opens a file picker.
home-open-file-label = Abrir um arquivo de questões…
home-open-file-help = Um banco JSON, um arquivo GIFT ou Aiken (.gift, .txt), Markdown (.md) ou Moodle XML (.xml); você também pode arrastá-lo para cá. Ele é lido neste navegador e nunca é enviado a nenhum servidor.
# $address is the web address a ?bank= link names.
home-loading-address = Carregando o banco de questões de { $address }…
# The name of a list of warnings, for assistive technology; $source is a file name or address.
home-warnings-for = Avisos sobre { $source }
# The name of a list of problems that left parts of a file out; $source is a file name or address.
home-skipped-in = Itens ignorados em { $source }
# Precedes the list of problems that left pieces of text (not questions) out of the file.
home-imported-all = { $questions ->
        [one] A única questão foi importada
       *[other] Todas as { $questions } questões foram importadas
    }; { $pieces ->
        [one] { $pieces } trecho de outro texto foi ignorado:
       *[other] { $pieces } trechos de outro texto foram ignorados:
    }
# Precedes the list of problems that left questions out: $questions of the $total in the file
# were imported, $skipped were not.
home-imported-some = { $questions } de { $total ->
        [one] { $total } questão importada
       *[other] { $total } questões importadas
    }; { $skipped ->
        [one] { $skipped } ignorada:
       *[other] { $skipped } ignoradas:
    }
# $title is the bank's title, $source its file name or address, $format the file's format as the
# importer names it (in English: "GIFT", "JSON bank", "Markdown task list"). The sentences
# home-opened-replaced or home-opened-renamed, then home-opened-warnings, may follow it.
home-opened = Banco “{ $title }” aberto de { $source } ({ $format }): { $questions ->
        [one] { $questions } questão
       *[other] { $questions } questões
    }, guardado neste navegador.
home-opened-replaced = Ele substitui a cópia guardada anteriormente.
# $id is the new id the bank is kept under.
home-opened-renamed = Este site já tem um banco com esse ID, por isso esta cópia foi guardada como “{ $id }”.
# Precedes the list of warnings.
home-opened-warnings = { $count ->
        [one] { $count } aviso:
       *[other] { $count } avisos:
    }
# A button; $title is the bank's title.
home-take-bank = Fazer { $title }
# Precedes the list of warnings for a file that cannot be used.
home-warnings = Avisos:
# The heading over the banks kept in this browser; also names their list.
home-kept-heading = Guardados neste navegador
# Under a kept bank's title: $source is its file name or address, $format the file's format as
# the importer names it ("GIFT").
home-kept-facts = { $questions ->
        [one] { $questions } questão
       *[other] { $questions } questões
    }, de { $source } ({ $format })
# A button; $title is the bank's title.
home-remove-bank = Remover { $title }

# components (several pages)

# A button or link; $title is the bank's title.
common-open-bank = Abrir { $title }
# The name of a list of problems, for assistive technology; $name is a file name, address or
# bank title.
common-problems-in = Problemas em { $name }
# In bold, before common-problems-found; $name is a file name or address.
common-file-cannot-be-used = Não é possível usar { $name }:
# Follows "… cannot be used:" (common-file-cannot-be-used or bank-list-bank-cannot-be-used).
common-problems-found = { $count ->
        [one] { $count } problema encontrado.
       *[other] { $count } problemas encontrados.
    }
# A small heading over a question's links to further reading.
common-read-more = Para saber mais
# A link that opens an e-mail or web page to report a problem with the question shown.
common-report-problem = Relatar um problema nesta questão

# components/bank_list.rs

# $file is the index file's path, "questions/index.json".
bank-list-none = Ainda não há bancos de questões listados em { $file }.
# The name of the list of the site's banks, for assistive technology.
bank-list-label = Bancos de questões
bank-list-open-to-see = Abra o banco para ver as questões.
# The bank's figures, as a list of terms and values: the number of questions.
bank-list-questions = Questões
bank-list-default-exam = Prova padrão
# The value beside "Default exam".
bank-list-default-exam-value = { $questions ->
        [one] { $questions } questão
       *[other] { $questions } questões
    } em { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }
bank-list-pass-mark = Nota de corte
bank-list-topics = Tópicos
# On the start page, under a bank some of whose questions cannot be used.
bank-list-left-out-see-page = { $count ->
        [one] { $count } de { $total } questões tem um problema e foi deixada de fora; a página do banco explica o motivo.
       *[other] { $count } de { $total } questões têm problemas e foram deixadas de fora; a página do banco explica os motivos.
    }
# On a bank's page, opens the list of problems in its file.
bank-list-left-out = { $count ->
        [one] { $count } de { $total } questões tem um problema e foi deixada de fora
       *[other] { $count } de { $total } questões têm problemas e foram deixadas de fora
    }
# On a bank's page, opens the list of problems found outside its questions.
bank-list-outside-questions = { $count ->
        [one] { $count } problema em texto fora das questões (trecho ignorado)
       *[other] { $count } problemas em texto fora das questões (trechos ignorados)
    }
# In bold, before common-problems-found.
bank-list-bank-cannot-be-used = Não é possível usar este banco:

# components/site_notices.rs and the stores' notices

# $file is the index file's path; $problem the browser's reason, in English.
notice-index-not-loaded = Não foi possível carregar { $file }: { $problem }
# $problems lists what is wrong, in English, separated by semicolons.
notice-package-settings = As configurações de prova deste pacote não funcionam ({ $problems }).
# $problem is the LMS's or the browser's reason, in English.
notice-package-lms = O LMS do curso não iniciou esta tentativa ({ $problem }); a prova continua funcionando, mas o resultado não poderá chegar ao LMS.
# A line of a list of problems: $address is a ?bank= link's address, $problem the browser's
# reason, in English.
notice-address-not-loaded = { $address }: não foi possível carregar: { $problem }
# $problem says, in English, what is wrong with the stored list of banks (e.g. "the list of banks
# kept in this browser is damaged (…)").
notice-kept-set-aside = { $problem }. Os dados foram guardados à parte; abra seus arquivos de questões novamente.
# $problem as in notice-kept-set-aside.
notice-kept-not-set-aside = { $problem }. Também não foi possível guardar os dados à parte; abra seus arquivos de questões novamente.
# $problem is the browser's reason, in English.
notice-kept-unavailable = Os bancos que você abrir não podem ser guardados neste navegador: { $problem }.
# $problem is the browser's reason, in English.
notice-kept-not-saved = Os bancos que você abriu estão disponíveis por enquanto, mas não poderão ser guardados depois que você fechar esta página: { $problem }.
# $title is the bank's title, $source its file name or address.
notice-kept-too-large = “{ $title }” ({ $questions ->
        [one] { $questions } questão
       *[other] { $questions } questões
    }) fica aberto até você fechar esta página, mas é grande demais para ser guardado neste navegador: abra { $source } novamente da próxima vez.
# On a bank's page: $problem says, in English, what is wrong with the data.
notice-history-set-aside = Não foi possível ler o histórico de tentativas salvo, que foi guardado à parte ({ $problem }).
notice-review-set-aside = Não foi possível ler os registros salvos da revisão espaçada, que foram guardados à parte ({ $problem }).
# $problem says what is wrong with the data, $reason why it could not be moved aside; both in
# English.
notice-history-left-in-place = Não foi possível ler o histórico de tentativas salvo ({ $problem }) nem guardá-lo à parte ({ $reason }); ele foi mantido como estava, e nada novo será adicionado a ele.
notice-review-left-in-place = Não foi possível ler os registros salvos da revisão espaçada ({ $problem }) nem guardá-los à parte ({ $reason }); eles foram mantidos como estavam, e nada novo será adicionado a eles.
# $problem is the browser's reason, in English.
notice-history-unavailable = O histórico de tentativas salvo não está disponível ({ $problem }).
notice-review-unavailable = Os registros salvos da revisão espaçada não estão disponíveis ({ $problem }).
# Why a change was not saved, shown inside another sentence (after a colon or in parentheses):
# hence the small first letter and no full stop.
notice-history-kept-unreadable = não foi possível ler o histórico de tentativas salvo, que foi mantido como estava
notice-review-kept-unreadable = não foi possível ler os registros salvos da revisão espaçada, que foram mantidos como estavam

# (end of the start page's section)

## A página de um banco: configurar uma prova, estudo, histórico, revisão espaçada, arquivos de progresso
# mod.rs
# A link back to the start page; the arrow points back (a right-to-left language may use →).
bank-all-banks-link = ← Todos os bancos de questões
# $date: the day the bank's authors last checked its facts, as the bank gives it (2025-03-01).
bank-facts-checked = Informações conferidas com as fontes pela última vez em { $date }.

# resume_notice.rs
bank-resume-in-progress = Você tem uma prova em andamento ({ $count ->
        [one] { $count } questão
       *[other] { $count } questões
    }).
# A link styled as a button.
bank-resume-button = Retomar prova

# history.rs
bank-history-heading = Suas tentativas
# The accessible name of a small line chart of the scores of past attempts.
bank-history-chart-label = Pontuação ao longo do tempo
bank-history-caption = Tentativas anteriores, da mais antiga para a mais recente
# The history table's column headers.
bank-history-date = Data
# The exam's mode (practice or exam): this column's header, and the set-up form's legend.
bank-mode = Modo
bank-history-score = Pontuação
bank-history-result = Resultado
# An attempt's score: $percent is its share right, already written as a percent ("80 %");
# $correct and $total are counts of questions.
bank-history-score-value = { $percent } ({ $correct } de { $total })
# An attempt's result, in the "Result" column: short, shown in capitals in English.
bank-history-passed = APROVADO
bank-history-failed = REPROVADO
# A button that deletes every past attempt of this bank.
bank-history-clear = Limpar histórico

# setup/mod.rs
bank-setup-heading = Configure sua prova
# The form's submit button.
bank-setup-start = Iniciar prova

# setup/fields.rs
bank-setup-mode-practice = Treino: cada resposta é conferida na hora
bank-setup-mode-exam = Prova: cronometrada, correção no final
# $total: how many questions the bank has.
bank-setup-count = Número de questões (1 a { $total })
bank-setup-time-limit = Limite de tempo
# A choice of the time-limit list: $minutes is the default time for $count questions.
bank-setup-time-default = { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } (padrão para { $count ->
        [one] { $count } questão
       *[other] { $count } questões
    })
# A choice of the time-limit list.
bank-setup-time-minutes = { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }
bank-setup-time-none = Sem limite
# Extra time granted to some candidates (an accessibility arrangement).
bank-setup-accommodation = Tempo adicional
bank-setup-accommodation-standard = Tempo padrão
# $factor: how many times the standard time (1.5 or 2), written as a number.
bank-setup-accommodation-extended = Tempo estendido ({ $factor }×)
# AWS Certification's accommodation for candidates whose first language is not English
# ("ESL +30 MINUTES"): keep "ESL" as AWS writes it. $minutes is the minutes it adds (30).
bank-setup-accommodation-esl = ESL: inglês como segunda língua (+{ $minutes } min)
bank-setup-accommodation-untimed = Sem cronometragem
bank-setup-topics = Tópicos a incluir
bank-setup-shuffle = Embaralhar questões e alternativas
bank-setup-unseen-first = Primeiro as questões que ainda não respondi

# study/mod.rs
bank-study-heading = Estudo
bank-study-persistence-refused = Este navegador não autorizou guardar seu progresso de forma permanente: ele pode apagá-lo quando faltar espaço ou depois de semanas sem visitas. Salve seu progresso em um arquivo de vez em quando.

# study/review_panel.rs
bank-review-heading = Revisão espaçada
bank-review-intro = As questões que você responde voltam para revisão pouco antes de você esquecê-las; as que você erra voltam mais cedo.
bank-review-due = { $count ->
        [0] Nenhuma questão para revisar agora.
        [one] { $count } questão para revisar.
       *[other] { $count } questões para revisar.
    }
# Follows the sentence saying how many questions are due; $count: how many of them were
# answered wrongly last time.
bank-review-missed = Erradas da última vez: { $count }.
# A link styled as a button; $count: how many questions the review asks.
bank-review-now = Revisar agora ({ $count })
# $date: the day the next question comes due, as the language writes a date.
bank-review-next = Próxima revisão: { $date }.
bank-review-exam-date = Data da sua prova (opcional)
bank-review-exam-date-hint = Nenhuma revisão é programada depois desta data.
# $reason: why, from the browser's storage (may be in English).
bank-review-exam-date-not-saved = Não foi possível salvar a data da prova: { $reason }.

# study/readiness_panel.rs
bank-readiness-heading = Já posso fazer a prova?
# $needed: the number of first answers the estimate needs; $have: how many the candidate has;
# $per-topic: the number it needs in each topic.
bank-readiness-waiting = Ainda não há dados suficientes. Esta estimativa considera apenas sua primeira resposta a cada questão, por isso precisa de pelo menos { $needed } respostas desse tipo (você tem { $have }), incluindo pelo menos { $per-topic } em cada tópico.
# Follows "Not enough evidence yet…"; $topics: the bank's names of the topics, separated by commas.
bank-readiness-thin-topics = Tópicos que precisam de mais respostas: { $topics }.
# Follows the verdict in bold ("Likely", "Borderline", "Not yet"), hence the leading colon.
# $questions: the exam's question count; $needed: how many right answers pass it;
# $chance: one of the bank-readiness-chance-* messages; $band: "80 %" as the language writes it;
# $low and $high: percents.
bank-readiness-chance = : sua chance de passar na prova de { $questions } { $questions ->
        [one] questão
       *[other] questões
    } ({ $needed ->
        [one] { $needed } acerto necessário
       *[other] { $needed } acertos necessários
    }) é de { $chance } (intervalo de { $band }: de { $low } a { $high }).
# A chance too small to round to 1 %: $percent is "1 %" as the language writes it.
bank-readiness-chance-under = menos de { $percent }
# A chance too near certain to round to 100 %: $percent is "99 %" as the language writes it.
bank-readiness-chance-over = mais de { $percent }
# $percent: the chance, rounded, as the language writes a percent.
bank-readiness-chance-about = cerca de { $percent }
bank-readiness-caption = Domínio por tópico, com base nas primeiras respostas
# The readiness table's column headers; "Practice" heads a column of links to practise a topic.
bank-readiness-topic = Tópico
bank-readiness-first-right = Primeiras respostas certas
bank-readiness-mastery = Domínio
bank-readiness-on-exam = Questões na prova
bank-readiness-practice = Treino
# In the "First answers right" column: $right of the topic's $answers first answers were right.
bank-readiness-right-of = { $right } de { $answers }
# In the "Mastery" column, for a topic with no first answer yet.
bank-readiness-no-answers = Ainda sem respostas
# The accessible name of a bar showing a topic's mastery; $percent: as the language writes it.
bank-readiness-mastery-bar = Domínio: { $percent }
# A link to a practice session of one topic.
bank-readiness-practise-topic = Treinar este tópico
# The same link's accessible name; $topic: the topic's name, from the bank.
bank-readiness-practise-topic-label = Treinar este tópico: { $topic }
# A disclosure's summary (click to open the explanation below).
bank-readiness-method-heading = Como esta estimativa é calculada
# $draws: how many imagined candidates; $needed: the right answers needed to pass, a number,
# or "unknown" before there is an estimate; $questions: the exam's question count; $weights:
# "topic-weights" when the bank gives its topics weights, else "question-shares";
# $band: "80 %" and $even: "50 %", as the language writes a percent. The quoted verdicts are
# the messages verdict-likely and verdict-not-yet.
bank-readiness-method = Só conta a sua primeira resposta a cada questão: novas tentativas e a revisão espaçada dariam uma imagem otimista demais. A chance de acerto em cada tópico é estimada a partir das suas primeiras respostas nele e puxada em direção ao seu nível geral, tanto mais quanto menos seus tópicos parecem diferir entre si (e um tópico com poucas respostas se apoia mais nos outros). Em seguida, o app imagina { $draws } candidatos cujas chances por tópico são sorteadas dentro do que suas respostas permitem, calcula exatamente a probabilidade de cada um { $needed ->
        [unknown] atingir a nota de corte
       *[other] acertar pelo menos { $needed }
    } { $questions ->
        [one] na prova de { $questions } questão
       *[other] na prova de { $questions } questões
    }, com as questões distribuídas pelos tópicos { $weights ->
        [topic-weights] segundo os pesos que o banco dá aos tópicos
       *[question-shares] segundo a parcela das questões do banco em cada tópico
    }, e informa a média, usando os { $band } centrais dessas chances como intervalo. Testado em milhares de candidatos simulados, o intervalo continha a chance real em 8 de cada 10 deles. “{ verdict-likely }” significa que até o limite inferior do intervalo é de pelo menos { $even }; “{ verdict-not-yet }” significa que até o limite superior fica abaixo disso; nos demais casos, o resultado fica no limite.

# study/progress_file.rs
bank-progress-heading = Guarde seu progresso
bank-progress-intro = Os navegadores podem apagar os dados de um site depois de algum tempo. Salve seu progresso (tentativas, registros da revisão espaçada, níveis de certeza e datas de prova de todos os bancos) em um arquivo e carregue-o aqui em qualquer navegador.
# A button that downloads a file.
bank-progress-save = Salvar meu progresso
# The label of a file picker, styled as a button.
bank-progress-load = Carregar progresso
bank-progress-nothing-to-save = Ainda não há progresso para salvar.
# $file: the downloaded file's name.
bank-progress-saved = Progresso de { $banks ->
        [one] { $banks } banco
       *[other] { $banks } bancos
    } salvo em { $file }.
# $reason: why, from the browser (may be in English).
bank-progress-not-saved = Não foi possível salvar o arquivo: { $reason }.
# $reason: why the file could not be read as a progress file (in English).
bank-progress-not-read = { $reason }. Nada foi alterado.
# $file: the chosen file's name; $reason: why the browser could not read it (may be in English).
bank-progress-unreadable = { $file }: { $reason }. Nada foi alterado.
bank-progress-not-text = { $file }: não é um arquivo de progresso (não é texto UTF-8). Nada foi alterado.
# $file: the loaded file's name; then how many banks it held and what it added.
bank-progress-loaded = { $file } carregado: { $banks ->
        [0] { $banks } bancos
        [one] { $banks } banco
       *[other] { $banks } bancos
    }, { $attempts ->
        [0] { $attempts } tentativas novas
        [one] { $attempts } tentativa nova
       *[other] { $attempts } tentativas novas
    } e { $records ->
        [0] { $records } registros mais recentes da revisão espaçada
        [one] { $records } registro mais recente da revisão espaçada
       *[other] { $records } registros mais recentes da revisão espaçada
    }.
# The accessible name of a list of problems with the loaded file.
bank-progress-problems = Partes que não puderam ser lidas e foram deixadas de fora:
# A problem with a loaded file, in a list shown as code: $file: its name; $bank: a bank's id;
# $reason: why that bank's history could not be saved (may be in English).
bank-progress-history-problem = { $file }: banco "{ $bank }": histórico: { $reason }
# As above, for the bank's review records.
bank-progress-review-problem = { $file }: banco "{ $bank }": revisão espaçada: { $reason }
# (end of the bank page's section)

## Fazer uma prova: o cartão da questão, o navegador de questões, a contagem regressiva, a entrega, os atalhos
# action_bar.rs: the buttons under the question
exam-previous = Anterior
# Practice mode: checks the answer now.
exam-check = Conferir
exam-next = Próxima
# A toggle button (pressed while the question is flagged).
exam-flag = Sinalizar para rever
# Opens the confirmation before the exam is submitted.
exam-submit = Entregar

# bad_link.rs
exam-bad-link-heading = Este link de prova não funciona
# Above a list of the link's problems (also when an exam link is opened).
exam-bad-link-intro = Este link de prova tem configurações que não funcionam:

# countdown.rs
# A label beside the countdown (mm:ss), and the countdown's accessible name.
exam-time-left = Tempo restante
exam-show-timer = Mostrar cronômetro
exam-hide-timer = Ocultar cronômetro
# A button that has a screen reader read the time left (shortcut T).
exam-read-time-left = Ler tempo restante
# Read out by screen readers when asked (button or key T); $time is the countdown as shown, "05:00" or "1:30:00".
exam-time-left-spoken = Tempo restante: { $time }.
# Announced by screen readers at 5 minutes and at 1 minute left; $minutes is 5 or 1.
exam-time-warning =
    { $minutes ->
        [one] Resta { $minutes } minuto.
       *[other] Restam { $minutes } minutos.
    }

# finished.rs: notices above the results
# $problem: why the browser's storage refused, in English (from the app's storage layer).
exam-results-save-problem = Não é possível salvar estes resultados neste navegador ({ $problem }); eles serão perdidos se a página for recarregada.
# $problem: why, in English.
exam-history-problem = Não é possível adicionar esta tentativa ao seu histórico neste navegador ({ $problem }).
# In a course's LMS (SCORM package). $score is a percent, as "85%".
exam-lms-sent-passed = Seu resultado foi enviado ao seu curso: { $score }, aprovado.
# In a course's LMS (SCORM package). $score is a percent, as "85%".
exam-lms-sent-not-passed = Seu resultado foi enviado ao seu curso: { $score }, não aprovado.
# $problem: the LMS's error, in English.
exam-lms-report-problem = Não foi possível enviar seu resultado ao LMS do seu curso ({ $problem }). Avise seu professor e mantenha esta página aberta.
# $problem: why, in English.
exam-review-problem = Não é possível guardar estas respostas para a revisão espaçada neste navegador ({ $problem }).

# gate.rs
# The exam page's main heading: $mode is "Practice" or "Exam" (mode-practice, mode-exam), $title the bank's title.
exam-page-title = { $mode }: { $title }
exam-opening = Abrindo a prova…
exam-open-elsewhere = Esta prova está aberta em outra aba ou janela. Para continuar aqui, assuma a prova nesta página: a outra deixará de salvar e mostrará um aviso.
# Button.
exam-take-over = Continuar a prova aqui
exam-taken-over = Esta prova passou para outra aba ou janela, por isso esta página parou de salvá-la. Nada do que você fez aqui foi perdido: tudo foi salvo antes de a outra aba assumir.
# Button.
exam-take-back = Trazer a prova de volta

# navigator.rs
# The accessible name of the list of question buttons beside the exam.
exam-navigator-label = Questões
# A question's button in the navigator, as screen readers name it; $number is its position.
exam-nav-answered = Questão { $number }, respondida
exam-nav-unanswered = Questão { $number }, não respondida
exam-nav-answered-flagged = Questão { $number }, respondida, sinalizada
exam-nav-unanswered-flagged = Questão { $number }, não respondida, sinalizada

# opening.rs
# $problem: why the saved progress could not be read, in English.
exam-progress-set-aside = Não foi possível retomar o progresso salvo, que foi guardado à parte (uma cópia fica neste navegador): { $problem }. Uma nova prova foi iniciada.
# $problem: why it could not be read; $why: why it could not be moved; both in English.
exam-progress-left-in-place = Não foi possível retomar o progresso salvo ({ $problem }) nem guardá-lo à parte ({ $why }), por isso ele foi mantido como estava. Uma nova prova foi iniciada, e ela não será salva.
# $problem: why the browser's storage refused, in English.
exam-progress-unavailable = Não é possível guardar o progresso neste navegador ({ $problem }); a prova continua, mas o progresso será perdido se a página for recarregada.
# $problem: why, in English, or one of exam-nothing-due and exam-first-needs-whole-app.
exam-cannot-start = Não é possível iniciar esta prova: { $problem }.

# question_card.rs
# The question's heading; $number is its position in the exam.
exam-question-heading = Questão { $number }
exam-asked-again = Você errou esta questão mais cedo nesta sessão; por isso, ela aparece de novo. Esta resposta não altera sua pontuação.
# The legend of the choices of a question with one right answer.
exam-choose-one = Escolha uma
# The legend of the choices of a question with several right answers: $count (2 or more) is how many to pick.
exam-choose-many = Escolha { $count }
# The legend of the confidence levels (Guess, Unsure, Sure).
exam-confidence-legend = Qual é o seu grau de certeza? (opcional)
# Beside a choice once the answer is checked (practice).
exam-choice-correct = ✓ Resposta correta
# A toggle button beside each choice: the candidate rules the choice out (it shows struck
# through and can still be chosen); pressed again, rules it back in.
exam-strike = Eliminar
# The same button's name for assistive technology; $letter is the choice's letter (A, B, …).
exam-strike-choice = Eliminar { $letter }
# Read after a ruled-out choice's text by screen readers.
exam-choice-ruled-out = (eliminada)
# The exam page's list of keyboard shortcuts, folded under this heading; each line says what its
# keys (shown beside it, as a US keyboard names them) do.
exam-keys-heading = Atalhos de teclado
# The Shift key's name as keyboards in this language label it.
exam-keys-shift = Shift
exam-keys-pick = Escolher uma alternativa (pressione de novo para desmarcá-la quando a questão pedir mais de uma)
exam-keys-strike = Eliminar uma alternativa ou restaurá-la
exam-keys-move = Ir para a próxima questão ou para a anterior
exam-keys-flag = Sinalizar a questão para rever
exam-keys-confidence = Indicar seu grau de certeza: Chute, Em dúvida ou Certeza
exam-keys-check = Conferir sua resposta (no modo Treino)
exam-keys-time = Ler em voz alta o tempo restante (no modo Prova)
exam-keys-highlight = Destacar o texto selecionado
# A button under the question: highlights the text the candidate selected in the prompt or a choice.
exam-highlight = Destacar texto selecionado
exam-clear-highlights = Limpar destaques
# Names the list of the question's highlighted passages, quoted.
exam-highlights-list = Trechos destacados
# The label of a text box under the question, for the candidate's own note; saved with the exam
# and shown in the review.
exam-note-label = Sua anotação sobre esta questão
# Beside a choice once the answer is checked (practice).
exam-choice-wrong = ✗ Sua resposta, incorreta
# Heading of the verdict once the answer is checked (practice).
exam-feedback-right = ✓ Muito bem!
exam-feedback-wrong = ✗ Resposta incorreta
# Followed by the right choices' texts, in bold, separated by exam-list-separator.
exam-right-answer = A resposta correta:
# Between the right choices' texts after exam-right-answer (a comma and a space in English).
exam-list-separator = { ", " }
exam-comes-back = Esta questão volta no final desta sessão.

# runner.rs
# In a course's LMS (SCORM package). $problem: the LMS's error, in English.
exam-lms-progress-problem = O LMS do seu curso não conseguiu guardar esta tentativa ({ $problem }); ela continua salva neste navegador.

# running.rs
exam-question-missing = Esta questão não está no banco.
# $problem: why the browser's storage refused, in English.
exam-save-problem = Não é possível salvar o progresso neste navegador ({ $problem }); a prova continua.
# Above the question: where the candidate is in the exam.
exam-question-of = Questão { $number } de { $total }

# submit_panel.rs: the confirmation before submitting
exam-confirm-heading = Entregar a prova?
exam-confirm-all-done = Todas as questões foram respondidas e nenhuma está sinalizada.
exam-confirm-go-back = Você ainda pode voltar a estas questões:
# A heading above links to the questions with no answer; $count is how many.
exam-unanswered-count = Não respondidas ({ $count })
# A heading above links to the flagged questions; $count is how many.
exam-flagged-count = Sinalizadas para rever ({ $count })
# A link-like button; $number is the question's position.
exam-go-to-question = Ir para a questão { $number }
# Button: submits the exam.
exam-submit-now = Entregar agora
# Button: closes the confirmation.
exam-keep-working = Continuar respondendo

# whole.rs
# Shown as $problem in exam-cannot-start, so it begins in lower case: an exam link that draws the questions due for review.
exam-nothing-due = não há questões para revisar agora
# $problem: the LMS's data could not be read, in English.
exam-lms-resume-problem-kept = Não foi possível retomar o progresso guardado pelo LMS do seu curso ({ $problem }); uma cópia fica guardada neste navegador.
# $problem: the LMS's data could not be read, in English.
exam-lms-resume-problem = Não foi possível retomar o progresso guardado pelo LMS do seu curso ({ $problem }).

# first_app.rs (the first module, which shows an exam link's first question before the rest of the app loads)
# $problem: why the app could not load, in English.
exam-first-app-failed = Não é possível exibir esta página: o app não carregou ({ $problem }). Verifique a conexão e recarregue a página.

# first_runner.rs
# Shown as $problem in exam-cannot-start, so it begins in lower case.
exam-first-needs-whole-app = esta prova precisa do restante do app, que ainda não carregou
# A heading, once the exam is submitted while the results cannot show yet.
exam-first-submitted-heading = Suas respostas foram entregues
exam-first-submitted-waiting = Elas estão salvas neste navegador. Seus resultados aparecerão assim que o restante do app carregar.
# $problem: why the rest of the app could not load, in English.
exam-first-submitted-failed = Elas estão salvas neste navegador, mas o restante do app, que mostra seus resultados, não carregou ({ $problem }). Recarregue a página quando estiver on-line de novo para vê-los.
# $problem: why, in English.
exam-first-whole-app-failed = O restante do app não carregou ({ $problem }), por isso os resultados, a revisão das respostas e as outras páginas estão indisponíveis por enquanto. Esta prova continua funcionando, e cada resposta é salva neste navegador.
# (end of the exam's section)

## Resultados, revisão das respostas, resultados da turma, páginas não encontradas
# mod.rs

# The results page's heading, and the name of its region.
results-heading = Resultados

# score.rs

results-time-ran-out = O tempo acabou: a prova foi entregue automaticamente.
# The big verdict beside the score, in capitals in English; a word or two.
results-pass = APROVADO
results-fail = REPROVADO
# Beside the score. $percent is the bank's pass mark, already written as a percent ("70 %").
results-pass-mark = (nota de corte: { $percent })
# The figures under the score: a short label each, the count beside it.
results-figure-correct = Certas
results-figure-wrong = Erradas
results-figure-unanswered = Não respondidas
results-figure-flagged = Sinalizadas
results-figure-time-used = Tempo gasto
# The time the exam took. $seconds is always written with two digits ("05").
results-time-used = { $minutes } min { $seconds } s
results-extended-time-150 = Foi usado tempo estendido (1,5×).
results-extended-time-200 = Foi usado tempo estendido (2×).
# $minutes: the minutes the ESL accommodation added (30).
results-extra-time-esl = Foi usado o tempo adicional ESL (+{ $minutes } min).
results-untimed = A prova foi feita sem cronometragem.

# certainty.rs

# A heading: how sure the candidate said they were of their answers.
results-certainty-heading = Seu grau de certeza
# $marks is the candidate's certainty-based score (it can be below zero), $best the most they
# could have had, $average the marks per question (a number with up to two decimals).
results-certainty-score = Pontuação por certeza: { $marks } de { $best } possíveis ({ $average } por questão, numa escala de −6 a 3). Acertar com certeza vale 3 e errar com certeza custa 6; em dúvida, você ganha 2 ou perde 2; no chute, ganha 1 ou nada. Questões sem grau de certeza contam como chute. Sua pontuação na prova, acima, não muda.
# A heading over links to questions; $count is how many are listed.
results-sure-but-wrong = Tinha certeza, mas errou ({ $count })
results-sure-but-wrong-why = Conceitos equivocados: estas vêm primeiro na sua próxima revisão espaçada.
# A heading over links to questions; $count is how many are listed.
results-right-but-guessed = Acertou, mas no chute ({ $count })
results-right-but-guessed-why = Sorte, ainda não conhecimento: estas voltam antes das respostas de que você tinha certeza.
# A link to a question's item in the review below; $number counts from 1.
results-question-link = Questão { $number }

# topics.rs

results-topics-heading = Por tópico
results-topics-caption = Respostas certas por tópico
# The topic table's column headers.
results-topics-topic = Tópico
results-topics-correct = Certas
results-topics-score = Pontuação
# A topic's row: $correct questions right of the $total asked on it.
results-topics-correct-of = { $correct } de { $total }

# actions.rs

# A button; $count is how many questions were missed (at least 1).
results-retry-missed = { $count ->
    [one] Refazer a questão errada
   *[other] Refazer as { $count } questões erradas
}
# A button.
results-new-exam = Nova prova
# A button.
results-download-csv = Baixar resultados (CSV)
results-candidate-name = Seu nome, para o professor (opcional)
# A button; the Class results page's introduction names it too.
results-download-result-file = Baixar um arquivo de resultado para o professor
results-result-file-hint = O arquivo contém suas respostas e tempos, não uma pontuação: a página do professor corrige tudo de novo.
# $problem says why, in English (from the browser's side of the app).
results-download-failed = Não foi possível salvar o arquivo: { $problem }.

# review.rs

results-review-heading = Revisão das respostas
# The name of the group of filter buttons over the review.
results-review-filters = Mostrar questões
# Filter buttons over the review; $count is how many questions each shows.
results-filter-all = Todas ({ $count })
results-filter-wrong = Erradas ({ $count })
results-filter-flagged = Sinalizadas ({ $count })
results-filter-unanswered = Não respondidas ({ $count })
# A review item's heading; $number counts from 1.
results-item-correct = Questão { $number }: ✓ Certa
results-item-wrong = Questão { $number }: ✗ Errada
results-item-unanswered = Questão { $number }: – Não respondida
# A review item's heading for a question the candidate flagged; $number counts from 1.
results-item-correct-flagged = Questão { $number }: ✓ Certa, sinalizada
results-item-wrong-flagged = Questão { $number }: ✗ Errada, sinalizada
results-item-unanswered-flagged = Questão { $number }: – Não respondida, sinalizada
# $confidence is how sure the candidate said they were: Guess, Unsure or Sure.
results-said-confidence = Você indicou: { $confidence }.
# Shown after a choice in the review, in bold.
results-choice-right = (✓ resposta correta)
results-choice-yours = (sua resposta)
results-choice-right-and-yours = (✓ resposta correta, sua resposta)
# After a choice in the review that the candidate ruled out while answering.
results-choice-ruled-out = (eliminada por você)
# Over the passages of a question the candidate highlighted, in the review.
results-your-highlights = Seus destaques
# Over the candidate's own note on a question, in the review.
results-your-note = Sua anotação

# class_results.rs

# The Class results page's heading.
class-heading = Resultados da turma
class-all-banks = ← Todos os bancos de questões
# $button is the results page's button "Download a result file for your teacher", as translated.
class-intro = Abra os arquivos de resultado dos seus alunos (gerados com o botão “{ $button }” na página de resultados de cada um). Cada um é corrigido novamente com base no banco, então uma pontuação editada em um arquivo não vale nada. Nada é enviado: os arquivos são lidos nesta página.
# The label of the file picker.
class-result-files = Arquivos de resultado
# The name of a list of file problems.
class-files-left-out = Arquivos deixados de fora:
class-files-not-used = Arquivos que não puderam ser usados:
# $file is a file's name.
class-file-not-text = { $file }: não é um arquivo de resultado (não é texto UTF-8)
# $file is a file's name; $problem says why it could not be read, in English (from the browser's side of the app).
class-file-unreadable = { $file }: { $problem }
# $file is a file's name; $bank the id of the bank it was taken on.
class-file-other-bank = { $file }: resultado do banco “{ $bank }”, que este site não tem; abra esse banco primeiro
# A table's caption; $count is how many candidates it lists.
class-candidates-caption = Alunos ({ $count }), corrigidos novamente com base no banco
# The candidates table's column headers.
class-candidate = Aluno
class-score = Pontuação
class-result = Resultado
class-time-used = Tempo gasto
# A candidate's score: $percent is already written as a percent; $correct right of $total.
class-score-value = { $percent } ({ $correct } de { $total })
# A candidate's result, in capitals in English; a word or two in a table cell.
class-pass = APROVADO
class-fail = REPROVADO
# A candidate's time, in whole minutes.
class-minutes = { $minutes } min
class-questions-caption = Questões: taxa de acerto, discriminação (ponto-bisserial: quanto a questão separa os alunos mais fortes dos mais fracos) e a alternativa errada mais escolhida
# The questions table's column headers.
class-question = Questão
class-topic = Tópico
class-right = Acertos
class-share-right = Taxa de acerto
class-discrimination = Discriminação
class-most-chosen-wrong = Alternativa errada mais escolhida
# A question's row: $right candidates answered it right of the $asked who had it.
class-right-of = { $right } de { $asked }
# $choice is the wrong choice's text (from the bank); $times how many candidates chose it.
class-wrong-choice = { $choice } ({ $times })
# Buttons.
class-download-scores = Baixar pontuações (CSV)
class-download-questions = Baixar estatísticas das questões (CSV)

# not_found.rs

not-found-heading = Não encontrado
# $name is the address or bank id the candidate asked for.
not-found-message = Não há banco de questões nem página chamada “{ $name }”.
not-found-all-banks = Ver todos os bancos de questões
# $title is the bank's title.
not-found-loading-bank = Carregando { $title }…
not-found-loading-banks = Carregando bancos de questões…
# (end of the results' section)

## Problemas nos arquivos de banco e seus avisos, como a página os mostra aos professores
# Teachers read these beside their file, so they keep the file's own words in code form: field
# names (format, topics, default_question_count, choices[2].text), GIFT and Aiken marks (::, =, ~,
# ANSWER:), keys and values quoted from the file. Translate the words around them only.
# $place is where the problem is, in code form ("week3.gift:12", "bank.json:4:7"); $message is
# one of the file-* messages below, already written.
# These lines are shown as code: straight quotes "…", as in the file (see the glossary).

file-line = { $place }: { $message }
# $id is the question's id, $number its place in the file (1 for the first).
file-line-in-question = { $place }: questão "{ $id }" (nº { $number }): { $message }
file-line-in-unnamed-question = { $place }: questão nº { $number }: { $message }
file-line-warning = { $place }: aviso: { $message }
# What the problem did, after its message.
file-outcome-question-skipped = { $message }; a questão foi ignorada
file-outcome-text-skipped = { $message }; este trecho foi ignorado
# A note about one question, among the warnings; $message is one of the file-* messages.
file-note-of-question = questão "{ $id }": { $message }

# Problems of any field; $field is the field's name in the file ("title", "choices[2].text").
file-missing = { $field } está ausente
file-empty = { $field } está vazio
file-empty-optional = { $field } está vazio; nesse caso, omita o campo
# $known lists the object's fields, as the file writes them.
file-unknown-field = { $field } não é um campo do formato de banco (campos conhecidos: { $known })
# $text is the id as the file writes it.
file-id-empty = { $field } "{ $text }" está vazio
file-id-too-long = { $field } "{ $text }" tem mais de { $max } caracteres
file-id-bad-character = { $field } "{ $text }" só pode conter letras, algarismos, '-', '_' e '.' (sem espaços)
file-listed-twice = { $field } "{ $value }" aparece duas vezes na lista

# Problems of the bank's own fields.
# $format is the bank format's number this version reads, as the file writes it ("1").
file-format-missing = format está ausente; adicione "format": { $format }
file-format-unsupported = format { $found } não é compatível; esta versão lê format { $format }
file-unknown-level = level "{ $text }" deve ser "foundational" ou "going-further"
file-bad-language = language "{ $text }" não é uma tag de idioma BCP 47, como "fr" ou "pt-BR"; o banco é lido sem idioma definido
file-bad-facts-checked = facts_checked "{ $text }" deve ser uma data válida no formato YYYY-MM-DD
file-report-url-scheme = report_url "{ $text }" deve começar com https:// ou mailto:
file-report-url-spaces = report_url "{ $text }" não pode conter espaços nem caracteres de controle
# $placeholder is the text the address must hold, "{question}".
file-report-url-no-question = report_url "{ $text }" deve conter { $placeholder }, que é substituído pelo id da questão sobre a qual o problema é relatado
file-no-topics = topics está vazio; liste pelo menos um tópico
file-too-many-questions = questions tem { $count ->
        [one] { $count } questão
       *[other] { $count } questões
    }; um banco pode ter no máximo { $limit } (divida-o em vários bancos)
file-only-question-unusable = a única questão do arquivo não pode ser usada
# $count is 2 or more.
file-no-usable-question = nenhuma das { $count } questões pode ser usada
file-question-count-below-one = default_question_count { $count } deve ser pelo menos 1
file-question-count-above-file = default_question_count { $count } é maior que o número de questões do banco ({ $questions })
file-question-count-lowered = default_question_count { $count } é maior que o número de questões utilizáveis ({ $usable }); por padrão, as provas terão { $usable ->
        [one] { $usable } questão
       *[other] { $usable } questões
    }
file-time-limit-out-of-range = default_time_limit_minutes { $minutes } deve estar entre 1 e { $limit }
file-weighted-topic-unknown = topic_weights cita "{ $topic }", que não é um dos tópicos do banco
file-bad-weight = topic_weights "{ $topic }" é { $weight }; um peso deve ser um número maior ou igual a 0
file-no-positive-weight = topic_weights não dá a nenhum tópico um peso maior que 0
file-pass-mark-out-of-range = pass_mark_percent { $percent } não está entre 0 e 100

# Problems of one question.
# $first is the number of the question that used the id first.
file-id-used-before = id "{ $id }" já é usado pela questão nº { $first }
# $instruction is what the question card says, as exam-choose-many writes it ("Choose 4").
file-every-choice-right = todas as alternativas estão corretas, então "{ $instruction }" entrega a resposta aos alunos; considere adicionar uma alternativa errada
# $topics lists the bank's topics.
file-topic-not-listed = topic "{ $topic }" não está na lista de tópicos do banco ({ $topics })
file-too-many-choices = choices tem { $count } alternativas; uma questão pode oferecer no máximo { $limit }
# $count is 0 or 1.
file-too-few-choices = choices tem { $count ->
        [0] { $count } alternativas
        [one] { $count } alternativa
       *[other] { $count } alternativas
    }; uma questão precisa de pelo menos duas
file-choice-id-repeated = { $field } "{ $id }" já é usado por outra alternativa desta questão
file-choice-text-repeated = { $field } "{ $text }" repete outra alternativa
file-no-answer = answer está vazio; indique pelo menos uma alternativa
# $choices lists the question's choice ids.
file-answer-not-a-choice = answer "{ $id }" não é uma das alternativas { $choices }
file-unsafe-url = { $field } "{ $url }" deve ser um endereço http:// ou https://

# Problems with the file as a whole.
# $description is the JSON reader's own description of the error, in English.
file-json-syntax = { $description }
file-too-large = o arquivo tem { $megabytes } MB; o maior arquivo de questões que este app lê tem { $limit } MB
file-utf16 = o arquivo está salvo em UTF-16; salve-o em UTF-8
file-not-utf8 = o arquivo não é um texto UTF-8 válido neste ponto; salve-o em UTF-8
file-format-unknown = não foi possível identificar o formato: esperava-se um banco JSON (.json), GIFT ou Aiken (.gift, .txt), Markdown (.md) ou Moodle XML (.xml)
# $reason is why, as the browser said it.
file-not-loaded = não foi possível carregar: { $reason }
file-id-not-as-listed = o id do banco é "{ $id }", mas questions/index.json o lista como "{ $listed }"

# Problems in the syntax of GIFT, Aiken and Markdown files. $label names a question in short: its
# title or the start of its text.
file-block-too-long = esta questão se estende por { $kilobytes } KB sem nenhuma linha em branco; as questões devem ser separadas por linhas em branco (no máximo { $limit } KB cada)
file-title-not-closed = o título aberto com :: nunca é fechado com ::
file-answer-block-not-closed = o bloco de respostas aberto com {"{"} nunca é fechado com {"}"}
file-second-answer-block = esta questão tem um segundo bloco de respostas {"{"}…{"}"}; uma questão só pode ter um
file-no-answers = "{ $label }": o bloco de respostas não tem nenhuma resposta com = ou ~
file-no-right-weight = "{ $label }" não tem resposta correta: marque uma com = ou dê às respostas corretas um %weight% positivo
file-answer-line-first = uma linha ANSWER: sem nenhuma questão antes dela
file-not-a-choice-letter = ANSWER: "{ $text }" não é uma letra de alternativa, como A ou B
file-answer-line-names-no-letter = a linha ANSWER: não indica nenhuma letra de alternativa
# $letter is a choice's letter (A, B, …).
file-choice-before-question = a alternativa { $letter } vem antes de qualquer texto de questão
file-choice-out-of-order = a alternativa { $letter } está fora de ordem: a próxima alternativa desta questão deveria ser { $expected }
file-choice-out-of-order-full = a alternativa { $letter } está fora de ordem: esta questão não pode ter mais alternativas (no máximo 26)
file-no-answer-line = esta questão não tem uma linha ANSWER: depois das alternativas
file-text-without-choices = este texto não é seguido de alternativas nem de uma linha ANSWER:
file-answer-names-no-option = a linha de resposta "{ $text }" não indica nenhuma letra de alternativa (A, B, …)
file-no-lettered-choices = esta questão não tem alternativas identificadas por letras (A. …)
file-no-correct-answer-line = esta questão não tem uma linha "Correct answer: …"
# $letters lists the letters as the file has them ("A, C, D").
file-option-letters-wrong = as alternativas estão identificadas pelas letras { $letters }: cada letra a partir de A deve aparecer uma vez
# $mark is the character found between the brackets.
file-unclear-box = a caixa [{ $mark }] da alternativa não é nem [x] (correta) nem [ ] (errada)
file-no-ticked-option = esta questão não tem alternativa correta: marque uma com - [x]
file-front-matter-not-closed = o front matter aberto com --- nunca é fechado com ---
# $key and $value are a front matter line's, as the file writes them.
file-not-whole-number = { $key } "{ $value }" não é um número inteiro
file-not-true-or-false = { $key } "{ $value }" não é true nem false
file-xml-syntax = isto não é um XML bem formado: { $description }
file-not-a-moodle-quiz = este arquivo XML não é uma exportação de questões do Moodle: ele contém <{ $root }>, e não <quiz>
file-fraction-not-a-number = "{ $label }": a fração da resposta, "{ $text }", não é um número
file-no-right-fraction = "{ $label }" não tem resposta correta: nenhuma resposta tem fração positiva

# Warnings: worth the teacher's attention, but the bank still works.
# $alt is the picture's alt text.
file-picture-left-out = uma imagem ("{ $alt }") foi deixada de fora deste texto, pois este app ainda não consegue mostrar imagens
file-picture-left-out-no-alt = uma imagem sem texto alternativo foi deixada de fora deste texto, pois este app ainda não consegue mostrar imagens
file-no-answer-block = "{ $label }" não tem bloco de respostas {"{"}…{"}"} (no Moodle, é uma descrição); questão ignorada
file-gift-essay = "{ $label }" é uma questão dissertativa, tipo que este app não aceita; questão ignorada
file-gift-numerical = "{ $label }" é uma questão numérica, tipo que este app não aceita; questão ignorada
file-gift-matching = "{ $label }" é uma questão de associação, tipo que este app não aceita; questão ignorada
file-gift-short-answer = "{ $label }" é uma questão de resposta curta, tipo que este app não aceita; questão ignorada
# $percent is a GIFT weight, as a number ("50", "33.33"); $choice the answer's text.
file-partial-credit = "{ $label }": o crédito parcial ({ $percent }%) para "{ $choice }" não é aceito; essa resposta conta como errada
file-several-equals-answers = "{ $label }" marca { $count } respostas como corretas com =; o Moodle aceita qualquer uma delas, mas este app exige todas
file-weights-not-hundred = "{ $label }": os pesos das respostas corretas somam { $percent }%, e não 100%; toda resposta com peso positivo conta como correta
file-moodle-type-unsupported = "{ $label }" é uma questão do Moodle do tipo "{ $kind }", tipo que este app não aceita; questão ignorada
file-uneven-credit = "{ $label }": no Moodle, as respostas corretas valem partes diferentes da nota; aqui cada uma conta como correta e todas são exigidas
# $text is the first line of the text (cut short), $lines how many lines it takes.
file-text-outside-question = { $lines ->
        [1] "{ $text }" não pertence a nenhuma questão
        [2] "{ $text }" e a linha seguinte não pertencem a nenhuma questão
        [one] "{ $text }" não pertence a nenhuma questão
       *[other] "{ $text }" e as linhas seguintes não pertencem a nenhuma questão ({ $lines } linhas)
    }: uma questão Aiken é o texto logo antes das suas alternativas; trecho deixado de fora
file-numbered-line-without-choices = esta linha numerada não tem alternativas identificadas por letras abaixo dela; não foi lida como questão
file-fence-not-closed = este bloco de código delimitado nunca é fechado; ele é lido como texto
file-numbered-line-without-options = esta linha numerada não tem alternativas [x] ou [ ] abaixo dela; não foi lida como questão
# $start and $end are line numbers of the file.
file-numbered-lines-without-options = as linhas numeradas de { $start } a { $end } não têm alternativas [x] ou [ ] abaixo delas; não foram lidas como questões
# $line is the line as the file writes it.
file-front-matter-not-key-value = a linha "{ $line }" do front matter não está no formato chave: valor; linha ignorada
file-quizdown-display-option = { $key } do front matter é uma opção de exibição do quizdown; este app a ignora
file-front-matter-unused = { $key } do front matter não é usado; ignorado
# $missing of the file's $usable questions.
file-no-explanations = { $missing ->
        [one] { $missing } de { $usable } questões não tem explicação
       *[other] { $missing } de { $usable } questões não têm explicação
    } (a primeira é esta); os alunos verão apenas a resposta correta
# $earlier is the id of the earlier question, $line the line it starts on.
file-repeated-prompt = a questão "{ $id }" repete o enunciado da questão "{ $earlier }" (linha { $line })
file-repeated-prompt-no-line = a questão "{ $id }" repete o enunciado da questão "{ $earlier }"

## Registros salvos e arquivos entregues que não puderam ser lidos: uma prova salva, os bancos guardados, os arquivos de progresso e de resultado, o leitor dos formatos dos professores
# $detail is the JSON reader's own description of what is wrong, in English; $found a format
# version as the file writes it, $reads the one this version reads.
# restore-* and kept-* are shown inside prose notices: quotes “…” (see the glossary). progress-*
# and result-* are lines of lists shown as code: straight quotes "…", as in the file-* section.

# Why a saved exam could not be resumed (it is set aside, never half used).
restore-damaged = a prova salva está danificada ({ $detail })
restore-unknown-format = a prova salva foi gravada no formato { $found }, que esta versão não consegue ler
# $saved is the id of the bank the saved exam belongs to.
restore-other-bank = a prova salva pertence a outro banco (“{ $saved }”)
restore-bank-changed = o banco de questões mudou desde que a prova foi salva
restore-inconsistent = os dados da prova salva não são coerentes entre si ({ $detail })

# The banks kept in this browser.
kept-list-version = a lista de bancos guardados neste navegador está no formato { $found }, que esta versão não lê
kept-list-damaged = a lista de bancos guardados neste navegador está danificada ({ $detail })
# $source is the file name or address the bank came from; $problems its problems (file-line
# messages), joined with "; ".
kept-bank-left-out = não foi possível recuperar a cópia guardada de { $source }, por isso ela foi deixada de fora: { $problems }

# Progress files; $file is the file's name, $kind the kind every progress file names.
progress-not-a-progress-file = { $file }: não é um arquivo de progresso ({ $detail })
progress-no-kind = { $file }: não é um arquivo de progresso (não tem "kind": "{ $kind }")
progress-no-version = { $file }: o arquivo de progresso não tem versão de formato
progress-version = { $file }: o formato de progresso { $found } não é compatível com esta versão, que lê o formato { $reads }
# $bank is a bank's id in the file; this part of the file is left out, the rest is used.
progress-part-unreadable = { $file }: banco "{ $bank }": { $detail }; essa parte foi deixada de fora
progress-history-unreadable = { $file }: banco "{ $bank }": histórico: { $detail }; essa parte foi deixada de fora
progress-review-unreadable = { $file }: banco "{ $bank }": revisão espaçada: { $detail }; essa parte foi deixada de fora

# Result files the class results leave out; $file is the file's name.
result-not-a-result = { $file }: não é um arquivo de resultado ({ $detail })
# $found is the kind the file names (another of the app's files, such as a progress file).
result-other-kind = { $file }: não é um arquivo de resultado (é um arquivo do tipo "{ $found }")
# $kind is the kind every result file names.
result-no-kind = { $file }: não é um arquivo de resultado (não tem "kind": "{ $kind }")
result-no-version = { $file }: não é um arquivo de resultado (não tem versão de formato)
result-version = { $file }: o formato de resultado { $found } não é compatível com esta versão, que lê o formato { $reads }
result-no-answers = { $file }: o resultado não tem respostas
# $title and $id are the other bank's.
result-other-bank = { $file }: resultado de outro banco, "{ $title }" ({ $id })
result-other-bank-version = { $file }: resultado de outra versão deste banco (as questões, as alternativas ou as respostas mudaram desde então)
# $answer is the answer's number in the file (1 for the first), $question a question's id.
result-unknown-question = { $file }: resposta { $answer }: a questão "{ $question }" não está no banco
result-answered-twice = { $file }: a questão "{ $question }" foi respondida duas vezes
result-impossible-answer = { $file }: questão "{ $question }": a resposta indica alternativas que a questão não tem

# The reader of GIFT, Aiken and Markdown files, which runs beside the page.
tools-not-loaded = não foi possível carregar o leitor deste formato; verifique a conexão e tente de novo
# $message is the browser's own description of the failure, in English.
tools-failed = o leitor deste formato falhou ({ $message })
tools-failed-silently = o leitor deste formato falhou
tools-no-answer = o leitor deste formato não retornou nada
# A bug, or two versions of the app side by side: $detail says what, in English.
tools-answer-unreadable = não foi possível ler o retorno do leitor ({ $detail })

## As recusas do mecanismo, os problemas dos links de prova e o que o navegador recusou (armazenamento, rede, arquivos, LMS)
# refusals.rs
refusal-finished = Esta prova terminou.
refusal-too-many-choices = Escolha { $choose }: desmarque uma das suas alternativas antes de escolher outra.
refusal-not-a-choice = "{ $choice }" não é uma alternativa desta questão.
refusal-locked = Esta resposta já foi conferida e está bloqueada.
refusal-no-such-question = Não existe a questão { $number }.
refusal-at-first-question = Esta é a primeira questão.
refusal-at-last-question = Esta é a última questão.
refusal-nothing-selected = Escolha uma resposta antes de conferi-la.
refusal-not-practice-mode = As respostas só são conferidas no fim da prova.
# $max is how many characters a note may hold.
refusal-note-too-long = Uma anotação pode ter no máximo { $max ->
        [one] { $max } caractere.
       *[other] { $max } caracteres.
    }
# $max is how many highlights one question may have.
refusal-too-many-highlights = { $max ->
        [one] Uma questão pode ter no máximo { $max } destaque; remova-o primeiro.
       *[other] Uma questão pode ter no máximo { $max } destaques; remova alguns primeiro.
    }
refusal-not-a-passage = Primeiro selecione um trecho do texto da própria questão (o enunciado ou uma alternativa) e depois destaque-o.
# Keep $parameter and the link's own words (mode, practice, exam, count, seed, shuffle, on, off,
# time, none, extra, esl30, untimed, draw, unseen, review) as they are.
link-bad-mode = { $parameter }: mode é practice ou exam
link-bad-count = { $parameter }: count é um número inteiro a partir de 1
link-bad-seed = { $parameter }: seed é um número inteiro
link-bad-shuffle = { $parameter }: shuffle é on ou off
link-bad-time = { $parameter }: time é um número de minutos de 1 a { $max }, ou none
link-bad-extra = { $parameter }: extra (tempo adicional) é 1, 1.5, 2, esl30 ou untimed
link-bad-draw = { $parameter }: draw é unseen ou review
link-unknown-setting = { $parameter }: não é uma configuração que um link de prova reconheça
link-unknown-question = { $parameter }: nenhuma questão deste banco tem este id
link-unknown-topic = { $parameter }: não é um tópico deste banco
link-no-such-topic = o banco não tem o tópico "{ $topic }"
link-no-matching-questions = nenhuma questão corresponde aos tópicos escolhidos
link-no-questions = uma prova precisa de pelo menos uma questão
browser-storage-no-window = não há janela
browser-storage-access-refused = o navegador recusou o acesso ao armazenamento
browser-storage-none = este navegador não tem armazenamento local
browser-storage-read-failed = não foi possível ler o progresso salvo
browser-storage-full = o armazenamento do navegador está cheio ou desativado
browser-storage-remove-failed = não foi possível remover o progresso salvo
browser-fetch-no-window = esta página não tem janela
browser-fetch-failed = a solicitação falhou ({ $detail }): o endereço pode estar errado, o servidor pode estar fora do ar ou pode não permitir que este site o leia (CORS)
browser-fetch-no-detail = a solicitação de rede falhou
browser-fetch-status = o servidor respondeu { $code } { $status }
browser-lms-missing = o LMS não tem { $function }
browser-lms-threw = { $function } falhou no LMS
browser-lms-refused = { $call } foi recusado (erro { $code }: { $reason })
browser-lms-too-long = o progresso da prova ocupa { $length ->
        [one] { $length } caractere
       *[other] { $length } caracteres
    }, mais que os { $limit } permitidos pelo SCORM 1.2
browser-download-no-file = o navegador não conseguiu criar o arquivo
browser-download-no-page = não há página a partir da qual baixar
browser-download-not-started = o navegador não conseguiu iniciar o download
browser-file-too-large = o arquivo tem { $size } MB; o maior arquivo de questões que este app lê tem { $limit } MB
browser-file-unreadable = o navegador não conseguiu ler o arquivo
browser-app-no-loader = esta página não consegue carregar o restante do app
browser-app-not-downloaded = ele não foi baixado
# (end of the refusals' section)
