<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../ui/pages/activities.py" line="+35"/>
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
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import attendance sheet…</source>
        <translation>&amp;Importar hoja de asistencia…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+58"/>
        <location filename="../../ui/pages/activities.py" line="+7"/>
        <location line="+44"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="+26"/>
        <source>%1 of %2 activities</source>
        <translation>%1 de %2 actividades</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 is not in the country shown; choose All countries</source>
        <translation>%1 no está en el país que se muestra; elija Todos los países</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Saved %1</source>
        <translation>%1 guardada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete activity</source>
        <translation>Eliminar actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the activity %1 — %2?</source>
        <translation>¿Eliminar la actividad %1 — %2?</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+14"/>
        <source>Deleted %1</source>
        <translation>%1 eliminada</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The attendance-sheet importer is not available in this build.</source>
        <translation>La importación de hojas de asistencia no está disponible en esta versión.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../ui/dialogs/activity_form.py" line="+52"/>
        <source>Edit activity %1</source>
        <translation>Editar la actividad %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New activity</source>
        <translation>Nueva actividad</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. BR-PK-2024-TRN-APR</source>
        <translation>p. ej., BR-PK-2024-TRN-APR</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Result code, e.g. 1.2 (optional)</source>
        <translation>Código del resultado, p. ej., 1.2 (opcional)</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>— none —</source>
        <translation>— ninguna —</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Attendance (%1)</source>
        <translation>Asistencia (%1)</translation>
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
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="+249"/>
        <source>Dashboard state</source>
        <translation>Estado del tablero</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location filename="../../ui/pages/dashboard.py" line="+18"/>
        <source>Dashboard</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="+10"/>
        <source>Calculating the figures…</source>
        <translation>Calculando las cifras…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+116"/>
        <source>all countries</source>
        <translation>todos los países</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>The figures could not be calculated: %1</source>
        <translation>No se pudieron calcular las cifras: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>trainings: %1</source>
        <translation>capacitaciones: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>other / not recorded</source>
        <translation>otro / no registrado</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Female</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Male</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <location line="+45"/>
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
        <location line="+10"/>
        <source>No organization</source>
        <translation>Sin organización</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>People trained</source>
        <translation>Personas capacitadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No completed training in this period</source>
        <translation>No hay capacitaciones realizadas en este período</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+38"/>
        <source>Cumulative actual against target</source>
        <translation>Logro acumulado frente a la meta</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>No data for this indicator yet</source>
        <translation>Aún no hay datos para este indicador</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+32"/>
        <source>Activities by status</source>
        <translation>Actividades por estado</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No activity in this period</source>
        <translation>No hay actividades en este período</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+55"/>
        <source>People trained by sex and agency type</source>
        <translation>Personas capacitadas por sexo e institución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a bar to open the trainings behind it</source>
        <translation>Haga clic en una barra para abrir sus capacitaciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the indicator above the chart</source>
        <translation>Elija el indicador encima del gráfico</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click a bar to open the activities behind it</source>
        <translation>Haga clic en una barra para abrir sus actividades</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+447"/>
        <source>Imported</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 people added to the roster of %2 (%3 new in the register, %4 found in it); %5 already on the roster; %6 new organizations.</source>
        <translation>%1 personas agregadas a la lista de participantes de %2 (%3 nuevas en el registro, %4 ya registradas); %5 ya estaban en la lista; %6 organizaciones nuevas.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="+44"/>
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
        <source>Side by side</source>
        <translation>Lado a lado</translation>
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
        <location line="+4"/>
        <source>Record A (left)</source>
        <translation>Registro A (izquierda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record B (right)</source>
        <translation>Registro B (derecha)</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+42"/>
        <source>%1 pairs of records may be the same person.</source>
        <translation>%1 pares de registros podrían ser la misma persona.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Flagged because: %1</source>
        <translation>Señalado por: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merge “%1” into “%2”?

The attendance of “%1” moves to “%2”, empty fields are filled from it, and “%1” is deleted. This cannot be undone.</source>
        <translation>¿Fusionar «%1» en «%2»?

La asistencia de «%1» pasa a «%2», los campos vacíos se completan con sus datos y «%1» se elimina. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge participants</source>
        <translation>Fusionar participantes</translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <location filename="../../ui/models/participants.py" line="+173"/>
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
    <name>ExportPackageDialog</name>
    <message>
        <location filename="../../ui/dialogs/package_export.py" line="+53"/>
        <location line="+146"/>
        <source>Export package</source>
        <translation>Exportar paquete</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+29"/>
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
        <location line="+22"/>
        <source>Writing the package…</source>
        <translation>Escribiendo el paquete…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Package no. %1 with %2 records written to:
%3

Send it to the other office; they import it with File › Import package…</source>
        <translation>Paquete n.º %1 con %2 registros escrito en:
%3

Envíelo a la otra oficina; allí lo importan con Archivo › Importar paquete…</translation>
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
        <location filename="../../ui/import_wizard.py" line="-388"/>
        <location line="+33"/>
        <source>Attendance sheet</source>
        <translation>Hoja de asistencia</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Choose the training and the sheet (.xlsx, .xls, .ods or .csv) to import.</source>
        <translation>Elija la capacitación y la hoja (.xlsx, .xls, .ods o .csv) que desea importar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+12"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)</source>
        <translation>Hojas de cálculo (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no file %1</source>
        <translation>No existe el archivo %1</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../ui/pages/quality.py" line="+30"/>
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
        <source>Sex not recorded</source>
        <translation>Sexo no registrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentage without numerator</source>
        <translation>Porcentaje sin numerador</translation>
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
</context>
<context>
    <name>ImportPackageDialog</name>
    <message>
        <location filename="../../ui/dialogs/package_import.py" line="+49"/>
        <location line="+115"/>
        <source>Import package</source>
        <translation>Importar paquete</translation>
    </message>
    <message>
        <location line="-111"/>
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
        <location line="+11"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Conservar la mía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this database&apos;s version of the selected record</source>
        <translation>Conservar la versión de esta base de datos del registro seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take theirs</source>
        <translation>&amp;Tomar la suya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace this database&apos;s version by the other office&apos;s</source>
        <translation>Reemplazar la versión de esta base de datos por la de la otra oficina</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+8"/>
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
        <location line="+12"/>
        <source>Imported.</source>
        <translation>Importado.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Conflicts waiting for your choice: %1</source>
        <translation>Conflictos pendientes de su decisión: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No conflicts wait for a choice.</source>
        <translation>Ningún conflicto espera una decisión.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Keep this database&apos;s version of all %1 records?</source>
        <translation>¿Conservar la versión de esta base de datos de los %1 registros?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the other office&apos;s version of all %1 records?</source>
        <translation>¿Tomar la versión de la otra oficina de los %1 registros?</translation>
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
        <location filename="../../ui/import_wizard.py" line="+371"/>
        <source>Import attendance sheet</source>
        <translation>Importar hoja de asistencia</translation>
    </message>
</context>
<context>
    <name>IndicatorGridModel</name>
    <message>
        <location filename="../../ui/models/indicators.py" line="+115"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target female</source>
        <translation>Meta mujeres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target male</source>
        <translation>Meta hombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>Logro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual female</source>
        <translation>Logro mujeres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual male</source>
        <translation>Logro hombres</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Computed from the register</source>
        <translation>Calculado a partir del registro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From reported values</source>
        <translation>A partir de los valores reportados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This period is locked</source>
        <translation>Este período está bloqueado</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <location line="-135"/>
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
        <location line="+46"/>
        <source>computed from the register</source>
        <translation>calculado a partir del registro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reported values</source>
        <translation>valores reportados</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+79"/>
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
        <location line="+8"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>officer</source>
        <translation>oficial</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+6"/>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+24"/>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>monitoring and evaluation</source>
        <translation>seguimiento y evaluación</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Life of project (LOP)</source>
        <translation>Vida del proyecto (LOP)</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export package…</source>
        <translation>&amp;Exportar paquete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import package…</source>
        <translation>&amp;Importar paquete…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="-285"/>
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
    <name>NarrativesPage</name>
    <message>
        <location filename="../../ui/pages/narratives.py" line="+42"/>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Key figures of the period</source>
        <translation>Cifras clave del período</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="-255"/>
        <location filename="../../ui/pages/narratives.py" line="+25"/>
        <source>Narratives</source>
        <translation>Narrativas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/narratives.py" line="+5"/>
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
        <location line="+13"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>whole project</source>
        <translation>todo el proyecto</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Narrative — %1</source>
        <translation>Narrativa — %1</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+53"/>
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
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="+49"/>
        <source>Edit participant</source>
        <translation>Editar participante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New participant</source>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>— none —</source>
        <translation>— ninguna —</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>— not recorded —</source>
        <translation>— no registrado —</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>under 18</source>
        <translation>menor de 18</translation>
    </message>
    <message>
        <location line="+1"/>
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
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="+177"/>
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
        <location line="+20"/>
        <source>(sensitive record)</source>
        <translation>(registro sensible)</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../ui/models/participants.py" line="-128"/>
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
        <location line="+55"/>
        <source>● = sensitive record (e.g. a victim): name and contacts hidden</source>
        <translation>● = registro sensible (p. ej., una víctima): nombre y contactos ocultos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name hidden (sensitive record)</source>
        <translation>Nombre oculto (registro sensible)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Sensitive record: shown only when “Show sensitive names” is on</source>
        <translation>Registro sensible: se muestra solo si «Mostrar nombres sensibles» está activado</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../ui/pages/participants.py" line="+34"/>
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
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review &amp;duplicates…</source>
        <translation>Revisar &amp;duplicados…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="-1"/>
        <location filename="../../ui/pages/participants.py" line="+6"/>
        <location line="+56"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="+18"/>
        <source>all countries</source>
        <translation>todos los países</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 participants (%2)</source>
        <translation>%1 participantes (%2)</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ui/models/import_preview.py" line="+74"/>
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
        <location line="+9"/>
        <source>Checking every row…</source>
        <translation>Revisando cada fila…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 rows: %2 new people, %3 found in the register, %4 already on the roster, %5 duplicates in the sheet, %6 with errors, %7 warnings.</source>
        <translation>%1 filas: %2 personas nuevas, %3 encontradas en el registro, %4 ya en la lista de participantes, %5 duplicadas en la hoja, %6 con errores, %7 advertencias.</translation>
    </message>
    <message>
        <location line="+9"/>
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
    <name>QualityPage</name>
    <message>
        <location filename="../../ui/pages/quality.py" line="+42"/>
        <source>Run the checks &amp;again</source>
        <translation>&amp;Volver a revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+3"/>
        <location filename="../../ui/pages/quality.py" line="+22"/>
        <source>Data quality</source>
        <translation>Calidad de los datos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quality.py" line="+14"/>
        <source>%1 errors and %2 warnings for %3 %4 (all countries).</source>
        <translation>%1 errores y %2 advertencias en %3 %4 (todos los países).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No problems found for %3 %4.</source>
        <translation>No se encontraron problemas en %3 %4.</translation>
    </message>
</context>
<context>
    <name>RawRowsModel</name>
    <message>
        <location filename="../../ui/models/import_preview.py" line="-35"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
</context>
<context>
    <name>ReportHistoryModel</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="+59"/>
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
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+32"/>
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
        <location filename="../../ui/pages/reports.py" line="+42"/>
        <source>Countries of the report</source>
        <translation>Países del informe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>English</source>
        <translation>Inglés (English)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish (español)</source>
        <translation>Español</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the report</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The donor report is written in English or Spanish; it starts in the language of the app (English when the app is in French). Your own texts are printed as you wrote them.</source>
        <translation>El informe para el donante se redacta en inglés o en español; se propone el idioma de la aplicación (inglés si la aplicación está en francés). Sus propios textos se imprimen tal como los escribió.</translation>
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
        <location line="+1"/>
        <source>Annex: list of &amp;participants (no contacts)</source>
        <translation>Anexo: &amp;lista de participantes (sin datos de contacto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xcel annex (.xlsx) beside the PDF</source>
        <translation>Anexo en E&amp;xcel (.xlsx) junto al PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder of the report</source>
        <translation>Carpeta del informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;rowse…</source>
        <translation>Exa&amp;minar…</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+62"/>
        <source>Period:</source>
        <translation>Período:</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>Countries:</source>
        <translation>Países:</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Language, page:</source>
        <translation>Idioma, página:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+56"/>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+12"/>
        <source>Generated reports</source>
        <translation>Informes generados</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Double-click a report to open it</source>
        <translation>Haga doble clic en un informe para abrirlo</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <source>&amp;Export indicator table</source>
        <translation>&amp;Exportar tabla de indicadores</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indicator table (IPTT)</source>
        <translation>Tabla de indicadores (IPTT)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exports hold aggregated figures only, never names. The donor report (PDF) with narrative and charts is produced from the same figures.</source>
        <translation>Las exportaciones contienen solo cifras agregadas, nunca nombres. El informe para el donante (PDF), con narrativa y gráficos, se elabora a partir de las mismas cifras.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="-1"/>
        <location filename="../../ui/pages/reports.py" line="+23"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="+15"/>
        <source>All countries (project total)</source>
        <translation>Todos los países (total del proyecto)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A donor report covers a quarter; choose one in the Period box</source>
        <translation>Un informe para el donante abarca un trimestre; elija uno en el cuadro Período</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a quarter in the Period box: a donor report covers a quarter.</source>
        <translation>Elija un trimestre en el cuadro Período: un informe para el donante abarca un trimestre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+125"/>
        <source>Choose at least one country.</source>
        <translation>Elija al menos un país.</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Choose another logo in the Settings, or use the standard logo.</source>
        <translation>Elija otro logotipo en la Configuración o use el logotipo estándar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+121"/>
        <source>Cannot use the folder %1: %2</source>
        <translation>No se puede usar la carpeta %1: %2</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Generating the donor report…</source>
        <translation>Generando el informe para el donante…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Report written: %1 (%2 pages)</source>
        <translation>Informe guardado: %1 (%2 páginas)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Excel annex: %1</source>
        <translation>Anexo en Excel: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Donor report written: %1</source>
        <translation>Informe para el donante guardado: %1</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+5"/>
        <source>Folder for the donor report</source>
        <translation>Carpeta para el informe al donante</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Folder for the exports</source>
        <translation>Carpeta para las exportaciones</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Written:</source>
        <translation>Guardado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files exported</source>
        <translation>%1 archivos exportados</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../ui/pages/results.py" line="+60"/>
        <location line="+198"/>
        <source>&amp;Lock period…</source>
        <translation>&amp;Bloquear período…</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Results framework</source>
        <translation>Marco de resultados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Targets and actuals by period</source>
        <translation>Metas y logros por período</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Targets are editable (double-click); actuals are computed or reported, read-only.</source>
        <translation>Las metas se pueden editar (doble clic); los logros se calculan o se reportan y son de solo lectura.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="-4"/>
        <location filename="../../ui/pages/results.py" line="+33"/>
        <source>Results &amp; indicators</source>
        <translation>Resultados e indicadores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="+27"/>
        <source>All results</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>project level (all countries)</source>
        <translation>nivel de proyecto (todos los países)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 is locked: its values and attendance cannot be changed.</source>
        <translation>%1 está bloqueado: sus valores y su asistencia no se pueden modificar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is open for changes.</source>
        <translation>%1 está abierto a cambios.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlock period…</source>
        <translation>&amp;Desbloquear período…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock %1</source>
        <translation>Desbloquear %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock %1</source>
        <translation>Bloquear %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why is %1 reopened? (kept in the audit trail)</source>
        <translation>¿Por qué se reabre %1? (queda en el registro de auditoría)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why is %1 locked? e.g. report submitted to the donor</source>
        <translation>¿Por qué se bloquea %1? p. ej., informe enviado al donante</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../ui/models/activities.py" line="+84"/>
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
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="-156"/>
        <source>Roster</source>
        <translation>Lista de participantes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Double-click a yellow cell to edit days attended or test scores.</source>
        <translation>Haga doble clic en una celda amarilla para editar los días de asistencia o los puntajes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add participant…</source>
        <translation>&amp;Agregar participante…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove from roster</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import attendance sheet…</source>
        <translation>&amp;Importar hoja de asistencia…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 on the roster (participants by sex — %2)</source>
        <translation>%1 en la lista (participantes por sexo — %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Remove %1 from the roster of %2? Their days attended and test scores are deleted.</source>
        <translation>¿Quitar a %1 de la lista de participantes de %2? Se eliminan sus días de asistencia y sus puntajes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove from roster</source>
        <translation>Quitar de la lista</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../ui/dialogs/database_server.py" line="+33"/>
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
        <location filename="../../ui/pages/settings.py" line="+55"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Location:</source>
        <translation>Ubicación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema:</source>
        <translation>Esquema:</translation>
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
        <location line="+1"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Backups of a server database are made on the server.</source>
        <translation>Las copias de seguridad de una base de datos en servidor se hacen en el servidor.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Use a Postgre&amp;SQL server…</source>
        <translation>Usar un servidor Postgre&amp;SQL…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the lo&amp;cal file</source>
        <translation>Usar el &amp;archivo local</translation>
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
        <location line="+252"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The language of menus, pages and messages, and of dates and numbers; it applies the next time FLARE Monitor starts. Donor reports are written in English or Spanish.</source>
        <translation>El idioma de los menús, las páginas y los mensajes, y el formato de fechas y números; se aplica la próxima vez que se inicie FLARE Monitor. Los informes para el donante se redactan en inglés o en español.</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Include charts in the donor report</source>
        <translation>Incluir gráficos en el informe para el donante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the participant list (personal data) in annexes</source>
        <translation>Incluir la lista de participantes (datos personales) en los anexos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FLARE Monitor %1</source>
        <translation>FLARE Monitor %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+14"/>
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
        <location line="+10"/>
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
        <location line="+44"/>
        <source>Pr&amp;epared by:</source>
        <translation>Preparado p&amp;or:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+6"/>
        <location filename="../../ui/pages/settings.py" line="-38"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="+18"/>
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
        <location line="+1"/>
        <source>Started with --db, it opens the database given there instead.</source>
        <translation>Si se inicia con --db, abre en cambio la base de datos indicada allí.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your user name (%1)</source>
        <translation>Su nombre de usuario (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name or organisation printed after “Prepared by” on the report’s cover</source>
        <translation>El nombre o la organización que se imprime tras «Preparado por» en la portada del informe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview of the report logo</source>
        <translation>Vista previa del logotipo del informe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hoose…</source>
        <translation>Ele&amp;gir…</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+28"/>
        <source>The new language applies the next time FLARE Monitor starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie FLARE Monitor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report folder</source>
        <translation>Carpeta de los informes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>up to date</source>
        <translation>al día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>needs upgrade</source>
        <translation>requiere actualización</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../../ui/import_wizard.py" line="-301"/>
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
    <message>
        <location line="+19"/>
        <source>%1 rows read%2</source>
        <translation>%1 filas leídas%2</translation>
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
        <location filename="../../ui/app.py" line="+54"/>
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
        <location line="+20"/>
        <source>The connection to the database server was lost or refused: what you just did may not be saved.

Check the network (and the VPN away from the office), then try again; if it keeps failing, restart FLARE Monitor or ask the person who runs the server.</source>
        <translation>Se perdió o se rechazó la conexión con el servidor de la base de datos: puede que lo que acaba de hacer no se haya guardado.

Compruebe la red (y la VPN fuera de la oficina) y vuelva a intentarlo; si sigue fallando, reinicie FLARE Monitor o consulte a la persona que administra el servidor.</translation>
    </message>
    <message>
        <location line="+101"/>
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
        <location line="+88"/>
        <source>FLARE Monitor is already open with this database:
%1

Switch to that window.</source>
        <translation>FLARE Monitor ya está abierto con esta base de datos:
%1

Cambie a esa ventana.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../ui/core_messages.py" line="+29"/>
        <location line="+1"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex</source>
        <translation>sexo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organization</source>
        <translation>organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position</source>
        <translation>cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age group</source>
        <translation>grupo de edad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>days attended</source>
        <translation>días de asistencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>pre-test score</source>
        <translation>puntaje de la prueba inicial</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>post-test score</source>
        <translation>puntaje de la prueba final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remarks</source>
        <translation>observaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned start</source>
        <translation>inicio previsto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned end</source>
        <translation>fin previsto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actual start</source>
        <translation>inicio real</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actual end</source>
        <translation>fin real</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subdivision</source>
        <translation>subdivisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>venue</source>
        <translation>lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target</source>
        <translation>meta</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>all countries</source>
        <translation>todos los países</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Indicator %1, %2 (%3): the values by sex add up to %4, more than the total %5</source>
        <translation>Indicador %1, %2 (%3): los valores por sexo suman %4, más que el total %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Indicator %1, %2 (%3): the numerators or denominators by sex add up to more than the total&apos;s</source>
        <translation>Indicador %1, %2 (%3): los numeradores o denominadores por sexo suman más que los del total</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Indicator %1, %2 (%3): %4 % (%5/%6) is not a percentage from 0 to 100 with 0 ≤ numerator ≤ denominator</source>
        <translation>Indicador %1, %2 (%3): %4 % (%5/%6) no es un porcentaje de 0 a 100 con 0 ≤ numerador ≤ denominador</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Indicator %1, %2 (%3): negative figure (value %4, numerator %5, denominator %6)</source>
        <translation>Indicador %1, %2 (%3): cifra negativa (valor %4, numerador %5, denominador %6)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indicator %1: the target for %2 (%3) is negative (%4)</source>
        <translation>Indicador %1: la meta de %2 (%3) es negativa (%4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indicator %1: the value for %2 (%3 to %4, %5) is outside %6, which runs %7 to %8</source>
        <translation>Indicador %1: el valor de %2 (%3 a %4, %5) está fuera de %6, que va del %7 al %8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicator %1: the target for %2 (%3 to %4, %5) is outside %6, which runs %7 to %8</source>
        <translation>Indicador %1: la meta de %2 (%3 a %4, %5) está fuera de %6, que va del %7 al %8</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Indicator %1: the value for %2 (%3) is dated %4 to %5, but %6 runs %7 to %8</source>
        <translation>Indicador %1: el valor de %2 (%3) tiene fechas del %4 al %5, pero %6 va del %7 al %8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicator %1: the value for %2 (%3) is dated %4 to %5, but “%6” is not a period label</source>
        <translation>Indicador %1: el valor de %2 (%3) tiene fechas del %4 al %5, pero «%6» no es un nombre de período</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indicator %1: the target for %2 (%3) is dated %4 to %5, but %6 runs %7 to %8</source>
        <translation>Indicador %1: la meta de %2 (%3) tiene fechas del %4 al %5, pero %6 va del %7 al %8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicator %1: the target for %2 (%3) is dated %4 to %5, but “%6” is not a period label</source>
        <translation>Indicador %1: la meta de %2 (%3) tiene fechas del %4 al %5, pero «%6» no es un nombre de período</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Indicator %1 (computed) has no target for this period, so its achievement cannot be shown</source>
        <translation>El indicador %1 (calculado) no tiene meta para este período, por lo que no se puede mostrar su nivel de logro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indicator %1 (reported) has no target for this period, so its achievement cannot be shown</source>
        <translation>El indicador %1 (reportado) no tiene meta para este período, por lo que no se puede mostrar su nivel de logro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Activity %1 (%2, “%3”) is completed but has no attendance recorded, so its participants are not counted</source>
        <translation>La actividad %1 (%2, «%3») está realizada pero no tiene asistencia registrada, por lo que sus participantes no se cuentan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Participant %1 attended an activity in the period (%2) without their sex recorded; reports need the breakdown by sex</source>
        <translation>%1 participó en una actividad del período (%2) sin que se registrara su sexo; los informes necesitan el desglose por sexo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Participant %1 attended %2 activities in the period (e.g. %3) without their sex recorded; reports need the breakdown by sex</source>
        <translation>%1 participó en %2 actividades del período (p. ej., %3) sin que se registrara su sexo; los informes necesitan el desglose por sexo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Indicator %1: %2 value(s) in this period have no numerator and denominator, so the %3 figures cannot be combined into one percentage</source>
        <translation>Indicador %1: %2 valor(es) de este período no tienen numerador ni denominador, por lo que las %3 cifras no se pueden combinar en un solo porcentaje</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row %1: %2</source>
        <translation>fila %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name is missing</source>
        <translation>falta el nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name: “%1” is not a person&apos;s name</source>
        <translation>nombre: «%1» no es el nombre de una persona</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sex: “%1” is not understood; write F or M (also female/male, mujer/hombre, femme/homme, Ж/М, 女/男) or other, or leave it blank</source>
        <translation>sexo: no se entiende «%1»; escriba F o M (también mujer/hombre, female/male, femme/homme, Ж/М, 女/男) u otro, o déjelo en blanco</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sex not recorded</source>
        <translation>sexo no registrado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no sex column: everyone is recorded as “not recorded”</source>
        <translation>no hay columna de sexo: todas las personas quedan como «no registrado»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>below the total row; not imported</source>
        <translation>debajo de la fila de totales; no se importa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column %1 “%2” is not imported (heading not recognised; choose what it holds on the Columns page)</source>
        <translation>la columna %1 «%2» no se importa (encabezado no reconocido; indique su contenido en el paso Columnas)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rows %1 and %2 are the same person (%3); imported once</source>
        <translation>las filas %1 y %2 son la misma persona (%3); se importa una sola vez</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 in the register has the same name but another organization; a new person is created (check for duplicates)</source>
        <translation>%1, en el registro, tiene el mismo nombre pero otra organización; se crea una persona nueva (revise los duplicados)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sex is “%1” in the sheet but “%2” in the register; the register is kept</source>
        <translation>el sexo es «%1» en la hoja pero «%2» en el registro; se mantiene el registro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is %2 in the sheet but %3 on the roster; the roster is kept</source>
        <translation>%1: %2 en la hoja pero %3 en la lista de participantes; se mantiene la lista</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the %1 also belongs to %2 in the register; treated as another person</source>
        <translation>el dato de %1 también pertenece a %2 en el registro; se trata como otra persona</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>date %1 is outside %2 (%3 to %4)</source>
        <translation>la fecha %1 está fuera de %2 (%3 a %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a province or region of %2; left blank</source>
        <translation>«%1» no es una provincia ni región de %2; se deja en blanco</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>days attended: %1 is out of range (0 to %2, the length of %3)</source>
        <translation>días de asistencia: %1 está fuera de rango (0 a %2, la duración de %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is out of range (0 to 100)</source>
        <translation>%1: %2 está fuera de rango (0 a 100)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: “%2” is not a number</source>
        <translation>%1: «%2» no es un número</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e-mail: “%1” is not an e-mail address</source>
        <translation>correo electrónico: «%1» no es una dirección de correo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>phone: “%1” has too few digits for a phone number</source>
        <translation>teléfono: «%1» tiene muy pocos dígitos para ser un número de teléfono</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: longer than %2 characters</source>
        <translation>%1: más de %2 caracteres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: must not be empty</source>
        <translation>%1: no puede estar vacío</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: a date is required</source>
        <translation>%1: se requiere una fecha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: “%2” is not a date in the form YYYY-MM-DD</source>
        <translation>%1: «%2» no es una fecha con el formato AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is already on the roster of %2</source>
        <translation>%1 ya está en la lista de participantes de %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>same name (ignoring case, accents, spacing and word order), same organization</source>
        <translation>mismo nombre (sin contar mayúsculas, tildes, espacios ni orden de las palabras), misma organización</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>same name (ignoring case, accents, spacing and word order)</source>
        <translation>mismo nombre (sin contar mayúsculas, tildes, espacios ni orden de las palabras)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same phone number</source>
        <translation>mismo número de teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same e-mail address</source>
        <translation>misma dirección de correo electrónico</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> at %1</source>
        <translation> a las %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>activity %1</source>
        <translation>la actividad %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the participant %1</source>
        <translation>el participante %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the organization %1</source>
        <translation>la organización %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the attendance of %1 at %2</source>
        <translation>la asistencia de %1 a %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this activity</source>
        <translation>esta actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this attendance record</source>
        <translation>este registro de asistencia</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 saved %2%3%4. Your changes were not saved; reopen it to see the current version.</source>
        <translation>%1 guardó %2%3%4. Sus cambios no se guardaron; vuelva a abrir la ficha para ver la versión actual.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 deleted %2%3. Your changes were not saved.</source>
        <translation>%1 eliminó %2%3. Sus cambios no se guardaron.</translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <location filename="../../ui/key_figures.py" line="+69"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="+30"/>
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
<context>
    <name>vocab</name>
    <message>
        <location filename="../../ui/vocab.py" line="+32"/>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research</source>
        <translation>Investigación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy advice</source>
        <translation>Asesoría en políticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awareness raising</source>
        <translation>Sensibilización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical assistance</source>
        <translation>Asistencia técnica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongoing</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postponed</source>
        <translation>Aplazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitator</source>
        <translation>Facilitador/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource person</source>
        <translation>Persona recurso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizer</source>
        <translation>Organizador/a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labour department</source>
        <translation>Departamento de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law enforcement</source>
        <translation>Fuerzas del orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour inspectorate</source>
        <translation>Inspección del trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judiciary</source>
        <translation>Poder judicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employers&apos; organization</source>
        <translation>Organización de empleadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workers&apos; organization</source>
        <translation>Organización de trabajadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN / international</source>
        <translation>ONU / internacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Academia</source>
        <translation>Academia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government (other)</source>
        <translation>Otro organismo público</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highlights</source>
        <translation>Aspectos destacados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Challenges and how they were addressed</source>
        <translation>Desafíos y cómo se abordaron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons learned</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good practices</source>
        <translation>Buenas prácticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan for the next period</source>
        <translation>Plan para el próximo período</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On track</source>
        <translation>En buen camino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off track</source>
        <translation>Retrasado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No target</source>
        <translation>Sin meta</translation>
    </message>
</context>
</TS>
