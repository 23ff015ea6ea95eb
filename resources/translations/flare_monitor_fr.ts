<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../ui/messages.py" line="32"/>
        <source>Cannot do that</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../ui/pages/activities.py" line="35"/>
        <source>Filter by code, title or venue (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="36"/>
        <source>Filter activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="39"/>
        <source>Activity type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="40"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="42"/>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="43"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="45"/>
        <source>&amp;New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="46"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="47"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="48"/>
        <source>&amp;Import attendance sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="55"/>
        <location filename="../../ui/pages/activities.py" line="99"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="125"/>
        <source>%1 of %2 activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="171"/>
        <source>%1 is not in the country shown; choose All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="216"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="225"/>
        <source>Delete activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="226"/>
        <source>Delete the activity %1 — %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="232"/>
        <source>%1

Delete %2 together with its attendance records?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="235"/>
        <source>Delete activity and attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="249"/>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="262"/>
        <source>The attendance-sheet importer is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../ui/dialogs/activity_form.py" line="50"/>
        <source>Edit activity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_form.py" line="50"/>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_form.py" line="65"/>
        <source>e.g. BR-PK-2024-TRN-APR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_form.py" line="77"/>
        <source>Result code, e.g. 1.2 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_form.py" line="84"/>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_form.py" line="85"/>
        <source>Su&amp;bdivision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_form.py" line="86"/>
        <source>C&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_form.py" line="87"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_form.py" line="88"/>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_form.py" line="89"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_form.py" line="90"/>
        <source>Planned s&amp;tart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_form.py" line="91"/>
        <source>Planned &amp;end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_form.py" line="92"/>
        <source>Actual start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_form.py" line="93"/>
        <source>Actual end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_form.py" line="94"/>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_form.py" line="95"/>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_form.py" line="96"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_form.py" line="97"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_form.py" line="127"/>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_form.py" line="157"/>
        <source>Attendance (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../../ui/models/activities.py" line="23"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/activities.py" line="24"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/activities.py" line="25"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/activities.py" line="26"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/activities.py" line="27"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/activities.py" line="28"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/activities.py" line="29"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/activities.py" line="30"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="170"/>
        <source>activities in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="171"/>
        <source>activities completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="172"/>
        <source>people trained (each counted once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="173"/>
        <source>key indicators on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="187"/>
        <source>Indicator of the cumulative chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="191"/>
        <source>&amp;Indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="209"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="219"/>
        <location filename="../../ui/pages/dashboard.py" line="308"/>
        <source>all countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="223"/>
        <source>trainings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="297"/>
        <source>Other / not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="299"/>
        <source>Cumulative actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="300"/>
        <source>Cumulative target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="309"/>
        <source>No organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="318"/>
        <source>People trained by sex and agency type — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="319"/>
        <source>People trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="321"/>
        <source>No completed training in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="341"/>
        <location filename="../../ui/pages/dashboard.py" line="381"/>
        <source>Cumulative actual against target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="342"/>
        <source>No data for this indicator yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="353"/>
        <location filename="../../ui/pages/dashboard.py" line="387"/>
        <source>Activities by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="353"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="354"/>
        <source>No activity in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="375"/>
        <source>People trained by sex and agency type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="376"/>
        <source>Click a bar to open the trainings behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="382"/>
        <source>Choose the indicator above the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="388"/>
        <source>Click a bar to open the activities behind it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="443"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="454"/>
        <source>%1 people added to the roster of %2 (%3 new in the register, %4 found in it); %5 already on the roster; %6 new organizations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="42"/>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="46"/>
        <source>Candidate pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="54"/>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="57"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="58"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="59"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="60"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="61"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="62"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="63"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="64"/>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="68"/>
        <source>Record A (left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="69"/>
        <source>Record B (right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="85"/>
        <source>Merge into &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="86"/>
        <source>Merge into &amp;right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="87"/>
        <source>Keep record A; move B&apos;s attendance to it and delete B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="88"/>
        <source>Keep record B; move A&apos;s attendance to it and delete A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="130"/>
        <source>%1 pairs of records may be the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="150"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="150"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="169"/>
        <source>Flagged because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="177"/>
        <source>Merge “%1” into “%2”?

The attendance of “%1” moves to “%2”, empty fields are filled from it, and “%1” is deleted. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="182"/>
        <source>Merge participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <location filename="../../ui/models/participants.py" line="172"/>
        <source>Record A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/participants.py" line="172"/>
        <source>Record B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/participants.py" line="172"/>
        <source>Why they may be the same person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="68"/>
        <location filename="../../ui/import_wizard.py" line="99"/>
        <source>Attendance sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="69"/>
        <source>Choose the training and the sheet (.xlsx, .xls, .ods or .csv) to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="71"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="84"/>
        <source>Sheet file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="85"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="90"/>
        <source>&amp;Training:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="91"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="101"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="111"/>
        <source>There is no file %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../ui/pages/quality.py" line="28"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/quality.py" line="28"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/quality.py" line="28"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/quality.py" line="28"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/quality.py" line="31"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/quality.py" line="31"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="482"/>
        <source>Import attendance sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorGridModel</name>
    <message>
        <location filename="../../ui/models/indicators.py" line="102"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/indicators.py" line="103"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/indicators.py" line="104"/>
        <source>Target female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/indicators.py" line="105"/>
        <source>Target male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/indicators.py" line="106"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/indicators.py" line="107"/>
        <source>Actual female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/indicators.py" line="108"/>
        <source>Actual male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/indicators.py" line="144"/>
        <source>Computed from the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/indicators.py" line="144"/>
        <source>From reported values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/indicators.py" line="150"/>
        <source>This period is locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <location filename="../../ui/models/indicators.py" line="38"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/indicators.py" line="39"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/indicators.py" line="40"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/indicators.py" line="41"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/indicators.py" line="42"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/indicators.py" line="43"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/indicators.py" line="44"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/indicators.py" line="45"/>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/indicators.py" line="46"/>
        <source>LOP target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/indicators.py" line="47"/>
        <source>% of target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/indicators.py" line="48"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/indicators.py" line="79"/>
        <source>computed from the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/indicators.py" line="79"/>
        <source>reported values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>FLARE Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>Pe&amp;riod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>Reporting period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Life of project (LOP)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="197"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="199"/>
        <source>The header row and what each column holds were detected; correct them if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="203"/>
        <source>Header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="213"/>
        <source>&amp;Header row (as numbered in Excel):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="224"/>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="225"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="226"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="227"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="228"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="229"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="230"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="231"/>
        <source>Pre-test score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="232"/>
        <source>Post-test score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="233"/>
        <source>Days attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="234"/>
        <source>Province / region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="235"/>
        <source>Age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="236"/>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="237"/>
        <source>Date (checked, not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="249"/>
        <source>No header row was recognised: choose the row and the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="251"/>
        <source>Detected header in row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="269"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="270"/>
        <source>Heading in the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="271"/>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="272"/>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="282"/>
        <source>Column %1 holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NarrativesPage</name>
    <message>
        <location filename="../../ui/pages/narratives.py" line="42"/>
        <source>&amp;Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/narratives.py" line="64"/>
        <source>Key figures of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/narratives.py" line="89"/>
        <source>Narratives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/narratives.py" line="94"/>
        <source>What did the project achieve this period? Name the trainings, agencies and numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/narratives.py" line="96"/>
        <source>What got in the way, and what did the team do about it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/narratives.py" line="97"/>
        <source>What would you do differently next time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/narratives.py" line="98"/>
        <source>What worked well and could be repeated elsewhere?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/narratives.py" line="99"/>
        <source>Which activities are planned for the next period?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/narratives.py" line="112"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/narratives.py" line="118"/>
        <source>whole project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/narratives.py" line="137"/>
        <source>Narrative — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/narratives.py" line="201"/>
        <source>Narrative saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/narratives.py" line="210"/>
        <source>Unsaved narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/narratives.py" line="211"/>
        <source>The narrative of %1 has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="49"/>
        <source>Edit participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="49"/>
        <source>New participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="60"/>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="66"/>
        <source>— not recorded —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="78"/>
        <source>Consented to the use of their data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="79"/>
        <source>Sensitive record (e.g. a victim of forced labour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="85"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="86"/>
        <source>&amp;Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="87"/>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="88"/>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="89"/>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="90"/>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="91"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="92"/>
        <source>&amp;Age group:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="173"/>
        <source>Add participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="175"/>
        <source>Name, phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="176"/>
        <source>Search participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="178"/>
        <source>Matching participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="198"/>
        <source>(sensitive record)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../ui/models/participants.py" line="44"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/participants.py" line="45"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/participants.py" line="46"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/participants.py" line="47"/>
        <source>Organization type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/participants.py" line="48"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/participants.py" line="49"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/participants.py" line="50"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/participants.py" line="51"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/participants.py" line="106"/>
        <source>● = sensitive record (e.g. a victim): name and contacts hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/participants.py" line="117"/>
        <source>Name hidden (sensitive record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/participants.py" line="164"/>
        <source>Sensitive record: shown only when “Show sensitive names” is on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../ui/pages/participants.py" line="33"/>
        <source>Search by name, phone or e-mail, in any script (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="34"/>
        <source>Search participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="36"/>
        <source>Show contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="37"/>
        <source>Show sensitive names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="38"/>
        <source>&amp;New participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="39"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="40"/>
        <source>Review &amp;duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="46"/>
        <location filename="../../ui/pages/participants.py" line="102"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="120"/>
        <source>all countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="122"/>
        <source>%1 participants (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ui/models/import_preview.py" line="67"/>
        <source>Excel row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="68"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="69"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="70"/>
        <source>Errors and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="71"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="72"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="73"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="74"/>
        <source>Pre-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="75"/>
        <source>Post-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="80"/>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="81"/>
        <source>Found in register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="82"/>
        <source>Already on roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="83"/>
        <source>Duplicate in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="84"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="311"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="313"/>
        <source>Nothing is written yet. Rows with errors must be fixed in the sheet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="318"/>
        <source>Show only rows with errors or warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="324"/>
        <source>Planned rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="345"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="354"/>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="377"/>
        <source>%1 rows: %2 new people, %3 found in the register, %4 already on the roster, %5 duplicates in the sheet, %6 with errors, %7 warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="386"/>
        <source>New organizations: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="421"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <location filename="../../ui/pages/quality.py" line="72"/>
        <source>Run the checks &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/quality.py" line="73"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/quality.py" line="77"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/quality.py" line="99"/>
        <source>Data quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/quality.py" line="113"/>
        <source>%1 errors and %2 warnings for %3 %4 (all countries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/quality.py" line="116"/>
        <source>No problems found for %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RawRowsModel</name>
    <message>
        <location filename="../../ui/models/import_preview.py" line="49"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportHistoryModel</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="65"/>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="66"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="67"/>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="68"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="69"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="70"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="99"/>
        <source>%1 (no longer there)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="140"/>
        <source>Countries of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="143"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="144"/>
        <source>Spanish (español)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="145"/>
        <source>Language of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="147"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="148"/>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="149"/>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="150"/>
        <source>Annex: list of &amp;participants (no contacts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="151"/>
        <source>E&amp;xcel annex (.xlsx) beside the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="153"/>
        <source>Folder of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="154"/>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="158"/>
        <source>&amp;Generate donor report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="160"/>
        <source>&amp;Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="168"/>
        <source>Donor report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="170"/>
        <location filename="../../ui/pages/reports.py" line="232"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="171"/>
        <location filename="../../ui/pages/reports.py" line="233"/>
        <source>Countries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="176"/>
        <source>Language, page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="179"/>
        <location filename="../../ui/pages/reports.py" line="235"/>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="193"/>
        <location filename="../../ui/pages/reports.py" line="205"/>
        <source>Generated reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="204"/>
        <source>Double-click a report to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="211"/>
        <source>Countries to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="214"/>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="215"/>
        <source>CSV (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="216"/>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="218"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="219"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="223"/>
        <source>&amp;Export indicator table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="230"/>
        <source>Indicator table (IPTT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="234"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="245"/>
        <source>Exports hold aggregated figures only, never names. The donor report (PDF) with narrative and charts is produced from the same figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="268"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="283"/>
        <source>All countries (project total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="310"/>
        <source>A donor report covers a quarter; choose one in the Period box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="341"/>
        <source>Choose a quarter in the Period box: a donor report covers a quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="344"/>
        <location filename="../../ui/pages/reports.py" line="460"/>
        <source>Choose at least one country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="350"/>
        <location filename="../../ui/pages/reports.py" line="470"/>
        <source>Cannot use the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="384"/>
        <source>Generating the donor report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="396"/>
        <source>Report written: %1 (%2 pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="401"/>
        <source>Excel annex: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="402"/>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="407"/>
        <source>Donor report written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="414"/>
        <source>The report was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="415"/>
        <source>Report cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="429"/>
        <source>The file %1 is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="434"/>
        <source>Folder for the donor report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="442"/>
        <source>Folder for the exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="479"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="493"/>
        <source>Written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="494"/>
        <source>%1 files exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../ui/pages/results.py" line="60"/>
        <location filename="../../ui/pages/results.py" line="253"/>
        <source>&amp;Lock period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="65"/>
        <source>Results framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="73"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="88"/>
        <source>Targets and actuals by period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="94"/>
        <source>Targets are editable (double-click); actuals are computed or reported, read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="127"/>
        <source>Results &amp; indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="154"/>
        <source>All results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="207"/>
        <source>project level (all countries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="248"/>
        <source>%1 is locked: its values and attendance cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="250"/>
        <source>%1 is open for changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="253"/>
        <source>&amp;Unlock period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="260"/>
        <source>Unlock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="260"/>
        <source>Lock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="262"/>
        <source>Why is %1 reopened? (kept in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="264"/>
        <source>Why is %1 locked? e.g. report submitted to the donor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../ui/models/activities.py" line="114"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/activities.py" line="115"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/activities.py" line="116"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/activities.py" line="117"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/activities.py" line="118"/>
        <source>Days attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/activities.py" line="119"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/activities.py" line="120"/>
        <source>Pre-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/activities.py" line="121"/>
        <source>Post-test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="45"/>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="58"/>
        <source>Double-click a yellow cell to edit days attended or test scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="61"/>
        <source>&amp;Add participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="62"/>
        <source>&amp;Remove from roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="63"/>
        <source>&amp;Import attendance sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="98"/>
        <source>%1 on the roster (participants by sex — %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="100"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="148"/>
        <source>Remove %1 from the roster of %2? Their days attended and test scores are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="152"/>
        <source>Remove from roster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="38"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="46"/>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="47"/>
        <source>Schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="48"/>
        <source>Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="49"/>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="50"/>
        <source>Backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="51"/>
        <source>Logs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="52"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="53"/>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="65"/>
        <source>Backups of a server database are made on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="69"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="74"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="75"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="77"/>
        <source>Translations are being prepared; the language applies after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="82"/>
        <source>Report defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="85"/>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="86"/>
        <source>CSV (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="87"/>
        <source>Default export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="89"/>
        <source>Default report folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="90"/>
        <source>Documents folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="91"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="95"/>
        <source>Include charts in the donor report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="96"/>
        <source>Include the participant list (personal data) in annexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="97"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="101"/>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="105"/>
        <source>FLARE Monitor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="139"/>
        <location filename="../../ui/pages/settings.py" line="153"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="153"/>
        <source>Backup written and verified:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="163"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="163"/>
        <source>Databases (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="168"/>
        <source>Replace all the data by the backup %1?

The data as it is now is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="171"/>
        <location filename="../../ui/pages/settings.py" line="181"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="182"/>
        <source>Restored. The data as it was before is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="188"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="207"/>
        <source>Report folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="214"/>
        <source>up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="214"/>
        <source>needs upgrade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="120"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="121"/>
        <source>Check that this is the sheet with the attendance list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="123"/>
        <source>Worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="130"/>
        <source>First rows of the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="134"/>
        <source>&amp;Worksheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="154"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="173"/>
        <source>%1 rows read%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkPanel</name>
    <message>
        <location filename="../../ui/widgets.py" line="16"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="17"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <location filename="../../ui/key_figures.py" line="76"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_figures.py" line="78"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
