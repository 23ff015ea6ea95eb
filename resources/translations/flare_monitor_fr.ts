<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../ui/pages/activities.py" line="+35"/>
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
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import attendance sheet…</source>
        <translation>&amp;Importer une feuille de présence…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+44"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 of %2 activities</source>
        <translation>Activités&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 is not in the country shown; choose All countries</source>
        <translation>%1 n’est pas dans le pays affiché&#xa0;; choisissez Tous les pays</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Saved %1</source>
        <translation>Activité %1 enregistrée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete activity</source>
        <translation>Supprimer l’activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the activity %1 — %2?</source>
        <translation>Supprimer l’activité %1 — %2&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+14"/>
        <source>Deleted %1</source>
        <translation>Activité %1 supprimée</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The attendance-sheet importer is not available in this build.</source>
        <translation>L’import des feuilles de présence n’est pas disponible dans cette version.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../ui/dialogs/activity_form.py" line="+50"/>
        <source>Edit activity %1</source>
        <translation>Modifier l’activité %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. BR-PK-2024-TRN-APR</source>
        <translation>p. ex. BR-PK-2024-TRN-APR</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Result code, e.g. 1.2 (optional)</source>
        <translation>Code du résultat, p. ex. 1.2 (facultatif)</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <source>Planned s&amp;tart:</source>
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
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>— none —</source>
        <translation>— aucune —</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Attendance (%1)</source>
        <translation>Présences (%1)</translation>
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
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="+240"/>
        <source>Dashboard state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+18"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Calculating the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+110"/>
        <source>all countries</source>
        <translation>tous les pays</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>The figures could not be calculated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>trainings: %1</source>
        <translation>formations&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+69"/>
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
        <location line="+10"/>
        <source>No organization</source>
        <translation>Sans organisation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>People trained by sex and agency type — %1</source>
        <translation>Personnes formées par sexe et type d’organisme — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People trained</source>
        <translation>Personnes formées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No completed training in this period</source>
        <translation>Aucune formation terminée sur cette période</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+38"/>
        <source>Cumulative actual against target</source>
        <translation>Réalisé cumulé par rapport à la cible</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>No data for this indicator yet</source>
        <translation>Pas encore de données pour cet indicateur</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+32"/>
        <source>Activities by status</source>
        <translation>Activités par statut</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No activity in this period</source>
        <translation>Aucune activité sur cette période</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>People trained by sex and agency type</source>
        <translation>Personnes formées par sexe et type d’organisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a bar to open the trainings behind it</source>
        <translation>Cliquez sur une barre pour ouvrir les formations correspondantes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the indicator above the chart</source>
        <translation>Choisissez l’indicateur au-dessus du graphique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click a bar to open the activities behind it</source>
        <translation>Cliquez sur une barre pour ouvrir les activités correspondantes</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+445"/>
        <source>Imported</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 people added to the roster of %2 (%3 new in the register, %4 found in it); %5 already on the roster; %6 new organizations.</source>
        <translation>%1 personnes ajoutées à la liste des participants de %2 (%3 nouvelles dans le registre, %4 qui y figuraient déjà)&#xa0;; %5 déjà sur la liste&#xa0;; %6 nouvelles organisations.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="+44"/>
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
        <source>Side by side</source>
        <translation>Côte à côte</translation>
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
        <location line="+4"/>
        <source>Record A (left)</source>
        <translation>Fiche A (gauche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record B (right)</source>
        <translation>Fiche B (droite)</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+42"/>
        <source>%1 pairs of records may be the same person.</source>
        <translation>Paires de fiches pouvant concerner la même personne&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Flagged because: %1</source>
        <translation>Motif du signalement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merge “%1” into “%2”?

The attendance of “%1” moves to “%2”, empty fields are filled from it, and “%1” is deleted. This cannot be undone.</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»&#xa0;?

Les présences de «&#xa0;%1&#xa0;» sont transférées à «&#xa0;%2&#xa0;», les champs vides de «&#xa0;%2&#xa0;» sont complétés à partir de «&#xa0;%1&#xa0;», puis la fiche «&#xa0;%1&#xa0;» est supprimée. Cette opération est irréversible.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge participants</source>
        <translation>Fusionner des participants</translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <location filename="../../ui/models/participants.py" line="+173"/>
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
        <translation>Pourquoi il pourrait s’agir de la même personne</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="-386"/>
        <location line="+31"/>
        <source>Attendance sheet</source>
        <translation>Feuille de présence</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Choose the training and the sheet (.xlsx, .xls, .ods or .csv) to import.</source>
        <translation>Choisissez la formation et la feuille de présence (.xlsx, .xls, .ods ou .csv) à importer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+10"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)</source>
        <translation>Feuilles de calcul (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no file %1</source>
        <translation>Le fichier %1 n’existe pas</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../ui/pages/quality.py" line="+30"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentage out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates do not match period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No attendance recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentage without numerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indicator</source>
        <translation type="unfinished">Indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+371"/>
        <source>Import attendance sheet</source>
        <translation>Importer une feuille de présence</translation>
    </message>
</context>
<context>
    <name>IndicatorGridModel</name>
    <message>
        <location filename="../../ui/models/indicators.py" line="+115"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target female</source>
        <translation>Cible femmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target male</source>
        <translation>Cible hommes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual female</source>
        <translation>Réalisé femmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual male</source>
        <translation>Réalisé hommes</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Computed from the register</source>
        <translation>Calculé à partir du registre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From reported values</source>
        <translation>D’après les valeurs déclarées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This period is locked</source>
        <translation>Cette période est verrouillée</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <location line="-135"/>
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
        <location line="+46"/>
        <source>computed from the register</source>
        <translation>calculé à partir du registre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reported values</source>
        <translation>valeurs déclarées</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+83"/>
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
        <location line="+15"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Life of project (LOP)</source>
        <translation>Durée du projet (LOP)</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="-285"/>
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
    <name>NarrativesPage</name>
    <message>
        <location filename="../../ui/pages/narratives.py" line="+42"/>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Key figures of the period</source>
        <translation>Chiffres clés de la période</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Narratives</source>
        <translation>Textes narratifs</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+13"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>whole project</source>
        <translation>ensemble du projet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Narrative — %1</source>
        <translation>Texte narratif — %1</translation>
    </message>
    <message>
        <location line="+66"/>
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
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="+48"/>
        <source>Edit participant</source>
        <translation>Modifier le participant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New participant</source>
        <translation>Nouveau participant</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>— none —</source>
        <translation>— aucune —</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>— not recorded —</source>
        <translation>— non renseigné —</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
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
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="+174"/>
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
        <location line="+20"/>
        <source>(sensitive record)</source>
        <translation>(fiche sensible)</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../ui/models/participants.py" line="-128"/>
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
        <location line="+55"/>
        <source>● = sensitive record (e.g. a victim): name and contacts hidden</source>
        <translation>● = fiche sensible (p. ex. une victime)&#xa0;: nom et coordonnées masqués</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name hidden (sensitive record)</source>
        <translation>Nom masqué (fiche sensible)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Sensitive record: shown only when “Show sensitive names” is on</source>
        <translation>Fiche sensible&#xa0;: affichée seulement si «&#xa0;Afficher les noms sensibles&#xa0;» est coché</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../ui/pages/participants.py" line="+34"/>
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
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review &amp;duplicates…</source>
        <translation>Examiner les &amp;doublons…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+56"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>all countries</source>
        <translation>tous les pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 participants (%2)</source>
        <translation>Participants&#xa0;: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ui/models/import_preview.py" line="+74"/>
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
        <location line="+9"/>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 rows: %2 new people, %3 found in the register, %4 already on the roster, %5 duplicates in the sheet, %6 with errors, %7 warnings.</source>
        <translation>%1 lignes&#xa0;: %2 nouvelles personnes, %3 trouvées dans le registre, %4 déjà sur la liste, %5 doublons dans la feuille, %6 en erreur, %7 avertissements.</translation>
    </message>
    <message>
        <location line="+9"/>
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
    <name>QualityPage</name>
    <message>
        <location filename="../../ui/pages/quality.py" line="+42"/>
        <source>Run the checks &amp;again</source>
        <translation>Relancer les &amp;vérifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Data quality</source>
        <translation>Qualité des données</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 errors and %2 warnings for %3 %4 (all countries).</source>
        <translation>%1 erreurs et %2 avertissements pour %3 %4 (tous les pays).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No problems found for %3 %4.</source>
        <translation>Aucun problème trouvé pour %3 %4.</translation>
    </message>
</context>
<context>
    <name>RawRowsModel</name>
    <message>
        <location filename="../../ui/models/import_preview.py" line="-35"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
</context>
<context>
    <name>ReportHistoryModel</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="+65"/>
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
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (no longer there)</source>
        <translation>%1 (n’existe plus)</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location line="+41"/>
        <source>Countries of the report</source>
        <translation>Pays du rapport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish (español)</source>
        <translation>Espagnol (español)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The donor report is written in English or Spanish; it starts in the language of the app (English when the app is in French). Your own texts are printed as you wrote them.</source>
        <translation type="unfinished"></translation>
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
        <location line="+1"/>
        <source>Annex: list of &amp;participants (no contacts)</source>
        <translation>&amp;Annexe&#xa0;: liste des participants (sans coordonnées)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xcel annex (.xlsx) beside the PDF</source>
        <translation>Annexe E&amp;xcel (.xlsx) à côté du PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder of the report</source>
        <translation>Dossier du rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;rowse…</source>
        <translation>Par&amp;courir…</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+62"/>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>Countries:</source>
        <translation>Pays&#xa0;:</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Language, page:</source>
        <translation>Langue, page&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+56"/>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+12"/>
        <source>Generated reports</source>
        <translation>Rapports générés</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Double-click a report to open it</source>
        <translation>Double-cliquez sur un rapport pour l’ouvrir</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <source>&amp;Export indicator table</source>
        <translation>&amp;Exporter le tableau des indicateurs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indicator table (IPTT)</source>
        <translation>Tableau des indicateurs (IPTT)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exports hold aggregated figures only, never names. The donor report (PDF) with narrative and charts is produced from the same figures.</source>
        <translation>Les exports ne contiennent que des chiffres agrégés, jamais de noms. Le rapport au bailleur (PDF), avec texte narratif et graphiques, est produit à partir des mêmes chiffres.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All countries (project total)</source>
        <translation>Tous les pays (total du projet)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A donor report covers a quarter; choose one in the Period box</source>
        <translation>Un rapport au bailleur couvre un trimestre&#xa0;; choisissez-en un dans la liste Période</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a quarter in the Period box: a donor report covers a quarter.</source>
        <translation>Choisissez un trimestre dans la liste Période&#xa0;: un rapport au bailleur couvre un trimestre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+116"/>
        <source>Choose at least one country.</source>
        <translation>Choisissez au moins un pays.</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+120"/>
        <source>Cannot use the folder %1: %2</source>
        <translation>Impossible d’utiliser le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Generating the donor report…</source>
        <translation>Génération du rapport au bailleur…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Report written: %1 (%2 pages)</source>
        <translation>Rapport enregistré&#xa0;: %1 (pages&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Excel annex: %1</source>
        <translation>Annexe Excel&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Donor report written: %1</source>
        <translation>Rapport au bailleur enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+5"/>
        <source>Folder for the donor report</source>
        <translation>Dossier du rapport au bailleur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Folder for the exports</source>
        <translation>Dossier des exports</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Written:</source>
        <translation>Fichiers enregistrés&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files exported</source>
        <translation>Fichiers exportés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../ui/pages/results.py" line="+60"/>
        <location line="+193"/>
        <source>&amp;Lock period…</source>
        <translation>&amp;Verrouiller la période…</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>Results framework</source>
        <translation>Cadre de résultats</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Targets and actuals by period</source>
        <translation>Cibles et réalisations par période</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Targets are editable (double-click); actuals are computed or reported, read-only.</source>
        <translation>Les cibles sont modifiables (double-clic)&#xa0;; les réalisations sont calculées ou déclarées, en lecture seule.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Results &amp; indicators</source>
        <translation>Résultats et indicateurs</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All results</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>project level (all countries)</source>
        <translation>niveau du projet (tous les pays)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is locked: its values and attendance cannot be changed.</source>
        <translation>La période %1 est verrouillée&#xa0;: ses valeurs et présences ne peuvent plus être modifiées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is open for changes.</source>
        <translation>La période %1 est ouverte aux modifications.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlock period…</source>
        <translation>&amp;Déverrouiller la période…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock %1</source>
        <translation>Déverrouiller %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock %1</source>
        <translation>Verrouiller %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why is %1 reopened? (kept in the audit trail)</source>
        <translation>Pourquoi rouvrir %1&#xa0;? (conservé dans le journal d’audit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why is %1 locked? e.g. report submitted to the donor</source>
        <translation>Pourquoi verrouiller %1&#xa0;? p. ex. rapport remis au bailleur</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../ui/models/activities.py" line="+84"/>
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
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <location filename="../../ui/dialogs/roster.py" line="-153"/>
        <source>Roster</source>
        <translation>Liste des participants</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Double-click a yellow cell to edit days attended or test scores.</source>
        <translation>Double-cliquez sur une cellule jaune pour modifier les jours de présence ou les scores aux tests.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add participant…</source>
        <translation>&amp;Ajouter un participant…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove from roster</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import attendance sheet…</source>
        <translation>&amp;Importer une feuille de présence…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 on the roster (participants by sex — %2)</source>
        <translation>Sur la liste&#xa0;: %1 (participants par sexe — %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Remove %1 from the roster of %2? Their days attended and test scores are deleted.</source>
        <translation>Retirer %1 de la liste des participants de %2&#xa0;? Ses jours de présence et ses scores aux tests seront supprimés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove from roster</source>
        <translation>Retirer de la liste</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="+40"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Location:</source>
        <translation>Emplacement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema:</source>
        <translation>Schéma&#xa0;:</translation>
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
        <location line="+1"/>
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
        <location line="+1"/>
        <source>&amp;Restore from a backup…</source>
        <translation>Res&amp;taurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backups of a server database are made on the server.</source>
        <translation>Les sauvegardes d’une base de données sur serveur se font sur le serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+140"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The language of menus, pages and messages, and of dates and numbers; it applies the next time FLARE Monitor starts. Donor reports are written in English or Spanish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+1"/>
        <source>Documents folder</source>
        <translation>Dossier Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Include charts in the donor report</source>
        <translation>Inclure les graphiques dans le rapport au bailleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the participant list (personal data) in annexes</source>
        <translation>Inclure la liste des participants (données personnelles) en annexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FLARE Monitor %1</source>
        <translation>FLARE Monitor %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+14"/>
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
        <location line="+10"/>
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
        <location line="+6"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The new language applies the next time FLARE Monitor starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report folder</source>
        <translation>Dossier des rapports</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>up to date</source>
        <translation>à jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>needs upgrade</source>
        <translation>mise à niveau nécessaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attendance records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="-301"/>
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
    <message>
        <location line="+19"/>
        <source>%1 rows read%2</source>
        <translation>%1 lignes lues%2</translation>
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
        <location filename="../../ui/app.py" line="+37"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong: %1

The app keeps running; the details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1

Restore that backup now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>FLARE Monitor is already open with this database:
%1

Switch to that window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../ui/core_messages.py" line="+29"/>
        <location line="+1"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>days attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>pre-test score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>post-test score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actual start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actual end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subdivision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>all countries</source>
        <translation type="unfinished">tous les pays</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Indicator %1, %2 (%3): the values by sex add up to %4, more than the total %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Indicator %1, %2 (%3): the numerators or denominators by sex add up to more than the total&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Indicator %1, %2 (%3): %4 % (%5/%6) is not a percentage from 0 to 100 with 0 ≤ numerator ≤ denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Indicator %1, %2 (%3): negative figure (value %4, numerator %5, denominator %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indicator %1: the target for %2 (%3) is negative (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indicator %1: the value for %2 (%3 to %4, %5) is outside %6, which runs %7 to %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicator %1: the target for %2 (%3 to %4, %5) is outside %6, which runs %7 to %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Indicator %1: the value for %2 (%3) is dated %4 to %5, but %6 runs %7 to %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicator %1: the value for %2 (%3) is dated %4 to %5, but “%6” is not a period label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indicator %1: the target for %2 (%3) is dated %4 to %5, but %6 runs %7 to %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicator %1: the target for %2 (%3) is dated %4 to %5, but “%6” is not a period label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Indicator %1 (computed) has no target for this period, so its achievement cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indicator %1 (reported) has no target for this period, so its achievement cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Activity %1 (%2, “%3”) is completed but has no attendance recorded, so its participants are not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Participant %1 attended an activity in the period (%2) without their sex recorded; reports need the breakdown by sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Participant %1 attended %2 activities in the period (e.g. %3) without their sex recorded; reports need the breakdown by sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Indicator %1: %2 value(s) in this period have no numerator and denominator, so the %3 figures cannot be combined into one percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name: “%1” is not a person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sex: “%1” is not understood; write F or M (also female/male, mujer/hombre, femme/homme, Ж/М, 女/男) or other, or leave it blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sex not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no sex column: everyone is recorded as “not recorded”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>below the total row; not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column %1 “%2” is not imported (heading not recognised; choose what it holds on the Columns page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rows %1 and %2 are the same person (%3); imported once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 in the register has the same name but another organization; a new person is created (check for duplicates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sex is “%1” in the sheet but “%2” in the register; the register is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is %2 in the sheet but %3 on the roster; the roster is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the %1 also belongs to %2 in the register; treated as another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>date %1 is outside %2 (%3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a province or region of %2; left blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>days attended: %1 is out of range (0 to %2, the length of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is out of range (0 to 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: “%2” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e-mail: “%1” is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>phone: “%1” has too few digits for a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: a date is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: “%2” is not a date in the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is already on the roster of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>same name (ignoring case, accents, spacing and word order), same organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>same name (ignoring case, accents, spacing and word order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <location filename="../../ui/key_figures.py" line="+69"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="+30"/>
        <source>Cannot do that</source>
        <translation type="unfinished">Action impossible</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../ui/vocab.py" line="+32"/>
        <source>Training</source>
        <translation type="unfinished">Formation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awareness raising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation type="unfinished">A terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Female</source>
        <translation type="unfinished">Femmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation type="unfinished">Hommes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labour department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour inspectorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judiciary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employers&apos; organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workers&apos; organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN / international</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Academia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government (other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Challenges and how they were addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan for the next period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
