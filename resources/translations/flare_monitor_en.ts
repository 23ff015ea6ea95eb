<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivitiesPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/activities.py" line="+147"/>
        <source>%1 of %Ln activities in %2</source>
        <translation>
            <numerusform>%1 of %Ln activity in %2</numerusform>
            <numerusform>%1 of %Ln activities in %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard.py" line="+290"/>
        <source>activities in the period</source>
        <comment>the number is shown above</comment>
        <translation>
            <numerusform>activity in the period</numerusform>
            <numerusform>activities in the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>activities completed</source>
        <comment>the number is shown above</comment>
        <translation>
            <numerusform>activity completed</numerusform>
            <numerusform>activities completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>people trained (each counted once)</source>
        <comment>the number is shown above</comment>
        <translation>
            <numerusform>person trained (each counted once)</numerusform>
            <numerusform>people trained (each counted once)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="+549"/>
        <source>%Ln people added to the roster of %1</source>
        <translation>
            <numerusform>%Ln person added to the roster of %1</numerusform>
            <numerusform>%Ln people added to the roster of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln new in the register</source>
        <comment>people</comment>
        <translation>
            <numerusform>%Ln new in the register</numerusform>
            <numerusform>%Ln new in the register</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln found in it</source>
        <comment>people found in the register</comment>
        <translation>
            <numerusform>%Ln found in it</numerusform>
            <numerusform>%Ln found in it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln already on the roster</source>
        <comment>people</comment>
        <translation>
            <numerusform>%Ln already on the roster</numerusform>
            <numerusform>%Ln already on the roster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln new organizations</source>
        <translation>
            <numerusform>%Ln new organization</numerusform>
            <numerusform>%Ln new organizations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/duplicates.py" line="+190"/>
        <source>%Ln pairs of records may be the same person (%1).</source>
        <translation>
            <numerusform>%Ln pair of records may be the same person (%1).</numerusform>
            <numerusform>%Ln pairs of records may be the same person (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+107"/>
        <source>The merge changes %Ln figures:</source>
        <translation>
            <numerusform>The merge changes %Ln figure:</numerusform>
            <numerusform>The merge changes %Ln figures:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryGridModel</name>
    <message numerus="yes">
        <location filename="../../ui/entry_grid.py" line="+178"/>
        <source>Evidence: %n file(s)</source>
        <translation>
            <numerusform>Evidence: %n file</numerusform>
            <numerusform>Evidence: %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message numerus="yes">
        <location filename="../../ui/evidence_panel.py" line="+412"/>
        <source>Attaching %Ln files…</source>
        <translation>
            <numerusform>Attaching %Ln file…</numerusform>
            <numerusform>Attaching %Ln files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/export_data.py" line="+195"/>
        <source>%Ln rows written to %1</source>
        <translation>
            <numerusform>%Ln row written to %1</numerusform>
            <numerusform>%Ln rows written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/package_export.py" line="+215"/>
        <source>Package no. %1 with %Ln records written to:
%2

Send it to the other office; they import it with File › Import package…</source>
        <translation>
            <numerusform>Package no. %1 with %Ln record written to:
%2

Send it to the other office; they import it with File › Import package…</numerusform>
            <numerusform>Package no. %1 with %Ln records written to:
%2

Send it to the other office; they import it with File › Import package…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPackageDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/package_import.py" line="+331"/>
        <source>Keep this database&apos;s version of all %Ln records?</source>
        <translation>
            <numerusform>Keep this database&apos;s version of the %Ln record?</numerusform>
            <numerusform>Keep this database&apos;s version of all %Ln records?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Take the other office&apos;s version of all %Ln records?</source>
        <translation>
            <numerusform>Take the other office&apos;s version of the %Ln record?</numerusform>
            <numerusform>Take the other office&apos;s version of all %Ln records?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/lock_period.py" line="+95"/>
        <source>%Ln errors</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln warnings</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogframeDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/logframe_import.py" line="+136"/>
        <source>%Ln problem(s) to correct in the workbook; nothing was written:</source>
        <translation>
            <numerusform>%Ln problem to correct in the workbook; nothing was written:</numerusform>
            <numerusform>%Ln problems to correct in the workbook; nothing was written:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/participants.py" line="+166"/>
        <source>%Ln participants (%1)</source>
        <translation>
            <numerusform>%Ln participant (%1)</numerusform>
            <numerusform>%Ln participants (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="-92"/>
        <source>%Ln new people</source>
        <translation>
            <numerusform>%Ln new person</numerusform>
            <numerusform>%Ln new people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln found in the register</source>
        <comment>people</comment>
        <translation>
            <numerusform>%Ln found in the register</numerusform>
            <numerusform>%Ln found in the register</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln already on the roster</source>
        <comment>people</comment>
        <translation>
            <numerusform>%Ln already on the roster</numerusform>
            <numerusform>%Ln already on the roster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln duplicates in the sheet</source>
        <translation>
            <numerusform>%Ln duplicate in the sheet</numerusform>
            <numerusform>%Ln duplicates in the sheet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln with errors</source>
        <comment>rows</comment>
        <translation>
            <numerusform>%Ln with errors</numerusform>
            <numerusform>%Ln with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln warnings</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln submissions edited in the form since the last import</source>
        <translation>
            <numerusform>%Ln submission edited in the form since the last import</numerusform>
            <numerusform>%Ln submissions edited in the form since the last import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln not on the roster</source>
        <comment>submissions</comment>
        <translation>
            <numerusform>%Ln not on the roster</numerusform>
            <numerusform>%Ln not on the roster</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/quality.py" line="+158"/>
        <source>%Ln errors</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln warnings</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/reports.py" line="+534"/>
        <source>Report written: %1 (%Ln pages)</source>
        <translation>
            <numerusform>Report written: %1 (%Ln page)</numerusform>
            <numerusform>Report written: %1 (%Ln pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+156"/>
        <source>%Ln files exported</source>
        <translation>
            <numerusform>%Ln file exported</numerusform>
            <numerusform>%Ln files exported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/results.py" line="+248"/>
        <source>%Ln figures differ today from those submitted (shaded orange; hover for the cause).</source>
        <translation>
            <numerusform>%Ln figure differs today from the one submitted (shaded orange; hover for the cause).</numerusform>
            <numerusform>%Ln figures differ today from those submitted (shaded orange; hover for the cause).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/roster.py" line="+288"/>
        <source>Remove these %Ln people from the roster of %2? Their days attended and test scores are deleted when you save.</source>
        <translation>
            <numerusform>Remove this %Ln person from the roster of %2? Their days attended and test scores are deleted when you save.</numerusform>
            <numerusform>Remove these %Ln people from the roster of %2? Their days attended and test scores are deleted when you save.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="-221"/>
        <source>%Ln rows read%1</source>
        <translation>
            <numerusform>%Ln row read%1</numerusform>
            <numerusform>%Ln rows read%1</numerusform>
        </translation>
    </message>
</context>
</TS>
