### La interfaz de Exam Practice en español (neutro, para España y América Latina): cada mensaje
### que muestra la interfaz. Se comprueba frente a en.ftl (mismos identificadores, mismas variables).
###
### Para añadir un idioma, copie en.ftl como `<etiqueta>.ftl` (una etiqueta BCP 47: `it.ftl`,
### `zh-Hans.ftl`) y traduzca cada valor; docs/translating.md explica cómo, y
### `bash scripts/test.sh quick` lo comprueba.

# Glosario (un término por concepto; tratamiento de "usted", botones en infinitivo)
# exam = examen · practice (modo) = práctica · question = pregunta · answer = respuesta
# choice = opción · flag = marcar para revisar · flagged = marcada
# review (tras el examen) = revisión · spaced review = repaso espaciado (due = pendiente de repaso;
#   review records = registros de repaso)
# pass mark = puntuación mínima · score = puntuación · PASS / FAIL = APROBADO / NO APROBADO
# topic = tema · bank = banco (de preguntas) · results = resultados · time limit = límite de tiempo
# submit = entregar · Guess / Unsure / Sure = Al azar / Con dudas / Con seguridad
# "Am I ready?" = "¿Aprobaría hoy?" (verdicts: Probable / Al límite / Todavía no)
# teacher = docente · candidate (en la clase) = estudiante · set aside = apartar · band = intervalo
# Comillas: «…» en todo el texto

# El nombre del idioma en ese idioma, tal como lo muestra el menú de idiomas.
language-name = Español

## El sitio

site-brand = Exam Practice
language-menu-label = Idioma
language-load-failed = No se pudo mostrar la interfaz en { $language } ({ $problem }), así que se muestra en inglés. Vuelva a cargar la página para intentarlo de nuevo.
display-menu-label = Texto y colores
display-text-size = Tamaño del texto
display-size-standard = Normal
display-size-large = Grande
display-size-larger = Más grande
display-size-largest = Máximo
display-colours = Colores
display-colours-system = Como este dispositivo
display-colours-light = Fondo claro
display-colours-dark = Fondo oscuro
display-colours-contrast = Alto contraste

## Los valores del motor, tal como los nombran todas las páginas

mode-practice = Práctica
mode-exam = Examen
confidence-guess = Al azar
confidence-unsure = Con dudas
confidence-sure = Con seguridad
verdict-not-yet = Todavía no
verdict-borderline = Al límite
verdict-likely = Probable
# Los formatos de archivo, tal como la página de inicio indica cómo se leyó un archivo (entre
# paréntesis, en mitad de una frase: de ahí la minúscula).
format-json = banco JSON
format-gift = GIFT
format-aiken = Aiken
format-markdown-answers = Markdown con bloques de respuestas
format-markdown-task-list = lista de tareas de Markdown
format-moodle-xml = Moodle XML

## La página de inicio y las partes comunes de las páginas (inicio, componentes, armazón de la aplicación, almacenes)
# home/mod.rs

# Se muestra mientras se carga la lista de bancos de preguntas del sitio.
home-loading-banks = Cargando bancos de preguntas…
home-index-unreadable = No se pudo leer la lista de bancos de preguntas.
# El encabezado principal de la página de inicio.
home-heading = Exámenes de práctica
home-teachers-heading = Para docentes
# Un enlace a la página de resultados de la clase; le sigue la frase home-class-results-description
# en el mismo párrafo.
home-class-results-link = Resultados de la clase
# Sigue al enlace "Resultados de la clase" (home-class-results-link) en el mismo párrafo.
home-class-results-description = : califique los archivos de resultados de sus estudiantes, con estadísticas por pregunta.

# home/own_banks.rs

home-own-heading = Sus propias preguntas
# La etiqueta del botón que abre un selector de archivos.
home-open-file-label = Abrir un archivo de preguntas…
home-open-file-help = Un banco JSON, un archivo GIFT o Aiken (.gift, .txt), Markdown (.md) o Moodle XML (.xml); también puede soltarlo aquí. Se lee en este navegador y nunca se sube a ningún servidor.
# $address es la dirección web que indica un enlace ?bank=.
home-loading-address = Cargando el banco de preguntas desde { $address }…
# El nombre de una lista de advertencias, para tecnologías de apoyo; $source es un nombre de archivo o una dirección.
home-warnings-for = Advertencias de { $source }
# El nombre de una lista de problemas que dejaron fuera partes de un archivo; $source es un nombre de archivo o una dirección.
home-skipped-in = Elementos omitidos en { $source }
# Precede a la lista de problemas que dejaron fuera fragmentos de texto (no preguntas) del archivo.
home-imported-all = { $questions ->
        [one] Se importó la única pregunta
       *[other] Se importaron las { $questions } preguntas
    }; { $pieces ->
        [one] se omitió { $pieces } fragmento
       *[other] se omitieron { $pieces } fragmentos
    } de texto ajeno a las preguntas:
# Precede a la lista de problemas que dejaron fuera preguntas: se importaron $questions de las
# $total del archivo; $skipped no.
home-imported-some = { $questions ->
        [one] Se importó
       *[other] Se importaron
    } { $questions } de { $total ->
        [one] { $total } pregunta
       *[other] { $total } preguntas
    }; { $skipped ->
        [one] se omitió
       *[other] se omitieron
    } { $skipped }:
# $title es el título del banco, $source su nombre de archivo o dirección, $format el formato del
# archivo tal como lo nombra el importador (en inglés: "GIFT", "JSON bank", "Markdown task list").
# Pueden seguirle home-opened-replaced o home-opened-renamed, y después home-opened-warnings.
home-opened = Se abrió «{ $title }» desde { $source } ({ $format }): { $questions ->
        [one] { $questions } pregunta
       *[other] { $questions } preguntas
    }; se guarda en este navegador.
home-opened-replaced = Sustituye a la copia guardada anteriormente.
# $id es el nuevo identificador con el que se guarda el banco.
home-opened-renamed = Este sitio ya tiene un banco con el mismo identificador, así que esta copia se guarda como «{ $id }».
# Precede a la lista de advertencias.
home-opened-warnings = { $count ->
        [one] { $count } advertencia:
       *[other] { $count } advertencias:
    }
# Un botón; $title es el título del banco.
home-take-bank = Realizar { $title }
# Precede a la lista de advertencias de un archivo que no se puede usar.
home-warnings = Advertencias:
# El encabezado sobre los bancos guardados en este navegador; también da nombre a su lista.
home-kept-heading = Guardados en este navegador
# Bajo el título de un banco guardado: $source es su nombre de archivo o dirección, $format el
# formato del archivo tal como lo nombra el importador ("GIFT").
home-kept-facts = { $questions ->
        [one] { $questions } pregunta
       *[other] { $questions } preguntas
    }, de { $source } ({ $format })
# Un botón; $title es el título del banco.
home-remove-bank = Quitar { $title }

# components (varias páginas)

# Un botón o enlace; $title es el título del banco.
common-open-bank = Abrir { $title }
# El nombre de una lista de problemas, para tecnologías de apoyo; $name es un nombre de archivo,
# una dirección o el título de un banco.
common-problems-in = Problemas en { $name }
# En negrita, antes de common-problems-found; $name es un nombre de archivo o una dirección.
common-file-cannot-be-used = { $name } no se puede usar:
# Sigue a "… no se puede usar:" (common-file-cannot-be-used o bank-list-bank-cannot-be-used).
common-problems-found = { $count ->
        [one] Se encontró { $count } problema.
       *[other] Se encontraron { $count } problemas.
    }
# Un pequeño encabezado sobre los enlaces de una pregunta a lecturas adicionales.
common-read-more = Más información
# Un enlace que abre un correo o una página web para comunicar un problema con la pregunta mostrada.
common-report-problem = Comunicar un problema con esta pregunta

# components/bank_list.rs

# $file es la ruta del archivo de índice, "questions/index.json".
bank-list-none = Todavía no hay bancos de preguntas en { $file }.
# El nombre de la lista de bancos del sitio, para tecnologías de apoyo.
bank-list-label = Bancos de preguntas
bank-list-open-to-see = Abra el banco para ver sus preguntas.
# Los datos del banco, como lista de términos y valores: el número de preguntas.
bank-list-questions = Preguntas
bank-list-default-exam = Examen predeterminado
# El valor junto a "Examen predeterminado".
bank-list-default-exam-value = { $questions ->
        [one] { $questions } pregunta
       *[other] { $questions } preguntas
    } en { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }
bank-list-pass-mark = Puntuación mínima
bank-list-topics = Temas
# En la página de inicio, bajo un banco con preguntas que no se pueden usar.
bank-list-left-out-see-page = { $count ->
        [one] { $count } de { $total } preguntas tiene un problema y se omite; la página del banco indica el motivo.
       *[other] { $count } de { $total } preguntas tienen problemas y se omiten; la página del banco indica los motivos.
    }
# En la página de un banco, abre la lista de problemas de su archivo.
bank-list-left-out = { $count ->
        [one] { $count } de { $total } preguntas tiene un problema y se omite
       *[other] { $count } de { $total } preguntas tienen problemas y se omiten
    }
# En la página de un banco, abre la lista de problemas encontrados fuera de sus preguntas.
bank-list-outside-questions = { $count ->
        [one] { $count } problema en el texto fuera de las preguntas (se omite)
       *[other] { $count } problemas en el texto fuera de las preguntas (se omite)
    }
# En negrita, antes de common-problems-found.
bank-list-bank-cannot-be-used = Este banco no se puede usar:

# components/site_notices.rs y los avisos de los almacenes

# $file es la ruta del archivo de índice; $problem el motivo del navegador, en inglés.
notice-index-not-loaded = No se pudo cargar { $file }: { $problem }
# $problems enumera lo que falla, en inglés, separado por punto y coma.
notice-package-settings = La configuración de examen de este paquete no es válida ({ $problems }).
# $problem es el motivo del LMS o del navegador, en inglés.
notice-package-lms = El LMS del curso no inició este intento ({ $problem }); el examen sigue funcionando, pero su resultado no podrá llegar al LMS.
# Una línea de una lista de problemas: $address es la dirección de un enlace ?bank=, $problem el
# motivo del navegador, en inglés.
notice-address-not-loaded = { $address }: no se pudo cargar: { $problem }
# $problem dice, en inglés, qué falla en la lista de bancos guardada (p. ej., "the list of banks
# kept in this browser is damaged (…)").
notice-kept-set-aside = { $problem }. Se ha apartado; vuelva a abrir sus archivos de preguntas.
# $problem como en notice-kept-set-aside.
notice-kept-not-set-aside = { $problem }. Tampoco se pudo apartar; vuelva a abrir sus archivos de preguntas.
# $problem es el motivo del navegador, en inglés.
notice-kept-unavailable = Los bancos que abra no se pueden guardar en este navegador: { $problem }.
# $problem es el motivo del navegador, en inglés.
notice-kept-not-saved = Los bancos que abrió están disponibles por ahora, pero no se conservarán cuando cierre esta página: { $problem }.
# $title es el título del banco, $source su nombre de archivo o dirección.
notice-kept-too-large = «{ $title }» ({ $questions ->
        [one] { $questions } pregunta
       *[other] { $questions } preguntas
    }) está abierto hasta que cierre esta página, pero es demasiado grande para guardarlo en este navegador: la próxima vez, vuelva a abrir { $source }.
# En la página de un banco: $problem dice, en inglés, qué falla en los datos.
notice-history-set-aside = No se pudo leer el historial de intentos guardado y se ha apartado ({ $problem }).
notice-review-set-aside = No se pudieron leer los registros de repaso guardados y se han apartado ({ $problem }).
# $problem dice qué falla en los datos, $reason por qué no se pudieron apartar; ambos en inglés.
notice-history-left-in-place = No se pudo leer el historial de intentos guardado ({ $problem }) ni apartarlo ({ $reason }); se deja como estaba y no se le añade nada nuevo.
notice-review-left-in-place = No se pudieron leer los registros de repaso guardados ({ $problem }) ni apartarlos ({ $reason }); se dejan como estaban y no se les añade nada nuevo.
# $problem es el motivo del navegador, en inglés.
notice-history-unavailable = El historial de intentos guardado no está disponible ({ $problem }).
notice-review-unavailable = Los registros de repaso guardados no están disponibles ({ $problem }).
# Por qué no se guardó un cambio, dentro de otra frase (tras dos puntos o entre paréntesis):
# de ahí la minúscula inicial y la ausencia de punto final.
notice-history-kept-unreadable = no se pudo leer el historial de intentos guardado, y se conserva como estaba
notice-review-kept-unreadable = no se pudieron leer los registros de repaso guardados, y se conservan como estaban

# (fin de la sección de la página de inicio)

## La página de un banco: configurar un examen, estudio, historial, repaso espaciado, archivos de progreso
# mod.rs
# Un enlace de vuelta a la página de inicio; la flecha apunta hacia atrás.
bank-all-banks-link = ← Todos los bancos de preguntas
# $date: el día en que los autores del banco comprobaron sus datos por última vez, tal como lo da el banco (2025-03-01).
bank-facts-checked = Datos contrastados con sus fuentes por última vez el { $date }.

# resume_notice.rs
bank-resume-in-progress = Tiene un examen en curso ({ $count ->
        [one] { $count } pregunta
       *[other] { $count } preguntas
    }).
# Un enlace con aspecto de botón.
bank-resume-button = Reanudar examen

# history.rs
bank-history-heading = Sus intentos
# El nombre accesible de un pequeño gráfico de líneas con las puntuaciones de intentos anteriores.
bank-history-chart-label = Puntuación a lo largo del tiempo
bank-history-caption = Intentos anteriores, del más antiguo al más reciente
# Los encabezados de columna de la tabla del historial.
bank-history-date = Fecha
# El modo del examen (práctica o examen): el encabezado de esta columna y la leyenda del formulario de configuración.
bank-mode = Modo
bank-history-score = Puntuación
bank-history-result = Resultado
# La puntuación de un intento: $percent es su proporción de aciertos, ya escrita como porcentaje ("80 %");
# $correct y $total son números de preguntas.
bank-history-score-value = { $percent } ({ $correct } de { $total })
# El resultado de un intento, en la columna "Resultado": breve, en mayúsculas.
bank-history-passed = APROBADO
bank-history-failed = NO APROBADO
# Un botón que borra todos los intentos anteriores de este banco.
bank-history-clear = Borrar historial

# setup/mod.rs
bank-setup-heading = Configurar el examen
# El botón de envío del formulario.
bank-setup-start = Comenzar examen

# setup/fields.rs
bank-setup-mode-practice = Práctica: cada respuesta se corrige al instante
bank-setup-mode-exam = Examen: con límite de tiempo y corrección al final
# $total: cuántas preguntas tiene el banco.
bank-setup-count = Número de preguntas (de 1 a { $total })
bank-setup-time-limit = Límite de tiempo
# Una opción de la lista de límites de tiempo: $minutes es el tiempo predeterminado para $count preguntas.
bank-setup-time-default = { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } (predeterminado para { $count ->
        [one] { $count } pregunta
       *[other] { $count } preguntas
    })
# Una opción de la lista de límites de tiempo.
bank-setup-time-minutes = { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }
bank-setup-time-none = Sin límite
# Tiempo adicional concedido a algunos candidatos (una medida de accesibilidad).
bank-setup-accommodation = Adaptación de tiempo
bank-setup-accommodation-standard = Tiempo estándar
# $factor: cuántas veces el tiempo estándar (1,5 o 2), escrito como número.
bank-setup-accommodation-extended = Tiempo ampliado ({ $factor }×)
# La adaptación de AWS Certification para quienes no tienen el inglés como lengua materna
# («ESL +30 MINUTES»): se deja «ESL» como lo escribe AWS. $minutes: los minutos que añade (30).
bank-setup-accommodation-esl = ESL: inglés como segunda lengua (+{ $minutes } min)
bank-setup-accommodation-untimed = Sin límite de tiempo
bank-setup-topics = Temas incluidos
bank-setup-shuffle = Mezclar preguntas y opciones
bank-setup-unseen-first = Primero, las preguntas aún no respondidas

# study/mod.rs
bank-study-heading = Estudio
bank-study-persistence-refused = Este navegador no ha aceptado conservar su progreso de forma permanente: puede borrarlo si le falta espacio o tras semanas sin visitas. Guarde su progreso en un archivo de vez en cuando.

# study/review_panel.rs
bank-review-heading = Repaso espaciado
bank-review-intro = Las preguntas que responde vuelven para repasarlas justo antes de que las olvide; las que falla vuelven antes.
bank-review-due = { $count ->
        [0] No hay preguntas pendientes de repaso.
        [one] { $count } pregunta pendiente de repaso.
       *[other] { $count } preguntas pendientes de repaso.
    }
# Sigue a la frase que dice cuántas preguntas están pendientes; $count: cuántas de ellas se
# respondieron mal la última vez.
bank-review-missed = Falladas la última vez: { $count }.
# Un enlace con aspecto de botón; $count: cuántas preguntas incluye el repaso.
bank-review-now = Repasar ahora ({ $count })
# $date: el día en que la siguiente pregunta queda pendiente, tal como el idioma escribe una fecha.
bank-review-next = Próximo repaso: { $date }.
bank-review-exam-date = Fecha de su examen (opcional)
bank-review-exam-date-hint = No se programa ningún repaso después de esta fecha.
# $reason: el motivo, del almacenamiento del navegador (puede estar en inglés).
bank-review-exam-date-not-saved = No se pudo guardar la fecha del examen: { $reason }.

# study/readiness_panel.rs
bank-readiness-heading = ¿Aprobaría hoy?
# $needed: el número de primeras respuestas que necesita la estimación; $have: cuántas tiene el candidato;
# $per-topic: el número que necesita en cada tema.
bank-readiness-waiting = Todavía no hay datos suficientes. Esta estimación solo tiene en cuenta su primera respuesta a cada pregunta, así que necesita al menos { $needed } primeras respuestas (tiene { $have }), con al menos { $per-topic } en cada tema.
# Sigue a "Todavía no hay datos suficientes…"; $topics: los nombres de los temas del banco, separados por comas.
bank-readiness-thin-topics = Temas que necesitan más respuestas: { $topics }.
# Sigue al veredicto en negrita ("Probable", "Al límite", "Todavía no"), de ahí los dos puntos iniciales.
# $questions: el número de preguntas del examen; $needed: cuántas respuestas correctas se necesitan para aprobar;
# $chance: uno de los mensajes bank-readiness-chance-*; $band: "80 %" tal como lo escribe el idioma;
# $low y $high: porcentajes.
bank-readiness-chance = : su probabilidad de aprobar el examen de { $questions ->
        [one] { $questions } pregunta
       *[other] { $questions } preguntas
    } (se necesitan { $needed } aciertos) es { $chance } (intervalo del { $band }: de { $low } a { $high }).
# Una probabilidad demasiado pequeña para redondearla al 1 %: $percent es "1 %" tal como lo escribe el idioma.
bank-readiness-chance-under = inferior al { $percent }
# Una probabilidad demasiado cercana a la certeza para redondearla al 100 %: $percent es "99 %".
bank-readiness-chance-over = superior al { $percent }
# $percent: la probabilidad, redondeada, tal como el idioma escribe un porcentaje.
bank-readiness-chance-about = de alrededor del { $percent }
bank-readiness-caption = Dominio por tema, según las primeras respuestas
# Los encabezados de columna de la tabla; "Práctica" encabeza una columna de enlaces para practicar un tema.
bank-readiness-topic = Tema
bank-readiness-first-right = Primeras respuestas correctas
bank-readiness-mastery = Dominio
bank-readiness-on-exam = Preguntas en el examen
bank-readiness-practice = Práctica
# En la columna "Primeras respuestas correctas": $right de las $answers primeras respuestas del tema fueron correctas.
bank-readiness-right-of = { $right } de { $answers }
# En la columna "Dominio", para un tema que aún no tiene ninguna primera respuesta.
bank-readiness-no-answers = Aún sin respuestas
# El nombre accesible de una barra que muestra el dominio de un tema; $percent: tal como lo escribe el idioma.
bank-readiness-mastery-bar = Dominio: { $percent }
# Un enlace a una sesión de práctica de un tema.
bank-readiness-practise-topic = Practicar este tema
# El nombre accesible del mismo enlace; $topic: el nombre del tema, del banco.
bank-readiness-practise-topic-label = Practicar este tema: { $topic }
# El resumen de un desplegable (al hacer clic se abre la explicación de abajo).
bank-readiness-method-heading = Cómo se calcula
# $draws: cuántos candidatos imaginarios; $needed: los aciertos necesarios para aprobar, un número,
# o "unknown" antes de que haya una estimación; $questions: el número de preguntas del examen;
# $weights: "topic-weights" cuando el banco da pesos a sus temas, si no "question-shares";
# $band: "80 %" y $even: "50 %", tal como el idioma escribe un porcentaje. Los veredictos
# entre comillas son los mensajes verdict-likely y verdict-not-yet.
bank-readiness-method = Solo cuenta su primera respuesta a cada pregunta: los reintentos y los repasos inflarían el resultado. La probabilidad de acertar en cada tema se estima a partir de sus primeras respuestas en él y se acerca a su nivel general tanto más cuanto menos difieran sus temas entre sí (y un tema con pocas respuestas se apoya más en los demás). Después, la aplicación imagina { $draws } candidatos cuyas probabilidades por tema se extraen de lo que permiten sus respuestas, calcula con exactitud la probabilidad de que cada uno, ante { $questions ->
        [one] la única pregunta del examen, asignada a un tema
       *[other] las { $questions } preguntas del examen, repartidas entre los temas
    } según { $weights ->
        [topic-weights] los pesos que el banco asigna a los temas
       *[question-shares] la proporción de preguntas del banco que corresponde a cada tema
    }, acierte { $needed ->
        [unknown] lo necesario para alcanzar la puntuación mínima
       *[other] al menos { $needed }
    }, e indica la media, con el { $band } central de esas probabilidades como intervalo. Probado con miles de candidatos simulados, el intervalo contuvo la probabilidad real en 8 de cada 10 casos. «{ verdict-likely }» significa que incluso el extremo inferior del intervalo es de al menos el { $even }; «{ verdict-not-yet }», que incluso el extremo superior queda por debajo; en los demás casos, el resultado está al límite.

# study/progress_file.rs
bank-progress-heading = Conserve su progreso
bank-progress-intro = Los navegadores pueden borrar los datos de un sitio al cabo de un tiempo. Guarde su progreso (intentos, registros de repaso, grados de seguridad y fechas de examen de todos los bancos) en un archivo y cárguelo aquí en cualquier navegador.
# Un botón que descarga un archivo.
bank-progress-save = Guardar mi progreso
# La etiqueta de un selector de archivos, con aspecto de botón.
bank-progress-load = Cargar progreso
bank-progress-nothing-to-save = Todavía no hay progreso que guardar.
# $file: el nombre del archivo descargado.
bank-progress-saved = Se guardó el progreso de { $banks ->
        [one] { $banks } banco
       *[other] { $banks } bancos
    } en { $file }.
# $reason: el motivo, del navegador (puede estar en inglés).
bank-progress-not-saved = No se pudo guardar el archivo: { $reason }.
# $reason: por qué no se pudo leer el archivo como archivo de progreso (en inglés).
bank-progress-not-read = { $reason }. No se ha cambiado nada.
# $file: el nombre del archivo elegido; $reason: por qué el navegador no pudo leerlo (puede estar en inglés).
bank-progress-unreadable = { $file }: { $reason }. No se ha cambiado nada.
bank-progress-not-text = { $file }: no es un archivo de progreso (no es texto UTF-8). No se ha cambiado nada.
# $file: el nombre del archivo cargado; después, cuántos bancos contenía y qué añadió.
bank-progress-loaded = Se cargó { $file }: { $banks ->
        [one] { $banks } banco
       *[other] { $banks } bancos
    }, { $attempts ->
        [one] { $attempts } intento nuevo
       *[other] { $attempts } intentos nuevos
    } y { $records ->
        [one] { $records } registro de repaso más reciente
       *[other] { $records } registros de repaso más recientes
    }.
# El nombre accesible de una lista de problemas del archivo cargado.
bank-progress-problems = Partes que no se pudieron leer y se omitieron:
# Un problema de un archivo cargado, en una lista mostrada como código: $file: su nombre; $bank: el
# identificador de un banco; $reason: por qué no se pudo guardar el historial de ese banco (puede estar en inglés).
bank-progress-history-problem = { $file }: banco «{ $bank }»: historial: { $reason }
# Igual que el anterior, para los registros de repaso del banco.
bank-progress-review-problem = { $file }: banco «{ $bank }»: repaso: { $reason }
# (fin de la sección de la página del banco)

## Hacer un examen: la tarjeta de la pregunta, el navegador, la cuenta atrás, la entrega, los atajos
# action_bar.rs: los botones bajo la pregunta
exam-previous = Anterior
# Modo práctica: comprueba la respuesta en el momento.
exam-check = Comprobar
exam-next = Siguiente
# Un botón de alternancia (pulsado mientras la pregunta está marcada).
exam-flag = Marcar para revisar
# Abre la confirmación antes de entregar el examen.
exam-submit = Entregar

# bad_link.rs
exam-bad-link-heading = Este enlace de examen no funciona
# Encima de una lista de los problemas del enlace (también al abrir un enlace de examen).
exam-bad-link-intro = Este enlace de examen tiene una configuración que no es válida:

# countdown.rs
# Una etiqueta junto a la cuenta atrás (mm:ss), y el nombre accesible de la cuenta atrás.
exam-time-left = Tiempo restante
exam-show-timer = Mostrar temporizador
exam-hide-timer = Ocultar temporizador
# Un botón que hace que el lector de pantalla lea el tiempo restante (atajo T).
exam-read-time-left = Leer tiempo restante
# Lo leen los lectores de pantalla a petición (botón o tecla T); $time es la cuenta atrás tal como se muestra, "05:00" o "1:30:00".
exam-time-left-spoken = Tiempo restante: { $time }.
# Lo anuncian los lectores de pantalla cuando quedan 5 minutos y 1 minuto; $minutes es 5 o 1.
exam-time-warning =
    { $minutes ->
        [one] Queda { $minutes } minuto.
       *[other] Quedan { $minutes } minutos.
    }

# finished.rs: avisos encima de los resultados
# $problem: por qué lo rechazó el almacenamiento del navegador, en inglés (de la capa de almacenamiento de la aplicación).
exam-results-save-problem = Estos resultados no se pueden guardar en este navegador ({ $problem }); se perderán si recarga la página.
# $problem: el motivo, en inglés.
exam-history-problem = Este intento no se puede añadir a su historial en este navegador ({ $problem }).
# En el LMS de un curso (paquete SCORM). $score es un porcentaje, como "85%".
exam-lms-sent-passed = Su resultado se envió a su curso: { $score }, aprobado.
# En el LMS de un curso (paquete SCORM). $score es un porcentaje, como "85%".
exam-lms-sent-not-passed = Su resultado se envió a su curso: { $score }, no aprobado.
# $problem: el error del LMS, en inglés.
exam-lms-report-problem = No se pudo enviar su resultado al LMS de su curso ({ $problem }). Avise a su docente y mantenga esta página abierta.
# $problem: el motivo, en inglés.
exam-review-problem = Estas respuestas no se pueden conservar para el repaso espaciado en este navegador ({ $problem }).

# gate.rs
# El encabezado principal de la página del examen: $mode es "Práctica" o "Examen" (mode-practice, mode-exam), $title el título del banco.
exam-page-title = { $mode }: { $title }
exam-opening = Abriendo el examen…
exam-open-elsewhere = Este examen está abierto en otra pestaña o ventana. Si prefiere continuar aquí, traslade el examen a esta pestaña: la otra dejará de guardarlo y lo indicará.
# Botón.
exam-take-over = Continuar el examen aquí
exam-taken-over = Otra pestaña o ventana ha pasado a controlar este examen, así que esta página ha dejado de guardarlo. No se ha perdido nada de lo que hizo aquí: se guardó antes del cambio.
# Botón.
exam-take-back = Recuperar el examen

# navigator.rs
# El nombre accesible de la lista de botones de preguntas junto al examen.
exam-navigator-label = Preguntas
# El botón de una pregunta en el navegador, tal como lo nombran los lectores de pantalla; $number es su posición.
exam-nav-answered = Pregunta { $number }, respondida
exam-nav-unanswered = Pregunta { $number }, sin responder
exam-nav-answered-flagged = Pregunta { $number }, respondida, marcada
exam-nav-unanswered-flagged = Pregunta { $number }, sin responder, marcada

# opening.rs
# $problem: por qué no se pudo leer el progreso guardado, en inglés.
exam-progress-set-aside = No se pudo reanudar el progreso guardado y se ha apartado (se conserva una copia en este navegador): { $problem }. Se ha iniciado un examen nuevo.
# $problem: por qué no se pudo leer; $why: por qué no se pudo apartar; ambos en inglés.
exam-progress-left-in-place = No se pudo reanudar el progreso guardado ({ $problem }) ni apartarlo ({ $why }), así que se deja como estaba. Se ha iniciado un examen nuevo, que no se guardará.
# $problem: por qué lo rechazó el almacenamiento del navegador, en inglés.
exam-progress-unavailable = El progreso no se puede conservar en este navegador ({ $problem }); el examen sigue funcionando, pero se perderá si recarga la página.
# $problem: el motivo, en inglés, o uno de exam-nothing-due y exam-first-needs-whole-app.
exam-cannot-start = Este examen no puede comenzar: { $problem }.

# question_card.rs
# El encabezado de la pregunta; $number es su posición en el examen.
exam-question-heading = Pregunta { $number }
exam-asked-again = Ya falló esta pregunta en esta sesión: aquí la tiene de nuevo. Esta respuesta no cuenta para su puntuación.
# La leyenda de las opciones de una pregunta con una sola respuesta correcta.
exam-choose-one = Elija una
# La leyenda de las opciones de una pregunta con varias respuestas correctas: $count (2 o más) es cuántas elegir.
exam-choose-many = Elija { $count }
# La leyenda de los grados de seguridad (Al azar, Con dudas, Con seguridad).
exam-confidence-legend = ¿Qué grado de seguridad tiene? (opcional)
# Junto a una opción una vez comprobada la respuesta (práctica).
exam-choice-correct = ✓ Respuesta correcta
# Un botón de alternancia junto a cada opción: el candidato descarta la opción (se muestra tachada
# y aún se puede elegir); si lo pulsa de nuevo, deja de descartarla.
exam-strike = Descartar
# El nombre del mismo botón para las tecnologías de apoyo; $letter es la letra de la opción (A, B, …).
exam-strike-choice = Descartar { $letter }
# Lo leen los lectores de pantalla tras el texto de una opción descartada.
exam-choice-ruled-out = (descartada)
# La lista de atajos de teclado de la página del examen, plegada bajo este encabezado; cada línea
# dice qué hacen sus teclas (que se muestran al lado, tal como las nombra un teclado de EE. UU.).
exam-keys-heading = Atajos de teclado
# El nombre de la tecla Mayús tal como aparece en los teclados en este idioma.
exam-keys-shift = Mayús
exam-keys-pick = Elegir una opción (pulse de nuevo para desmarcarla cuando elija varias)
exam-keys-strike = Descartar una opción o deshacer el descarte
exam-keys-move = Pregunta siguiente o anterior
exam-keys-flag = Marcar la pregunta para revisar
exam-keys-confidence = Indicar su grado de seguridad: Al azar, Con dudas o Con seguridad
exam-keys-check = Comprobar su respuesta (práctica)
exam-keys-time = Leer en voz alta el tiempo restante (examen)
exam-keys-highlight = Resaltar el texto seleccionado
# Un botón bajo la pregunta: resalta el texto que el candidato seleccionó en el enunciado o en una opción.
exam-highlight = Resaltar texto seleccionado
exam-clear-highlights = Quitar el resaltado
# El nombre de la lista de fragmentos resaltados de la pregunta, citados.
exam-highlights-list = Texto resaltado
# La etiqueta de un cuadro de texto bajo la pregunta, para la nota personal del candidato; se guarda
# con el examen y se muestra en la revisión.
exam-note-label = Su nota sobre esta pregunta
# Junto a una opción una vez comprobada la respuesta (práctica).
exam-choice-wrong = ✗ Su opción, incorrecta
# Encabezado del veredicto una vez comprobada la respuesta (práctica).
exam-feedback-right = ✓ ¡Bien hecho!
exam-feedback-wrong = ✗ Incorrecta
# Le siguen los textos de las opciones correctas, en negrita, separados por exam-list-separator.
exam-right-answer = Respuesta correcta:
# Entre los textos de las opciones correctas tras exam-right-answer (una coma y un espacio).
exam-list-separator = { ", " }
exam-comes-back = Esta pregunta volverá a aparecer al final de esta sesión.

# runner.rs
# En el LMS de un curso (paquete SCORM). $problem: el error del LMS, en inglés.
exam-lms-progress-problem = El LMS de su curso no pudo guardar este intento ({ $problem }); sigue guardado en este navegador.

# running.rs
exam-question-missing = Esta pregunta no está en el banco.
# $problem: por qué lo rechazó el almacenamiento del navegador, en inglés.
exam-save-problem = El progreso no se puede guardar en este navegador ({ $problem }); el examen sigue funcionando.
# Encima de la pregunta: en qué punto del examen está el candidato.
exam-question-of = Pregunta { $number } de { $total }

# submit_panel.rs: la confirmación antes de entregar
exam-confirm-heading = ¿Entregar sus respuestas?
exam-confirm-all-done = Todas las preguntas están respondidas y ninguna está marcada.
exam-confirm-go-back = Aún puede volver a estas preguntas:
# Un encabezado sobre los enlaces a las preguntas sin respuesta; $count es cuántas son.
exam-unanswered-count = Sin responder ({ $count })
# Un encabezado sobre los enlaces a las preguntas marcadas; $count es cuántas son.
exam-flagged-count = Marcadas para revisar ({ $count })
# Un botón con aspecto de enlace; $number es la posición de la pregunta.
exam-go-to-question = Ir a la pregunta { $number }
# Botón: entrega el examen.
exam-submit-now = Entregar ahora
# Botón: cierra la confirmación.
exam-keep-working = Seguir respondiendo

# whole.rs
# Se muestra como $problem en exam-cannot-start, por eso empieza en minúscula: un enlace de examen que reúne las preguntas pendientes de repaso.
exam-nothing-due = no hay nada pendiente de repaso en este momento
# $problem: no se pudieron leer los datos del LMS, en inglés.
exam-lms-resume-problem-kept = No se pudo reanudar el progreso que guardó el LMS de su curso ({ $problem }); se conserva una copia en este navegador.
# $problem: no se pudieron leer los datos del LMS, en inglés.
exam-lms-resume-problem = No se pudo reanudar el progreso que guardó el LMS de su curso ({ $problem }).

# first_app.rs (el primer módulo, que muestra la primera pregunta de un enlace de examen antes de que se cargue el resto de la aplicación)
# $problem: por qué no se pudo cargar la aplicación, en inglés.
exam-first-app-failed = No se puede mostrar esta página: la aplicación no se pudo cargar ({ $problem }). Compruebe la conexión y vuelva a cargar la página.

# first_runner.rs
# Se muestra como $problem en exam-cannot-start, por eso empieza en minúscula.
exam-first-needs-whole-app = este examen necesita el resto de la aplicación, que aún no se ha cargado
# Un encabezado, una vez entregado el examen mientras los resultados aún no pueden mostrarse.
exam-first-submitted-heading = Sus respuestas se han entregado
exam-first-submitted-waiting = Están guardadas en este navegador. Sus resultados aparecerán en cuanto se cargue el resto de la aplicación.
# $problem: por qué no se pudo cargar el resto de la aplicación, en inglés.
exam-first-submitted-failed = Están guardadas en este navegador, pero el resto de la aplicación, que muestra sus resultados, no se pudo cargar ({ $problem }). Vuelva a cargar la página cuando tenga conexión para verlos.
# $problem: el motivo, en inglés.
exam-first-whole-app-failed = El resto de la aplicación no se pudo cargar ({ $problem }), así que los resultados, la revisión y las demás páginas no están disponibles por ahora. Este examen sigue funcionando y cada respuesta se guarda en este navegador.
# (fin de la sección del examen)

## Resultados, revisión, resultados de la clase, páginas no encontradas
# mod.rs

# El encabezado de la página de resultados y el nombre de su región.
results-heading = Resultados

# score.rs

results-time-ran-out = Se acabó el tiempo: el examen se entregó automáticamente.
# El veredicto grande junto a la puntuación, en mayúsculas; una o dos palabras.
results-pass = APROBADO
results-fail = NO APROBADO
# Junto a la puntuación. $percent es la puntuación mínima del banco, ya escrita como porcentaje ("70 %").
results-pass-mark = (puntuación mínima: { $percent })
# Las cifras bajo la puntuación: una etiqueta breve cada una, con el número al lado.
results-figure-correct = Correctas
results-figure-wrong = Incorrectas
results-figure-unanswered = Sin responder
results-figure-flagged = Marcadas
results-figure-time-used = Tiempo empleado
# El tiempo que llevó el examen. $seconds siempre se escribe con dos cifras ("05").
results-time-used = { $minutes } min { $seconds } s
results-extended-time-150 = Se usó tiempo ampliado (1,5×).
results-extended-time-200 = Se usó tiempo ampliado (2×).
# $minutes: los minutos que añadió la adaptación ESL (30).
results-extra-time-esl = Se usó el tiempo adicional ESL (+{ $minutes } min).
results-untimed = El examen se realizó sin límite de tiempo.

# certainty.rs

# Un encabezado: qué grado de seguridad indicó el candidato en sus respuestas.
results-certainty-heading = Su grado de seguridad
# $marks es la puntuación del candidato basada en la seguridad (puede ser negativa), $best el máximo
# que podía obtener, $average los puntos por pregunta (un número con hasta dos decimales).
results-certainty-score = Puntuación según el grado de seguridad: { $marks } de un máximo de { $best } ({ $average } por pregunta, en una escala de −6 a 3). Una respuesta «Con seguridad» suma 3 si es correcta y resta 6 si es incorrecta; «Con dudas» suma 2 o resta 2; «Al azar» suma 1 o nada. Las preguntas sin grado de seguridad cuentan como «Al azar». La puntuación del examen que aparece arriba no cambia.
# Un encabezado sobre enlaces a preguntas; $count es cuántas se enumeran.
results-sure-but-wrong = Con seguridad, pero incorrectas ({ $count })
results-sure-but-wrong-why = Conceptos erróneos: aparecerán primero en su próximo repaso.
# Un encabezado sobre enlaces a preguntas; $count es cuántas se enumeran.
results-right-but-guessed = Correctas, pero al azar ({ $count })
results-right-but-guessed-why = Suerte, aún no conocimiento: volverán antes que las que respondió con seguridad.
# Un enlace al elemento de una pregunta en la revisión de abajo; $number cuenta desde 1.
results-question-link = Pregunta { $number }

# topics.rs

results-topics-heading = Por tema
results-topics-caption = Respuestas correctas por tema
# Los encabezados de columna de la tabla de temas.
results-topics-topic = Tema
results-topics-correct = Correctas
results-topics-score = Puntuación
# La fila de un tema: $correct preguntas correctas de las $total que se plantearon sobre él.
results-topics-correct-of = { $correct } de { $total }

# actions.rs

# Un botón; $count es cuántas preguntas se fallaron (al menos 1).
results-retry-missed = { $count ->
    [one] Repetir la pregunta fallada
   *[other] Repetir las { $count } falladas
}
# Un botón.
results-new-exam = Nuevo examen
# Un botón.
results-download-csv = Descargar resultados (CSV)
results-candidate-name = Su nombre, para su docente (opcional)
# Un botón; la introducción de la página Resultados de la clase también lo nombra.
results-download-result-file = Descargar un archivo de resultados para su docente
results-result-file-hint = El archivo contiene sus respuestas y tiempos, no una puntuación: la página de su docente lo vuelve a calificar.
# $problem dice el motivo, en inglés (desde la parte de la aplicación que se ejecuta en el navegador).
results-download-failed = No se pudo guardar el archivo: { $problem }.

# review.rs

results-review-heading = Revisión
# El nombre del grupo de botones de filtro sobre la revisión.
results-review-filters = Mostrar preguntas
# Botones de filtro sobre la revisión; $count es cuántas preguntas muestra cada uno.
results-filter-all = Todas ({ $count })
results-filter-wrong = Incorrectas ({ $count })
results-filter-flagged = Marcadas ({ $count })
results-filter-unanswered = Sin responder ({ $count })
# El encabezado de un elemento de la revisión; $number cuenta desde 1.
results-item-correct = Pregunta { $number }: ✓ Correcta
results-item-wrong = Pregunta { $number }: ✗ Incorrecta
results-item-unanswered = Pregunta { $number }: – Sin responder
# El encabezado de un elemento de la revisión para una pregunta que el candidato marcó; $number cuenta desde 1.
results-item-correct-flagged = Pregunta { $number }: ✓ Correcta, marcada
results-item-wrong-flagged = Pregunta { $number }: ✗ Incorrecta, marcada
results-item-unanswered-flagged = Pregunta { $number }: – Sin responder, marcada
# $confidence es el grado de seguridad que indicó el candidato: Al azar, Con dudas o Con seguridad.
results-said-confidence = Usted indicó: { $confidence }.
# Se muestra tras una opción en la revisión, en negrita.
results-choice-right = (✓ respuesta correcta)
results-choice-yours = (su respuesta)
results-choice-right-and-yours = (✓ respuesta correcta, su respuesta)
# Tras una opción en la revisión que el candidato descartó mientras respondía.
results-choice-ruled-out = (la descartó)
# Sobre los fragmentos de una pregunta que resaltó el candidato, en la revisión.
results-your-highlights = Texto que resaltó
# Sobre la nota personal del candidato sobre una pregunta, en la revisión.
results-your-note = Su nota

# class_results.rs

# El encabezado de la página Resultados de la clase.
class-heading = Resultados de la clase
class-all-banks = ← Todos los bancos de preguntas
# $button es el botón de la página de resultados "Descargar un archivo de resultados para su docente", tal como se tradujo.
class-intro = Abra los archivos de resultados de sus estudiantes (generados con «{ $button }» en su página de resultados). Cada uno se vuelve a calificar con el banco, así que una puntuación modificada en un archivo no cuenta. No se sube nada: los archivos se leen en esta página.
# La etiqueta del selector de archivos.
class-result-files = Archivos de resultados
# El nombre de una lista de problemas de archivos.
class-files-left-out = Archivos omitidos:
class-files-not-used = Archivos que no se pudieron usar:
# $file es el nombre de un archivo.
class-file-not-text = { $file }: no es un archivo de resultados (no es texto UTF-8)
# $file es el nombre de un archivo; $problem dice por qué no se pudo leer, en inglés (desde la parte de la aplicación que se ejecuta en el navegador).
class-file-unreadable = { $file }: { $problem }
# $file es el nombre de un archivo; $bank el identificador del banco con el que se hizo.
class-file-other-bank = { $file }: un resultado del banco «{ $bank }», que este sitio no tiene; abra primero ese banco
# El título de una tabla; $count es cuántos estudiantes enumera.
class-candidates-caption = Estudiantes ({ $count }), calificados de nuevo con el banco
# Los encabezados de columna de la tabla de estudiantes.
class-candidate = Estudiante
class-score = Puntuación
class-result = Resultado
class-time-used = Tiempo empleado
# La puntuación de un estudiante: $percent ya está escrito como porcentaje; $correct correctas de $total.
class-score-value = { $percent } ({ $correct } de { $total })
# El resultado de un estudiante, en mayúsculas; una o dos palabras en una celda de tabla.
class-pass = APROBADO
class-fail = NO APROBADO
# El tiempo de un estudiante, en minutos enteros.
class-minutes = { $minutes } min
class-questions-caption = Preguntas: proporción de aciertos, discriminación (biserial puntual: en qué medida la pregunta distingue a los estudiantes con mejor y peor rendimiento) y la opción incorrecta más elegida
# Los encabezados de columna de la tabla de preguntas.
class-question = Pregunta
class-topic = Tema
class-right = Aciertos
class-share-right = Proporción de aciertos
class-discrimination = Discriminación
class-most-chosen-wrong = Opción incorrecta más elegida
# La fila de una pregunta: $right estudiantes la acertaron de los $asked a los que se les planteó.
class-right-of = { $right } de { $asked }
# $choice es el texto de la opción incorrecta (del banco); $times cuántos estudiantes la eligieron.
class-wrong-choice = { $choice } ({ $times })
# Botones.
class-download-scores = Descargar puntuaciones (CSV)
class-download-questions = Descargar estadísticas de preguntas (CSV)

# not_found.rs

not-found-heading = No encontrado
# $name es la dirección o el identificador de banco que pidió el candidato.
not-found-message = No existe ningún banco de preguntas ni ninguna página con el nombre «{ $name }».
not-found-all-banks = Ver todos los bancos de preguntas
# $title es el título del banco.
not-found-loading-bank = Cargando { $title }…
not-found-loading-banks = Cargando bancos de preguntas…
# (fin de la sección de resultados)

## Problemas en los archivos de bancos y sus advertencias, tal como la página los muestra a los docentes
# Los docentes los leen junto a su archivo, así que conservan las palabras del propio archivo en
# forma de código: nombres de campo (format, topics, default_question_count, choices[2].text),
# marcas de GIFT y Aiken (::, =, ~, ANSWER:), claves y valores citados del archivo. Solo se
# traducen las palabras que los rodean.
# $place es dónde está el problema, en forma de código ("week3.gift:12", "bank.json:4:7"); $message
# es uno de los mensajes file-* de abajo, ya redactado (empieza en minúscula).

file-line = { $place }: { $message }
# $id es el identificador de la pregunta, $number su posición en el archivo (1 para la primera).
file-line-in-question = { $place }: pregunta «{ $id }» (n.º { $number }): { $message }
file-line-in-unnamed-question = { $place }: pregunta n.º { $number }: { $message }
file-line-warning = { $place }: advertencia: { $message }
# Qué provocó el problema, tras su mensaje.
file-outcome-question-skipped = { $message }; se omite la pregunta
file-outcome-text-skipped = { $message }; se omite este texto
# Una nota sobre una pregunta, entre las advertencias; $message es uno de los mensajes file-*.
file-note-of-question = pregunta «{ $id }»: { $message }

# Problemas de cualquier campo; $field es el nombre del campo en el archivo ("title", "choices[2].text").
file-missing = falta el campo { $field }
file-empty = el campo { $field } está vacío
file-empty-optional = el campo { $field } está vacío; es mejor omitirlo
# $known enumera los campos del objeto, tal como los escribe el archivo.
file-unknown-field = { $field } no es un campo del formato de banco (campos conocidos: { $known })
# $text es el identificador tal como lo escribe el archivo.
file-id-empty = { $field } «{ $text }» está vacío
file-id-too-long = { $field } «{ $text }» tiene más de { $max } caracteres
file-id-bad-character = { $field } «{ $text }» solo puede contener letras, dígitos, '-', '_' y '.' (sin espacios)
file-listed-twice = { $field } «{ $value }» aparece dos veces

# Problemas de los campos propios del banco.
# $format es el número del formato de banco que lee esta versión, tal como lo escribe el archivo ("1").
file-format-missing = falta el campo format; añada "format": { $format }
file-format-unsupported = format { $found } no se admite; esta versión lee format { $format }
file-unknown-level = level «{ $text }» debe ser «foundational» o «going-further»
file-bad-language = language «{ $text }» no es una etiqueta de idioma BCP 47, como «fr» o «pt-BR»; el banco se lee sin idioma
file-bad-facts-checked = facts_checked «{ $text }» debe ser una fecha válida escrita como YYYY-MM-DD
file-report-url-scheme = report_url «{ $text }» debe empezar por https:// o mailto:
file-report-url-spaces = report_url «{ $text }» no debe contener espacios ni caracteres de control
# $placeholder es el texto que debe contener la dirección, "{question}".
file-report-url-no-question = report_url «{ $text }» debe contener { $placeholder }, que se sustituye por el identificador de la pregunta sobre la que se informa
file-no-topics = topics está vacío; indique al menos un tema
file-too-many-questions = questions tiene { $count ->
        [one] { $count } pregunta
       *[other] { $count } preguntas
    }; un banco puede contener como máximo { $limit } (divídalo en varios bancos)
file-only-question-unusable = la única pregunta del archivo no se puede usar
# $count es 2 o más.
file-no-usable-question = no se puede usar ninguna de las { $count } preguntas
file-question-count-below-one = default_question_count { $count } debe ser al menos 1
file-question-count-above-file = default_question_count { $count } supera el número de preguntas del banco ({ $questions })
file-question-count-lowered = default_question_count { $count } supera el número de preguntas utilizables ({ $usable }); de forma predeterminada, los exámenes tendrán { $usable }
file-time-limit-out-of-range = default_time_limit_minutes { $minutes } debe estar entre 1 y { $limit }
file-weighted-topic-unknown = topic_weights menciona «{ $topic }», que no es ninguno de los temas del banco
file-bad-weight = topic_weights «{ $topic }» vale { $weight }; un peso debe ser un número igual o mayor que 0
file-no-positive-weight = topic_weights no asigna a ningún tema un peso mayor que 0
file-pass-mark-out-of-range = pass_mark_percent { $percent } está fuera del intervalo 0–100

# Problemas de una pregunta.
# $first es el número de la pregunta que usó el identificador primero.
file-id-used-before = id «{ $id }» ya lo usa la pregunta n.º { $first }
# $instruction es lo que dice la tarjeta de la pregunta, tal como lo escribe exam-choose-many ("Elija 4").
file-every-choice-right = todas las opciones son correctas, así que «{ $instruction }» revela la respuesta a los estudiantes; considere añadir una opción incorrecta
# $topics enumera los temas del banco.
file-topic-not-listed = topic «{ $topic }» no está en la lista de temas del banco ({ $topics })
file-too-many-choices = choices tiene { $count } opciones; una pregunta puede ofrecer como máximo { $limit }
# $count es 0 o 1.
file-too-few-choices = choices tiene { $count ->
        [one] { $count } opción
       *[other] { $count } opciones
    }; una pregunta necesita al menos dos
file-choice-id-repeated = { $field } «{ $id }» ya lo usa otra opción de esta pregunta
file-choice-text-repeated = { $field } «{ $text }» repite otra opción
file-no-answer = answer está vacío; indique al menos una opción
# $choices enumera los identificadores de las opciones de la pregunta.
file-answer-not-a-choice = answer «{ $id }» no es ninguna de estas opciones: { $choices }
file-unsafe-url = { $field } «{ $url }» debe ser una dirección http:// o https://

# Problemas del archivo en su conjunto.
# $description es la descripción del error que da el propio lector de JSON, en inglés.
file-json-syntax = { $description }
file-too-large = el archivo ocupa { $megabytes } MB; el archivo de preguntas más grande que lee esta aplicación es de { $limit } MB
file-utf16 = el archivo está guardado en UTF-16; guárdelo en UTF-8
file-not-utf8 = el archivo no es texto UTF-8 válido en este punto; guárdelo en UTF-8
file-format-unknown = no se pudo determinar el formato: se esperaba un banco JSON (.json), un archivo GIFT o Aiken (.gift, .txt), Markdown (.md) o Moodle XML (.xml)
# $reason es el motivo, tal como lo dio el navegador.
file-not-loaded = no se pudo cargar: { $reason }
file-id-not-as-listed = el id del banco es «{ $id }», pero questions/index.json lo registra como «{ $listed }»

# Problemas de sintaxis de los archivos GIFT, Aiken y Markdown. $label nombra brevemente una
# pregunta: su título o el comienzo de su texto.
file-block-too-long = esta pregunta ocupa { $kilobytes } KB sin ninguna línea en blanco; las preguntas deben separarse con líneas en blanco (como máximo { $limit } KB cada una)
file-title-not-closed = el título abierto con :: nunca se cierra con ::
file-answer-block-not-closed = el bloque de respuestas abierto con {"{"} nunca se cierra con {"}"}
file-second-answer-block = esta pregunta tiene un segundo bloque de respuestas {"{"}…{"}"}; una pregunta solo puede tener uno
file-no-answers = «{ $label }»: el bloque de respuestas no tiene respuestas con = ni con ~
file-no-right-weight = «{ $label }» no tiene ninguna respuesta correcta: marque una con = o asigne a las respuestas correctas un %weight% positivo
file-answer-line-first = una línea ANSWER: sin ninguna pregunta antes
file-not-a-choice-letter = ANSWER: «{ $text }» no es una letra de opción, como A o B
file-answer-line-names-no-letter = la línea ANSWER: no indica ninguna letra de opción
# $letter es la letra de una opción (A, B, …).
file-choice-before-question = la opción { $letter } aparece antes de cualquier texto de pregunta
file-choice-out-of-order = la opción { $letter } está fuera de orden: la siguiente opción de esta pregunta debería ser la { $expected }
file-choice-out-of-order-full = la opción { $letter } está fuera de orden: esta pregunta no admite más opciones (26 como máximo)
file-no-answer-line = esta pregunta no tiene ninguna línea ANSWER: después de sus opciones
file-text-without-choices = este texto no va seguido de opciones ni de una línea ANSWER:
file-answer-names-no-option = la línea de respuesta «{ $text }» no indica ninguna letra de opción (A, B, …)
file-no-lettered-choices = esta pregunta no tiene opciones con letra (A. …)
file-no-correct-answer-line = esta pregunta no tiene ninguna línea «Correct answer: …»
# $letters enumera las letras tal como las tiene el archivo ("A, C, D").
file-option-letters-wrong = las opciones llevan las letras { $letters }: cada letra, desde la A, debe aparecer una sola vez
# $mark es el carácter que hay entre los corchetes.
file-unclear-box = la casilla de opción [{ $mark }] no es ni [x] (correcta) ni [ ] (incorrecta)
file-no-ticked-option = esta pregunta no tiene ninguna opción correcta: marque una con - [x]
file-front-matter-not-closed = los metadatos iniciales (front matter) abiertos con --- nunca se cierran con ---
# $key y $value son los de una línea de los metadatos iniciales, tal como los escribe el archivo.
file-not-whole-number = { $key } «{ $value }» no es un número entero
file-not-true-or-false = { $key } «{ $value }» no es true ni false
file-xml-syntax = esto no es XML bien formado: { $description }
file-not-a-moodle-quiz = este archivo XML no es una exportación de preguntas de Moodle: contiene <{ $root }>, no <quiz>
file-fraction-not-a-number = «{ $label }»: la fracción de la respuesta, «{ $text }», no es un número
file-no-right-fraction = «{ $label }» no tiene ninguna respuesta correcta: ninguna respuesta tiene una fracción positiva

# Advertencias: merecen la atención del docente, pero el banco sigue funcionando.
# $alt es el texto alternativo de la imagen.
file-picture-left-out = se omite una imagen («{ $alt }») de este texto, porque esta aplicación aún no puede mostrar imágenes
file-picture-left-out-no-alt = se omite una imagen sin texto alternativo de este texto, porque esta aplicación aún no puede mostrar imágenes
file-no-answer-block = «{ $label }» no tiene bloque de respuestas {"{"}…{"}"} (en Moodle, es una descripción); se omite
file-gift-essay = «{ $label }» es una pregunta de ensayo, un tipo que esta aplicación no admite; se omite
file-gift-numerical = «{ $label }» es una pregunta numérica, un tipo que esta aplicación no admite; se omite
file-gift-matching = «{ $label }» es una pregunta de emparejamiento, un tipo que esta aplicación no admite; se omite
file-gift-short-answer = «{ $label }» es una pregunta de respuesta corta, un tipo que esta aplicación no admite; se omite
# $percent es un peso de GIFT, como número ("50", "33.33"); $choice el texto de la respuesta.
file-partial-credit = «{ $label }»: no se admite la puntuación parcial ({ $percent } %) de «{ $choice }»; cuenta como incorrecta
file-several-equals-answers = «{ $label }» marca { $count } respuestas como correctas con =; Moodle acepta cualquiera de ellas, pero esta aplicación exige todas
file-weights-not-hundred = «{ $label }»: los pesos de las respuestas correctas suman { $percent } %, no 100 %; toda respuesta con peso positivo cuenta como correcta
file-moodle-type-unsupported = «{ $label }» es una pregunta de Moodle de tipo «{ $kind }», un tipo que esta aplicación no admite; se omite
file-uneven-credit = «{ $label }»: en Moodle, las respuestas correctas valen partes distintas de la nota; aquí cada una cuenta como correcta y se exigen todas
# $text es la primera línea del texto (recortada), $lines cuántas líneas ocupa.
file-text-outside-question = { $lines ->
        [1] «{ $text }» no pertenece a ninguna pregunta
        [2] «{ $text }» y la línea siguiente no pertenecen a ninguna pregunta
        [one] «{ $text }» no pertenece a ninguna pregunta
       *[other] «{ $text }» y las líneas siguientes no pertenecen a ninguna pregunta ({ $lines } líneas)
    }: una pregunta Aiken es el texto que va justo antes de sus opciones; se omite
file-numbered-line-without-choices = esta línea numerada no tiene opciones con letra debajo; no se lee como pregunta
file-fence-not-closed = este bloque de código delimitado nunca se cierra; se lee como texto
file-numbered-line-without-options = esta línea numerada no tiene opciones [x] ni [ ] debajo; no se lee como pregunta
# $start y $end son números de línea del archivo.
file-numbered-lines-without-options = las líneas numeradas de la { $start } a la { $end } no tienen opciones [x] ni [ ] debajo; no se leen como preguntas
# $line es la línea tal como la escribe el archivo.
file-front-matter-not-key-value = la línea «{ $line }» de los metadatos iniciales (front matter) no tiene la forma clave: valor; se ignora
file-quizdown-display-option = la clave { $key } de los metadatos iniciales (front matter) es una opción de visualización de quizdown; esta aplicación la ignora
file-front-matter-unused = la clave { $key } de los metadatos iniciales (front matter) no se usa; se ignora
# $missing de las $usable preguntas del archivo.
file-no-explanations = { $missing ->
        [one] { $missing } de { $usable } preguntas no tiene explicación
       *[other] { $missing } de { $usable } preguntas no tienen explicación
    } (la primera está aquí); los estudiantes solo verán la respuesta correcta
# $earlier es el identificador de la pregunta anterior, $line la línea en la que empieza.
file-repeated-prompt = la pregunta «{ $id }» repite el enunciado de la pregunta «{ $earlier }» (línea { $line })
file-repeated-prompt-no-line = la pregunta «{ $id }» repite el enunciado de la pregunta «{ $earlier }»

## Registros guardados y archivos entregados que no se pudieron leer: un examen guardado, los bancos guardados, los archivos de progreso y de resultados, el lector de los formatos de los docentes
# $detail es la descripción de lo que falla que da el propio lector de JSON, en inglés; $found una
# versión de formato tal como la escribe el archivo, $reads la que lee esta versión.

# Por qué no se pudo reanudar un examen guardado (se aparta; nunca se usa a medias).
restore-damaged = el examen guardado está dañado ({ $detail })
restore-unknown-format = el examen guardado se escribió en el formato { $found }, que esta versión no puede leer
# $saved es el identificador del banco al que pertenece el examen guardado.
restore-other-bank = el examen guardado pertenece a otro banco («{ $saved }»)
restore-bank-changed = el banco de preguntas ha cambiado desde que se guardó el examen
restore-inconsistent = el examen guardado no es coherente ({ $detail })

# Los bancos guardados en este navegador.
kept-list-version = la lista de bancos guardados en este navegador tiene el formato { $found }, que esta versión no lee
kept-list-damaged = la lista de bancos guardados en este navegador está dañada ({ $detail })
# $source es el nombre de archivo o la dirección de la que procede el banco; $problems sus problemas
# (mensajes file-line), separados por "; ".
kept-bank-left-out = no se pudo volver a leer la copia guardada de { $source } y se ha omitido: { $problems }

# Archivos de progreso; $file es el nombre del archivo, $kind el tipo que indica todo archivo de progreso.
progress-not-a-progress-file = { $file }: no es un archivo de progreso ({ $detail })
progress-no-kind = { $file }: no es un archivo de progreso (no contiene "kind": "{ $kind }")
progress-no-version = { $file }: el archivo de progreso no indica ninguna versión de formato
progress-version = { $file }: el formato de progreso { $found } no es el que lee esta versión ({ $reads })
# $bank es el identificador de un banco del archivo; se omite esta parte del archivo y se usa el resto.
progress-part-unreadable = { $file }: banco «{ $bank }»: { $detail }; se omite
progress-history-unreadable = { $file }: banco «{ $bank }»: historial: { $detail }; se omite
progress-review-unreadable = { $file }: banco «{ $bank }»: repaso: { $detail }; se omite

# Archivos de resultados que los resultados de la clase omiten; $file es el nombre del archivo.
result-not-a-result = { $file }: no es un archivo de resultados ({ $detail })
# $found es el tipo que indica el archivo (otro de los archivos de la aplicación, como un archivo de progreso).
result-other-kind = { $file }: no es un archivo de resultados (su campo kind vale «{ $found }»)
# $kind es el tipo que indica todo archivo de resultados.
result-no-kind = { $file }: no es un archivo de resultados (no contiene "kind": "{ $kind }")
result-no-version = { $file }: no es un archivo de resultados (no indica ninguna versión de formato)
result-version = { $file }: el formato de resultados { $found } no es el que lee esta versión ({ $reads })
result-no-answers = { $file }: el resultado no contiene ninguna respuesta
# $title e $id son los del otro banco.
result-other-bank = { $file }: es un resultado de otro banco, «{ $title }» ({ $id })
result-other-bank-version = { $file }: es un resultado de otra versión de este banco (sus preguntas, opciones o respuestas han cambiado desde entonces)
# $answer es el número de la respuesta en el archivo (1 para la primera), $question el identificador de una pregunta.
result-unknown-question = { $file }: respuesta n.º { $answer }: la pregunta «{ $question }» no está en el banco
result-answered-twice = { $file }: la pregunta «{ $question }» está respondida dos veces
result-impossible-answer = { $file }: pregunta «{ $question }»: la respuesta indica opciones que la pregunta no tiene

# El lector de archivos GIFT, Aiken y Markdown, que se ejecuta junto a la página.
tools-not-loaded = no se pudo cargar el lector de este formato; compruebe la conexión y vuelva a intentarlo
# $message es la descripción del fallo que da el propio navegador, en inglés.
tools-failed = el lector de este formato ha fallado ({ $message })
tools-failed-silently = el lector de este formato ha fallado
tools-no-answer = el lector de este formato no ha respondido
# Un error de programación, o dos versiones de la aplicación a la vez: $detail dice cuál, en inglés.
tools-answer-unreadable = no se pudo leer la respuesta del lector ({ $detail })

## Los rechazos del motor, los problemas de los enlaces de examen y lo que rechazó el navegador (almacenamiento, red, archivos, LMS)
# refusals.rs
refusal-finished = Este examen ha terminado.
refusal-too-many-choices = Elija { $choose }: desmarque una de sus opciones antes de elegir otra.
refusal-not-a-choice = "{ $choice }" no es una opción de esta pregunta.
refusal-locked = Esta respuesta ya se comprobó y está bloqueada.
refusal-no-such-question = No existe la pregunta { $number }.
refusal-at-first-question = Esta es la primera pregunta.
refusal-at-last-question = Esta es la última pregunta.
refusal-nothing-selected = Elija una respuesta antes de comprobarla.
refusal-not-practice-mode = Las respuestas solo se comprueban al final de un examen.
# $max es cuántos caracteres puede tener una nota.
refusal-note-too-long = Una nota puede tener como máximo { $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    }.
# $max es cuántos fragmentos resaltados puede tener una pregunta.
refusal-too-many-highlights = Una pregunta puede tener como máximo { $max ->
        [one] { $max } fragmento resaltado
       *[other] { $max } fragmentos resaltados
    }; quite alguno primero.
refusal-not-a-passage = Primero seleccione parte del texto de la propia pregunta (su enunciado o una opción) y luego resáltelo.
# Mantenga $parameter y las palabras del propio enlace (mode, practice, exam, count, seed,
# shuffle, on, off, time, none, extra, esl30, untimed, draw, unseen, review) tal como están.
link-bad-mode = { $parameter }: mode es practice o exam
link-bad-count = { $parameter }: count es un número entero desde 1
link-bad-seed = { $parameter }: seed es un número entero
link-bad-shuffle = { $parameter }: shuffle es on u off
link-bad-time = { $parameter }: time es un número de minutos de 1 a { $max }, o none
link-bad-extra = { $parameter }: extra (tiempo adicional) es 1, 1.5, 2, esl30 o untimed
link-bad-draw = { $parameter }: draw es unseen o review
link-unknown-setting = { $parameter }: no es un parámetro que admita un enlace de examen
link-unknown-question = { $parameter }: ninguna pregunta de este banco tiene este id
link-unknown-topic = { $parameter }: no es un tema de este banco
link-no-such-topic = el banco no tiene el tema "{ $topic }"
link-no-matching-questions = ninguna pregunta coincide con los temas elegidos
link-no-questions = un examen necesita al menos una pregunta
browser-storage-no-window = no hay ventana
browser-storage-access-refused = el navegador denegó el acceso al almacenamiento
browser-storage-none = este navegador no tiene almacenamiento local
browser-storage-read-failed = no se pudo leer el progreso guardado
browser-storage-full = el almacenamiento del navegador está lleno o desactivado
browser-storage-remove-failed = no se pudo eliminar el progreso guardado
browser-fetch-no-window = esta página no tiene ventana
browser-fetch-failed = la solicitud falló ({ $detail }): puede que la dirección sea incorrecta, que el servidor no esté disponible o que no permita a este sitio leerlo (CORS)
browser-fetch-no-detail = la solicitud de red falló
browser-fetch-status = el servidor respondió { $code } { $status }
browser-lms-missing = el LMS no tiene { $function }
browser-lms-threw = { $function } falló en el LMS
browser-lms-refused = se rechazó { $call } (error { $code }: { $reason })
browser-lms-too-long = el progreso del examen ocupa { $length ->
        [one] { $length } carácter
       *[other] { $length } caracteres
    }, más de los { $limit } que permite SCORM 1.2
browser-download-no-file = el navegador no pudo crear el archivo
browser-download-no-page = no hay ninguna página desde la que descargar
browser-download-not-started = el navegador no pudo iniciar la descarga
browser-file-too-large = el archivo ocupa { $size } MB; el archivo de preguntas más grande que lee esta aplicación es de { $limit } MB
browser-file-unreadable = el navegador no pudo leer el archivo
browser-app-no-loader = esta página no puede cargar el resto de la aplicación
browser-app-not-downloaded = no se descargó
# (end of the refusals' section)
