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
        <location filename="../../ui/main_window.py" line="+58"/>
        <location filename="../../ui/pages/activities.py" line="+7"/>
        <location line="+44"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="+26"/>
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
        <location filename="../../ui/dialogs/activity_form.py" line="+52"/>
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
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="+249"/>
        <source>Dashboard state</source>
        <translation>État du tableau de bord</translation>
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
        <location filename="../../ui/main_window.py" line="-2"/>
        <location filename="../../ui/pages/dashboard.py" line="+18"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="+10"/>
        <source>Calculating the figures…</source>
        <translation>Calcul des chiffres…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+116"/>
        <source>all countries</source>
        <translation>tous les pays</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>The figures could not be calculated: %1</source>
        <translation>Les chiffres n’ont pas pu être calculés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>trainings: %1</source>
        <translation>formations&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>other / not recorded</source>
        <translation>autre / non renseigné</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Female</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Male</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location line="+45"/>
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
        <location line="+10"/>
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
        <location line="-36"/>
        <location line="+55"/>
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
        <location filename="../../ui/import_wizard.py" line="+447"/>
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
        <translation>Motif du signalement</translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message>
        <location filename="../../ui/dialogs/package_export.py" line="+53"/>
        <location line="+146"/>
        <source>Export package</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+29"/>
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
        <location line="+22"/>
        <source>Writing the package…</source>
        <translation>Écriture du paquet…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Package no. %1 with %2 records written to:
%3

Send it to the other office; they import it with File › Import package…</source>
        <translation>Paquet n°&#xa0;%1 de %2 enregistrements écrit dans&#xa0;:
%3

Envoyez-le à l’autre bureau, qui l’importe avec Fichier › Importer un paquet…</translation>
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
        <location filename="../../ui/import_wizard.py" line="-388"/>
        <location line="+33"/>
        <source>Attendance sheet</source>
        <translation>Feuille de présence</translation>
    </message>
    <message>
        <location line="-32"/>
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
        <location line="+12"/>
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
        <source>Sex not recorded</source>
        <translation>Sexe non renseigné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentage without numerator</source>
        <translation>Pourcentage sans numérateur</translation>
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
</context>
<context>
    <name>ImportPackageDialog</name>
    <message>
        <location filename="../../ui/dialogs/package_import.py" line="+49"/>
        <location line="+115"/>
        <source>Import package</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <location line="-111"/>
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
        <location line="+11"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this database&apos;s version of the selected record</source>
        <translation>Garder la version de cette base de données pour l’enregistrement choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take theirs</source>
        <translation>&amp;Prendre la leur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace this database&apos;s version by the other office&apos;s</source>
        <translation>Remplacer la version de cette base de données par celle de l’autre bureau</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+8"/>
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
        <location line="+12"/>
        <source>Imported.</source>
        <translation>Importé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Conflicts waiting for your choice: %1</source>
        <translation>Conflits en attente de votre choix&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No conflicts wait for a choice.</source>
        <translation>Aucun conflit n’attend de choix.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Keep this database&apos;s version of all %1 records?</source>
        <translation>Garder la version de cette base de données pour les %1 enregistrements&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the other office&apos;s version of all %1 records?</source>
        <translation>Prendre la version de l’autre bureau pour les %1 enregistrements&#xa0;?</translation>
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
        <location filename="../../ui/main_window.py" line="+79"/>
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
        <location line="+8"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>officer</source>
        <translation>chargé de projet</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+6"/>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+24"/>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>monitoring and evaluation</source>
        <translation>suivi et évaluation</translation>
    </message>
    <message>
        <location line="+62"/>
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
        <location line="+104"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Life of project (LOP)</source>
        <translation>Durée du projet (LOP)</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export package…</source>
        <translation>&amp;Exporter un paquet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import package…</source>
        <translation>&amp;Importer un paquet…</translation>
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
        <location filename="../../ui/main_window.py" line="-255"/>
        <location filename="../../ui/pages/narratives.py" line="+25"/>
        <source>Narratives</source>
        <translation>Textes narratifs</translation>
    </message>
    <message>
        <location filename="../../ui/pages/narratives.py" line="+5"/>
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
        <location line="+13"/>
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
        <location line="+53"/>
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
        <location filename="../../ui/dialogs/participant_form.py" line="+49"/>
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
        <translation>moins de 18 ans</translation>
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
        <location filename="../../ui/dialogs/roster.py" line="+177"/>
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
        <location filename="../../ui/main_window.py" line="-1"/>
        <location filename="../../ui/pages/participants.py" line="+6"/>
        <location line="+56"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="+18"/>
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
        <location filename="../../ui/main_window.py" line="+3"/>
        <location filename="../../ui/pages/quality.py" line="+22"/>
        <source>Data quality</source>
        <translation>Qualité des données</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quality.py" line="+14"/>
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
        <location filename="../../ui/pages/reports.py" line="+59"/>
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
        <location filename="../../ui/pages/reports.py" line="+42"/>
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
        <translation>Le rapport au bailleur est rédigé en anglais ou en espagnol&#xa0;; il prend d’abord la langue de l’application (l’anglais quand l’application est en français). Vos propres textes sont imprimés tels que vous les avez écrits.</translation>
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
        <location filename="../../ui/main_window.py" line="-1"/>
        <location filename="../../ui/pages/reports.py" line="+23"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="+15"/>
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
        <location line="+125"/>
        <source>Choose at least one country.</source>
        <translation>Choisissez au moins un pays.</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Choose another logo in the Settings, or use the standard logo.</source>
        <translation>Choisissez un autre logo dans les Paramètres, ou utilisez le logo standard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+121"/>
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
        <location line="+198"/>
        <source>&amp;Lock period…</source>
        <translation>&amp;Verrouiller la période…</translation>
    </message>
    <message>
        <location line="-193"/>
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
        <location filename="../../ui/main_window.py" line="-4"/>
        <location filename="../../ui/pages/results.py" line="+33"/>
        <source>Results &amp; indicators</source>
        <translation>Résultats et indicateurs</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="+27"/>
        <source>All results</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>project level (all countries)</source>
        <translation>niveau du projet (tous les pays)</translation>
    </message>
    <message>
        <location line="+46"/>
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
        <location filename="../../ui/dialogs/roster.py" line="-156"/>
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
        <location line="+51"/>
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
    <name>ServerDialog</name>
    <message>
        <location filename="../../ui/dialogs/database_server.py" line="+33"/>
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
        <location filename="../../ui/pages/settings.py" line="+55"/>
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
        <location line="+1"/>
        <source>&amp;Restore from a backup…</source>
        <translation>Res&amp;taurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Backups of a server database are made on the server.</source>
        <translation>Les sauvegardes d’une base de données sur serveur se font sur le serveur.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Use a Postgre&amp;SQL server…</source>
        <translation>Utiliser un serveur Post&amp;greSQL…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the lo&amp;cal file</source>
        <translation>Utiliser le fic&amp;hier local</translation>
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
        <location line="+252"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The language of menus, pages and messages, and of dates and numbers; it applies the next time FLARE Monitor starts. Donor reports are written in English or Spanish.</source>
        <translation>Langue des menus, des pages et des messages, ainsi que des dates et des nombres&#xa0;; elle s’applique au prochain démarrage de FLARE Monitor. Les rapports au bailleur sont rédigés en anglais ou en espagnol.</translation>
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
        <location line="+5"/>
        <source>FLARE Monitor %1</source>
        <translation>FLARE Monitor %1</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location line="+44"/>
        <source>Pr&amp;epared by:</source>
        <translation>Préparé p&amp;ar&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+6"/>
        <location filename="../../ui/pages/settings.py" line="-38"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="+18"/>
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
        <location line="+1"/>
        <source>Started with --db, it opens the database given there instead.</source>
        <translation>Lancé avec --db, il ouvre plutôt la base de données indiquée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your user name (%1)</source>
        <translation>Votre nom d’utilisateur (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name or organisation printed after “Prepared by” on the report’s cover</source>
        <translation>Le nom ou l’organisation imprimé après «&#xa0;Préparé par&#xa0;» sur la couverture du rapport</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview of the report logo</source>
        <translation>Aperçu du logo du rapport</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+28"/>
        <source>The new language applies the next time FLARE Monitor starts.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de FLARE Monitor.</translation>
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
        <location filename="../../ui/app.py" line="+54"/>
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
        <location line="+20"/>
        <source>The connection to the database server was lost or refused: what you just did may not be saved.

Check the network (and the VPN away from the office), then try again; if it keeps failing, restart FLARE Monitor or ask the person who runs the server.</source>
        <translation>La connexion au serveur de la base de données a été perdue ou refusée : ce que vous venez de faire n’est peut-être pas enregistré.

Vérifiez le réseau (et le VPN hors du bureau), puis réessayez ; si cela échoue encore, redémarrez FLARE Monitor ou demandez à la personne qui gère le serveur.</translation>
    </message>
    <message>
        <location line="+101"/>
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
        <location line="+88"/>
        <source>FLARE Monitor is already open with this database:
%1

Switch to that window.</source>
        <translation>FLARE Monitor est déjà ouvert avec cette base de données&#xa0;:
%1

Passez à cette fenêtre.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../ui/core_messages.py" line="+29"/>
        <location line="+1"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex</source>
        <translation>sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organization</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position</source>
        <translation>fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age group</source>
        <translation>tranche d’âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>days attended</source>
        <translation>jours de présence</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>pre-test score</source>
        <translation>score au pré-test</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>post-test score</source>
        <translation>score au post-test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remarks</source>
        <translation>remarques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned start</source>
        <translation>début prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned end</source>
        <translation>fin prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actual start</source>
        <translation>début effectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actual end</source>
        <translation>fin effective</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subdivision</source>
        <translation>subdivision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>venue</source>
        <translation>lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>all countries</source>
        <translation>tous les pays</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Indicator %1, %2 (%3): the values by sex add up to %4, more than the total %5</source>
        <translation>Indicateur %1, %2 (%3)&#xa0;: la somme des valeurs par sexe (%4) dépasse le total (%5)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Indicator %1, %2 (%3): the numerators or denominators by sex add up to more than the total&apos;s</source>
        <translation>Indicateur %1, %2 (%3)&#xa0;: la somme des numérateurs ou des dénominateurs par sexe dépasse ceux du total</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Indicator %1, %2 (%3): %4 % (%5/%6) is not a percentage from 0 to 100 with 0 ≤ numerator ≤ denominator</source>
        <translation>Indicateur %1, %2 (%3)&#xa0;: %4&#xa0;% (%5/%6) n’est pas un pourcentage entre 0 et 100 avec 0 ≤ numérateur ≤ dénominateur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Indicator %1, %2 (%3): negative figure (value %4, numerator %5, denominator %6)</source>
        <translation>Indicateur %1, %2 (%3)&#xa0;: valeur négative (valeur %4, numérateur %5, dénominateur %6)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indicator %1: the target for %2 (%3) is negative (%4)</source>
        <translation>Indicateur %1&#xa0;: la cible de %2 (%3) est négative (%4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indicator %1: the value for %2 (%3 to %4, %5) is outside %6, which runs %7 to %8</source>
        <translation>Indicateur %1&#xa0;: la valeur de %2 (du %3 au %4, %5) est en dehors de %6, qui va du %7 au %8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicator %1: the target for %2 (%3 to %4, %5) is outside %6, which runs %7 to %8</source>
        <translation>Indicateur %1&#xa0;: la cible de %2 (du %3 au %4, %5) est en dehors de %6, qui va du %7 au %8</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Indicator %1: the value for %2 (%3) is dated %4 to %5, but %6 runs %7 to %8</source>
        <translation>Indicateur %1&#xa0;: la valeur de %2 (%3) porte sur la période du %4 au %5, mais %6 va du %7 au %8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicator %1: the value for %2 (%3) is dated %4 to %5, but “%6” is not a period label</source>
        <translation>Indicateur %1&#xa0;: la valeur de %2 (%3) porte sur la période du %4 au %5, mais «&#xa0;%6&#xa0;» n’est pas un libellé de période</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indicator %1: the target for %2 (%3) is dated %4 to %5, but %6 runs %7 to %8</source>
        <translation>Indicateur %1&#xa0;: la cible de %2 (%3) porte sur la période du %4 au %5, mais %6 va du %7 au %8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicator %1: the target for %2 (%3) is dated %4 to %5, but “%6” is not a period label</source>
        <translation>Indicateur %1&#xa0;: la cible de %2 (%3) porte sur la période du %4 au %5, mais «&#xa0;%6&#xa0;» n’est pas un libellé de période</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Indicator %1 (computed) has no target for this period, so its achievement cannot be shown</source>
        <translation>L’indicateur %1 (calculé) n’a pas de cible pour cette période&#xa0;; son taux de réalisation ne peut donc pas être affiché</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indicator %1 (reported) has no target for this period, so its achievement cannot be shown</source>
        <translation>L’indicateur %1 (déclaré) n’a pas de cible pour cette période&#xa0;; son taux de réalisation ne peut donc pas être affiché</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Activity %1 (%2, “%3”) is completed but has no attendance recorded, so its participants are not counted</source>
        <translation>L’activité %1 (%2, «&#xa0;%3&#xa0;») est terminée mais aucune présence n’est enregistrée&#xa0;; ses participants ne sont donc pas comptés</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Participant %1 attended an activity in the period (%2) without their sex recorded; reports need the breakdown by sex</source>
        <translation>Le participant %1 a pris part à une activité de la période (%2) sans que son sexe soit renseigné&#xa0;; les rapports exigent la ventilation par sexe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Participant %1 attended %2 activities in the period (e.g. %3) without their sex recorded; reports need the breakdown by sex</source>
        <translation>Le participant %1 a pris part à %2 activités de la période (p. ex. %3) sans que son sexe soit renseigné&#xa0;; les rapports exigent la ventilation par sexe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Indicator %1: %2 value(s) in this period have no numerator and denominator, so the %3 figures cannot be combined into one percentage</source>
        <translation>Indicateur %1&#xa0;: %2 valeur(s) de cette période n’ont ni numérateur ni dénominateur&#xa0;; les %3 chiffres ne peuvent donc pas être combinés en un seul pourcentage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name is missing</source>
        <translation>nom manquant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name: “%1” is not a person&apos;s name</source>
        <translation>nom&#xa0;: «&#xa0;%1&#xa0;» n’est pas un nom de personne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sex: “%1” is not understood; write F or M (also female/male, mujer/hombre, femme/homme, Ж/М, 女/男) or other, or leave it blank</source>
        <translation>sexe&#xa0;: «&#xa0;%1&#xa0;» n’est pas compris&#xa0;; écrivez F ou M (aussi femme/homme, female/male, mujer/hombre, Ж/М, 女/男) ou autre, ou laissez la cellule vide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sex not recorded</source>
        <translation>sexe non renseigné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no sex column: everyone is recorded as “not recorded”</source>
        <translation>aucune colonne pour le sexe&#xa0;: chaque personne est enregistrée comme «&#xa0;non renseigné&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>below the total row; not imported</source>
        <translation>sous la ligne de total&#xa0;; non importée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column %1 “%2” is not imported (heading not recognised; choose what it holds on the Columns page)</source>
        <translation>la colonne %1 «&#xa0;%2&#xa0;» n’est pas importée (intitulé non reconnu&#xa0;; choisissez son contenu à l’étape Colonnes)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rows %1 and %2 are the same person (%3); imported once</source>
        <translation>les lignes %1 et %2 concernent la même personne (%3)&#xa0;; importée une seule fois</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 in the register has the same name but another organization; a new person is created (check for duplicates)</source>
        <translation>%1 figure dans le registre avec le même nom mais une autre organisation&#xa0;; une nouvelle personne est créée (vérifiez les doublons)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sex is “%1” in the sheet but “%2” in the register; the register is kept</source>
        <translation>sexe «&#xa0;%1&#xa0;» dans la feuille mais «&#xa0;%2&#xa0;» dans le registre&#xa0;; le registre est conservé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is %2 in the sheet but %3 on the roster; the roster is kept</source>
        <translation>%1&#xa0;: %2 dans la feuille mais %3 sur la liste&#xa0;; la valeur de la liste est conservée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the %1 also belongs to %2 in the register; treated as another person</source>
        <translation>le %1 appartient aussi à %2 dans le registre&#xa0;; traité comme une autre personne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>date %1 is outside %2 (%3 to %4)</source>
        <translation>la date %1 est en dehors de %2 (du %3 au %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a province or region of %2; left blank</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une province ou région connue pour %2&#xa0;; champ laissé vide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>days attended: %1 is out of range (0 to %2, the length of %3)</source>
        <translation>jours de présence&#xa0;: %1 est hors limites (de 0 à %2, la durée de %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is out of range (0 to 100)</source>
        <translation>%1&#xa0;: %2 est hors limites (de 0 à 100)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: “%2” is not a number</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e-mail: “%1” is not an e-mail address</source>
        <translation>courriel&#xa0;: «&#xa0;%1&#xa0;» n’est pas une adresse électronique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>phone: “%1” has too few digits for a phone number</source>
        <translation>téléphone&#xa0;: «&#xa0;%1&#xa0;» compte trop peu de chiffres pour un numéro de téléphone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: longer than %2 characters</source>
        <translation>%1&#xa0;: plus de %2 caractères</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: must not be empty</source>
        <translation>%1&#xa0;: ne doit pas être vide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: a date is required</source>
        <translation>%1&#xa0;: une date est requise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: “%2” is not a date in the form YYYY-MM-DD</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is already on the roster of %2</source>
        <translation>%1 est déjà sur la liste des participants de %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>same name (ignoring case, accents, spacing and word order), same organization</source>
        <translation>même nom (sans tenir compte de la casse, des accents, des espaces et de l’ordre des mots), même organisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>same name (ignoring case, accents, spacing and word order)</source>
        <translation>même nom (sans tenir compte de la casse, des accents, des espaces et de l’ordre des mots)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same phone number</source>
        <translation>même numéro de téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same e-mail address</source>
        <translation>même adresse électronique</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Someone else</source>
        <translation>Quelqu’un d’autre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> at %1</source>
        <translation> à %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>activity %1</source>
        <translation>l’activité %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the participant %1</source>
        <translation>le participant %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the organization %1</source>
        <translation>l’organisation %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the attendance of %1 at %2</source>
        <translation>la présence de %1 à %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this activity</source>
        <translation>cette activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this attendance record</source>
        <translation>cette présence</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>: %1</source>
        <translation> : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 saved %2%3%4. Your changes were not saved; reopen it to see the current version.</source>
        <translation>%1 a enregistré %2%3%4. Vos modifications n’ont pas été enregistrées ; rouvrez la fiche pour voir la version actuelle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 deleted %2%3. Your changes were not saved.</source>
        <translation>%1 a supprimé %2%3. Vos modifications n’ont pas été enregistrées.</translation>
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
<context>
    <name>vocab</name>
    <message>
        <location filename="../../ui/vocab.py" line="+32"/>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy advice</source>
        <translation>Conseil en politiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awareness raising</source>
        <translation>Sensibilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical assistance</source>
        <translation>Assistance technique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongoing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postponed</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitator</source>
        <translation>Facilitateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource person</source>
        <translation>Personne ressource</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizer</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labour department</source>
        <translation>Administration du travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law enforcement</source>
        <translation>Forces de l’ordre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour inspectorate</source>
        <translation>Inspection du travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judiciary</source>
        <translation>Magistrature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employers&apos; organization</source>
        <translation>Organisation d’employeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workers&apos; organization</source>
        <translation>Organisation de travailleurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN / international</source>
        <translation>ONU / international</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Academia</source>
        <translation>Milieu universitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government (other)</source>
        <translation>Administration (autre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highlights</source>
        <translation>Faits marquants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Challenges and how they were addressed</source>
        <translation>Difficultés et réponses apportées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons learned</source>
        <translation>Enseignements tirés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good practices</source>
        <translation>Bonnes pratiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan for the next period</source>
        <translation>Plan pour la prochaine période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off track</source>
        <translation>Hors trajectoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No target</source>
        <translation>Sans cible</translation>
    </message>
</context>
</TS>
