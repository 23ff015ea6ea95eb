<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/help.py" line="+67"/>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database schema</source>
        <translation>Schéma de la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Monitoring, indicators and donor reports for ILO projects against forced labour. Your data stays on this computer (or your team&apos;s server); nothing is sent anywhere.</source>
        <translation>Suivi, indicateurs et rapports aux bailleurs pour les projets de l’OIT contre le travail forcé. Vos données restent sur cet ordinateur (ou sur le serveur de votre équipe) ; rien n’est envoyé ailleurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Software and fonts included, with their licences</source>
        <translation>Logiciels et polices inclus, avec leurs licences</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../ui/pages/activities.py" line="+36"/>
        <source>Filter by code, title or venue (Ctrl+F)</source>
        <translation>Filtrer par code, titre ou lieu (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter activities</source>
        <translation>Filtrer les activités</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity type filter</source>
        <translation>Filtre par type d’activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trainings and workshops</source>
        <translation>Formations et ateliers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New activity</source>
        <translation>&amp;Nouvelle activité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import attendance sheet…</source>
        <translation>&amp;Importer une feuille de présence…</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>%1 is not in the country and period shown; choose All countries or the LOP</source>
        <translation>%1 n’est pas dans le pays et la période affichés ; choisissez Tous les pays ou la durée du projet (LOP)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+59"/>
        <location filename="../../ui/pages/activities.py" line="-181"/>
        <location line="+44"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="-53"/>
        <source>Edi&amp;t…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message numerus="yes">
        <location line="+98"/>
        <source>%1 of %Ln activities in %2</source>
        <translation>
            <numerusform>%1 sur %Ln activité en %2</numerusform>
            <numerusform>%1 sur %Ln activités en %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the life of the project</source>
        <translation>toute la durée du projet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create a project first (Project set-up)</source>
        <translation>Créez d&apos;abord un projet (Mise en place du projet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an activity first</source>
        <translation>Sélectionnez d&apos;abord une activité</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Saved %1</source>
        <translation>Activité %1 enregistrée</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete activity</source>
        <translation>Supprimer l’activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the activity %1 — %2?</source>
        <translation>Supprimer l’activité %1 — %2&#xa0;?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1

Delete %2 together with its attendance records?</source>
        <translation>%1

Supprimer %2 ainsi que les présences enregistrées&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete activity and attendance</source>
        <translation>Supprimer l’activité et les présences</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete activity %1</source>
        <translation>Supprimer l’activité %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted %1</source>
        <translation>Activité %1 supprimée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The attendance-sheet importer is not available in this build.</source>
        <translation>L’import des feuilles de présence n’est pas disponible dans cette version.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../ui/dialogs/activity_form.py" line="+60"/>
        <location line="+266"/>
        <source>Edit activity %1</source>
        <translation>Modifier l’activité %1</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Why it was delayed, postponed or cancelled</source>
        <translation>Pourquoi elle a été retardée, reportée ou annulée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;bdivision:</source>
        <translation>Su&amp;bdivision&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Planned start:</source>
        <translation>Déb&amp;ut prévu&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned &amp;end:</source>
        <translation>&amp;Fin prévue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual start:</source>
        <translation>Début effectif&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual end:</source>
        <translation>Fin effective&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Result:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaso&amp;n:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+74"/>
        <source>— none —</source>
        <translation>— aucune —</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Proposed from the country, year and type; you may change it</source>
        <translation>Proposé d’après le pays, l’année et le type ; vous pouvez le changer</translation>
    </message>
    <message>
        <location line="+150"/>
        <location line="+4"/>
        <source>Attendance (%1)</source>
        <translation>Présences (%1)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Evidence</source>
        <translation>Justificatifs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence (%1)</source>
        <translation>Justificatifs (%1)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>New activity %1</source>
        <translation>Nouvelle activité %1</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../../ui/models/activities.py" line="+25"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <location filename="../../ui/evidence_panel.py" line="+151"/>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption (what it shows or proves)</source>
        <translation>Légende (ce qu&apos;il montre ou prouve)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type of %1</source>
        <translation>Type de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caption of %1</source>
        <translation>Légende de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attendance sheets and photos show people: they are marked as personal data, left out of exchange packages and reports unless you ask for them.</source>
        <translation>Les feuilles de présence et les photos montrent des personnes : elles sont marquées comme données personnelles et restent hors des paquets d&apos;échange et des rapports, sauf si vous les demandez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Attach</source>
        <translation>&amp;Joindre</translation>
    </message>
</context>
<context>
    <name>BusyOverlay</name>
    <message>
        <location filename="../../ui/jobs.py" line="+118"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
</context>
<context>
    <name>CellDetails</name>
    <message>
        <location filename="../../ui/entry_grid.py" line="+363"/>
        <source>Why is the figure off its target? (printed in the report)</source>
        <translation>Pourquoi le chiffre s’écarte-t-il de sa cible ? (imprimé dans le rapport)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;note</source>
        <translation>Enregistrer la &amp;note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files that prove this figure (printed in the report&apos;s annex)</source>
        <translation>Fichiers qui prouvent ce chiffre (listés dans l’annexe du rapport)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mmentaire :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variance e&amp;xplanation:</source>
        <translation>E&amp;xplication de l’écart :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data s&amp;ource:</source>
        <translation>S&amp;ource des données :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Evidence files (%1)…</source>
        <translation>&amp;Justificatifs (%1)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a cell to see or write its notes.</source>
        <translation>Choisissez une cellule pour voir ou écrire ses notes.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This period is locked.</source>
        <translation>Cette période est verrouillée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the figure first.</source>
        <translation>Saisissez d’abord le chiffre.</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../ui/dialogs/package_models.py" line="+120"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differs in</source>
        <translation>Champs qui diffèrent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From database</source>
        <translation>Base de données d’origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not imported yet</source>
        <translation>pas encore importé</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../ui/dialogs/project_form.py" line="+52"/>
        <source>Search a country by name or code</source>
        <translation>Chercher un pays par nom ou code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search countries</source>
        <translation>Chercher des pays</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Provinces or regions</source>
        <translation>Provinces ou régions</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>No country chosen yet: tick the project&apos;s countries.</source>
        <translation>Aucun pays choisi : cochez les pays du projet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Countries of the project: %1</source>
        <translation>Pays du projet : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tick a country, then the provinces or regions the project works in there.</source>
        <translation>Cochez un pays, puis les provinces ou régions où le projet y intervient.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Provinces or regions in %1 (optional):</source>
        <translation>Provinces ou régions – %1 (facultatif) :</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="+189"/>
        <source>Dashboard state</source>
        <translation>État du tableau de bord</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Submission of the period</source>
        <translation>Soumission de la période</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>activities in the period</source>
        <translation>activités sur la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activities completed</source>
        <translation>activités terminées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people trained (each counted once)</source>
        <translation>personnes formées (chacune comptée une fois)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key indicators on track</source>
        <translation>indicateurs clés en bonne voie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Indicator of the cumulative chart</source>
        <translation>Indicateur du graphique cumulé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="-2"/>
        <location filename="../../ui/pages/dashboard.py" line="+19"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="+10"/>
        <source>Calculating the figures…</source>
        <translation>Calcul des chiffres…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+150"/>
        <source>all countries</source>
        <translation>tous les pays</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>The figures could not be calculated: %1</source>
        <translation>Les chiffres n’ont pas pu être calculés&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>activities in the period</source>
        <comment>the number is shown above</comment>
        <translation>
            <numerusform>activité dans la période</numerusform>
            <numerusform>activités dans la période</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>trainings: %1</source>
        <translation>formations&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>activities completed</source>
        <comment>the number is shown above</comment>
        <translation>
            <numerusform>activité réalisée</numerusform>
            <numerusform>activités réalisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>people trained (each counted once)</source>
        <comment>the number is shown above</comment>
        <translation>
            <numerusform>personne formée (chacune comptée une fois)</numerusform>
            <numerusform>personnes formées (chacune comptée une fois)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>other / not recorded</source>
        <translation>autre / non renseigné</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The project&apos;s status rule:</source>
        <translation>La règle de statut du projet :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is locked (by %2): its figures are those submitted.</source>
        <translation>%1 est verrouillée (par %2) : ses chiffres sont ceux soumis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Submission of %1: %2</source>
        <translation>Soumission de %1 : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Female</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Male</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The project has no indicator counted in numbers or percentages yet</source>
        <translation>Le projet n&apos;a pas encore d&apos;indicateur en nombre ou en pourcentage</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Other / not recorded</source>
        <translation>Autre / non renseigné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cumulative actual</source>
        <translation>Réalisé cumulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulative target</source>
        <translation>Cible cumulée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No organization</source>
        <translation>Sans organisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People trained</source>
        <translation>Personnes formées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No completed training in this period</source>
        <translation>Aucune formation terminée sur cette période</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>Cumulative actual against target</source>
        <translation>Réalisé cumulé par rapport à la cible</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>No data for this indicator yet</source>
        <translation>Pas encore de données pour cet indicateur</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+19"/>
        <source>Activities by status</source>
        <translation>Activités par statut</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No activity in this period</source>
        <translation>Aucune activité sur cette période</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+26"/>
        <source>People trained by sex and agency type</source>
        <translation>Personnes formées par sexe et type d’organisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a bar to open the trainings behind it</source>
        <translation>Cliquez sur une barre pour ouvrir les formations correspondantes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the indicator above the chart</source>
        <translation>Choisissez l’indicateur au-dessus du graphique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click a bar to open the activities behind it</source>
        <translation>Cliquez sur une barre pour ouvrir les activités correspondantes</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+538"/>
        <source>Imported</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2, %3); %4; %5.</source>
        <translation>%1 (%2, %3) ; %4 ; %5.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln people added to the roster of %1</source>
        <translation>
            <numerusform>%Ln personne ajoutée à la liste des participants de %1</numerusform>
            <numerusform>%Ln personnes ajoutées à la liste des participants de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln new in the register</source>
        <comment>people</comment>
        <translation>
            <numerusform>%Ln nouvelle dans le registre</numerusform>
            <numerusform>%Ln nouvelles dans le registre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln found in it</source>
        <comment>people found in the register</comment>
        <translation>
            <numerusform>%Ln trouvée dans celui-ci</numerusform>
            <numerusform>%Ln trouvées dans celui-ci</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln already on the roster</source>
        <comment>people</comment>
        <translation>
            <numerusform>%Ln déjà sur la liste des participants</numerusform>
            <numerusform>%Ln déjà sur la liste des participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln new organizations</source>
        <translation>
            <numerusform>%Ln nouvelle organisation</numerusform>
            <numerusform>%Ln nouvelles organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="+56"/>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Candidate pairs</source>
        <translation>Paires candidates</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Side by side: choose the value the merged person keeps</source>
        <translation>Côte à côte : choisissez la valeur que garde la personne fusionnée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record A (left)</source>
        <translation>Fiche A (gauche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record B (right)</source>
        <translation>Fiche B (droite)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Activities attended</source>
        <translation>Activités suivies</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activities attended by record A</source>
        <translation>Activités suivies par la fiche A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities attended by record B</source>
        <translation>Activités suivies par la fiche B</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Figures the merge changes</source>
        <translation>Chiffres que la fusion modifie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+157"/>
        <source>Preview the merge to see which indicator figures it changes.</source>
        <translation>Prévisualisez la fusion pour voir quels chiffres d’indicateurs elle modifie.</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>What the merge changes</source>
        <translation>Ce que la fusion modifie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Not the same person</source>
        <translation>&amp;Pas la même personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember that these two records are different people</source>
        <translation>Retenir que ces deux fiches sont des personnes différentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view the merge</source>
        <translation>Pré&amp;visualiser la fusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge into &amp;left</source>
        <translation>Fusionner vers la &amp;gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge into &amp;right</source>
        <translation>Fusionner vers la &amp;droite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep record A; move B&apos;s attendance to it and delete B</source>
        <translation>Conserver la fiche A&#xa0;; y transférer les présences de B et supprimer B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep record B; move A&apos;s attendance to it and delete A</source>
        <translation>Conserver la fiche B&#xa0;; y transférer les présences de A et supprimer A</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+110"/>
        <source>all countries</source>
        <translation>tous les pays</translation>
    </message>
    <message numerus="yes">
        <location line="-109"/>
        <source>%Ln pairs of records may be the same person (%1).</source>
        <translation>
            <numerusform>%Ln paire de fiches peut être la même personne (%1).</numerusform>
            <numerusform>%Ln paires de fiches peuvent être la même personne (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>No activity attended</source>
        <translation>Aucune activité suivie</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The merge changes no indicator figure.</source>
        <translation>La fusion ne modifie aucun chiffre d’indicateur.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The merge changes %Ln figures:</source>
        <translation>
            <numerusform>La fusion change %Ln chiffre :</numerusform>
            <numerusform>La fusion change %Ln chiffres :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>locked: the submitted figure stays; the change shows as drift</source>
        <translation>verrouillée : le chiffre soumis reste ; le changement apparaît comme un écart</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in the period</source>
        <translation>dans la période</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cumulative</source>
        <translation>cumulé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remember that “%1” and “%2” are different people? They will not be proposed again.</source>
        <translation>Retenir que « %1 » et « %2 » sont des personnes différentes ? Elles ne seront plus proposées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not the same person</source>
        <translation>Pas la même personne</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Merge “%1” into “%2”?

The attendance of “%1” moves to “%2”, the values chosen above are kept, and “%1” is deleted. This cannot be undone.</source>
        <translation>Fusionner « %1 » dans « %2 » ?

La participation de « %1 » passe à « %2 », les valeurs choisies ci-dessus sont gardées et « %1 » est supprimée. C’est irréversible.</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a pair in the list first</source>
        <translation>Sélectionnez d&apos;abord une paire dans la liste</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Flagged because: %1</source>
        <translation>Motif du signalement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Merge participants</source>
        <translation>Fusionner des participants</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Merge “%1” into “%2”</source>
        <translation>Fusionner « %1 » dans « %2 »</translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <location filename="../../ui/models/participants.py" line="+235"/>
        <source>Record A</source>
        <translation>Fiche A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record B</source>
        <translation>Fiche B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why they may be the same person</source>
        <translation>Motif du signalement</translation>
    </message>
</context>
<context>
    <name>EditEvidenceDialog</name>
    <message>
        <location filename="../../ui/evidence_panel.py" line="+24"/>
        <source>Evidence %1</source>
        <translation>Justificatif %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shows or names people (personal data)</source>
        <translation>Montre ou nomme des personnes (données personnelles)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Caption:</source>
        <translation>&amp;Légende :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
</context>
<context>
    <name>EntryGridModel</name>
    <message>
        <location filename="../../ui/entry_grid.py" line="-353"/>
        <source>Project level</source>
        <translation>Niveau du projet</translation>
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
        <translation>Verrouillée : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted from the register (read-only); its variance can be explained below</source>
        <translation>Compté à partir du registre (lecture seule) ; son écart peut être expliqué ci-dessous</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variance explanation</source>
        <translation>Explication de l’écart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data source</source>
        <translation>Source des données</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Evidence: %n file(s)</source>
        <translation>
            <numerusform>Justificatif : %n fichier</numerusform>
            <numerusform>Justificatifs : %n fichiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryTable</name>
    <message>
        <location line="+141"/>
        <source>row %1, column %2 of the block</source>
        <translation>ligne %1, colonne %2 du bloc</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>outside the grid</source>
        <translation>hors de la grille</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the period is locked</source>
        <translation>la période est verrouillée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
</context>
<context>
    <name>EvidenceListModel</name>
    <message>
        <location filename="../../ui/evidence_panel.py" line="-114"/>
        <source>Evidence files</source>
        <translation>Fichiers justificatifs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>personal data</source>
        <translation>données personnelles</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Added by %1 on %2</source>
        <translation>Ajouté par %1 le %2</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location line="+131"/>
        <source>Evidence files</source>
        <translation>Fichiers justificatifs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drop files here, or add them: PDF, photos, Office documents or text, up to %1 MB each.</source>
        <translation>Déposez les fichiers ici ou ajoutez-les : PDF, photos, documents Office ou texte, jusqu&apos;à %1 Mo chacun.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attaching files</source>
        <translation>Ajout des fichiers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capt&amp;ion and type…</source>
        <translation>Lége&amp;nde et type…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Save the record first; then files can be attached to it.</source>
        <translation>Enregistrez d&apos;abord la fiche ; vous pourrez ensuite y joindre des fichiers.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents and photos (*.pdf *.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.bmp *.heic *.docx *.xlsx *.pptx *.odt *.ods *.odp *.txt *.csv);;All files (*)</source>
        <translation>Documents et photos (*.pdf *.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.bmp *.heic *.docx *.xlsx *.pptx *.odt *.ods *.odp *.txt *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Attaching %Ln files…</source>
        <translation>
            <numerusform>Ajout de %Ln fichier…</numerusform>
            <numerusform>Ajout de %Ln fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Attached: %1.</source>
        <translation>Joints : %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already attached: %1.</source>
        <translation>Déjà joints : %1.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Several files are selected: select one</source>
        <translation>Plusieurs fichiers sont sélectionnés : sélectionnez-en un</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved a copy as %1.</source>
        <translation>Copie enregistrée sous %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Remove %1? The removal is kept in the audit trail.</source>
        <translation>Retirer %1 ? Le retrait est conservé dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove evidence</source>
        <translation>Retirer un justificatif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removed %1.</source>
        <translation>%1 a été retiré.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_data.py" line="+38"/>
        <location line="+156"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance (who attended what)</source>
        <translation>Présences (qui a suivi quoi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator table of the period</source>
        <translation>Tableau des indicateurs de la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of evidence files</source>
        <translation>Liste des justificatifs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to export</source>
        <translation>Quoi exporter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include names and contact details (personal data)</source>
        <translation>Inclure les noms et coordonnées (données personnelles)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without them, each person has a pseudonymous id and still counts once. Records of victims are never exported.</source>
        <translation>Sans eux, chaque personne a un identifiant pseudonyme et compte toujours une fois. Les dossiers des victimes ne sont jamais exportés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bro&amp;wse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export:</source>
        <translation>&amp;Exporter :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For&amp;mat:</source>
        <translation>For&amp;mat :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file will hold names, phone numbers and e-mail addresses. Share it only with people who need it, by a safe route, and delete copies when done.</source>
        <translation>Le fichier contiendra des noms, numéros de téléphone et adresses e-mail. Ne le partagez qu’avec les personnes qui en ont besoin, par un moyen sûr, et supprimez les copies ensuite.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel or CSV (*.xlsx *.csv)</source>
        <translation>Excel ou CSV (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a quarter in the Period box first: the table covers one period.</source>
        <translation>Choisissez d’abord un trimestre dans la case Période : le tableau couvre une période.</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%Ln rows written to %1</source>
        <translation>
            <numerusform>%Ln ligne écrite dans %1</numerusform>
            <numerusform>%Ln lignes écrites dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message>
        <location filename="../../ui/dialogs/package_export.py" line="+53"/>
        <location line="+160"/>
        <source>Export package</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only records changed since</source>
        <translation>Seulement les enregistrements modifiés depuis le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed since</source>
        <translation>Modifiés depuis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Include personal data (names, positions, phone numbers, e-mail)</source>
        <translation>Inclure les données personnelles (noms, fonctions, téléphones, courriels)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without it, participants travel under a pseudonym and still count once in the indicators. Records of victims always travel pseudonymised.</source>
        <translation>Sans elles, les participants voyagent sous un pseudonyme et comptent quand même une seule fois dans les indicateurs. Les enregistrements des victimes voyagent toujours pseudonymisés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Package file</source>
        <translation>Fichier du paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Project:</source>
        <translation>&amp;Projet&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save as:</source>
        <translation>E&amp;nregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package will hold names and contact details. Send it only to the office that needs them, by a safe route, and delete copies when done.</source>
        <translation>Le paquet contiendra des noms et des coordonnées. Envoyez-le seulement au bureau qui en a besoin, par une voie sûre, et supprimez les copies une fois terminé.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save the package as</source>
        <translation>Enregistrer le paquet sous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange packages (*%1)</source>
        <translation>Paquets d’échange (*%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Writing the package…</source>
        <translation>Écriture du paquet…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Package no. %1 with %Ln records written to:
%2

Send it to the other office; they import it with File › Import package…</source>
        <translation>
            <numerusform>Paquet n° %1 avec %Ln enregistrement écrit dans :
%2

Envoyez-le à l’autre bureau ; il l’importe avec Fichier › Importer un paquet…</numerusform>
            <numerusform>Paquet n° %1 avec %Ln enregistrements écrit dans :
%2

Envoyez-le à l’autre bureau ; il l’importe avec Fichier › Importer un paquet…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldsModel</name>
    <message>
        <location filename="../../ui/dialogs/package_models.py" line="+14"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Here (mine)</source>
        <translation>Ici (le mien)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other office (theirs)</source>
        <translation>Autre bureau (le leur)</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="-492"/>
        <location line="+120"/>
        <source>Attendance sheet</source>
        <translation>Feuille de présence</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Choose the training and the sheet (.xlsx, .xls, .ods or .csv) to import.</source>
        <translation>Choisissez la formation et la feuille de présence (.xlsx, .xls, .ods ou .csv) à importer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sheet file</source>
        <translation>Fichier de la feuille de présence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Training:</source>
        <translation>&amp;Formation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>F&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the file comes from</source>
        <translation>Provenance du fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Form definition file (XLSForm)</source>
        <translation>Fichier de définition du formulaire (XLSForm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for an export with coded answers (XML values)</source>
        <translation>Seulement pour un export aux réponses codées (valeurs XML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ch&amp;oose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the form definition file</source>
        <translation>Choisir le fichier de définition du formulaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Form &amp;definition (XLSForm):</source>
        <translation>&amp;Définition du formulaire (XLSForm)&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needed when the export was downloaded with “XML values” (answers as codes such as 1 and 2): in KoboToolbox, Form › ⋯ › Download XLS; in ODK, the form&apos;s .xlsx. Not needed for an export with labels.</source>
        <translation>Nécessaire quand l’export a été téléchargé en «&#xa0;valeurs XML&#xa0;» (réponses sous forme de codes, par ex. 1 et 2)&#xa0;: dans KoboToolbox, Formulaire › ⋯ › Télécharger XLS&#xa0;; dans ODK, le .xlsx du formulaire. Inutile pour un export avec libellés.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Form definition (XLSForm)</source>
        <translation>Définition du formulaire (XLSForm)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XLSForm workbooks (*.xlsx *.xls *.ods)</source>
        <translation>Classeurs XLSForm (*.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From %1: form “%2”</source>
        <translation>De %1&#xa0;: formulaire «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1 (a form export)</source>
        <translation>De %1 (export d’un formulaire)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— people from its repeat group “%1”</source>
        <translation>— personnes de son groupe répété «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)</source>
        <translation>Feuilles de calcul (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no file %1</source>
        <translation>Le fichier %1 n’existe pas</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../ui/pages/quality.py" line="+29"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sexes exceed total</source>
        <translation>Ventilation par sexe supérieure au total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentage out of range</source>
        <translation>Pourcentage hors limites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative figure</source>
        <translation>Valeur négative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the project</source>
        <translation>Hors du projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates do not match period</source>
        <translation>Dates incohérentes avec la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing target</source>
        <translation>Cible manquante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No attendance recorded</source>
        <translation>Aucune présence enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No attendance sheet attached</source>
        <translation>Aucune feuille de présence jointe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value without evidence</source>
        <translation>Valeur sans justificatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex not recorded</source>
        <translation>Sexe non renseigné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentage without numerator</source>
        <translation>Pourcentage sans numérateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing value</source>
        <translation>Valeur manquante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft values in an approved submission</source>
        <translation>Valeurs en brouillon dans une soumission approuvée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variance not explained</source>
        <translation>Écart non expliqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed since submitted</source>
        <translation>Modifié depuis la soumission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization types to check</source>
        <translation>Types d&apos;organisation à vérifier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator value</source>
        <translation>Valeur d’indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator target</source>
        <translation>Cible d’indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission</source>
        <translation>Soumission</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/help.py" line="-46"/>
        <source>Help — %1</source>
        <translation>Aide — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Help text</source>
        <translation>Texte d’aide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No help is written for this page yet.</source>
        <translation>Aucune aide n’est encore écrite pour cette page.</translation>
    </message>
</context>
<context>
    <name>ImportPackageDialog</name>
    <message>
        <location filename="../../ui/dialogs/package_import.py" line="+51"/>
        <location line="+118"/>
        <source>Import package</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Package file</source>
        <translation>Fichier du paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A package (%1) from another office</source>
        <translation>Un paquet (%1) d’un autre bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the package and show what importing it would change</source>
        <translation>Vérifier le paquet et montrer ce que son importation changerait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package:</source>
        <translation>Paquet&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the package changes</source>
        <translation>Ce que le paquet change</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a package and press Check.</source>
        <translation>Choisissez un paquet et appuyez sur Vérifier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New records</source>
        <translation>Nouveaux enregistrements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not in this database yet</source>
        <translation>pas encore dans cette base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changed only at the other office</source>
        <translation>modifiés seulement à l’autre bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the same on both sides</source>
        <translation>identiques des deux côtés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept as here</source>
        <translation>Gardés comme ici</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changed only here since the last exchange</source>
        <translation>modifiés seulement ici depuis le dernier échange</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>changed on both sides: you choose below</source>
        <translation>modifiés des deux côtés&#xa0;: vous choisissez ci-dessous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in a period locked here, or deleted here</source>
        <translation>dans une période verrouillée ici, ou supprimés ici</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conflicts waiting for a choice</source>
        <translation>Conflits en attente d’un choix</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Both versions, field by field</source>
        <translation>Les deux versions, champ par champ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this database&apos;s version of the selected records</source>
        <translation>Garder la version de cette base de données des enregistrements sélectionnés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace this database&apos;s version of the selected records by the other office&apos;s</source>
        <translation>Remplacer la version de cette base de données des enregistrements sélectionnés par celle de l’autre bureau</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Take theirs</source>
        <translation>&amp;Prendre la leur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep mine for &amp;all</source>
        <translation>Garder la mienne pour &amp;tous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs for a&amp;ll</source>
        <translation>Prendre la leur pour t&amp;ous</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Exchange packages (*%1);;All files (*)</source>
        <translation>Paquets d’échange (*%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checking the package…</source>
        <translation>Vérification du paquet…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The package cannot be imported; nothing was changed.</source>
        <translation>Le paquet ne peut pas être importé&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>with personal data</source>
        <translation>avec données personnelles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pseudonymised</source>
        <translation>pseudonymisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, package no. %2 from database %3, written %4 UTC by %5 (%6).</source>
        <translation>%1, paquet n°&#xa0;%2 de la base de données %3, écrit le %4 UTC par %5 (%6).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It was imported on %1 UTC: importing it again changes nothing.</source>
        <translation>Il a été importé le %1 UTC&#xa0;: l’importer à nouveau ne change rien.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import first: these conflicts are then kept here and you choose for each.</source>
        <translation>Importez d’abord&#xa0;: ces conflits sont alors gardés ici et vous choisissez pour chacun.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing the package…</source>
        <translation>Importation du paquet…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imported.</source>
        <translation>Importé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Conflicts waiting for your choice: %1</source>
        <translation>Conflits en attente de votre choix&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No conflicts wait for a choice.</source>
        <translation>Aucun conflit n’attend de choix.</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>Keep this database&apos;s version of all %Ln records?</source>
        <translation>
            <numerusform>Garder la version de cette base de données pour l’enregistrement (%Ln) ?</numerusform>
            <numerusform>Garder la version de cette base de données pour les %Ln enregistrements ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Take the other office&apos;s version of all %Ln records?</source>
        <translation>
            <numerusform>Prendre la version de l’autre bureau pour l’enregistrement (%Ln) ?</numerusform>
            <numerusform>Prendre la version de l’autre bureau pour les %Ln enregistrements ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve all conflicts</source>
        <translation>Résoudre tous les conflits</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+380"/>
        <source>Import attendance sheet</source>
        <translation>Importer une feuille de présence</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../ui/dialogs/indicator_form.py" line="+115"/>
        <source>Edit indicator %1</source>
        <translation>Modifier l&apos;indicateur %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New indicator</source>
        <translation>Nouvel indicateur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference sheet</source>
        <translation>Fiche de référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actuals and counting rule</source>
        <translation>Valeurs réelles et règle de calcul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translations</source>
        <translation>Traductions</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Targets…</source>
        <translation>Ci&amp;bles…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the Results page on this indicator, where its targets are set</source>
        <translation>Ouvre la page Résultats sur cet indicateur, où ses cibles sont fixées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the indicator first</source>
        <translation>Enregistrez d&apos;abord l&apos;indicateur</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>e.g. 1.1.1.2 or OTP 1</source>
        <translation>p. ex. 1.1.1.2 ou OTP 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— not linked to a result —</source>
        <translation>— lié à aucun résultat —</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Percentage</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes / no</source>
        <translation>Oui / non</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Higher is better</source>
        <translation>Plus c&apos;est mieux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower is better</source>
        <translation>Moins c&apos;est mieux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulative over the life of the project (e.g. people trained)</source>
        <translation>Cumulé sur la durée du projet (p. ex. personnes formées)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key indicator (in the report&apos;s key figures)</source>
        <translation>Indicateur clé (dans les chiffres clés du rapport)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 0</source>
        <translation>p. ex. 0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for the whole project</source>
        <translation>pour tout le projet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by sex</source>
        <translation>par sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by country</source>
        <translation>par pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by agency type</source>
        <translation>par type d&apos;institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by age group</source>
        <translation>par tranche d&apos;âge</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quarterly</source>
        <translation>Trimestrielle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semi-annual</source>
        <translation>Semestrielle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual</source>
        <translation>Annuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of project</source>
        <translation>Fin du projet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Result:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Definition:</source>
        <translation>&amp;Définition :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Unit and direction:</source>
        <translation>&amp;Unité et sens :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Baseline:</source>
        <translation>Niveau de ré&amp;férence :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Niveau de référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline date</source>
        <translation>Date du niveau de référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Life-of-project target:</source>
        <translation>Cib&amp;le sur la durée du projet :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Disaggre&amp;gation:</source>
        <translation>&amp;Ventilation :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data &amp;source:</source>
        <translation>&amp;Source des données :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Means of verification:</source>
        <translation>&amp;Moyen de vérification :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Collection method:</source>
        <translation>Méthode de &amp;collecte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Frequency:</source>
        <translation>Fré&amp;quence :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ponsible:</source>
        <translation>Res&amp;ponsable :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reported: officers enter the figures each period</source>
        <translation>&amp;Déclaré : les agents saisissent les chiffres à chaque période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Computed from the register (activities, trainings, attendance)</source>
        <translation>&amp;Calculé à partir du registre (activités, formations, présences)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is counted</source>
        <translation>Ce qui est compté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People (each person counted once)</source>
        <translation>Personnes (chaque personne comptée une fois)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations (each counted once)</source>
        <translation>Organisations (chacune comptée une fois)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People whose post-test beats their pre-test (a percentage)</source>
        <translation>Personnes dont le post-test dépasse le pré-test (un pourcentage)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity types</source>
        <translation>Types d&apos;activité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity statuses</source>
        <translation>Statuts de l&apos;activité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization types</source>
        <translation>Types d&apos;organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countries counted</source>
        <translation>Pays comptés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only people who attended at least</source>
        <translation>Seulement les personnes présentes au moins</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minimum share of days</source>
        <translation>Part minimale des jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only attendance marked completed</source>
        <translation>Seulement les présences marquées complètes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date that places an activity in a period</source>
        <translation>Date qui place une activité dans une période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its start (a training counts when it happens)</source>
        <translation>son début (une formation compte quand elle a lieu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its end (a six-month study counts when it is completed)</source>
        <translation>sa fin (une étude de six mois compte quand elle est terminée)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rule in words</source>
        <translation>La règle en mots</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the rule gives</source>
        <translation>Ce que donne la règle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counting rule</source>
        <translation>Règle de calcul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is counted:</source>
        <translation>Ce qui est compté :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Activity types (none ticked: every type)</source>
        <translation>Types d&apos;activité (aucun coché : tous)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity statuses (none ticked: every status)</source>
        <translation>Statuts (aucun coché : tous)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries counted (none ticked: every country)</source>
        <translation>Pays comptés (aucun coché : tous)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Roles (none ticked: every role)</source>
        <translation>Rôles (aucun coché : tous)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organization types (none ticked: anyone)</source>
        <translation>Types d&apos;organisation (aucun coché : tous)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>of the days</source>
        <translation>des jours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An activity counts in the period of</source>
        <translation>Une activité compte dans la période de</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rule in words, and what it gives</source>
        <translation>La règle en mots, et ce qu&apos;elle donne</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>A reported indicator counts nothing: choose Computed</source>
        <translation>Un indicateur déclaré ne compte rien : choisissez Calculé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A computed indicator&apos;s unit follows what it counts</source>
        <translation>L&apos;unité d&apos;un indicateur calculé suit ce qu&apos;il compte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Counting activities: who attended them does not matter</source>
        <translation>On compte des activités : qui y a assisté n&apos;importe pas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reported: the figures are entered each period (Results page).</source>
        <translation>Déclaré : les chiffres sont saisis à chaque période (page Résultats).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a period to see what the rule gives</source>
        <translation>Choisissez une période pour voir ce que donne la règle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>all countries</source>
        <translation>tous les pays</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing to count</source>
        <translation>rien à compter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>M</source>
        <translation>H</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(%1 of %2 with both tests)</source>
        <translation>(%1 sur %2 avec les deux tests)</translation>
    </message>
</context>
<context>
    <name>IndicatorSheetsModel</name>
    <message>
        <location filename="../../ui/pages/project.py" line="+46"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actuals</source>
        <translation>Valeurs réelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LOP target</source>
        <translation>Cible sur la durée du projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting rule</source>
        <translation>Règle de calcul</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentage</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes / no</source>
        <translation>Oui / non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>computed</source>
        <translation>calculé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reported</source>
        <translation>déclaré</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <location filename="../../ui/models/indicators.py" line="+31"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulative</source>
        <translation>Cumul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LOP target</source>
        <translation>Cible fin de projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of target</source>
        <translation>% de la cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>computed from the register</source>
        <translation>calculé à partir du registre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reported values</source>
        <translation>valeurs déclarées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As submitted when the period was locked</source>
        <translation>Tel que soumis au verrouillage de la période</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project&apos;s status rule:</source>
        <translation>La règle de statut du projet :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Submitted %1, today %2 (cumulative: submitted %3, today %4)</source>
        <translation>Soumis %1, aujourd’hui %2 (cumulé : soumis %3, aujourd’hui %4)</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../ui/dialogs/lock_period.py" line="+25"/>
        <source>Lock %1</source>
        <translation>Verrouiller %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Locking %1 freezes what its report was made of: its activities, attendance, values, targets, narratives and submissions can no longer be changed, and its figures are kept as submitted.</source>
        <translation>Verrouiller %1 fige ce dont son rapport est fait : ses activités, participations, valeurs, cibles, récits et soumissions ne peuvent plus être modifiés, et ses chiffres sont gardés tels que soumis.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not approved yet: %1</source>
        <translation>Pas encore approuvés : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. report submitted to the donor on 30 July</source>
        <translation>p. ex. rapport envoyé au bailleur le 30 juillet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the data quality…</source>
        <translation>Vérification de la qualité des données…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open findings</source>
        <translation>Constats ouverts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why they stand, e.g. targets of 2026 not set yet</source>
        <translation>Pourquoi ils demeurent, p. ex. cibles de 2026 pas encore fixées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Acknowledged because:</source>
        <translation>&amp;Acceptés parce que :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged because</source>
        <translation>Acceptés parce que</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 and %2 are open. Fix them, or say why they stand: the reason is kept with the lock.</source>
        <translation>%1 et %2 sont ouverts. Corrigez-les ou dites pourquoi ils sont maintenus : le motif est conservé avec le verrouillage.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln errors</source>
        <translation>
            <numerusform>%Ln erreur</numerusform>
            <numerusform>%Ln erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln warnings</source>
        <translation>
            <numerusform>%Ln avertissement</numerusform>
            <numerusform>%Ln avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No data-quality finding is open.</source>
        <translation>Aucun constat de qualité des données n’est ouvert.</translation>
    </message>
</context>
<context>
    <name>LogframeDialog</name>
    <message>
        <location filename="../../ui/dialogs/logframe_import.py" line="+36"/>
        <location line="+54"/>
        <source>Import a logframe</source>
        <translation>Importer un cadre logique</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>A logframe workbook holds a project: its countries, result levels, results framework, indicators with their reference sheets and counting rules, and targets. Importing it creates the project, or updates it when its code is already here. Start from the empty template to fill in, or from a workbook exported here.</source>
        <translation>Un classeur de cadre logique contient un projet : ses pays, niveaux de résultats, cadre de résultats, indicateurs avec leurs fiches de référence et règles de calcul, et cibles. L&apos;importer crée le projet, ou le met à jour si son code est déjà ici. Partez du modèle vide à remplir, ou d&apos;un classeur exporté ici.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logframe workbook</source>
        <translation>Classeur du cadre logique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Excel workbook (.xlsx)</source>
        <translation>Un classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save an empty &amp;template…</source>
        <translation>Enregistrer un &amp;modèle vide…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the import creates or changes</source>
        <translation>Ce que l&apos;import crée ou modifie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Check the workbook first</source>
        <translation>Vérifiez d&apos;abord le classeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save an empty logframe template</source>
        <translation>Enregistrer un modèle de cadre logique vide</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Template saved: %1. Fill it in, then check it here.</source>
        <translation>Modèle enregistré : %1. Remplissez-le, puis vérifiez-le ici.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a workbook first.</source>
        <translation>Choisissez d&apos;abord un classeur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing is written until you press Import. %1</source>
        <translation>Rien n&apos;est écrit avant que vous cliquiez sur Importer. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln problem(s) to correct in the workbook; nothing was written:</source>
        <translation>
            <numerusform>%Ln problème à corriger dans le classeur ; rien n’a été écrit :</numerusform>
            <numerusform>%Ln problèmes à corriger dans le classeur ; rien n’a été écrit :</numerusform>
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
        <translation>&amp;Projet&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pe&amp;riod:</source>
        <translation>Pé&amp;riode&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reporting period</source>
        <translation>Période de rapport</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pages</source>
        <translation>Pages</translation>
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
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location line="-120"/>
        <location line="+24"/>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>FLARE Monitor — DEMO DATABASE (not your data)</source>
        <translation>FLARE Monitor — BASE DE DÉMONSTRATION (pas vos données)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo database: %1</source>
        <translation>Base de démonstration : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the demo</source>
        <translation>Quitter la démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again on the database you had open before the demo</source>
        <translation>Rouvrir la base de données ouverte avant la démonstration</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>officer</source>
        <translation>chargé de projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monitoring and evaluation</source>
        <translation>suivi et évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>viewer</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database owner</source>
        <translation>propriétaire de la base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no team role</source>
        <translation>sans rôle dans l’équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent databases</source>
        <translation>Bases de données &amp;récentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New pro&amp;ject…</source>
        <translation>Nouveau pro&amp;jet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;logframe…</source>
        <translation>Importer un &amp;cadre logique…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;attendance sheet…</source>
        <translation>Importer une &amp;feuille de présence…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;data…</source>
        <translation>Exporter des &amp;données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+182"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="-181"/>
        <location line="+183"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Help for this page</source>
        <translation>&amp;Aide de cette page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About FLARE Monitor</source>
        <translation>À &amp;propos de FLARE Monitor</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../../ui/screenshots.py" line="+138"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No other database opened yet</source>
        <translation>Aucune autre base de données ouverte pour l’instant</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This page has no table to print</source>
        <translation>Cette page n’a pas de tableau à imprimer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Create a project first (Project set-up)</source>
        <translation>Créez d&apos;abord un projet (Mise en place du projet)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Preparing the demo database…</source>
        <translation>Préparation de la base de démonstration…</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Life of project (LOP)</source>
        <translation>Durée du projet (LOP)</translation>
    </message>
    <message>
        <location line="-467"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Export package…</source>
        <translation>E&amp;xporter un paquet…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Import package…</source>
        <translation>&amp;Importer un paquet…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="-295"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The header row and what each column holds were detected; correct them if needed.</source>
        <translation>La ligne d’en-tête et le contenu de chaque colonne ont été détectés&#xa0;; corrigez-les si nécessaire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Header row</source>
        <translation>Ligne d’en-tête</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Header row (as numbered in Excel):</source>
        <translation>Ligne d’&amp;en-tête (numéro dans Excel)&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>— not imported —</source>
        <translation>— non importée —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-test score</source>
        <translation>Score au pré-test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-test score</source>
        <translation>Score au post-test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days attended</source>
        <translation>Jours de présence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province / region</source>
        <translation>Province / région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age group</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date (checked, not imported)</source>
        <translation>Date (vérifiée, non importée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant code</source>
        <translation>Code du participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form submission</source>
        <translation>Soumission du formulaire</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No header row was recognised: choose the row and the columns.</source>
        <translation>Aucune ligne d’en-tête n’a été reconnue&#xa0;: choisissez la ligne et les colonnes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detected header in row %1.</source>
        <translation>En-tête détecté à la ligne %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading in the sheet</source>
        <translation>Intitulé dans la feuille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Column %1 holds</source>
        <translation>Contenu de la colonne %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/dialogs/organization_form.py" line="+135"/>
        <source>Merge duplicate organizations</source>
        <translation>Fusionner des organisations en double</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The people and partnerships of the other organization move to the one you keep, and the other is deleted. A backup of the database is made first, and the merge is kept in the audit trail.</source>
        <translation>Les personnes et partenariats de l&apos;autre organisation passent à celle que vous gardez, et l&apos;autre est supprimée. Une sauvegarde de la base est faite d&apos;abord, et la fusion est gardée dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep:</source>
        <translation>Garder :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>participants: %1</source>
        <translation>participants : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
</context>
<context>
    <name>NarrativesPage</name>
    <message>
        <location filename="../../ui/pages/narratives.py" line="+102"/>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>Enre&amp;gistrer (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ris&amp;ks and assumptions…</source>
        <translation>Ris&amp;ques et hypothèses…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project&apos;s risk register, printed in the Technical Progress Report</source>
        <translation>Le registre des risques du projet, imprimé dans le rapport technique d’avancement</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Key figures of the period</source>
        <translation>Chiffres clés de la période</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="-337"/>
        <location filename="../../ui/pages/narratives.py" line="+32"/>
        <source>Narratives</source>
        <translation>Textes narratifs</translation>
    </message>
    <message>
        <location filename="../../ui/pages/narratives.py" line="-16"/>
        <source>Period &amp;narrative</source>
        <translation>Texte &amp;narratif de la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Technical Progress Report</source>
        <translation>Rapport &amp;technique d’avancement</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The project&apos;s results framework has no outcomes yet.</source>
        <translation>Le cadre de résultats du projet n’a pas encore d’effets.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress by outcome</source>
        <translation>Progrès par effet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report&apos;s other sections</source>
        <translation>Les autres sections du rapport</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report prints these sections for the whole project (success story, response to the donor&apos;s comments…): choose All countries to write them. A country&apos;s progress towards each outcome is written above.</source>
        <translation>Le rapport imprime ces sections pour tout le projet (exemple de réussite, réponse aux commentaires du bailleur…) : choisissez Tous les pays pour les écrire. Les progrès d’un pays vers chaque effet s’écrivent plus haut.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Choose photo…</source>
        <translation>Choisir une ph&amp;oto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Choose the success story&apos;s photo</source>
        <translation>Choisir la photo de l’exemple de réussite</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Re&amp;move photo</source>
        <translation>Ret&amp;irer la photo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who and what the photo shows, where and when</source>
        <translation>Qui et quoi la photo montre, où et quand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption of the photo</source>
        <translation>Légende de la photo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capt&amp;ion:</source>
        <translation>&amp;Légende :</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Photos (*.png *.jpg *.jpeg)</source>
        <translation>Photos (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+166"/>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>No photo: the story is printed without one.</source>
        <translation>Pas de photo : l’exemple est imprimé sans photo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot show
this file</source>
        <translation>Impossible d’afficher
ce fichier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One person or institution whose situation changed thanks to the project: who they are, what happened, what is different now.</source>
        <translation>Une personne ou une institution dont la situation a changé grâce au projet : qui elle est, ce qui s’est passé, ce qui est différent aujourd’hui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the project was managed and coordinated: the team, steering committees, partners, other projects.</source>
        <translation>Comment le projet a été géré et coordonné : l’équipe, les comités de pilotage, les partenaires, les autres projets.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The donor&apos;s comments on the last report, and how the project or this report answers each.</source>
        <translation>Les commentaires du donateur sur le dernier rapport, et comment le projet ou ce rapport répond à chacun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The evaluation&apos;s recommendations, and what the project did about each of them.</source>
        <translation>Les recommandations de l’évaluation, et ce que le projet a fait pour chacune.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether the project is exempt from VAT in each country and any problem with it (left out of the report when empty).</source>
        <translation>Si le projet est exonéré de TVA dans chaque pays et tout problème à ce sujet (omis du rapport s’il est vide).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the results will last after the project: who takes over what, with which means.</source>
        <translation>Comment les résultats dureront après le projet : qui reprend quoi, avec quels moyens.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What progress did the project make towards this outcome in the half-year?</source>
        <translation>Quels progrès le projet a-t-il faits vers cet effet au cours du semestre ?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Progress towards %1</source>
        <translation>Progrès vers %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Evidence files…</source>
        <translation>Fichiers justificatifs…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence files of %1</source>
        <translation>Fichiers justificatifs de %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Evidence — %1 — %2</source>
        <translation>Justificatifs — %1 — %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What did the project achieve this period? Name the trainings, agencies and numbers.</source>
        <translation>Qu’a accompli le projet pendant cette période&#xa0;? Citez les formations, les organismes et les chiffres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What got in the way, and what did the team do about it?</source>
        <translation>Qu’est-ce qui a fait obstacle, et qu’a fait l’équipe pour y remédier&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would you do differently next time?</source>
        <translation>Que feriez-vous différemment la prochaine fois&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What worked well and could be repeated elsewhere?</source>
        <translation>Qu’est-ce qui a bien fonctionné et pourrait être reproduit ailleurs&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which activities are planned for the next period?</source>
        <translation>Quelles activités sont prévues pour la prochaine période&#xa0;?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to save: no change since the texts were saved</source>
        <translation>Rien à enregistrer : aucun changement depuis l&apos;enregistrement des textes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a project first</source>
        <translation>Choisissez d’abord un projet</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>whole project</source>
        <translation>ensemble du projet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Narrative — %1</source>
        <translation>Texte narratif — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These texts are %1&apos;s: the report prints them in %1&apos;s section.</source>
        <translation>Textes du pays « %1 » : le rapport les imprime dans la section de ce pays.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These texts are the whole project&apos;s (no country chosen): the report prints them in its project-wide sections. Choose a country above to write that country&apos;s texts.</source>
        <translation>Ces textes sont ceux de tout le projet (aucun pays choisi) : le rapport les imprime dans ses sections générales. Choisissez un pays en haut pour écrire les textes de ce pays.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The Technical Progress Report covers a half-year: these texts are written for %1, the half-year that holds %2, and the report of %1 prints them.</source>
        <translation>Le rapport technique d’avancement couvre un semestre : ces textes sont écrits pour %1, le semestre qui contient %2, et le rapport de %1 les imprime.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These texts are written for %1; the Technical Progress Report of %1 prints them.</source>
        <translation>Ces textes sont écrits pour %1 ; le rapport technique d’avancement de %1 les imprime.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Activities in the period</source>
        <translation>Activités de la période</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>completed</source>
        <translation>terminées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trainings completed</source>
        <translation>formations terminées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People trained</source>
        <translation>Personnes formées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key indicators</source>
        <translation>Indicateurs clés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Male</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Save the narrative</source>
        <translation>Enregistrer le récit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Narrative saved</source>
        <translation>Texte narratif enregistré</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsaved narrative</source>
        <translation>Texte narratif non enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The narrative of %1 has unsaved changes. Save them?</source>
        <translation>Le texte narratif de %1 contient des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <location filename="../../ui/dialogs/organization_form.py" line="-117"/>
        <source>Edit organization</source>
        <translation>Modifier l&apos;organisation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An import created this organization and typed it “Other”: check its type. Saving confirms it.</source>
        <translation>Un import a créé cette organisation avec le type « Autre » : vérifiez son type. Enregistrer le confirme.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acronym:</source>
        <translation>&amp;Sigle :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
</context>
<context>
    <name>OrganizationsModel</name>
    <message>
        <location filename="../../ui/pages/organizations.py" line="+40"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type checked</source>
        <translation>Type vérifié</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new — check the type</source>
        <translation>nouvelle — vérifier le type</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An import created it and typed it “Other”: check its type (Edit…) or Confirm type</source>
        <translation>Un import l&apos;a créée avec le type « Autre » : vérifiez son type (Modifier…) ou Confirmer le type</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <location filename="../../ui/main_window.py" line="+5"/>
        <location filename="../../ui/pages/organizations.py" line="+27"/>
        <location line="+39"/>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organizations.py" line="-55"/>
        <source>Search by name or acronym (Ctrl+F)</source>
        <translation>Chercher par nom ou sigle (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search organizations</source>
        <translation>Chercher des organisations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only those to check (new — check the type)</source>
        <translation>Seulement celles à vérifier (nouvelle — vérifier le type)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the organizations of every country, not only the one chosen</source>
        <translation>Afficher les organisations de tous les pays, pas seulement du pays choisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edi&amp;t…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm t&amp;ype</source>
        <translation>&amp;Confirmer le type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge duplicates…</source>
        <translation>F&amp;usionner les doublons…</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 organizations</source>
        <translation>%1 organisations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to check</source>
        <translation>%1 à vérifier</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select one organization first</source>
        <translation>Sélectionnez d&apos;abord une organisation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select organizations marked “new — check the type” first</source>
        <translation>Sélectionnez d&apos;abord des organisations marquées « nouvelle — vérifier le type »</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select the two organizations that are one (Ctrl+click)</source>
        <translation>Sélectionnez les deux organisations qui n&apos;en font qu&apos;une (Ctrl+clic)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Types confirmed: %1</source>
        <translation>Types confirmés : %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Merge organizations</source>
        <translation>Fusionner des organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge %1 into %2?</source>
        <translation>Fusionner %1 dans %2 ?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merged %1 into %2</source>
        <translation>%1 fusionnée dans %2</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="+48"/>
        <location line="+155"/>
        <source>Edit participant</source>
        <translation>Modifier le participant</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+155"/>
        <source>New participant</source>
        <translation>Nouveau participant</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>— none —</source>
        <translation>— aucune —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— not recorded —</source>
        <translation>— non renseigné —</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>under 18</source>
        <translation>moins de 18 ans</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Consented to the use of their data</source>
        <translation>A consenti à l’utilisation de ses données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive record (e.g. a victim of forced labour)</source>
        <translation>Fiche sensible (p. ex. une victime de travail forcé)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sex:</source>
        <translation>&amp;Sexe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Position:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Age group:</source>
        <translation>Tranche d’â&amp;ge&#xa0;:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>sex: choose one, or “not recorded” when it is not known</source>
        <translation>sexe : choisissez-en un, ou « non enregistré » s’il n’est pas connu</translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="+325"/>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, phone or e-mail</source>
        <translation>Nom, téléphone ou courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search participants</source>
        <translation>Rechercher des participants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matching participants</source>
        <translation>Participants correspondants</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(sensitive record)</source>
        <translation>(fiche sensible)</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../ui/models/participants.py" line="-171"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization type</source>
        <translation>Type d’organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>● = sensitive record (e.g. a victim): name and contacts hidden</source>
        <translation>● = fiche sensible (p. ex. une victime)&#xa0;: nom et coordonnées masqués</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name hidden (sensitive record)</source>
        <translation>Nom masqué (fiche sensible)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Sensitive record: shown only when “Show sensitive names” is on</source>
        <translation>Fiche sensible&#xa0;: affichée seulement si «&#xa0;Afficher les noms sensibles&#xa0;» est coché</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../ui/pages/participants.py" line="+35"/>
        <source>Search by name, phone or e-mail, in any script (Ctrl+F)</source>
        <translation>Rechercher par nom, téléphone ou courriel, dans toute écriture (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search participants</source>
        <translation>Rechercher des participants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show contact details</source>
        <translation>Afficher les coordonnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show sensitive names</source>
        <translation>Afficher les noms sensibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New participant</source>
        <translation>&amp;Nouveau participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edi&amp;t…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review &amp;duplicates…</source>
        <translation>Examiner les &amp;doublons…</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Select a participant first</source>
        <translation>Sélectionnez d&apos;abord un participant</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln participants (%1)</source>
        <translation>
            <numerusform>%Ln participant (%1)</numerusform>
            <numerusform>%Ln participants (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="-6"/>
        <location filename="../../ui/pages/participants.py" line="-114"/>
        <location line="+60"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="+53"/>
        <source>all countries</source>
        <translation>tous les pays</translation>
    </message>
</context>
<context>
    <name>PastePreview</name>
    <message>
        <location filename="../../ui/entry_grid.py" line="+208"/>
        <source>Paste from a spreadsheet</source>
        <translation>Coller depuis un tableur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pasted</source>
        <translation>Collé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 of %2 pasted cells cannot be written; nothing was written. Correct them and paste again.</source>
        <translation>%1 des %2 cellules collées ne peuvent pas être écrites ; rien n’a été écrit. Corrigez-les et collez à nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cells will be written (empty cells of the block are left as they are).</source>
        <translation>%1 cellules seront écrites (les cellules vides du bloc restent telles quelles).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Write the values</source>
        <translation>É&amp;crire les valeurs</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ui/models/import_preview.py" line="+73"/>
        <source>Excel row</source>
        <translation>Ligne Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors and warnings</source>
        <translation>Erreurs et avertissements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-test</source>
        <translation>Pré-test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-test</source>
        <translation>Post-test</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found in register</source>
        <translation>Trouvée dans le registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already on roster</source>
        <translation>Déjà sur la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate in sheet</source>
        <translation>Doublon dans la feuille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited in the form</source>
        <translation>Modifié dans le formulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not on the roster</source>
        <translation>Absent de la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+29"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is written yet. Rows with errors must be fixed in the sheet first.</source>
        <translation>Rien n’est encore enregistré. Les lignes en erreur doivent d’abord être corrigées dans la feuille.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show only rows with errors or warnings</source>
        <translation>N’afficher que les lignes avec erreurs ou avertissements</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planned rows</source>
        <translation>Lignes prévues</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%Ln new people</source>
        <translation>
            <numerusform>%Ln nouvelle personne</numerusform>
            <numerusform>%Ln nouvelles personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln found in the register</source>
        <comment>people</comment>
        <translation>
            <numerusform>%Ln trouvée dans le registre</numerusform>
            <numerusform>%Ln trouvées dans le registre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln already on the roster</source>
        <comment>people</comment>
        <translation>
            <numerusform>%Ln déjà sur la liste des participants</numerusform>
            <numerusform>%Ln déjà sur la liste des participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln duplicates in the sheet</source>
        <translation>
            <numerusform>%Ln doublon dans la feuille</numerusform>
            <numerusform>%Ln doublons dans la feuille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln with errors</source>
        <comment>rows</comment>
        <translation>
            <numerusform>%Ln avec erreurs</numerusform>
            <numerusform>%Ln avec erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln warnings</source>
        <translation>
            <numerusform>%Ln avertissement</numerusform>
            <numerusform>%Ln avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
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
            <numerusform>%Ln soumission modifiée dans le formulaire depuis la dernière importation</numerusform>
            <numerusform>%Ln soumissions modifiées dans le formulaire depuis la dernière importation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln not on the roster</source>
        <comment>submissions</comment>
        <translation>
            <numerusform>%Ln hors de la liste des participants</numerusform>
            <numerusform>%Ln hors de la liste des participants</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New organizations: %1.</source>
        <translation>Nouvelles organisations&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../ui/dialogs/project_form.py" line="+26"/>
        <source>Edit project %1</source>
        <translation>Modifier le projet %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. BRIDGE</source>
        <translation>p. ex. BRIDGE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. United States Department of Labor (USDOL)</source>
        <translation>p. ex. Département du Travail des États-Unis (USDOL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grant or cooperative agreement number</source>
        <translation>Numéro de subvention ou d&apos;accord de coopération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. International Labour Organization</source>
        <translation>p. ex. Organisation internationale du Travail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calendar quarters (January to December)</source>
        <translation>Trimestres civils (janvier à décembre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal year</source>
        <translation>Exercice budgétaire</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>One per line, top first, e.g.
Outcome
Output</source>
        <translation>Un par ligne, du plus haut au plus bas, p. ex.
Effet
Produit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the USDOL levels</source>
        <translation>Utiliser les niveaux de l&apos;USDOL</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Donor:</source>
        <translation>&amp;Bailleur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grant number:</source>
        <translation>N° de &amp;subvention :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gra&amp;ntee:</source>
        <translation>Bénéficiai&amp;re :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Start and end:</source>
        <translation>&amp;Début et fin :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>starting in</source>
        <translation>commençant en</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reporting &amp;calendar:</source>
        <translation>&amp;Calendrier des rapports :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting calendar</source>
        <translation>Calendrier des rapports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First month of the fiscal year</source>
        <translation>Premier mois de l&apos;exercice</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result &amp;levels:</source>
        <translation>&amp;Niveaux de résultats :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descr&amp;iption:</source>
        <translation>Descr&amp;iption :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countries and provinces</source>
        <translation>Pays et provinces</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The results, levels and indicators can be translated here once the project is saved.</source>
        <translation>Les résultats, niveaux et indicateurs pourront être traduits ici une fois le projet enregistré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor co&amp;ver sheet</source>
        <translation>Page de &amp;garde du bailleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ranslations</source>
        <translation>Tr&amp;aductions</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Unique Entity ID of the grantee (SAM.gov)</source>
        <translation>Identifiant unique d’entité (UEI) du bénéficiaire (SAM.gov)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name, title, e-mail and telephone</source>
        <translation>Nom, fonction, courriel et téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 13500000</source>
        <translation>p. ex. 13500000</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;UEI:</source>
        <translation>&amp;UEI&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Headquarters contact:</source>
        <translation>Contact au sièg&amp;e&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fi&amp;eld contact:</source>
        <translation>Contact sur &amp;le terrain&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total &amp;funding:</source>
        <translation>&amp;Financement total&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorised represent&amp;ative:</source>
        <translation>Représentant &amp;habilité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative&apos;s &amp;job title:</source>
        <translation>&amp;Qualité du représentant&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The donor report&apos;s cover sheet and certification print these details; the representative signs the certification.</source>
        <translation>La page de garde et la certification du rapport au bailleur reprennent ces informations ; le représentant signe la certification.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only a fiscal year starts in another month than January</source>
        <translation>Seul un exercice commence un autre mois que janvier</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Saved; correct the translation and press Save again</source>
        <translation>Enregistré ; corrigez la traduction et cliquez de nouveau sur Enregistrer</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../../ui/main_window.py" line="+5"/>
        <location filename="../../ui/pages/project.py" line="+147"/>
        <source>Project set-up</source>
        <translation>Mise en place du projet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/project.py" line="-116"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edi&amp;t project…</source>
        <translation>&amp;Modifier le projet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport logframe…</source>
        <translation>E&amp;xporter le cadre logique…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import logframe…</source>
        <translation>&amp;Importer un cadre logique…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete project…</source>
        <translation>Supprimer le projet…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+19"/>
        <source>Results framework</source>
        <translation>Cadre de résultats</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&amp;Add result…</source>
        <translation>&amp;Ajouter un résultat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;under…</source>
        <translation>Ajouter en &amp;dessous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit re&amp;sult…</source>
        <translation>Modifier le résul&amp;tat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move up</source>
        <translation>M&amp;onter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Des&amp;cendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move un&amp;der…</source>
        <translation>Déplacer &amp;sous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>S&amp;upprimer…</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+23"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Counting rule</source>
        <translation>Règle de calcul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add indi&amp;cator…</source>
        <translation>A&amp;jouter un indicateur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit indicator…</source>
        <translation>Modifier l&apos;indicateur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete indicator…</source>
        <translation>Supprimer l&apos;indicateur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tar&amp;gets…</source>
        <translation>Ci&amp;bles…</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>fiscal year starting in %1</source>
        <translation>exercice commençant en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calendar quarters</source>
        <translation>trimestres civils</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Donor: %1</source>
        <translation>Bailleur : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant: %1</source>
        <translation>Subvention : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grantee: %1</source>
        <translation>Bénéficiaire : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2, reported in %3</source>
        <translation>%1 au %2, rapports en %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Countries: %1</source>
        <translation>Pays : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result levels: %1</source>
        <translation>Niveaux de résultats : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not named yet (Edit project…)</source>
        <translation>pas encore nommés (Modifier le projet…)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add the first result of the framework (Add result…).</source>
        <translation>Ajoutez le premier résultat du cadre (Ajouter un résultat…).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Indicators of %1</source>
        <translation>Indicateurs de %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Create a project first</source>
        <translation>Créez d&apos;abord un projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a result in the framework first</source>
        <translation>Sélectionnez d&apos;abord un résultat dans le cadre</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 counts: %2</source>
        <translation>%1 compte : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is reported: officers enter its figures each period</source>
        <translation>%1 est déclaré : les agents saisissent ses chiffres à chaque période</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several indicators are selected: select one</source>
        <translation>Plusieurs indicateurs sont sélectionnés : sélectionnez-en un</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select an indicator first</source>
        <translation>Sélectionnez d&apos;abord un indicateur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Already the first at its level</source>
        <translation>Déjà le premier de son niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already the last at its level</source>
        <translation>Déjà le dernier de son niveau</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Export the logframe</source>
        <translation>Exporter le cadre logique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logframe written to %1</source>
        <translation>Cadre logique écrit dans %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete project %1</source>
        <translation>Supprimer le projet %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleting %1 removes its results framework, indicators, targets, values, narratives, activities and their attendance. A backup of the database is made first.

Type the project&apos;s code to delete it:</source>
        <translation>Supprimer %1 efface son cadre de résultats, ses indicateurs, cibles, valeurs, récits, activités et leurs présences. Une sauvegarde de la base est faite d&apos;abord.

Tapez le code du projet pour le supprimer :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted project %1</source>
        <translation>Projet %1 supprimé</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>— the top of the framework —</source>
        <translation>— le haut du cadre —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put it under:</source>
        <translation>Le placer sous :</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete result</source>
        <translation>Supprimer le résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the result %1?</source>
        <translation>Supprimer le résultat %1 ?</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Delete indicator</source>
        <translation>Supprimer l&apos;indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the indicator %1 and its targets?</source>
        <translation>Supprimer l&apos;indicateur %1 et ses cibles ?</translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <location filename="../../ui/pages/quality.py" line="+45"/>
        <source>Run the checks &amp;again</source>
        <translation>Relancer les &amp;vérifications</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>all countries</source>
        <translation>tous les pays</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2 for %3 %4 (%5).</source>
        <translation>%1 et %2 pour %3 %4 (%5).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln errors</source>
        <translation>
            <numerusform>%Ln erreur</numerusform>
            <numerusform>%Ln erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln warnings</source>
        <translation>
            <numerusform>%Ln avertissement</numerusform>
            <numerusform>%Ln avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No problems found for %3 %4 (%5).</source>
        <translation>Aucun problème trouvé pour %3 %4 (%5).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select a finding first</source>
        <translation>Sélectionnez d&apos;abord un constat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This finding has no record to open</source>
        <translation>Ce constat n&apos;a pas d&apos;enregistrement à ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="-2"/>
        <location filename="../../ui/pages/quality.py" line="-45"/>
        <source>Data quality</source>
        <translation>Qualité des données</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quality.py" line="-29"/>
        <source>Ope&amp;n</source>
        <translation>&amp;Ouvrir</translation>
    </message>
</context>
<context>
    <name>RawRowsModel</name>
    <message>
        <location filename="../../ui/models/import_preview.py" line="-37"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
</context>
<context>
    <name>ReportHistoryModel</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="+67"/>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Checksum (SHA-256): %1</source>
        <translation>Somme de contrôle (SHA-256) : %1</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (no longer there)</source>
        <translation>%1 (n’existe plus)</translation>
    </message>
</context>
<context>
    <name>ReportLogo</name>
    <message>
        <location filename="../../ui/report_logo.py" line="+20"/>
        <source>The logo file %1 is not there any more.</source>
        <translation>Le fichier du logo %1 n’est plus là.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The logo file %1 cannot be read: %2</source>
        <translation>Impossible de lire le fichier du logo %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The logo file %1 is larger than 5 MB; choose a smaller image.</source>
        <translation>Le fichier du logo %1 dépasse 5&#xa0;Mo&#xa0;; choisissez une image plus petite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The logo file %1 is not a PNG or JPEG image.</source>
        <translation>Le fichier du logo %1 n’est pas une image PNG ou JPEG.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The logo file %1 is larger than 4000 pixels on a side; choose a smaller image.</source>
        <translation>Le fichier du logo %1 dépasse 4&#xa0;000 pixels de côté&#xa0;; choisissez une image plus petite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo file %1 cannot be read as an image.</source>
        <translation>Le fichier du logo %1 ne peut pas être lu comme une image.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="-52"/>
        <source>ILO progress report</source>
        <translation>Rapport d’avancement de l’OIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USDOL Technical Progress Report (TPR)</source>
        <translation>Rapport technique d’avancement de l’USDOL (TPR)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Countries of the report</source>
        <translation>Pays du rapport</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language the donor report is written in; it starts in the language of the app. The project&apos;s texts are printed in it where the project gives them in it, else as written.</source>
        <translation>La langue dans laquelle le rapport au donateur est rédigé ; elle est d’abord celle de l’application. Les textes du projet y sont imprimés quand le projet les donne dans cette langue, sinon tels qu’ils ont été écrits.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page size</source>
        <translation>Format de page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report template</source>
        <translation>Modèle du rapport</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period of the report</source>
        <translation>Période du rapport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the period ends the project</source>
        <translation>Si la période clôt le projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final report</source>
        <translation>Rapport final</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Values entered but not yet approved are left out; otherwise they are counted and marked provisional.</source>
        <translation>Les valeurs saisies mais pas encore approuvées sont omises&#xa0;; sinon elles sont comptées et marquées comme provisoires.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xcel annex (.xlsx) beside the PDF</source>
        <translation>Annexe E&amp;xcel (.xlsx) à côté du PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder of the report</source>
        <translation>Dossier du rapport</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Generate donor report (PDF)</source>
        <translation>&amp;Générer le rapport au bailleur (PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open PDF</source>
        <translation>&amp;Ouvrir le PDF</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Donor report (PDF)</source>
        <translation>Rapport au bailleur (PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Report period:</source>
        <translation>Période du rapport&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+77"/>
        <source>Countries:</source>
        <translation>Pays&#xa0;:</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Language, page:</source>
        <translation>Langue, page&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final report:</source>
        <translation>Rapport final&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+63"/>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+16"/>
        <source>Generated reports</source>
        <translation>Rapports générés</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Countries to export</source>
        <translation>Pays à exporter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File format</source>
        <translation>Format de fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export indicator &amp;table</source>
        <translation>Exporter le &amp;tableau des indicateurs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indicator table (IPTT)</source>
        <translation>Tableau des indicateurs (IPTT)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exports hold aggregated figures only, never names. The donor report (PDF) with narrative and charts is produced from the same figures.</source>
        <translation>Les exports ne contiennent que des chiffres agrégés, jamais de noms. Le rapport au bailleur (PDF), avec texte narratif et graphiques, est produit à partir des mêmes chiffres.</translation>
    </message>
    <message numerus="yes">
        <location line="+257"/>
        <source>Report written: %1 (%Ln pages)</source>
        <translation>
            <numerusform>Rapport écrit : %1 (%Ln page)</numerusform>
            <numerusform>Rapport écrit : %1 (%Ln pages)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not printed: the success story&apos;s photo %1 shows people (personal data). If they agreed to its publication, untick “Shows or names people” on the evidence (Narratives page).</source>
        <translation>Non imprimée : la photo %1 de l’exemple de réussite montre des personnes (données personnelles). Si elles ont accepté sa publication, décochez « Montre ou nomme des personnes » sur le justificatif (page Textes narratifs).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(its name is personal data too)</source>
        <translation>(son nom est aussi une donnée personnelle)</translation>
    </message>
    <message numerus="yes">
        <location line="+144"/>
        <source>%Ln files exported</source>
        <translation>
            <numerusform>%Ln fichier exporté</numerusform>
            <numerusform>%Ln fichiers exportés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="-1"/>
        <location filename="../../ui/pages/reports.py" line="-388"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="-153"/>
        <source>Annex: &amp;list of participants (no contacts)</source>
        <translation>&amp;Annexe&#xa0;: liste des participants (sans coordonnées)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Count approved values onl&amp;y</source>
        <translation>Compter seulement les &amp;valeurs approuvées</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bro&amp;wse…</source>
        <translation>Par&amp;courir…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Double-click a report to open it; File › Print (Ctrl+P) prints the one selected</source>
        <translation>Double-cliquez sur un rapport pour l’ouvrir ; Fichier › Imprimer (Ctrl+P) imprime celui qui est sélectionné</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>For&amp;mat:</source>
        <translation>For&amp;mat&#xa0;:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>All countries (project total)</source>
        <translation>Tous les pays (total du projet)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A donor report covers a quarter; choose one in the Period box</source>
        <translation>Un rapport au bailleur couvre un trimestre&#xa0;; choisissez-en un dans la liste Période</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose a quarter in the Period box: a donor report covers a quarter.</source>
        <translation>Choisissez un trimestre dans la liste Période&#xa0;: un rapport au bailleur couvre un trimestre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+274"/>
        <source>Choose at least one country.</source>
        <translation>Choisissez au moins un pays.</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>Choose another logo in the Settings, or use the standard logo.</source>
        <translation>Choisissez un autre logo dans les Paramètres, ou utilisez le logo standard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+270"/>
        <source>Cannot use the folder %1: %2</source>
        <translation>Impossible d’utiliser le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>progress towards %1</source>
        <translation>progrès vers %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Narrative sections without text: %1</source>
        <translation>Sections narratives sans texte : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Generating the donor report…</source>
        <translation>Génération du rapport au bailleur…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Excel annex: %1</source>
        <translation>Annexe Excel&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Donor report written: %1</source>
        <translation>Rapport au bailleur enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report was cancelled; nothing was written.</source>
        <translation>Le rapport a été annulé&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report cancelled</source>
        <translation>Rapport annulé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file %1 is no longer there.</source>
        <translation>Le fichier %1 n’existe plus.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No report to print yet: generate one first</source>
        <translation>Aucun rapport à imprimer pour l’instant : générez-en un d’abord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparing %1 for printing…</source>
        <translation>Préparation de %1 pour l’impression…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printing cancelled</source>
        <translation>Impression annulée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder for the donor report</source>
        <translation>Dossier du rapport au bailleur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Folder for the exports</source>
        <translation>Dossier des exports</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Written:</source>
        <translation>Fichiers enregistrés&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <location filename="../../ui/dialogs/result_form.py" line="+46"/>
        <source>Edit result %1</source>
        <translation>Modifier le résultat %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New result</source>
        <translation>Nouveau résultat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 1.2</source>
        <translation>p. ex. 1.2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— the top of the framework —</source>
        <translation>— le haut du cadre —</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Under:</source>
        <translation>&amp;Sous :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Statement:</source>
        <translation>É&amp;noncé :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use Move under… to put the result under another one</source>
        <translation>Utilisez Déplacer sous… pour placer le résultat sous un autre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>R&amp;esult</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ranslations</source>
        <translation>&amp;Traductions</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../ui/pages/results.py" line="+80"/>
        <location line="+459"/>
        <source>&amp;Lock period…</source>
        <translation>&amp;Verrouiller la période…</translation>
    </message>
    <message>
        <location line="-454"/>
        <source>Results framework</source>
        <translation>Cadre de résultats</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Submission by country</source>
        <translation>Soumission par pays</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Submit…</source>
        <translation>&amp;Soumettre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;turn…</source>
        <translation>Renv&amp;oyer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the country&apos;s figures of the period for review</source>
        <translation>Envoyer les chiffres du pays pour la période en révision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send them back with a comment the country sees</source>
        <translation>Les renvoyer avec un commentaire que le pays verra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the country&apos;s submitted figures</source>
        <translation>Approuver les chiffres soumis par le pays</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submission</source>
        <translation>Soumission</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+163"/>
        <source>Reported values</source>
        <translation>Valeurs déclarées</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a figure in a cell (Enter: next row, Tab: next column, Delete: clear); paste a block copied from Excel with Ctrl+V; a draft value is shaded, notes show in italics.</source>
        <translation>Tapez un chiffre dans une cellule (Entrée : ligne suivante, Tab : colonne suivante, Suppr : effacer) ; collez un bloc copié d’Excel avec Ctrl+V ; une valeur en brouillon est ombrée, les notes sont en italique.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Status rule — %1</source>
        <translation>Règle de statut — %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln figures differ today from those submitted (shaded orange; hover for the cause).</source>
        <translation>
            <numerusform>%Ln chiffre diffère aujourd&apos;hui de celui soumis (en orange ; survolez pour la cause).</numerusform>
            <numerusform>%Ln chiffres diffèrent aujourd&apos;hui de ceux soumis (en orange ; survolez pour la cause).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>every country</source>
        <translation>tous les pays</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Figures (counted)</source>
        <translation>Chiffres (comptés)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Evidence — %1, %2</source>
        <translation>Justificatifs — %1, %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Change targets of %1</source>
        <translation>Modifier les cibles de %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change figures of %1</source>
        <translation>Modifier les chiffres de %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Submission of %1</source>
        <translation>Soumission de %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Several countries are selected: select one</source>
        <translation>Plusieurs pays sont sélectionnés : sélectionnez-en un</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Figures are submitted per quarter, half or year, not for the LOP.</source>
        <translation>Les chiffres sont soumis par trimestre, semestre ou année, pas pour la durée du projet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Submitted by %1 on %2</source>
        <translation>Soumis par %1 le %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Returned by %1 on %2</source>
        <translation>Renvoyé par %1 le %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewed by %1 on %2</source>
        <translation>Révisé par %1 le %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Submit %1 %2</source>
        <translation>Soumettre %1 %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A note for the reviewer (optional):</source>
        <translation>Une note pour la personne qui révise (facultatif) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return %1 %2</source>
        <translation>Renvoyer %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What should be changed? (required; the country sees it)</source>
        <translation>Que faut-il changer ? (obligatoire ; le pays le verra)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve %1 %2</source>
        <translation>Approuver %1 %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A comment (optional):</source>
        <translation>Un commentaire (facultatif) :</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is locked: its data cannot be changed, and its figures are those submitted.</source>
        <translation>%1 est verrouillée : ses données ne peuvent pas être modifiées et ses chiffres sont ceux soumis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked by %2 on %3.</source>
        <translation>Verrouillée par %2 le %3.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="-4"/>
        <location filename="../../ui/pages/results.py" line="-329"/>
        <source>Results &amp; indicators</source>
        <translation>Résultats et indicateurs</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="+56"/>
        <source>All results</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <location line="+277"/>
        <source>%1 is open for changes.</source>
        <translation>La période %1 est ouverte aux modifications.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not approved yet: %2.</source>
        <translation>Pas encore approuvés : %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock period…</source>
        <translation>&amp;Déverrouiller la période…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Unlock %1</source>
        <translation>Déverrouiller %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lock %1</source>
        <translation>Verrouiller %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Why is %1 reopened? (kept in the audit trail)</source>
        <translation>Pourquoi rouvrir %1&#xa0;? (conservé dans le journal d’audit)</translation>
    </message>
</context>
<context>
    <name>RiskForm</name>
    <message>
        <location filename="../../ui/dialogs/risk_register.py" line="+82"/>
        <location line="+78"/>
        <source>Edit risk %1</source>
        <translation>Modifier le risque %1</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Add a risk</source>
        <translation>Ajouter un risque</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What could go wrong, or what the project assumes will hold</source>
        <translation>Ce qui pourrait mal tourner, ou ce que le projet suppose acquis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole project</source>
        <translation>Tout le projet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the project does to prevent it or soften its effect</source>
        <translation>Ce que fait le projet pour l’éviter ou en atténuer l’effet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Risk or assumption:</source>
        <translation>&amp;Risque ou hypothèse :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Likelihood:</source>
        <translation>Pro&amp;babilité :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Impact:</source>
        <translation>&amp;Impact :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mitigation:</source>
        <translation>&amp;Atténuation :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add risk</source>
        <translation>Ajouter un risque</translation>
    </message>
</context>
<context>
    <name>RiskModel</name>
    <message>
        <location line="-114"/>
        <source>Ref.</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk or assumption</source>
        <translation>Risque ou hypothèse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitigation</source>
        <translation>Atténuation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whole project</source>
        <translation>Tout le projet</translation>
    </message>
</context>
<context>
    <name>RiskRegisterDialog</name>
    <message>
        <location line="+138"/>
        <source>Risks and assumptions — %1</source>
        <translation>Risques et hypothèses — %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project&apos;s risk register. The Technical Progress Report prints it under “Risks and assumptions”: the whole project&apos;s risks and those of the countries the report covers.</source>
        <translation>Le registre des risques du projet. Le rapport technique d’avancement l’imprime sous « Risques et hypothèses » : les risques de tout le projet et ceux des pays que couvre le rapport.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No risks recorded yet: Add… writes the first.</source>
        <translation>Aucun risque enregistré : Ajouter… écrit le premier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Select a risk first</source>
        <translation>Sélectionnez d’abord un risque</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Delete risk</source>
        <translation>Supprimer le risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the risk %1 — %2?

Edit › Undo brings it back.</source>
        <translation>Supprimer le risque %1 — %2 ?

Édition › Annuler le rétablit.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete risk %1</source>
        <translation>Supprimer le risque %1</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../ui/models/activities.py" line="+123"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days attended</source>
        <translation>Jours de présence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>A terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-test</source>
        <translation>Pré-test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-test</source>
        <translation>Post-test</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>“%1” is not a number</source>
        <translation>« %1 » n’est pas un nombre</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="-293"/>
        <source>Roster</source>
        <translation>Liste des participants</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This period is locked: the roster cannot be changed.</source>
        <translation>Cette période est verrouillée : la liste ne peut pas être modifiée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click a yellow cell to edit days attended or test scores; Save keeps the changes.</source>
        <translation>Double-cliquez sur une cellule jaune pour modifier les jours de présence ou les notes ; Enregistrer conserve les modifications.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add participant…</source>
        <translation>&amp;Ajouter un participant…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New participant…</source>
        <translation>&amp;Nouveau participant…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone not in the register yet: enter them, then they join the roster</source>
        <translation>Quelqu’un qui n’est pas encore dans le registre : saisissez-le, il rejoint la liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove from roster</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import attendance sheet…</source>
        <translation>&amp;Importer une feuille de présence…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period of this activity is locked (Results page)</source>
        <translation>La période de cette activité est verrouillée (page Résultats)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the activity first, then import its sheet</source>
        <translation>Enregistrez d’abord l’activité, puis importez sa feuille</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save the changes to the roster first: an imported sheet is written at once.</source>
        <translation>Enregistrez d’abord les modifications de la liste : une feuille importée est écrite aussitôt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the activity first, then paste its participants.</source>
        <translation>Enregistrez d’abord l’activité, puis collez ses participants.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy the rows from Excel with their heading row (name, sex, organization…), then paste.</source>
        <translation>Copiez les lignes depuis Excel avec leur ligne d’en-têtes (nom, sexe, organisation…), puis collez-les.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 on the roster (participants by sex — %2)</source>
        <translation>Sur la liste&#xa0;: %1 (participants par sexe — %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 is already on the roster</source>
        <translation>%1 est déjà sur la liste</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Remove %1 from the roster of %2? Their days attended and test scores are deleted when you save.</source>
        <translation>Retirer %1 de la liste de %2 ? Ses jours de présence et ses notes sont supprimés à l’enregistrement.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>this activity</source>
        <translation>cette activité</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Remove these %Ln people from the roster of %2? Their days attended and test scores are deleted when you save.</source>
        <translation>
            <numerusform>Retirer %Ln personne de la liste de %2 ? Ses jours de présence et ses notes sont supprimés à l’enregistrement.</numerusform>
            <numerusform>Retirer ces %Ln personnes de la liste de %2 ? Leurs jours de présence et leurs notes sont supprimés à l’enregistrement.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove from roster</source>
        <translation>Retirer de la liste</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../ui/dialogs/database_server.py" line="+34"/>
        <source>Use a PostgreSQL server</source>
        <translation>Utiliser un serveur PostgreSQL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. flare-db.office.local</source>
        <translation>p. ex. flare-db.office.local</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only to test the connection; never stored</source>
        <translation>seulement pour tester la connexion&#xa0;; jamais enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted connection (required over a network you do not control)</source>
        <translation>Connexion chiffrée (obligatoire sur un réseau que vous ne contrôlez pas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Test the connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FLARE Monitor does not store the password: it asks for it when it starts, unless your IT person has put it in your PostgreSQL password file. The choice takes effect after a restart.</source>
        <translation>FLARE Monitor n’enregistre pas le mot de passe&#xa0;: il le demande au démarrage, sauf si votre service informatique l’a placé dans votre fichier de mots de passe PostgreSQL. Ce choix prend effet après un redémarrage.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Give the name or address of the server.</source>
        <translation>Indiquez le nom ou l’adresse du serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give only the name or address of the server (e.g. flare-db.office.local), then the port, database and user in their own boxes.</source>
        <translation>Saisissez seulement le nom ou l’adresse du serveur (p. ex. flare-db.office.local), puis le port, la base de données et l’utilisateur dans leurs propres cases.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the name of the database.</source>
        <translation>Indiquez le nom de la base de données.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Connecting…</source>
        <translation>Connexion en cours…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="+47"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Location:</source>
        <translation>Emplacement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records:</source>
        <translation>Enregistrements&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder:</source>
        <translation>Dossier des données&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Backups:</source>
        <translation>Sauvegardes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs:</source>
        <translation>Journaux&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Backups of a server database are made on the server.</source>
        <translation>Les sauvegardes d’une base de données sur serveur se font sur le serveur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore from a bac&amp;kup…</source>
        <translation>Res&amp;taurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Use a Postgre&amp;SQL server…</source>
        <translation>Utiliser un serveur Post&amp;greSQL…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the lo&amp;cal file</source>
        <translation>Utiliser le fichier lo&amp;cal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At start:</source>
        <translation>Au démarrage&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+247"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Report defaults</source>
        <translation>Valeurs par défaut des rapports</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default export format</source>
        <translation>Format d’export par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default report folder</source>
        <translation>Dossier des rapports par défaut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left empty, reports and exports go to %1 (made when the first one is written).</source>
        <translation>Laissé vide, les rapports et les exports vont dans %1 (dossier créé à l’écriture du premier).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bro&amp;wse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Include the participant list (personal data) in annexes</source>
        <translation>Inclure la liste des participants (données personnelles) en annexe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FLARE Monitor %1</source>
        <translation>FLARE Monitor %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup written and verified:
%1</source>
        <translation>Sauvegarde enregistrée et vérifiée&#xa0;:
%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore from a backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Databases (*.db)</source>
        <translation>Bases de données (*.db)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace all the data by the backup %1?

The data as it is now is backed up first.</source>
        <translation>Remplacer toutes les données par la sauvegarde %1&#xa0;?

Les données actuelles seront d’abord sauvegardées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored. The data as it was before is kept in %1.</source>
        <translation>Restauration effectuée. Les données antérieures sont conservées dans %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Left empty: a line to sign on the cover</source>
        <translation>Laissé vide : une ligne à signer sur la couverture</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+6"/>
        <location filename="../../ui/pages/settings.py" line="-49"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="-118"/>
        <source>The language of menus, pages and messages, and of dates and numbers; it applies the next time FLARE Monitor starts. Donor reports can be written in English, Spanish or French (chosen on the Reports page).</source>
        <translation>Langue des menus, des pages et des messages, ainsi que des dates et des nombres&#xa0;; elle s’applique au prochain démarrage de FLARE Monitor. Les rapports au bailleur peuvent être rédigés en anglais, en espagnol ou en français (au choix sur la page Rapports).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>For&amp;mat:</source>
        <translation>For&amp;mat&#xa0;:</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>the local file %1</source>
        <translation>le fichier local %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FLARE Monitor opens %1.</source>
        <translation>FLARE Monitor ouvre %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart FLARE Monitor for the change to take effect.</source>
        <translation>Redémarrez FLARE Monitor pour que la modification prenne effet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name or organisation printed after “Prepared by” on the report’s cover</source>
        <translation>Le nom ou l’organisation imprimé après «&#xa0;Préparé par&#xa0;» sur la couverture du rapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepare&amp;d by:</source>
        <translation>Préparé p&amp;ar&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview of the report logo</source>
        <translation>Aperçu du logo du rapport</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the report logo</source>
        <translation>Choisir le logo du rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the s&amp;tandard logo</source>
        <translation>Utiliser le logo stan&amp;dard</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lo&amp;go:</source>
        <translation>Logo d&amp;u rapport&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>Report logo</source>
        <translation>Logo du rapport</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Standard logo</source>
        <translation>Logo standard</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The new language applies the next time FLARE Monitor starts.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de FLARE Monitor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report folder</source>
        <translation>Dossier des rapports</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>projects</source>
        <translation>projets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activities</source>
        <translation>activités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attendance records</source>
        <translation>présences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organizations</source>
        <translation>organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicators</source>
        <translation>indicateurs</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="-311"/>
        <source>Sheet</source>
        <translation>Onglet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that this is the sheet with the attendance list.</source>
        <translation>Vérifiez qu’il s’agit bien de l’onglet contenant la liste de présence.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worksheet</source>
        <translation>Onglet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First rows of the sheet</source>
        <translation>Premières lignes de l’onglet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Worksheet:</source>
        <translation>&amp;Onglet&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln rows read%1</source>
        <translation>
            <numerusform>%Ln ligne lue%1</numerusform>
            <numerusform>%Ln lignes lues%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmissionModel</name>
    <message>
        <location filename="../../ui/models/indicators.py" line="+16"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last step</source>
        <translation>Dernière étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note or comment</source>
        <translation>Note ou commentaire</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Note with the submission: %1</source>
        <translation>Note de la soumission : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewer&apos;s comment: %1</source>
        <translation>Commentaire de la révision : %1</translation>
    </message>
</context>
<context>
    <name>TranslationsTab</name>
    <message>
        <location filename="../../ui/dialogs/translations.py" line="+108"/>
        <source>A report in another language shows the project&apos;s texts in that language. A blank cell is a text not translated yet: the report shows the original and marks it.</source>
        <translation>Un rapport dans une autre langue présente les textes du projet dans cette langue. Une cellule vide est un texte pas encore traduit : le rapport affiche l’original et le signale.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Texts written in</source>
        <translation>Textes rédigés en</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Texts &amp;written in:</source>
        <translation>Textes rédigés &amp;en :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The language of the statements, level names and indicator names and definitions</source>
        <translation>La langue des énoncés, des noms des niveaux et des noms et définitions des indicateurs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project&apos;s texts in other languages</source>
        <translation>Les textes du projet dans d’autres langues</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result %1</source>
        <translation>Résultat %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicator %1: definition</source>
        <translation>Indicateur %1 : définition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicator %1: name</source>
        <translation>Indicateur %1 : nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section title: %1</source>
        <translation>Titre de la section : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Original (%1)</source>
        <translation>Original (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The report&apos;s own title, used where no title is given</source>
        <translation>Le titre propre du rapport, utilisé quand aucun titre n’est donné</translation>
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
        <translation>Bienvenue dans FLARE Monitor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This database holds no project yet. Set up your project once — its countries, results framework, indicators and targets — and record activities and trainings against it.</source>
        <translation>Cette base de données ne contient encore aucun projet. Mettez votre projet en place une fois — ses pays, son cadre de résultats, ses indicateurs et ses cibles — et enregistrez-y activités et formations.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create a project</source>
        <translation>Créer un projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type in the project&apos;s code, donor, dates, reporting calendar and countries; then its results framework and indicators.</source>
        <translation>Saisissez le code du projet, le bailleur, les dates, le calendrier des rapports et les pays ; puis son cadre de résultats et ses indicateurs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a logframe (Excel)</source>
        <translation>Importer un cadre logique (Excel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The donor&apos;s logframe in FLARE Monitor&apos;s workbook: the project, its results, indicators with their counting rules, and targets, checked and previewed before anything is written.</source>
        <translation>Le cadre logique du bailleur dans le classeur de FLARE Monitor : le projet, ses résultats, les indicateurs avec leurs règles de calcul, et les cibles, vérifiés et prévisualisés avant que rien ne soit écrit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a package from headquarters</source>
        <translation>Importer un paquet du siège</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .flarepkg file another office exported: the project and its records.</source>
        <translation>Un fichier .flarepkg exporté par un autre bureau : le projet et ses enregistrements.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another database / connect to a server</source>
        <translation>Ouvrir une autre base de données / se connecter à un serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A FLARE Monitor database file, or the PostgreSQL server your team shares.</source>
        <translation>Un fichier de base de données FLARE Monitor, ou le serveur PostgreSQL partagé par votre équipe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the demo</source>
        <translation>Essayer la démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BRIDGE and FLARE, modelled on their public documents, in a demo database of their own: your data is never mixed with them.</source>
        <translation>BRIDGE et FLARE, d&apos;après leurs documents publics, dans une base de démonstration à part : vos données ne s&apos;y mêlent jamais.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connect to a PostgreSQL server…</source>
        <translation>Se connecter à un serveur PostgreSQL…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
</context>
<context>
    <name>WorkPanel</name>
    <message>
        <location filename="../../ui/widgets.py" line="+16"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="+48"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong: %1

The app keeps running; the details are in the log.</source>
        <translation>Une erreur s’est produite&#xa0;: %1

L’application continue de fonctionner&#xa0;; les détails figurent dans le journal.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>%1

Password:</source>
        <translation>%1

Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1

Open the local file this time? The server stays chosen in Settings for the next start.</source>
        <translation>%1

Ouvrir le fichier local cette fois-ci&#xa0;? Le serveur reste choisi dans les Paramètres pour le prochain démarrage.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1

Restore that backup now?</source>
        <translation>%1

Restaurer cette sauvegarde maintenant&#xa0;?</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>FLARE Monitor is already open with this database:
%1

Switch to that window.</source>
        <translation>FLARE Monitor est déjà ouvert avec cette base de données&#xa0;:
%1

Passez à cette fenêtre.</translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <location filename="../../ui/key_figures.py" line="+18"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>at least %1 % of the target</source>
        <translation>au moins %1 % de la cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 % to %2 % of the target</source>
        <translation>de %1 % à %2 % de la cible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>below %1 % of the target, or nothing reported</source>
        <translation>moins de %1 % de la cible, ou rien de déclaré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no target for the period, or a target of 0 and nothing done</source>
        <translation>pas de cible pour la période, ou une cible de 0 et rien de fait</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="+32"/>
        <source>Cannot do that</source>
        <translation>Action impossible</translation>
    </message>
</context>
<context>
    <name>package</name>
    <message>
        <location filename="../../ui/dialogs/package_models.py" line="-130"/>
        <location line="+21"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Project country</source>
        <translation>Pays du projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result level</source>
        <translation>Niveau de résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual value</source>
        <translation>Valeur réalisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrative</source>
        <translation>Texte narratif</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+17"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subdivision</source>
        <translation>Subdivision</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual start</source>
        <translation>Début effectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual end</source>
        <translation>Fin effective</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age group</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days attended</source>
        <translation>Jours de présence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>A terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-test score</source>
        <translation>Score au pré-test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-test score</source>
        <translation>Score au post-test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numerator</source>
        <translation>Numérateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denominator</source>
        <translation>Dénominateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not in the package)</source>
        <translation>(absent du paquet)</translation>
    </message>
</context>
</TS>
