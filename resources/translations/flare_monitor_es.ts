<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/help.py" line="+67"/>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database schema</source>
        <translation>Esquema de la base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Monitoring, indicators and donor reports for ILO projects against forced labour. Your data stays on this computer (or your team&apos;s server); nothing is sent anywhere.</source>
        <translation>Seguimiento, indicadores e informes al donante para proyectos de la OIT contra el trabajo forzoso. Sus datos se quedan en este equipo (o en el servidor de su equipo); no se envía nada a ninguna parte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Software and fonts included, with their licences</source>
        <translation>Programas y fuentes incluidos, con sus licencias</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../ui/pages/activities.py" line="+36"/>
        <source>Filter by code, title or venue (Ctrl+F)</source>
        <translation>Filtrar por código, título o lugar (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter activities</source>
        <translation>Filtrar actividades</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity type filter</source>
        <translation>Filtro por tipo de actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trainings and workshops</source>
        <translation>Formaciones y talleres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status filter</source>
        <translation>Filtro por estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New activity</source>
        <translation>&amp;Nueva actividad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import attendance sheet…</source>
        <translation>&amp;Importar hoja de asistencia…</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>%1 is not in the country and period shown; choose All countries or the LOP</source>
        <translation>%1 no está en el país y el período mostrados; elija Todos los países o el LOP</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+59"/>
        <location filename="../../ui/pages/activities.py" line="-181"/>
        <location line="+44"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="-53"/>
        <source>Edi&amp;t…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message numerus="yes">
        <location line="+98"/>
        <source>%1 of %Ln activities in %2</source>
        <translation>
            <numerusform>%1 de %Ln actividad en %2</numerusform>
            <numerusform>%1 de %Ln actividades en %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the life of the project</source>
        <translation>toda la vida del proyecto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create a project first (Project set-up)</source>
        <translation>Primero cree un proyecto (Configuración del proyecto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an activity first</source>
        <translation>Primero seleccione una actividad</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Saved %1</source>
        <translation>%1 guardada</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete activity</source>
        <translation>Eliminar actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the activity %1 — %2?</source>
        <translation>¿Eliminar la actividad %1 — %2?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1

Delete %2 together with its attendance records?</source>
        <translation>%1

¿Eliminar %2 junto con sus registros de asistencia?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete activity and attendance</source>
        <translation>Eliminar actividad y asistencia</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete activity %1</source>
        <translation>Eliminar la actividad %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted %1</source>
        <translation>%1 eliminada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The attendance-sheet importer is not available in this build.</source>
        <translation>La importación de hojas de asistencia no está disponible en esta versión.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../ui/dialogs/activity_form.py" line="+60"/>
        <location line="+266"/>
        <source>Edit activity %1</source>
        <translation>Editar la actividad %1</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>New activity</source>
        <translation>Nueva actividad</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Why it was delayed, postponed or cancelled</source>
        <translation>Por qué se retrasó, aplazó o canceló</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;bdivision:</source>
        <translation>Su&amp;bdivisión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ode:</source>
        <translation>Códi&amp;go:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Planned start:</source>
        <translation>Inicio pre&amp;visto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned &amp;end:</source>
        <translation>Fi&amp;n previsto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual start:</source>
        <translation>Inicio real:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual end:</source>
        <translation>Fin real:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Result:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaso&amp;n:</source>
        <translation>M&amp;otivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+74"/>
        <source>— none —</source>
        <translation>— ninguna —</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Proposed from the country, year and type; you may change it</source>
        <translation>Propuesto a partir del país, el año y el tipo; puede cambiarlo</translation>
    </message>
    <message>
        <location line="+150"/>
        <location line="+4"/>
        <source>Attendance (%1)</source>
        <translation>Asistencia (%1)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence (%1)</source>
        <translation>Evidencias (%1)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>New activity %1</source>
        <translation>Nueva actividad %1</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../../ui/models/activities.py" line="+25"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <location filename="../../ui/evidence_panel.py" line="+151"/>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption (what it shows or proves)</source>
        <translation>Leyenda (qué muestra o prueba)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type of %1</source>
        <translation>Tipo de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caption of %1</source>
        <translation>Leyenda de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attendance sheets and photos show people: they are marked as personal data, left out of exchange packages and reports unless you ask for them.</source>
        <translation>Las hojas de asistencia y las fotos muestran a personas: se marcan como datos personales y quedan fuera de los paquetes de intercambio y de los informes salvo que usted los pida.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Attach</source>
        <translation>&amp;Adjuntar</translation>
    </message>
</context>
<context>
    <name>BusyOverlay</name>
    <message>
        <location filename="../../ui/jobs.py" line="+118"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
</context>
<context>
    <name>CellDetails</name>
    <message>
        <location filename="../../ui/entry_grid.py" line="+363"/>
        <source>Why is the figure off its target? (printed in the report)</source>
        <translation>¿Por qué la cifra se aleja de su meta? (se imprime en el informe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;note</source>
        <translation>&amp;Guardar la nota</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files that prove this figure (printed in the report&apos;s annex)</source>
        <translation>Archivos que prueban esta cifra (se listan en el anexo del informe)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mentario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variance e&amp;xplanation:</source>
        <translation>E&amp;xplicación de la variación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data s&amp;ource:</source>
        <translation>F&amp;uente de datos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Evidence files (%1)…</source>
        <translation>&amp;Evidencias (%1)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a cell to see or write its notes.</source>
        <translation>Elija una celda para ver o escribir sus notas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This period is locked.</source>
        <translation>Este período está bloqueado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the figure first.</source>
        <translation>Introduzca primero la cifra.</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../ui/dialogs/package_models.py" line="+120"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differs in</source>
        <translation>Difiere en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From database</source>
        <translation>Base de datos de origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived</source>
        <translation>Llegó</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not imported yet</source>
        <translation>aún no importado</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../ui/dialogs/project_form.py" line="+52"/>
        <source>Search a country by name or code</source>
        <translation>Buscar un país por nombre o código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search countries</source>
        <translation>Buscar países</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Provinces or regions</source>
        <translation>Provincias o regiones</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>No country chosen yet: tick the project&apos;s countries.</source>
        <translation>Aún no se eligió ningún país: marque los países del proyecto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Countries of the project: %1</source>
        <translation>Países del proyecto: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tick a country, then the provinces or regions the project works in there.</source>
        <translation>Marque un país y luego las provincias o regiones donde trabaja allí el proyecto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Provinces or regions in %1 (optional):</source>
        <translation>Provincias o regiones en %1 (opcional):</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="+189"/>
        <source>Dashboard state</source>
        <translation>Estado del tablero</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Submission of the period</source>
        <translation>Presentación del período</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>activities in the period</source>
        <translation>actividades en el período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activities completed</source>
        <translation>actividades realizadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people trained (each counted once)</source>
        <translation>personas capacitadas (cada una contada una vez)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key indicators on track</source>
        <translation>indicadores clave en buen camino</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Indicator of the cumulative chart</source>
        <translation>Indicador del gráfico acumulado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicador:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="-2"/>
        <location filename="../../ui/pages/dashboard.py" line="+19"/>
        <source>Dashboard</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="+10"/>
        <source>Calculating the figures…</source>
        <translation>Calculando las cifras…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+150"/>
        <source>all countries</source>
        <translation>todos los países</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>The figures could not be calculated: %1</source>
        <translation>No se pudieron calcular las cifras: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>activities in the period</source>
        <comment>the number is shown above</comment>
        <translation>
            <numerusform>actividad en el período</numerusform>
            <numerusform>actividades en el período</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>trainings: %1</source>
        <translation>capacitaciones: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>activities completed</source>
        <comment>the number is shown above</comment>
        <translation>
            <numerusform>actividad realizada</numerusform>
            <numerusform>actividades realizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>people trained (each counted once)</source>
        <comment>the number is shown above</comment>
        <translation>
            <numerusform>persona capacitada (cada una contada una vez)</numerusform>
            <numerusform>personas capacitadas (cada una contada una vez)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>other / not recorded</source>
        <translation>otro / no registrado</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The project&apos;s status rule:</source>
        <translation>La regla de estado del proyecto:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is locked (by %2): its figures are those submitted.</source>
        <translation>%1 está bloqueado (por %2): sus cifras son las presentadas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Submission of %1: %2</source>
        <translation>Presentación de %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Female</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Male</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The project has no indicator counted in numbers or percentages yet</source>
        <translation>El proyecto aún no tiene indicadores en números o porcentajes</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Other / not recorded</source>
        <translation>Otro / no registrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cumulative actual</source>
        <translation>Logro acumulado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulative target</source>
        <translation>Meta acumulada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No organization</source>
        <translation>Sin organización</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People trained</source>
        <translation>Personas capacitadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No completed training in this period</source>
        <translation>No hay capacitaciones realizadas en este período</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>Cumulative actual against target</source>
        <translation>Logro acumulado frente a la meta</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>No data for this indicator yet</source>
        <translation>Aún no hay datos para este indicador</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+19"/>
        <source>Activities by status</source>
        <translation>Actividades por estado</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No activity in this period</source>
        <translation>No hay actividades en este período</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+26"/>
        <source>People trained by sex and agency type</source>
        <translation>Personas capacitadas por sexo e institución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a bar to open the trainings behind it</source>
        <translation>Haga clic en una barra para abrir sus capacitaciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the indicator above the chart</source>
        <translation>Elija el indicador encima del gráfico</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click a bar to open the activities behind it</source>
        <translation>Haga clic en una barra para abrir sus actividades</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+538"/>
        <source>Imported</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2, %3); %4; %5.</source>
        <translation>%1 (%2, %3); %4; %5.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln people added to the roster of %1</source>
        <translation>
            <numerusform>%Ln persona agregada a la lista de participantes de %1</numerusform>
            <numerusform>%Ln personas agregadas a la lista de participantes de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln new in the register</source>
        <comment>people</comment>
        <translation>
            <numerusform>%Ln nueva en el registro</numerusform>
            <numerusform>%Ln nuevas en el registro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln found in it</source>
        <comment>people found in the register</comment>
        <translation>
            <numerusform>%Ln encontrada en él</numerusform>
            <numerusform>%Ln encontradas en él</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln already on the roster</source>
        <comment>people</comment>
        <translation>
            <numerusform>%Ln ya en la lista de participantes</numerusform>
            <numerusform>%Ln ya en la lista de participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln new organizations</source>
        <translation>
            <numerusform>%Ln organización nueva</numerusform>
            <numerusform>%Ln organizaciones nuevas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="+56"/>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Candidate pairs</source>
        <translation>Pares candidatos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Side by side: choose the value the merged person keeps</source>
        <translation>Lado a lado: elija el valor que conserva la persona fusionada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record A (left)</source>
        <translation>Registro A (izquierda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record B (right)</source>
        <translation>Registro B (derecha)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Activities attended</source>
        <translation>Actividades a las que asistió</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activities attended by record A</source>
        <translation>Actividades a las que asistió el registro A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities attended by record B</source>
        <translation>Actividades a las que asistió el registro B</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Figures the merge changes</source>
        <translation>Cifras que cambia la fusión</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+157"/>
        <source>Preview the merge to see which indicator figures it changes.</source>
        <translation>Previsualice la fusión para ver qué cifras de indicadores cambia.</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>What the merge changes</source>
        <translation>Lo que cambia la fusión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Not the same person</source>
        <translation>&amp;No es la misma persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember that these two records are different people</source>
        <translation>Recordar que estos dos registros son personas distintas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view the merge</source>
        <translation>Pre&amp;visualizar la fusión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge into &amp;left</source>
        <translation>Fusionar en el de la &amp;izquierda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge into &amp;right</source>
        <translation>Fusionar en el de la &amp;derecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep record A; move B&apos;s attendance to it and delete B</source>
        <translation>Conservar el registro A; pasarle la asistencia de B y eliminar B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep record B; move A&apos;s attendance to it and delete A</source>
        <translation>Conservar el registro B; pasarle la asistencia de A y eliminar A</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+110"/>
        <source>all countries</source>
        <translation>todos los países</translation>
    </message>
    <message numerus="yes">
        <location line="-109"/>
        <source>%Ln pairs of records may be the same person (%1).</source>
        <translation>
            <numerusform>%Ln par de registros puede ser la misma persona (%1).</numerusform>
            <numerusform>%Ln pares de registros pueden ser la misma persona (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>No activity attended</source>
        <translation>Ninguna actividad</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The merge changes no indicator figure.</source>
        <translation>La fusión no cambia ninguna cifra de indicador.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The merge changes %Ln figures:</source>
        <translation>
            <numerusform>La fusión cambia %Ln cifra:</numerusform>
            <numerusform>La fusión cambia %Ln cifras:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>locked: the submitted figure stays; the change shows as drift</source>
        <translation>bloqueado: la cifra presentada se mantiene; el cambio aparece como desviación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in the period</source>
        <translation>en el período</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cumulative</source>
        <translation>acumulado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remember that “%1” and “%2” are different people? They will not be proposed again.</source>
        <translation>¿Recordar que «%1» y «%2» son personas distintas? No se volverán a proponer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not the same person</source>
        <translation>No es la misma persona</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Merge “%1” into “%2”?

The attendance of “%1” moves to “%2”, the values chosen above are kept, and “%1” is deleted. This cannot be undone.</source>
        <translation>¿Fusionar «%1» en «%2»?

La asistencia de «%1» pasa a «%2», se conservan los valores elegidos arriba y «%1» se elimina. No se puede deshacer.</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a pair in the list first</source>
        <translation>Primero seleccione un par en la lista</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Flagged because: %1</source>
        <translation>Señalado por: %1</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Merge participants</source>
        <translation>Fusionar participantes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Merge “%1” into “%2”</source>
        <translation>Fusionar «%1» con «%2»</translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <location filename="../../ui/models/participants.py" line="+235"/>
        <source>Record A</source>
        <translation>Registro A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record B</source>
        <translation>Registro B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why they may be the same person</source>
        <translation>Motivo de la alerta</translation>
    </message>
</context>
<context>
    <name>EditEvidenceDialog</name>
    <message>
        <location filename="../../ui/evidence_panel.py" line="+24"/>
        <source>Evidence %1</source>
        <translation>Evidencia %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shows or names people (personal data)</source>
        <translation>Muestra o nombra a personas (datos personales)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Caption:</source>
        <translation>&amp;Leyenda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
</context>
<context>
    <name>EntryGridModel</name>
    <message>
        <location filename="../../ui/entry_grid.py" line="-353"/>
        <source>Project level</source>
        <translation>Nivel del proyecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <source>LOP</source>
        <translation>LOP</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+38"/>
        <source>Locked: %1</source>
        <translation>Bloqueado: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted from the register (read-only); its variance can be explained below</source>
        <translation>Contado a partir del registro (solo lectura); su variación se puede explicar abajo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variance explanation</source>
        <translation>Explicación de la variación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data source</source>
        <translation>Fuente de datos</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Evidence: %n file(s)</source>
        <translation>
            <numerusform>Evidencia: %n archivo</numerusform>
            <numerusform>Evidencia: %n archivos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryTable</name>
    <message>
        <location line="+141"/>
        <source>row %1, column %2 of the block</source>
        <translation>fila %1, columna %2 del bloque</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>outside the grid</source>
        <translation>fuera de la cuadrícula</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the period is locked</source>
        <translation>el período está bloqueado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
</context>
<context>
    <name>EvidenceListModel</name>
    <message>
        <location filename="../../ui/evidence_panel.py" line="-114"/>
        <source>Evidence files</source>
        <translation>Archivos de evidencia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>personal data</source>
        <translation>datos personales</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Added by %1 on %2</source>
        <translation>Añadido por %1 el %2</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location line="+131"/>
        <source>Evidence files</source>
        <translation>Archivos de evidencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drop files here, or add them: PDF, photos, Office documents or text, up to %1 MB each.</source>
        <translation>Suelte aquí los archivos o añádalos: PDF, fotos, documentos de Office o texto, hasta %1 MB cada uno.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attaching files</source>
        <translation>Adjuntando archivos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Añadir archivos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capt&amp;ion and type…</source>
        <translation>Le&amp;yenda y tipo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Save the record first; then files can be attached to it.</source>
        <translation>Guarde primero el registro; después podrá adjuntarle archivos.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents and photos (*.pdf *.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.bmp *.heic *.docx *.xlsx *.pptx *.odt *.ods *.odp *.txt *.csv);;All files (*)</source>
        <translation>Documentos y fotos (*.pdf *.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.bmp *.heic *.docx *.xlsx *.pptx *.odt *.ods *.odp *.txt *.csv);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Attaching %Ln files…</source>
        <translation>
            <numerusform>Adjuntando %Ln archivo…</numerusform>
            <numerusform>Adjuntando %Ln archivos…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Attached: %1.</source>
        <translation>Adjuntados: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already attached: %1.</source>
        <translation>Ya estaban adjuntos: %1.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Several files are selected: select one</source>
        <translation>Hay varios archivos seleccionados: seleccione uno</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved a copy as %1.</source>
        <translation>Copia guardada como %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Remove %1? The removal is kept in the audit trail.</source>
        <translation>¿Quitar %1? La eliminación queda en el registro de auditoría.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove evidence</source>
        <translation>Quitar evidencia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removed %1.</source>
        <translation>Se quitó %1.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_data.py" line="+38"/>
        <location line="+156"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance (who attended what)</source>
        <translation>Asistencia (quién asistió a qué)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator table of the period</source>
        <translation>Tabla de indicadores del período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of evidence files</source>
        <translation>Lista de archivos de evidencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include names and contact details (personal data)</source>
        <translation>Incluir nombres y datos de contacto (datos personales)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without them, each person has a pseudonymous id and still counts once. Records of victims are never exported.</source>
        <translation>Sin ellos, cada persona tiene un identificador seudónimo y sigue contando una vez. Los registros de víctimas nunca se exportan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export:</source>
        <translation>&amp;Exportar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For&amp;mat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File:</source>
        <translation>A&amp;rchivo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Personal data</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file will hold names, phone numbers and e-mail addresses. Share it only with people who need it, by a safe route, and delete copies when done.</source>
        <translation>El archivo contendrá nombres, teléfonos y correos. Compártalo solo con quienes lo necesiten, por una vía segura, y borre las copias al terminar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel or CSV (*.xlsx *.csv)</source>
        <translation>Excel o CSV (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the file to write.</source>
        <translation>Elija el archivo que se escribirá.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a quarter in the Period box first: the table covers one period.</source>
        <translation>Elija primero un trimestre en la casilla Período: la tabla cubre un período.</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%Ln rows written to %1</source>
        <translation>
            <numerusform>%Ln fila escrita en %1</numerusform>
            <numerusform>%Ln filas escritas en %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message>
        <location filename="../../ui/dialogs/package_export.py" line="+53"/>
        <location line="+160"/>
        <source>Export package</source>
        <translation>Exportar paquete</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only records changed since</source>
        <translation>Solo los registros modificados desde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed since</source>
        <translation>Modificados desde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Include personal data (names, positions, phone numbers, e-mail)</source>
        <translation>Incluir datos personales (nombres, cargos, teléfonos, correo electrónico)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without it, participants travel under a pseudonym and still count once in the indicators. Records of victims always travel pseudonymised.</source>
        <translation>Sin ellos, los participantes viajan con un seudónimo y se cuentan igualmente una sola vez en los indicadores. Los registros de víctimas siempre viajan seudonimizados.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Package file</source>
        <translation>Archivo del paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Project:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry:</source>
        <translation>Paí&amp;s:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Personal data</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package will hold names and contact details. Send it only to the office that needs them, by a safe route, and delete copies when done.</source>
        <translation>El paquete contendrá nombres y datos de contacto. Envíelo solo a la oficina que los necesita, por una vía segura, y borre las copias cuando ya no sirvan.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save the package as</source>
        <translation>Guardar el paquete como</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange packages (*%1)</source>
        <translation>Paquetes de intercambio (*%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Writing the package…</source>
        <translation>Escribiendo el paquete…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Package no. %1 with %Ln records written to:
%2

Send it to the other office; they import it with File › Import package…</source>
        <translation>
            <numerusform>Paquete n.º %1 con %Ln registro escrito en:
%2

Envíelo a la otra oficina; lo importa con Archivo › Importar paquete…</numerusform>
            <numerusform>Paquete n.º %1 con %Ln registros escrito en:
%2

Envíelo a la otra oficina; lo importa con Archivo › Importar paquete…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldsModel</name>
    <message>
        <location filename="../../ui/dialogs/package_models.py" line="+14"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Here (mine)</source>
        <translation>Aquí (mío)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other office (theirs)</source>
        <translation>Otra oficina (suyo)</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="-492"/>
        <location line="+120"/>
        <source>Attendance sheet</source>
        <translation>Hoja de asistencia</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Choose the training and the sheet (.xlsx, .xls, .ods or .csv) to import.</source>
        <translation>Elija la capacitación y la hoja (.xlsx, .xls, .ods o .csv) que desea importar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sheet file</source>
        <translation>Archivo de la hoja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Training:</source>
        <translation>&amp;Capacitación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the file comes from</source>
        <translation>Origen del archivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Form definition file (XLSForm)</source>
        <translation>Archivo de definición del formulario (XLSForm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for an export with coded answers (XML values)</source>
        <translation>Solo para una exportación con respuestas codificadas (valores XML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ch&amp;oose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the form definition file</source>
        <translation>Elegir el archivo de definición del formulario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Form &amp;definition (XLSForm):</source>
        <translation>&amp;Definición del formulario (XLSForm):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needed when the export was downloaded with “XML values” (answers as codes such as 1 and 2): in KoboToolbox, Form › ⋯ › Download XLS; in ODK, the form&apos;s .xlsx. Not needed for an export with labels.</source>
        <translation>Necesaria cuando la exportación se descargó con «valores XML» (respuestas como códigos, p. ej. 1 y 2): en KoboToolbox, Formulario › ⋯ › Descargar XLS; en ODK, el .xlsx del formulario. No hace falta para una exportación con etiquetas.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Form definition (XLSForm)</source>
        <translation>Definición del formulario (XLSForm)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XLSForm workbooks (*.xlsx *.xls *.ods)</source>
        <translation>Libros XLSForm (*.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From %1: form “%2”</source>
        <translation>De %1: formulario «%2»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1 (a form export)</source>
        <translation>De %1 (exportación de un formulario)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— people from its repeat group “%1”</source>
        <translation>— personas de su grupo repetido «%1»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)</source>
        <translation>Hojas de cálculo (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no file %1</source>
        <translation>No existe el archivo %1</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../ui/pages/quality.py" line="+29"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sexes exceed total</source>
        <translation>Desglose por sexo mayor que el total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentage out of range</source>
        <translation>Porcentaje fuera de rango</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative figure</source>
        <translation>Cifra negativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the project</source>
        <translation>Fuera del proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates do not match period</source>
        <translation>Fechas que no coinciden con el período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing target</source>
        <translation>Falta la meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No attendance recorded</source>
        <translation>Sin asistencia registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No attendance sheet attached</source>
        <translation>Sin hoja de asistencia adjunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value without evidence</source>
        <translation>Valor sin evidencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex not recorded</source>
        <translation>Sexo no registrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentage without numerator</source>
        <translation>Porcentaje sin numerador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing value</source>
        <translation>Valor que falta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft values in an approved submission</source>
        <translation>Valores en borrador en una presentación aprobada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variance not explained</source>
        <translation>Variación sin explicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed since submitted</source>
        <translation>Cambiado desde la presentación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization types to check</source>
        <translation>Tipos de organización por revisar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator value</source>
        <translation>Valor del indicador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator target</source>
        <translation>Meta del indicador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission</source>
        <translation>Presentación</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/help.py" line="-46"/>
        <source>Help — %1</source>
        <translation>Ayuda — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Help text</source>
        <translation>Texto de ayuda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No help is written for this page yet.</source>
        <translation>Todavía no hay ayuda escrita para esta página.</translation>
    </message>
</context>
<context>
    <name>ImportPackageDialog</name>
    <message>
        <location filename="../../ui/dialogs/package_import.py" line="+51"/>
        <location line="+118"/>
        <source>Import package</source>
        <translation>Importar paquete</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Package file</source>
        <translation>Archivo del paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A package (%1) from another office</source>
        <translation>Un paquete (%1) de otra oficina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heck</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the package and show what importing it would change</source>
        <translation>Verificar el paquete y mostrar qué cambiaría al importarlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package:</source>
        <translation>Paquete:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the package changes</source>
        <translation>Qué cambia el paquete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a package and press Check.</source>
        <translation>Elija un paquete y pulse Verificar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New records</source>
        <translation>Registros nuevos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not in this database yet</source>
        <translation>aún no están en esta base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changed only at the other office</source>
        <translation>modificados solo en la otra oficina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the same on both sides</source>
        <translation>iguales en ambos lados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept as here</source>
        <translation>Se conservan como aquí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changed only here since the last exchange</source>
        <translation>modificados solo aquí desde el último intercambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>changed on both sides: you choose below</source>
        <translation>modificados en ambos lados: usted elige abajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in a period locked here, or deleted here</source>
        <translation>en un período bloqueado aquí, o borrados aquí</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conflicts waiting for a choice</source>
        <translation>Conflictos pendientes de una decisión</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Both versions, field by field</source>
        <translation>Ambas versiones, campo por campo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Conservar la mía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this database&apos;s version of the selected records</source>
        <translation>Conservar la versión de esta base de datos de los registros seleccionados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace this database&apos;s version of the selected records by the other office&apos;s</source>
        <translation>Reemplazar la versión de esta base de datos de los registros seleccionados por la de la otra oficina</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Take theirs</source>
        <translation>&amp;Tomar la suya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep mine for &amp;all</source>
        <translation>Conservar la mía p&amp;ara todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs for a&amp;ll</source>
        <translation>Tomar la suya para to&amp;dos</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Exchange packages (*%1);;All files (*)</source>
        <translation>Paquetes de intercambio (*%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checking the package…</source>
        <translation>Verificando el paquete…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The package cannot be imported; nothing was changed.</source>
        <translation>El paquete no se puede importar; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>with personal data</source>
        <translation>con datos personales</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pseudonymised</source>
        <translation>seudonimizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, package no. %2 from database %3, written %4 UTC by %5 (%6).</source>
        <translation>%1, paquete n.º %2 de la base de datos %3, escrito el %4 UTC por %5 (%6).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It was imported on %1 UTC: importing it again changes nothing.</source>
        <translation>Se importó el %1 UTC: importarlo de nuevo no cambia nada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import first: these conflicts are then kept here and you choose for each.</source>
        <translation>Importe primero: estos conflictos quedan entonces aquí y usted elige para cada uno.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing the package…</source>
        <translation>Importando el paquete…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imported.</source>
        <translation>Importado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Conflicts waiting for your choice: %1</source>
        <translation>Conflictos pendientes de su decisión: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No conflicts wait for a choice.</source>
        <translation>Ningún conflicto espera una decisión.</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>Keep this database&apos;s version of all %Ln records?</source>
        <translation>
            <numerusform>¿Conservar la versión de esta base de datos del %Ln registro?</numerusform>
            <numerusform>¿Conservar la versión de esta base de datos de los %Ln registros?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Take the other office&apos;s version of all %Ln records?</source>
        <translation>
            <numerusform>¿Tomar la versión de la otra oficina del %Ln registro?</numerusform>
            <numerusform>¿Tomar la versión de la otra oficina de los %Ln registros?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve all conflicts</source>
        <translation>Resolver todos los conflictos</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+380"/>
        <source>Import attendance sheet</source>
        <translation>Importar hoja de asistencia</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../ui/dialogs/indicator_form.py" line="+115"/>
        <source>Edit indicator %1</source>
        <translation>Editar indicador %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New indicator</source>
        <translation>Nuevo indicador</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference sheet</source>
        <translation>Ficha de referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actuals and counting rule</source>
        <translation>Valores reales y regla de conteo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translations</source>
        <translation>Traducciones</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Targets…</source>
        <translation>Me&amp;tas…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the Results page on this indicator, where its targets are set</source>
        <translation>Abre la página de resultados en este indicador, donde se fijan sus metas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the indicator first</source>
        <translation>Primero guarde el indicador</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>e.g. 1.1.1.2 or OTP 1</source>
        <translation>p. ej. 1.1.1.2 u OTP 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— not linked to a result —</source>
        <translation>— sin vínculo con un resultado —</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Percentage</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes / no</source>
        <translation>Sí / no</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Higher is better</source>
        <translation>Más es mejor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower is better</source>
        <translation>Menos es mejor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulative over the life of the project (e.g. people trained)</source>
        <translation>Acumulativo durante la vida del proyecto (p. ej. personas capacitadas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key indicator (in the report&apos;s key figures)</source>
        <translation>Indicador clave (en las cifras clave del informe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 0</source>
        <translation>p. ej. 0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for the whole project</source>
        <translation>para todo el proyecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by sex</source>
        <translation>por sexo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by country</source>
        <translation>por país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by agency type</source>
        <translation>por tipo de institución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by age group</source>
        <translation>por grupo de edad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quarterly</source>
        <translation>Trimestral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semi-annual</source>
        <translation>Semestral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual</source>
        <translation>Anual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of project</source>
        <translation>Fin del proyecto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C&amp;ode:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Result:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Definition:</source>
        <translation>&amp;Definición:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Unit and direction:</source>
        <translation>&amp;Unidad y sentido:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>on</source>
        <translation>el</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Baseline:</source>
        <translation>Línea de &amp;base:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline date</source>
        <translation>Fecha de la línea de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Life-of-project target:</source>
        <translation>&amp;Meta de vida del proyecto:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Disaggre&amp;gation:</source>
        <translation>Desa&amp;gregación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data &amp;source:</source>
        <translation>&amp;Fuente de datos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Means of verification:</source>
        <translation>Medio de &amp;verificación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Collection method:</source>
        <translation>Método de reco&amp;lección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Frequency:</source>
        <translation>Fr&amp;ecuencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ponsible:</source>
        <translation>Re&amp;sponsable:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reported: officers enter the figures each period</source>
        <translation>&amp;Reportado: el personal ingresa las cifras cada período</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Computed from the register (activities, trainings, attendance)</source>
        <translation>&amp;Calculado a partir del registro (actividades, capacitaciones, asistencia)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is counted</source>
        <translation>Qué se cuenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People (each person counted once)</source>
        <translation>Personas (cada persona se cuenta una vez)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations (each counted once)</source>
        <translation>Organizaciones (cada una se cuenta una vez)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People whose post-test beats their pre-test (a percentage)</source>
        <translation>Personas cuya prueba posterior supera la previa (un porcentaje)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity types</source>
        <translation>Tipos de actividad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity statuses</source>
        <translation>Estados de la actividad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization types</source>
        <translation>Tipos de organización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countries counted</source>
        <translation>Países contados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only people who attended at least</source>
        <translation>Solo las personas que asistieron al menos al</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minimum share of days</source>
        <translation>Parte mínima de los días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only attendance marked completed</source>
        <translation>Solo la asistencia marcada como completa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date that places an activity in a period</source>
        <translation>Fecha que ubica una actividad en un período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its start (a training counts when it happens)</source>
        <translation>su inicio (una capacitación cuenta cuando ocurre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its end (a six-month study counts when it is completed)</source>
        <translation>su fin (un estudio de seis meses cuenta cuando se termina)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rule in words</source>
        <translation>La regla en palabras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the rule gives</source>
        <translation>Lo que da la regla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counting rule</source>
        <translation>Regla de conteo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is counted:</source>
        <translation>Qué se cuenta:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Activity types (none ticked: every type)</source>
        <translation>Tipos de actividad (ninguno marcado: todos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity statuses (none ticked: every status)</source>
        <translation>Estados (ninguno marcado: todos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries counted (none ticked: every country)</source>
        <translation>Países contados (ninguno marcado: todos)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Roles (none ticked: every role)</source>
        <translation>Roles (ninguno marcado: todos)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organization types (none ticked: anyone)</source>
        <translation>Tipos de organización (ninguno marcado: cualquiera)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>of the days</source>
        <translation>de los días</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An activity counts in the period of</source>
        <translation>Una actividad cuenta en el período de</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rule in words, and what it gives</source>
        <translation>La regla en palabras, y lo que da</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>A reported indicator counts nothing: choose Computed</source>
        <translation>Un indicador reportado no cuenta nada: elija Calculado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A computed indicator&apos;s unit follows what it counts</source>
        <translation>La unidad de un indicador calculado depende de lo que cuenta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Counting activities: who attended them does not matter</source>
        <translation>Se cuentan actividades: no importa quién asistió</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reported: the figures are entered each period (Results page).</source>
        <translation>Reportado: las cifras se ingresan cada período (página de resultados).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a period to see what the rule gives</source>
        <translation>Elija un período para ver lo que da la regla</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>all countries</source>
        <translation>todos los países</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing to count</source>
        <translation>nada que contar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>M</source>
        <translation>H</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(%1 of %2 with both tests)</source>
        <translation>(%1 de %2 con ambas pruebas)</translation>
    </message>
</context>
<context>
    <name>IndicatorSheetsModel</name>
    <message>
        <location filename="../../ui/pages/project.py" line="+46"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actuals</source>
        <translation>Valores reales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LOP target</source>
        <translation>Meta de vida del proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting rule</source>
        <translation>Regla de conteo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentage</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes / no</source>
        <translation>Sí / no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>computed</source>
        <translation>calculado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reported</source>
        <translation>reportado</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <location filename="../../ui/models/indicators.py" line="+31"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>Logro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulative</source>
        <translation>Acumulado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LOP target</source>
        <translation>Meta total (LOP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of target</source>
        <translation>% de la meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>computed from the register</source>
        <translation>calculado a partir del registro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reported values</source>
        <translation>valores reportados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As submitted when the period was locked</source>
        <translation>Tal como se presentó al bloquear el período</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project&apos;s status rule:</source>
        <translation>La regla de estado del proyecto:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Submitted %1, today %2 (cumulative: submitted %3, today %4)</source>
        <translation>Presentado %1, hoy %2 (acumulado: presentado %3, hoy %4)</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../ui/dialogs/lock_period.py" line="+25"/>
        <source>Lock %1</source>
        <translation>Bloquear %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Locking %1 freezes what its report was made of: its activities, attendance, values, targets, narratives and submissions can no longer be changed, and its figures are kept as submitted.</source>
        <translation>Bloquear %1 congela aquello con lo que se hizo su informe: sus actividades, asistencia, valores, metas, narrativas y presentaciones ya no se pueden cambiar, y sus cifras se guardan tal como se presentaron.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not approved yet: %1</source>
        <translation>Aún sin aprobar: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. report submitted to the donor on 30 July</source>
        <translation>p. ej. informe enviado al donante el 30 de julio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the data quality…</source>
        <translation>Comprobando la calidad de los datos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open findings</source>
        <translation>Observaciones pendientes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why they stand, e.g. targets of 2026 not set yet</source>
        <translation>Por qué se mantienen, p. ej. metas de 2026 aún sin fijar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Acknowledged because:</source>
        <translation>&amp;Aceptadas porque:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged because</source>
        <translation>Aceptadas porque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 and %2 are open. Fix them, or say why they stand: the reason is kept with the lock.</source>
        <translation>%1 y %2 están abiertos. Corríjalos o diga por qué se mantienen: el motivo se guarda con el bloqueo.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln errors</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln warnings</source>
        <translation>
            <numerusform>%Ln advertencia</numerusform>
            <numerusform>%Ln advertencias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No data-quality finding is open.</source>
        <translation>No hay observaciones de calidad de datos pendientes.</translation>
    </message>
</context>
<context>
    <name>LogframeDialog</name>
    <message>
        <location filename="../../ui/dialogs/logframe_import.py" line="+36"/>
        <location line="+54"/>
        <source>Import a logframe</source>
        <translation>Importar un marco lógico</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>A logframe workbook holds a project: its countries, result levels, results framework, indicators with their reference sheets and counting rules, and targets. Importing it creates the project, or updates it when its code is already here. Start from the empty template to fill in, or from a workbook exported here.</source>
        <translation>Un libro de marco lógico contiene un proyecto: sus países, niveles de resultados, marco de resultados, indicadores con sus fichas de referencia y reglas de conteo, y metas. Importarlo crea el proyecto, o lo actualiza si su código ya está aquí. Empiece con la plantilla vacía, o con un libro exportado aquí.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logframe workbook</source>
        <translation>Libro de marco lógico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Excel workbook (.xlsx)</source>
        <translation>Un libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save an empty &amp;template…</source>
        <translation>Guardar una &amp;plantilla vacía…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the import creates or changes</source>
        <translation>Lo que la importación crea o cambia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Check the workbook first</source>
        <translation>Primero compruebe el libro</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save an empty logframe template</source>
        <translation>Guardar una plantilla de marco lógico vacía</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Template saved: %1. Fill it in, then check it here.</source>
        <translation>Plantilla guardada: %1. Complétela y luego compruébela aquí.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a workbook first.</source>
        <translation>Primero elija un libro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing is written until you press Import. %1</source>
        <translation>No se escribe nada hasta que pulse Importar. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln problem(s) to correct in the workbook; nothing was written:</source>
        <translation>
            <numerusform>%Ln problema por corregir en el libro; no se escribió nada:</numerusform>
            <numerusform>%Ln problemas por corregir en el libro; no se escribió nada:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+95"/>
        <source>FLARE Monitor</source>
        <translation>FLARE Monitor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Project:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry:</source>
        <translation>Paí&amp;s:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pe&amp;riod:</source>
        <translation>Pe&amp;ríodo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reporting period</source>
        <translation>Período del informe</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+435"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location line="-299"/>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <location line="-120"/>
        <location line="+24"/>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>FLARE Monitor — DEMO DATABASE (not your data)</source>
        <translation>FLARE Monitor — BASE DE DATOS DE DEMOSTRACIÓN (no son sus datos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo database: %1</source>
        <translation>Base de datos de demostración: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the demo</source>
        <translation>Salir de la demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again on the database you had open before the demo</source>
        <translation>Volver a abrir la base de datos que tenía antes de la demostración</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>officer</source>
        <translation>oficial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monitoring and evaluation</source>
        <translation>seguimiento y evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>viewer</source>
        <translation>lector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database owner</source>
        <translation>propietario de la base de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no team role</source>
        <translation>sin rol en el equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open database…</source>
        <translation>A&amp;brir base de datos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent databases</source>
        <translation>Bases de datos &amp;recientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New pro&amp;ject…</source>
        <translation>Nuevo pro&amp;yecto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;logframe…</source>
        <translation>Importar &amp;marco lógico…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;attendance sheet…</source>
        <translation>Importar hoja de &amp;asistencia…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;data…</source>
        <translation>Exportar &amp;datos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+182"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="-181"/>
        <location line="+183"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;all</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Help for this page</source>
        <translation>A&amp;yuda de esta página</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About FLARE Monitor</source>
        <translation>&amp;Acerca de FLARE Monitor</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../../ui/screenshots.py" line="+138"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de datos (*.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No other database opened yet</source>
        <translation>Todavía no se abrió otra base de datos</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This page has no table to print</source>
        <translation>Esta página no tiene una tabla para imprimir</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Create a project first (Project set-up)</source>
        <translation>Primero cree un proyecto (Configuración del proyecto)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Preparing the demo database…</source>
        <translation>Preparando la base de datos de demostración…</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Life of project (LOP)</source>
        <translation>Vida del proyecto (LOP)</translation>
    </message>
    <message>
        <location line="-467"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Export package…</source>
        <translation>&amp;Exportar paquete…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Import package…</source>
        <translation>&amp;Importar paquete…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="-295"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The header row and what each column holds were detected; correct them if needed.</source>
        <translation>Se detectaron la fila de encabezados y el contenido de cada columna; corríjalos si hace falta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Header row</source>
        <translation>Fila de encabezados</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Header row (as numbered in Excel):</source>
        <translation>Fila de &amp;encabezados (numerada como en Excel):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>— not imported —</source>
        <translation>— no se importa —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-test score</source>
        <translation>Puntaje de la prueba inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-test score</source>
        <translation>Puntaje de la prueba final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days attended</source>
        <translation>Días de asistencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province / region</source>
        <translation>Provincia / región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age group</source>
        <translation>Grupo de edad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remarks</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date (checked, not imported)</source>
        <translation>Fecha (se verifica, no se importa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant code</source>
        <translation>Código de participante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form submission</source>
        <translation>Envío del formulario</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No header row was recognised: choose the row and the columns.</source>
        <translation>No se reconoció ninguna fila de encabezados: elija la fila y las columnas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detected header in row %1.</source>
        <translation>Encabezados detectados en la fila %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading in the sheet</source>
        <translation>Encabezado en la hoja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Column %1 holds</source>
        <translation>La columna %1 contiene</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/dialogs/organization_form.py" line="+135"/>
        <source>Merge duplicate organizations</source>
        <translation>Fusionar organizaciones duplicadas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The people and partnerships of the other organization move to the one you keep, and the other is deleted. A backup of the database is made first, and the merge is kept in the audit trail.</source>
        <translation>Las personas y alianzas de la otra organización pasan a la que conserva, y la otra se elimina. Antes se hace una copia de seguridad de la base de datos, y la fusión queda en el registro de auditoría.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep:</source>
        <translation>Conservar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>participants: %1</source>
        <translation>participantes: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
</context>
<context>
    <name>NarrativesPage</name>
    <message>
        <location filename="../../ui/pages/narratives.py" line="+102"/>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ris&amp;ks and assumptions…</source>
        <translation>R&amp;iesgos y supuestos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project&apos;s risk register, printed in the Technical Progress Report</source>
        <translation>El registro de riesgos del proyecto, que se imprime en el Informe técnico de progreso</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Key figures of the period</source>
        <translation>Cifras clave del período</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="-337"/>
        <location filename="../../ui/pages/narratives.py" line="+32"/>
        <source>Narratives</source>
        <translation>Narrativas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/narratives.py" line="-16"/>
        <source>Period &amp;narrative</source>
        <translation>&amp;Narrativa del período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Technical Progress Report</source>
        <translation>Informe &amp;técnico de progreso</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The project&apos;s results framework has no outcomes yet.</source>
        <translation>El marco de resultados del proyecto aún no tiene efectos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress by outcome</source>
        <translation>Avance por efecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report&apos;s other sections</source>
        <translation>Las demás secciones del informe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report prints these sections for the whole project (success story, response to the donor&apos;s comments…): choose All countries to write them. A country&apos;s progress towards each outcome is written above.</source>
        <translation>El informe imprime estas secciones para todo el proyecto (historia de éxito, respuesta a los comentarios del donante…): elija Todos los países para escribirlas. El avance de un país hacia cada efecto se escribe arriba.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Choose photo…</source>
        <translation>Elegir &amp;foto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Choose the success story&apos;s photo</source>
        <translation>Elegir la foto de la historia de éxito</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Re&amp;move photo</source>
        <translation>&amp;Quitar la foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who and what the photo shows, where and when</source>
        <translation>A quién y qué muestra la foto, dónde y cuándo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption of the photo</source>
        <translation>Leyenda de la foto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capt&amp;ion:</source>
        <translation>&amp;Leyenda:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Photos (*.png *.jpg *.jpeg)</source>
        <translation>Fotos (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+166"/>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>No photo: the story is printed without one.</source>
        <translation>Sin foto: la historia se imprime sin ella.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot show
this file</source>
        <translation>No se puede mostrar
este archivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One person or institution whose situation changed thanks to the project: who they are, what happened, what is different now.</source>
        <translation>Una persona o institución cuya situación cambió gracias al proyecto: quién es, qué pasó, qué es distinto ahora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the project was managed and coordinated: the team, steering committees, partners, other projects.</source>
        <translation>Cómo se gestionó y coordinó el proyecto: el equipo, los comités directivos, los socios, otros proyectos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The donor&apos;s comments on the last report, and how the project or this report answers each.</source>
        <translation>Los comentarios del donante sobre el último informe, y cómo el proyecto o este informe responde a cada uno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The evaluation&apos;s recommendations, and what the project did about each of them.</source>
        <translation>Las recomendaciones de la evaluación, y lo que el proyecto hizo con cada una.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether the project is exempt from VAT in each country and any problem with it (left out of the report when empty).</source>
        <translation>Si el proyecto está exento del IVA en cada país y cualquier problema al respecto (se omite del informe si está vacío).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the results will last after the project: who takes over what, with which means.</source>
        <translation>Cómo perdurarán los resultados después del proyecto: quién se hace cargo de qué, con qué medios.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What progress did the project make towards this outcome in the half-year?</source>
        <translation>¿Qué avance logró el proyecto hacia este efecto en el semestre?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Progress towards %1</source>
        <translation>Avance hacia %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Evidence files…</source>
        <translation>Archivos de evidencia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence files of %1</source>
        <translation>Archivos de evidencia de %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Evidence — %1 — %2</source>
        <translation>Evidencias — %1 — %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What did the project achieve this period? Name the trainings, agencies and numbers.</source>
        <translation>¿Qué logró el proyecto en este período? Mencione las capacitaciones, las instituciones y las cifras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What got in the way, and what did the team do about it?</source>
        <translation>¿Qué dificultades hubo y qué hizo el equipo para superarlas?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would you do differently next time?</source>
        <translation>¿Qué haría de otra manera la próxima vez?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What worked well and could be repeated elsewhere?</source>
        <translation>¿Qué funcionó bien y podría repetirse en otros lugares?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which activities are planned for the next period?</source>
        <translation>¿Qué actividades están previstas para el próximo período?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to save: no change since the texts were saved</source>
        <translation>Nada que guardar: ningún cambio desde que se guardaron los textos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a project first</source>
        <translation>Primero elija un proyecto</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>whole project</source>
        <translation>todo el proyecto</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Narrative — %1</source>
        <translation>Narrativa — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These texts are %1&apos;s: the report prints them in %1&apos;s section.</source>
        <translation>Estos textos son de %1: el informe los imprime en la sección de %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These texts are the whole project&apos;s (no country chosen): the report prints them in its project-wide sections. Choose a country above to write that country&apos;s texts.</source>
        <translation>Estos textos son de todo el proyecto (no se eligió un país): el informe los imprime en sus secciones generales. Elija un país arriba para escribir los textos de ese país.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The Technical Progress Report covers a half-year: these texts are written for %1, the half-year that holds %2, and the report of %1 prints them.</source>
        <translation>El Informe técnico de progreso abarca un semestre: estos textos se escriben para %1, el semestre que contiene %2, y el informe de %1 los imprime.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These texts are written for %1; the Technical Progress Report of %1 prints them.</source>
        <translation>Estos textos se escriben para %1; el Informe técnico de progreso de %1 los imprime.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Activities in the period</source>
        <translation>Actividades en el período</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>completed</source>
        <translation>realizadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trainings completed</source>
        <translation>capacitaciones realizadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People trained</source>
        <translation>Personas capacitadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key indicators</source>
        <translation>Indicadores clave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>Logro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Male</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Save the narrative</source>
        <translation>Guardar la narrativa</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Narrative saved</source>
        <translation>Narrativa guardada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsaved narrative</source>
        <translation>Narrativa sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The narrative of %1 has unsaved changes. Save them?</source>
        <translation>La narrativa de %1 tiene cambios sin guardar. ¿Desea guardarlos?</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <location filename="../../ui/dialogs/organization_form.py" line="-117"/>
        <source>Edit organization</source>
        <translation>Editar organización</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An import created this organization and typed it “Other”: check its type. Saving confirms it.</source>
        <translation>Una importación creó esta organización con el tipo “Otro”: revise su tipo. Guardar lo confirma.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acronym:</source>
        <translation>&amp;Sigla:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
</context>
<context>
    <name>OrganizationsModel</name>
    <message>
        <location filename="../../ui/pages/organizations.py" line="+40"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type checked</source>
        <translation>Tipo revisado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new — check the type</source>
        <translation>nueva — revisar el tipo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An import created it and typed it “Other”: check its type (Edit…) or Confirm type</source>
        <translation>Una importación la creó con el tipo “Otro”: revise su tipo (Editar…) o Confirmar tipo</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <location filename="../../ui/main_window.py" line="+5"/>
        <location filename="../../ui/pages/organizations.py" line="+27"/>
        <location line="+39"/>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organizations.py" line="-55"/>
        <source>Search by name or acronym (Ctrl+F)</source>
        <translation>Buscar por nombre o sigla (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search organizations</source>
        <translation>Buscar organizaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only those to check (new — check the type)</source>
        <translation>Solo las que hay que revisar (nueva — revisar el tipo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the organizations of every country, not only the one chosen</source>
        <translation>Mostrar las organizaciones de todos los países, no solo del elegido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edi&amp;t…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm t&amp;ype</source>
        <translation>&amp;Confirmar tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge duplicates…</source>
        <translation>&amp;Fusionar duplicados…</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 organizations</source>
        <translation>%1 organizaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to check</source>
        <translation>%1 por revisar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select one organization first</source>
        <translation>Primero seleccione una organización</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select organizations marked “new — check the type” first</source>
        <translation>Primero seleccione organizaciones marcadas “nueva — revisar el tipo”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select the two organizations that are one (Ctrl+click)</source>
        <translation>Seleccione las dos organizaciones que son una (Ctrl+clic)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Types confirmed: %1</source>
        <translation>Tipos confirmados: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Merge organizations</source>
        <translation>Fusionar organizaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge %1 into %2?</source>
        <translation>¿Fusionar %1 en %2?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merged %1 into %2</source>
        <translation>%1 fusionada en %2</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="+48"/>
        <location line="+155"/>
        <source>Edit participant</source>
        <translation>Editar participante</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+155"/>
        <source>New participant</source>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>— none —</source>
        <translation>— ninguna —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— not recorded —</source>
        <translation>— no registrado —</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>under 18</source>
        <translation>menor de 18</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>— choose —</source>
        <translation>— elija —</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Consented to the use of their data</source>
        <translation>Dio su consentimiento para el uso de sus datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive record (e.g. a victim of forced labour)</source>
        <translation>Registro sensible (p. ej., una víctima de trabajo forzoso)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sex:</source>
        <translation>&amp;Sexo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Position:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Age group:</source>
        <translation>&amp;Grupo de edad:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>e.g. %1</source>
        <translation>p. ej. %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>sex: choose one, or “not recorded” when it is not known</source>
        <translation>sexo: elija uno, o «no registrado» si no se conoce</translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="+325"/>
        <source>Add participant</source>
        <translation>Agregar participante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, phone or e-mail</source>
        <translation>Nombre, teléfono o correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search participants</source>
        <translation>Buscar participantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matching participants</source>
        <translation>Participantes que coinciden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(sensitive record)</source>
        <translation>(registro sensible)</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../ui/models/participants.py" line="-171"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization type</source>
        <translation>Tipo de organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>● = sensitive record (e.g. a victim): name and contacts hidden</source>
        <translation>● = registro sensible (p. ej., una víctima): nombre y contactos ocultos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name hidden (sensitive record)</source>
        <translation>Nombre oculto (registro sensible)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Sensitive record: shown only when “Show sensitive names” is on</source>
        <translation>Registro sensible: se muestra solo si «Mostrar nombres sensibles» está activado</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../ui/pages/participants.py" line="+35"/>
        <source>Search by name, phone or e-mail, in any script (Ctrl+F)</source>
        <translation>Buscar por nombre, teléfono o correo electrónico, en cualquier alfabeto (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search participants</source>
        <translation>Buscar participantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show contact details</source>
        <translation>Mostrar datos de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show sensitive names</source>
        <translation>Mostrar nombres sensibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New participant</source>
        <translation>&amp;Nuevo participante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edi&amp;t…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review &amp;duplicates…</source>
        <translation>Revisar &amp;duplicados…</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Select a participant first</source>
        <translation>Primero seleccione un participante</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln participants (%1)</source>
        <translation>
            <numerusform>%Ln participante (%1)</numerusform>
            <numerusform>%Ln participantes (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="-6"/>
        <location filename="../../ui/pages/participants.py" line="-114"/>
        <location line="+60"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="+53"/>
        <source>all countries</source>
        <translation>todos los países</translation>
    </message>
</context>
<context>
    <name>PastePreview</name>
    <message>
        <location filename="../../ui/entry_grid.py" line="+208"/>
        <source>Paste from a spreadsheet</source>
        <translation>Pegar desde una hoja de cálculo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cell</source>
        <translation>Celda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pasted</source>
        <translation>Pegado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 of %2 pasted cells cannot be written; nothing was written. Correct them and paste again.</source>
        <translation>%1 de %2 celdas pegadas no se pueden escribir; no se escribió nada. Corríjalas y vuelva a pegar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cells will be written (empty cells of the block are left as they are).</source>
        <translation>Se escribirán %1 celdas (las celdas vacías del bloque quedan como están).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Write the values</source>
        <translation>&amp;Escribir los valores</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ui/models/import_preview.py" line="+73"/>
        <source>Excel row</source>
        <translation>Fila de Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors and warnings</source>
        <translation>Errores y advertencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-test</source>
        <translation>Prueba inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-test</source>
        <translation>Prueba final</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New person</source>
        <translation>Persona nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found in register</source>
        <translation>Encontrada en el registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already on roster</source>
        <translation>Ya está en la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate in sheet</source>
        <translation>Duplicada en la hoja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited in the form</source>
        <translation>Editado en el formulario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not on the roster</source>
        <translation>No está en la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+29"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is written yet. Rows with errors must be fixed in the sheet first.</source>
        <translation>Todavía no se guarda nada. Las filas con errores deben corregirse primero en la hoja.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show only rows with errors or warnings</source>
        <translation>Mostrar solo las filas con errores o advertencias</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planned rows</source>
        <translation>Filas previstas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking every row…</source>
        <translation>Revisando cada fila…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%Ln new people</source>
        <translation>
            <numerusform>%Ln persona nueva</numerusform>
            <numerusform>%Ln personas nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln found in the register</source>
        <comment>people</comment>
        <translation>
            <numerusform>%Ln encontrada en el registro</numerusform>
            <numerusform>%Ln encontradas en el registro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln already on the roster</source>
        <comment>people</comment>
        <translation>
            <numerusform>%Ln ya en la lista de participantes</numerusform>
            <numerusform>%Ln ya en la lista de participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln duplicates in the sheet</source>
        <translation>
            <numerusform>%Ln duplicado en la hoja</numerusform>
            <numerusform>%Ln duplicados en la hoja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln with errors</source>
        <comment>rows</comment>
        <translation>
            <numerusform>%Ln con errores</numerusform>
            <numerusform>%Ln con errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln warnings</source>
        <translation>
            <numerusform>%Ln advertencia</numerusform>
            <numerusform>%Ln advertencias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln submissions edited in the form since the last import</source>
        <translation>
            <numerusform>%Ln envío editado en el formulario desde la última importación</numerusform>
            <numerusform>%Ln envíos editados en el formulario desde la última importación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln not on the roster</source>
        <comment>submissions</comment>
        <translation>
            <numerusform>%Ln fuera de la lista de participantes</numerusform>
            <numerusform>%Ln fuera de la lista de participantes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New organizations: %1.</source>
        <translation>Organizaciones nuevas: %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../ui/dialogs/project_form.py" line="+26"/>
        <source>Edit project %1</source>
        <translation>Editar el proyecto %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. BRIDGE</source>
        <translation>p. ej. BRIDGE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. United States Department of Labor (USDOL)</source>
        <translation>p. ej. Departamento de Trabajo de los Estados Unidos (USDOL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grant or cooperative agreement number</source>
        <translation>Número de subvención o de acuerdo de cooperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. International Labour Organization</source>
        <translation>p. ej. Organización Internacional del Trabajo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calendar quarters (January to December)</source>
        <translation>Trimestres del año civil (enero a diciembre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal year</source>
        <translation>Año fiscal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>One per line, top first, e.g.
Outcome
Output</source>
        <translation>Uno por línea, del más alto al más bajo, p. ej.
Efecto
Producto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the USDOL levels</source>
        <translation>Usar los niveles del USDOL</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;ode:</source>
        <translation>Có&amp;digo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Donor:</source>
        <translation>D&amp;onante:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grant number:</source>
        <translation>Número de &amp;subvención:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gra&amp;ntee:</source>
        <translation>Entidad &amp;beneficiaria:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Start and end:</source>
        <translation>&amp;Inicio y fin:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>starting in</source>
        <translation>que empieza en</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reporting &amp;calendar:</source>
        <translation>&amp;Calendario de informes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting calendar</source>
        <translation>Calendario de informes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First month of the fiscal year</source>
        <translation>Primer mes del año fiscal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result &amp;levels:</source>
        <translation>&amp;Niveles de resultados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descr&amp;iption:</source>
        <translation>Descri&amp;pción:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countries and provinces</source>
        <translation>Países y provincias</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The results, levels and indicators can be translated here once the project is saved.</source>
        <translation>Los resultados, niveles e indicadores se pueden traducir aquí una vez guardado el proyecto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Project</source>
        <translation>Pro&amp;yecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor co&amp;ver sheet</source>
        <translation>&amp;Hoja de portada del donante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ranslations</source>
        <translation>T&amp;raducciones</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Unique Entity ID of the grantee (SAM.gov)</source>
        <translation>Identificador único de entidad (UEI) de la entidad beneficiaria (SAM.gov)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name, title, e-mail and telephone</source>
        <translation>Nombre, cargo, correo electrónico y teléfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 13500000</source>
        <translation>p. ej. 13500000</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;UEI:</source>
        <translation>&amp;UEI:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Headquarters contact:</source>
        <translation>Contacto en la s&amp;ede:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fi&amp;eld contact:</source>
        <translation>Cont&amp;acto en el terreno:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total &amp;funding:</source>
        <translation>&amp;Financiación total:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorised represent&amp;ative:</source>
        <translation>Representante autori&amp;zado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative&apos;s &amp;job title:</source>
        <translation>Cargo de&amp;l representante:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The donor report&apos;s cover sheet and certification print these details; the representative signs the certification.</source>
        <translation>La portada y la certificación del informe al donante imprimen estos datos; el representante firma la certificación.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only a fiscal year starts in another month than January</source>
        <translation>Solo un año fiscal empieza en otro mes que enero</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Saved; correct the translation and press Save again</source>
        <translation>Guardado; corrija la traducción y pulse Guardar de nuevo</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../../ui/main_window.py" line="+5"/>
        <location filename="../../ui/pages/project.py" line="+147"/>
        <source>Project set-up</source>
        <translation>Configuración del proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/project.py" line="-116"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edi&amp;t project…</source>
        <translation>Edi&amp;tar proyecto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport logframe…</source>
        <translation>E&amp;xportar marco lógico…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import logframe…</source>
        <translation>&amp;Importar marco lógico…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete project…</source>
        <translation>Eliminar proyecto…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+19"/>
        <source>Results framework</source>
        <translation>Marco de resultados</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&amp;Add result…</source>
        <translation>A&amp;gregar resultado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;under…</source>
        <translation>Agregar &amp;debajo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit re&amp;sult…</source>
        <translation>Editar res&amp;ultado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move up</source>
        <translation>Su&amp;bir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move un&amp;der…</source>
        <translation>Mover bajo &amp;otro…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+23"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Counting rule</source>
        <translation>Regla de conteo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add indi&amp;cator…</source>
        <translation>Agregar indi&amp;cador…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit indicator…</source>
        <translation>Editar indicador…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete indicator…</source>
        <translation>Eliminar indicador…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tar&amp;gets…</source>
        <translation>&amp;Metas…</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>fiscal year starting in %1</source>
        <translation>año fiscal que empieza en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calendar quarters</source>
        <translation>trimestres del año civil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Donor: %1</source>
        <translation>Donante: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant: %1</source>
        <translation>Subvención: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grantee: %1</source>
        <translation>Beneficiario: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2, reported in %3</source>
        <translation>%1 a %2, informes en %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Countries: %1</source>
        <translation>Países: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result levels: %1</source>
        <translation>Niveles de resultados: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not named yet (Edit project…)</source>
        <translation>aún sin nombre (Editar proyecto…)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add the first result of the framework (Add result…).</source>
        <translation>Agregue el primer resultado del marco (Agregar resultado…).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Indicators of %1</source>
        <translation>Indicadores de %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Create a project first</source>
        <translation>Primero cree un proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a result in the framework first</source>
        <translation>Primero seleccione un resultado en el marco</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 counts: %2</source>
        <translation>%1 cuenta: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is reported: officers enter its figures each period</source>
        <translation>%1 es reportado: el personal ingresa sus cifras cada período</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several indicators are selected: select one</source>
        <translation>Hay varios indicadores seleccionados: seleccione uno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select an indicator first</source>
        <translation>Primero seleccione un indicador</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Already the first at its level</source>
        <translation>Ya es el primero de su nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already the last at its level</source>
        <translation>Ya es el último de su nivel</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Export the logframe</source>
        <translation>Exportar el marco lógico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logframe written to %1</source>
        <translation>Marco lógico escrito en %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete project %1</source>
        <translation>Eliminar el proyecto %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleting %1 removes its results framework, indicators, targets, values, narratives, activities and their attendance. A backup of the database is made first.

Type the project&apos;s code to delete it:</source>
        <translation>Eliminar %1 borra su marco de resultados, indicadores, metas, valores, narrativas, actividades y su asistencia. Antes se hace una copia de seguridad de la base de datos.

Escriba el código del proyecto para eliminarlo:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted project %1</source>
        <translation>Proyecto %1 eliminado</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>— the top of the framework —</source>
        <translation>— la cima del marco —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put it under:</source>
        <translation>Ponerlo bajo:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete result</source>
        <translation>Eliminar resultado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the result %1?</source>
        <translation>¿Eliminar el resultado %1?</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Delete indicator</source>
        <translation>Eliminar indicador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the indicator %1 and its targets?</source>
        <translation>¿Eliminar el indicador %1 y sus metas?</translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <location filename="../../ui/pages/quality.py" line="+45"/>
        <source>Run the checks &amp;again</source>
        <translation>Volver a rev&amp;isar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>all countries</source>
        <translation>todos los países</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2 for %3 %4 (%5).</source>
        <translation>%1 y %2 para %3 %4 (%5).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln errors</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln warnings</source>
        <translation>
            <numerusform>%Ln advertencia</numerusform>
            <numerusform>%Ln advertencias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No problems found for %3 %4 (%5).</source>
        <translation>No se encontraron problemas para %3 %4 (%5).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select a finding first</source>
        <translation>Primero seleccione un hallazgo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This finding has no record to open</source>
        <translation>Este hallazgo no tiene un registro que abrir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="-2"/>
        <location filename="../../ui/pages/quality.py" line="-45"/>
        <source>Data quality</source>
        <translation>Calidad de los datos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quality.py" line="-29"/>
        <source>Ope&amp;n</source>
        <translation>A&amp;brir</translation>
    </message>
</context>
<context>
    <name>RawRowsModel</name>
    <message>
        <location filename="../../ui/models/import_preview.py" line="-37"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
</context>
<context>
    <name>ReportHistoryModel</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="+67"/>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Checksum (SHA-256): %1</source>
        <translation>Suma de control (SHA-256): %1</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (no longer there)</source>
        <translation>%1 (ya no existe)</translation>
    </message>
</context>
<context>
    <name>ReportLogo</name>
    <message>
        <location filename="../../ui/report_logo.py" line="+20"/>
        <source>The logo file %1 is not there any more.</source>
        <translation>El archivo del logotipo %1 ya no está allí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The logo file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo del logotipo %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The logo file %1 is larger than 5 MB; choose a smaller image.</source>
        <translation>El archivo del logotipo %1 pesa más de 5 MB; elija una imagen más pequeña.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The logo file %1 is not a PNG or JPEG image.</source>
        <translation>El archivo del logotipo %1 no es una imagen PNG ni JPEG.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The logo file %1 is larger than 4000 pixels on a side; choose a smaller image.</source>
        <translation>El archivo del logotipo %1 mide más de 4000 píxeles de lado; elija una imagen más pequeña.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo file %1 cannot be read as an image.</source>
        <translation>El archivo del logotipo %1 no se puede leer como imagen.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="-52"/>
        <source>ILO progress report</source>
        <translation>Informe de progreso de la OIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USDOL Technical Progress Report (TPR)</source>
        <translation>Informe técnico de progreso del USDOL (TPR)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Countries of the report</source>
        <translation>Países del informe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the report</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language the donor report is written in; it starts in the language of the app. The project&apos;s texts are printed in it where the project gives them in it, else as written.</source>
        <translation>El idioma en que se redacta el informe al donante; empieza en el idioma de la aplicación. Los textos del proyecto se imprimen en ese idioma cuando el proyecto los da en él; si no, tal como se escribieron.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page size</source>
        <translation>Tamaño de página</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report template</source>
        <translation>Plantilla del informe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period of the report</source>
        <translation>Período del informe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the period ends the project</source>
        <translation>Si el período cierra el proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final report</source>
        <translation>Informe final</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Values entered but not yet approved are left out; otherwise they are counted and marked provisional.</source>
        <translation>Los valores ingresados aún no aprobados se omiten; si no, se cuentan y se marcan como provisionales.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xcel annex (.xlsx) beside the PDF</source>
        <translation>Anexo en E&amp;xcel (.xlsx) junto al PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder of the report</source>
        <translation>Carpeta del informe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Generate donor report (PDF)</source>
        <translation>&amp;Generar informe para el donante (PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open PDF</source>
        <translation>&amp;Abrir PDF</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Donor report (PDF)</source>
        <translation>Informe para el donante (PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>Period:</source>
        <translation>Período:</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Report period:</source>
        <translation>Período del informe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+77"/>
        <source>Countries:</source>
        <translation>Países:</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Language, page:</source>
        <translation>Idioma, página:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final report:</source>
        <translation>Informe final:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+63"/>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+16"/>
        <source>Generated reports</source>
        <translation>Informes generados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Countries to export</source>
        <translation>Países que se exportan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File format</source>
        <translation>Formato de archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>Exami&amp;nar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export indicator &amp;table</source>
        <translation>Exportar &amp;tabla de indicadores</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indicator table (IPTT)</source>
        <translation>Tabla de indicadores (IPTT)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exports hold aggregated figures only, never names. The donor report (PDF) with narrative and charts is produced from the same figures.</source>
        <translation>Las exportaciones contienen solo cifras agregadas, nunca nombres. El informe para el donante (PDF), con narrativa y gráficos, se elabora a partir de las mismas cifras.</translation>
    </message>
    <message numerus="yes">
        <location line="+257"/>
        <source>Report written: %1 (%Ln pages)</source>
        <translation>
            <numerusform>Informe escrito: %1 (%Ln página)</numerusform>
            <numerusform>Informe escrito: %1 (%Ln páginas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not printed: the success story&apos;s photo %1 shows people (personal data). If they agreed to its publication, untick “Shows or names people” on the evidence (Narratives page).</source>
        <translation>No impresa: la foto %1 de la historia de éxito muestra a personas (datos personales). Si aceptaron su publicación, desmarque «Muestra o nombra a personas» en la evidencia (página Narrativas).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(its name is personal data too)</source>
        <translation>(su nombre también es un dato personal)</translation>
    </message>
    <message numerus="yes">
        <location line="+144"/>
        <source>%Ln files exported</source>
        <translation>
            <numerusform>%Ln archivo exportado</numerusform>
            <numerusform>%Ln archivos exportados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="-1"/>
        <location filename="../../ui/pages/reports.py" line="-388"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="-153"/>
        <source>Annex: &amp;list of participants (no contacts)</source>
        <translation>Anexo: &amp;lista de participantes (sin datos de contacto)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Count approved values onl&amp;y</source>
        <translation>Contar solo los valores apro&amp;bados</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bro&amp;wse…</source>
        <translation>Exa&amp;minar…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Double-click a report to open it; File › Print (Ctrl+P) prints the one selected</source>
        <translation>Haga doble clic en un informe para abrirlo; Archivo › Imprimir (Ctrl+P) imprime el seleccionado</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>For&amp;mat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>All countries (project total)</source>
        <translation>Todos los países (total del proyecto)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A donor report covers a quarter; choose one in the Period box</source>
        <translation>Un informe para el donante abarca un trimestre; elija uno en el cuadro Período</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose a quarter in the Period box: a donor report covers a quarter.</source>
        <translation>Elija un trimestre en el cuadro Período: un informe para el donante abarca un trimestre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+274"/>
        <source>Choose at least one country.</source>
        <translation>Elija al menos un país.</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>Choose another logo in the Settings, or use the standard logo.</source>
        <translation>Elija otro logotipo en la Configuración o use el logotipo estándar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+270"/>
        <source>Cannot use the folder %1: %2</source>
        <translation>No se puede usar la carpeta %1: %2</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>progress towards %1</source>
        <translation>avance hacia %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Narrative sections without text: %1</source>
        <translation>Secciones narrativas sin texto: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Generating the donor report…</source>
        <translation>Generando el informe para el donante…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Excel annex: %1</source>
        <translation>Anexo en Excel: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Donor report written: %1</source>
        <translation>Informe para el donante guardado: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report was cancelled; nothing was written.</source>
        <translation>Se canceló el informe; no se guardó nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report cancelled</source>
        <translation>Informe cancelado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file %1 is no longer there.</source>
        <translation>El archivo %1 ya no existe.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No report to print yet: generate one first</source>
        <translation>Todavía no hay ningún informe que imprimir: genere uno primero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparing %1 for printing…</source>
        <translation>Preparando %1 para imprimir…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printing cancelled</source>
        <translation>Impresión cancelada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder for the donor report</source>
        <translation>Carpeta para el informe al donante</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Folder for the exports</source>
        <translation>Carpeta para las exportaciones</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Written:</source>
        <translation>Guardado:</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <location filename="../../ui/dialogs/result_form.py" line="+46"/>
        <source>Edit result %1</source>
        <translation>Editar el resultado %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New result</source>
        <translation>Nuevo resultado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 1.2</source>
        <translation>p. ej. 1.2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— the top of the framework —</source>
        <translation>— la cima del marco —</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Under:</source>
        <translation>&amp;Bajo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ode:</source>
        <translation>Có&amp;digo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Statement:</source>
        <translation>&amp;Enunciado:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use Move under… to put the result under another one</source>
        <translation>Use Mover bajo otro… para poner el resultado bajo otro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Statement</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>R&amp;esult</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ranslations</source>
        <translation>&amp;Traducciones</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../ui/pages/results.py" line="+80"/>
        <location line="+459"/>
        <source>&amp;Lock period…</source>
        <translation>&amp;Bloquear período…</translation>
    </message>
    <message>
        <location line="-454"/>
        <source>Results framework</source>
        <translation>Marco de resultados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Submission by country</source>
        <translation>Presentación por país</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Submit…</source>
        <translation>Presen&amp;tar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;turn…</source>
        <translation>&amp;Devolver…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve…</source>
        <translation>Apr&amp;obar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the country&apos;s figures of the period for review</source>
        <translation>Enviar las cifras del país del período para revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send them back with a comment the country sees</source>
        <translation>Devolverlas con un comentario que el país verá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the country&apos;s submitted figures</source>
        <translation>Aprobar las cifras presentadas por el país</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submission</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+163"/>
        <source>Reported values</source>
        <translation>Valores reportados</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Targets</source>
        <translation>Metas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a figure in a cell (Enter: next row, Tab: next column, Delete: clear); paste a block copied from Excel with Ctrl+V; a draft value is shaded, notes show in italics.</source>
        <translation>Escriba una cifra en una celda (Intro: fila siguiente, Tab: columna siguiente, Supr: borrar); pegue un bloque copiado de Excel con Ctrl+V; un valor en borrador aparece sombreado, las notas en cursiva.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Status rule — %1</source>
        <translation>Regla de estado — %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln figures differ today from those submitted (shaded orange; hover for the cause).</source>
        <translation>
            <numerusform>%Ln cifra difiere hoy de la presentada (sombreada en naranja; pase el cursor para ver la causa).</numerusform>
            <numerusform>%Ln cifras difieren hoy de las presentadas (sombreadas en naranja; pase el cursor para ver la causa).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>every country</source>
        <translation>todos los países</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Figures (counted)</source>
        <translation>Cifras (contadas)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Evidence — %1, %2</source>
        <translation>Evidencias — %1, %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Change targets of %1</source>
        <translation>Cambiar metas de %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change figures of %1</source>
        <translation>Cambiar cifras de %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Submission of %1</source>
        <translation>Presentación de %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Several countries are selected: select one</source>
        <translation>Hay varios países seleccionados: seleccione uno</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Figures are submitted per quarter, half or year, not for the LOP.</source>
        <translation>Las cifras se presentan por trimestre, semestre o año, no para el LOP.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Submitted by %1 on %2</source>
        <translation>Presentado por %1 el %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Returned by %1 on %2</source>
        <translation>Devuelto por %1 el %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewed by %1 on %2</source>
        <translation>Revisado por %1 el %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Submit %1 %2</source>
        <translation>Presentar %1 %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A note for the reviewer (optional):</source>
        <translation>Una nota para quien revisa (opcional):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return %1 %2</source>
        <translation>Devolver %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What should be changed? (required; the country sees it)</source>
        <translation>¿Qué hay que cambiar? (obligatorio; el país lo verá)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve %1 %2</source>
        <translation>Aprobar %1 %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A comment (optional):</source>
        <translation>Un comentario (opcional):</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is locked: its data cannot be changed, and its figures are those submitted.</source>
        <translation>%1 está bloqueado: sus datos no se pueden cambiar y sus cifras son las presentadas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked by %2 on %3.</source>
        <translation>Bloqueado por %2 el %3.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="-4"/>
        <location filename="../../ui/pages/results.py" line="-329"/>
        <source>Results &amp; indicators</source>
        <translation>Resultados e indicadores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="+56"/>
        <source>All results</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <location line="+277"/>
        <source>%1 is open for changes.</source>
        <translation>%1 está abierto a cambios.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not approved yet: %2.</source>
        <translation>Aún sin aprobar: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock period…</source>
        <translation>&amp;Desbloquear período…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Unlock %1</source>
        <translation>Desbloquear %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lock %1</source>
        <translation>Bloquear %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Why is %1 reopened? (kept in the audit trail)</source>
        <translation>¿Por qué se reabre %1? (queda en el registro de auditoría)</translation>
    </message>
</context>
<context>
    <name>RiskForm</name>
    <message>
        <location filename="../../ui/dialogs/risk_register.py" line="+82"/>
        <location line="+78"/>
        <source>Edit risk %1</source>
        <translation>Editar el riesgo %1</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Add a risk</source>
        <translation>Añadir un riesgo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What could go wrong, or what the project assumes will hold</source>
        <translation>Qué podría salir mal, o qué supone el proyecto que se mantendrá</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole project</source>
        <translation>Todo el proyecto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the project does to prevent it or soften its effect</source>
        <translation>Qué hace el proyecto para evitarlo o atenuar su efecto</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Risk or assumption:</source>
        <translation>&amp;Riesgo o supuesto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Likelihood:</source>
        <translation>Pro&amp;babilidad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Impact:</source>
        <translation>&amp;Impacto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mitigation:</source>
        <translation>&amp;Mitigación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add risk</source>
        <translation>Añadir riesgo</translation>
    </message>
</context>
<context>
    <name>RiskModel</name>
    <message>
        <location line="-114"/>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk or assumption</source>
        <translation>Riesgo o supuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likelihood</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitigation</source>
        <translation>Mitigación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whole project</source>
        <translation>Todo el proyecto</translation>
    </message>
</context>
<context>
    <name>RiskRegisterDialog</name>
    <message>
        <location line="+138"/>
        <source>Risks and assumptions — %1</source>
        <translation>Riesgos y supuestos — %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project&apos;s risk register. The Technical Progress Report prints it under “Risks and assumptions”: the whole project&apos;s risks and those of the countries the report covers.</source>
        <translation>El registro de riesgos del proyecto. El Informe técnico de progreso lo imprime en «Riesgos y supuestos»: los riesgos de todo el proyecto y los de los países que abarca el informe.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No risks recorded yet: Add… writes the first.</source>
        <translation>Aún no hay riesgos registrados: Añadir… escribe el primero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Select a risk first</source>
        <translation>Primero seleccione un riesgo</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Delete risk</source>
        <translation>Eliminar riesgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the risk %1 — %2?

Edit › Undo brings it back.</source>
        <translation>¿Eliminar el riesgo %1 — %2?

Editar › Deshacer lo recupera.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete risk %1</source>
        <translation>Eliminar el riesgo %1</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../ui/models/activities.py" line="+123"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days attended</source>
        <translation>Días asistidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Completó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-test</source>
        <translation>Prueba inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-test</source>
        <translation>Prueba final</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>“%1” is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="-293"/>
        <source>Roster</source>
        <translation>Lista de participantes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This period is locked: the roster cannot be changed.</source>
        <translation>Este período está bloqueado: la lista no se puede cambiar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click a yellow cell to edit days attended or test scores; Save keeps the changes.</source>
        <translation>Haga doble clic en una celda amarilla para editar los días de asistencia o las notas; Guardar conserva los cambios.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add participant…</source>
        <translation>&amp;Agregar participante…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New participant…</source>
        <translation>&amp;Nuevo participante…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone not in the register yet: enter them, then they join the roster</source>
        <translation>Alguien que aún no está en el registro: ingréselo y pasará a la lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove from roster</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import attendance sheet…</source>
        <translation>&amp;Importar hoja de asistencia…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period of this activity is locked (Results page)</source>
        <translation>El período de esta actividad está bloqueado (página de resultados)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the activity first, then import its sheet</source>
        <translation>Guarde primero la actividad y luego importe su hoja</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save the changes to the roster first: an imported sheet is written at once.</source>
        <translation>Guarde primero los cambios de la lista: una hoja importada se escribe de inmediato.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the activity first, then paste its participants.</source>
        <translation>Guarde primero la actividad y luego pegue sus participantes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy the rows from Excel with their heading row (name, sex, organization…), then paste.</source>
        <translation>Copie las filas de Excel con su fila de encabezados (nombre, sexo, organización…) y luego péguelas.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 on the roster (participants by sex — %2)</source>
        <translation>%1 en la lista (participantes por sexo — %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 is already on the roster</source>
        <translation>%1 ya está en la lista</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Remove %1 from the roster of %2? Their days attended and test scores are deleted when you save.</source>
        <translation>¿Quitar a %1 de la lista de %2? Sus días de asistencia y sus notas se borran al guardar.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>this activity</source>
        <translation>esta actividad</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Remove these %Ln people from the roster of %2? Their days attended and test scores are deleted when you save.</source>
        <translation>
            <numerusform>¿Quitar a %Ln persona de la lista de %2? Sus días de asistencia y sus notas se borran al guardar.</numerusform>
            <numerusform>¿Quitar a estas %Ln personas de la lista de %2? Sus días de asistencia y sus notas se borran al guardar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove from roster</source>
        <translation>Quitar de la lista</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../ui/dialogs/database_server.py" line="+34"/>
        <source>Use a PostgreSQL server</source>
        <translation>Usar un servidor PostgreSQL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. flare-db.office.local</source>
        <translation>p. ej., flare-db.office.local</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only to test the connection; never stored</source>
        <translation>solo para probar la conexión; nunca se guarda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted connection (required over a network you do not control)</source>
        <translation>Conexión cifrada (obligatoria en una red que usted no controla)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Test the connection</source>
        <translation>Probar la co&amp;nexión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FLARE Monitor does not store the password: it asks for it when it starts, unless your IT person has put it in your PostgreSQL password file. The choice takes effect after a restart.</source>
        <translation>FLARE Monitor no guarda la contraseña: la pide al iniciar, salvo que la persona de informática la haya puesto en su archivo de contraseñas de PostgreSQL. La elección tiene efecto después de reiniciar.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Give the name or address of the server.</source>
        <translation>Indique el nombre o la dirección del servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give only the name or address of the server (e.g. flare-db.office.local), then the port, database and user in their own boxes.</source>
        <translation>Escriba solo el nombre o la dirección del servidor (p. ej. flare-db.office.local) y el puerto, la base de datos y el usuario en sus propias casillas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the name of the database.</source>
        <translation>Indique el nombre de la base de datos.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="+47"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Location:</source>
        <translation>Ubicación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Backups:</source>
        <translation>Copias de seguridad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs:</source>
        <translation>Registros de eventos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer una copia de seguridad ahora</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Backups of a server database are made on the server.</source>
        <translation>Las copias de seguridad de una base de datos en servidor se hacen en el servidor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore from a bac&amp;kup…</source>
        <translation>Resta&amp;urar desde una copia de seguridad…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Use a Postgre&amp;SQL server…</source>
        <translation>Usar un servidor Post&amp;greSQL…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the lo&amp;cal file</source>
        <translation>Usar el archivo lo&amp;cal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At start:</source>
        <translation>Al iniciar:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+247"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Report defaults</source>
        <translation>Valores predeterminados de los informes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default export format</source>
        <translation>Formato de exportación predeterminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default report folder</source>
        <translation>Carpeta predeterminada de los informes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left empty, reports and exports go to %1 (made when the first one is written).</source>
        <translation>Si se deja vacío, los informes y las exportaciones se guardan en %1 (la carpeta se crea al escribir el primero).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Include the participant list (personal data) in annexes</source>
        <translation>Incluir la lista de participantes (datos personales) en los anexos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FLARE Monitor %1</source>
        <translation>FLARE Monitor %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup written and verified:
%1</source>
        <translation>Copia de seguridad guardada y verificada:
%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Databases (*.db)</source>
        <translation>Bases de datos (*.db)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace all the data by the backup %1?

The data as it is now is backed up first.</source>
        <translation>¿Reemplazar todos los datos por la copia de seguridad %1?

Antes se guarda una copia de los datos actuales.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored. The data as it was before is kept in %1.</source>
        <translation>Restaurado. Los datos anteriores se conservan en %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Left empty: a line to sign on the cover</source>
        <translation>Si se deja vacío: una línea para firmar en la portada</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+6"/>
        <location filename="../../ui/pages/settings.py" line="-49"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="-118"/>
        <source>The language of menus, pages and messages, and of dates and numbers; it applies the next time FLARE Monitor starts. Donor reports can be written in English, Spanish or French (chosen on the Reports page).</source>
        <translation>El idioma de los menús, las páginas y los mensajes, y el formato de fechas y números; se aplica la próxima vez que se inicie FLARE Monitor. Los informes para el donante pueden redactarse en inglés, español o francés (se elige en la página Informes).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>For&amp;mat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>the local file %1</source>
        <translation>el archivo local %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FLARE Monitor opens %1.</source>
        <translation>FLARE Monitor abre %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart FLARE Monitor for the change to take effect.</source>
        <translation>Reinicie FLARE Monitor para que el cambio tenga efecto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name or organisation printed after “Prepared by” on the report’s cover</source>
        <translation>El nombre o la organización que se imprime tras «Preparado por» en la portada del informe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepare&amp;d by:</source>
        <translation>Prepara&amp;do por:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview of the report logo</source>
        <translation>Vista previa del logotipo del informe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the report logo</source>
        <translation>Elegir el logotipo del informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the s&amp;tandard logo</source>
        <translation>Usar el logotipo es&amp;tándar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lo&amp;go:</source>
        <translation>&amp;Logotipo:</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>Report logo</source>
        <translation>Logotipo del informe</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Standard logo</source>
        <translation>Logotipo estándar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The new language applies the next time FLARE Monitor starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie FLARE Monitor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report folder</source>
        <translation>Carpeta de los informes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>projects</source>
        <translation>proyectos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activities</source>
        <translation>actividades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participants</source>
        <translation>participantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attendance records</source>
        <translation>registros de asistencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organizations</source>
        <translation>organizaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicators</source>
        <translation>indicadores</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="-311"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that this is the sheet with the attendance list.</source>
        <translation>Compruebe que esta es la hoja con la lista de asistencia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worksheet</source>
        <translation>Hoja de cálculo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First rows of the sheet</source>
        <translation>Primeras filas de la hoja</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Worksheet:</source>
        <translation>&amp;Hoja de cálculo:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln rows read%1</source>
        <translation>
            <numerusform>%Ln fila leída%1</numerusform>
            <numerusform>%Ln filas leídas%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmissionModel</name>
    <message>
        <location filename="../../ui/models/indicators.py" line="+16"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last step</source>
        <translation>Último paso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note or comment</source>
        <translation>Nota o comentario</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Note with the submission: %1</source>
        <translation>Nota de la presentación: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewer&apos;s comment: %1</source>
        <translation>Comentario de quien revisa: %1</translation>
    </message>
</context>
<context>
    <name>TranslationsTab</name>
    <message>
        <location filename="../../ui/dialogs/translations.py" line="+108"/>
        <source>A report in another language shows the project&apos;s texts in that language. A blank cell is a text not translated yet: the report shows the original and marks it.</source>
        <translation>Un informe en otro idioma muestra los textos del proyecto en ese idioma. Una celda en blanco es un texto aún sin traducir: el informe muestra el original y lo señala.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Texts written in</source>
        <translation>Textos escritos en</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Texts &amp;written in:</source>
        <translation>Textos escritos &amp;en:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The language of the statements, level names and indicator names and definitions</source>
        <translation>El idioma de los enunciados, los nombres de los niveles y los nombres y definiciones de los indicadores</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project&apos;s texts in other languages</source>
        <translation>Los textos del proyecto en otros idiomas</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Level %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result %1</source>
        <translation>Resultado %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicator %1: definition</source>
        <translation>Indicador %1: definición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicator %1: name</source>
        <translation>Indicador %1: nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section title: %1</source>
        <translation>Título de la sección: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Original (%1)</source>
        <translation>Original (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The report&apos;s own title, used where no title is given</source>
        <translation>El título propio del informe, que se usa cuando no se da ninguno</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../ui/welcome.py" line="+17"/>
        <source>Welcome to FLARE Monitor</source>
        <translation>Bienvenido a FLARE Monitor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This database holds no project yet. Set up your project once — its countries, results framework, indicators and targets — and record activities and trainings against it.</source>
        <translation>Esta base de datos aún no tiene ningún proyecto. Configure su proyecto una vez — sus países, marco de resultados, indicadores y metas — y registre actividades y capacitaciones en él.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create a project</source>
        <translation>Crear un proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type in the project&apos;s code, donor, dates, reporting calendar and countries; then its results framework and indicators.</source>
        <translation>Escriba el código del proyecto, el donante, las fechas, el calendario de informes y los países; luego su marco de resultados e indicadores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a logframe (Excel)</source>
        <translation>Importar un marco lógico (Excel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The donor&apos;s logframe in FLARE Monitor&apos;s workbook: the project, its results, indicators with their counting rules, and targets, checked and previewed before anything is written.</source>
        <translation>El marco lógico del donante en el libro de FLARE Monitor: el proyecto, sus resultados, indicadores con sus reglas de conteo y metas, comprobados y previsualizados antes de escribir nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a package from headquarters</source>
        <translation>Importar un paquete de la sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .flarepkg file another office exported: the project and its records.</source>
        <translation>Un archivo .flarepkg que exportó otra oficina: el proyecto y sus registros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another database / connect to a server</source>
        <translation>Abrir otra base de datos / conectarse a un servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A FLARE Monitor database file, or the PostgreSQL server your team shares.</source>
        <translation>Un archivo de base de datos de FLARE Monitor, o el servidor PostgreSQL que comparte su equipo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the demo</source>
        <translation>Probar la demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BRIDGE and FLARE, modelled on their public documents, in a demo database of their own: your data is never mixed with them.</source>
        <translation>BRIDGE y FLARE, basados en sus documentos públicos, en una base de datos de demostración propia: sus datos nunca se mezclan con ellos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connect to a PostgreSQL server…</source>
        <translation>Conectarse a un servidor PostgreSQL…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a server</source>
        <translation>Conectarse a un servidor</translation>
    </message>
</context>
<context>
    <name>WorkPanel</name>
    <message>
        <location filename="../../ui/widgets.py" line="+16"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="+48"/>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong: %1

The app keeps running; the details are in the log.</source>
        <translation>Algo salió mal: %1

La aplicación sigue funcionando; los detalles están en el registro de eventos.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>%1

Password:</source>
        <translation>%1

Contraseña:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1

Open the local file this time? The server stays chosen in Settings for the next start.</source>
        <translation>%1

¿Abrir el archivo local esta vez? El servidor sigue elegido en la Configuración para el próximo inicio.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1

Restore that backup now?</source>
        <translation>%1

¿Restaurar esa copia de seguridad ahora?</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>FLARE Monitor is already open with this database:
%1

Switch to that window.</source>
        <translation>FLARE Monitor ya está abierto con esta base de datos:
%1

Cambie a esa ventana.</translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <location filename="../../ui/key_figures.py" line="+18"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>at least %1 % of the target</source>
        <translation>al menos el %1 % de la meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 % to %2 % of the target</source>
        <translation>del %1 % al %2 % de la meta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>below %1 % of the target, or nothing reported</source>
        <translation>menos del %1 % de la meta, o nada reportado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no target for the period, or a target of 0 and nothing done</source>
        <translation>sin meta para el período, o una meta de 0 y nada hecho</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="+32"/>
        <source>Cannot do that</source>
        <translation>No se puede hacer</translation>
    </message>
</context>
<context>
    <name>package</name>
    <message>
        <location filename="../../ui/dialogs/package_models.py" line="-130"/>
        <location line="+21"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Project country</source>
        <translation>País del proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result level</source>
        <translation>Nivel de resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual value</source>
        <translation>Valor real</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrative</source>
        <translation>Narrativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+17"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subdivision</source>
        <translation>Subdivisión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planned start</source>
        <translation>Inicio previsto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned end</source>
        <translation>Fin prevista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual start</source>
        <translation>Inicio real</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual end</source>
        <translation>Fin real</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age group</source>
        <translation>Grupo de edad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days attended</source>
        <translation>Días de asistencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Completó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-test score</source>
        <translation>Puntaje de la prueba de entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-test score</source>
        <translation>Puntaje de la prueba de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remarks</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numerator</source>
        <translation>Numerador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denominator</source>
        <translation>Denominador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not in the package)</source>
        <translation>(no viene en el paquete)</translation>
    </message>
</context>
</TS>
