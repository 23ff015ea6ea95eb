; Inno Setup 6 script of the FLARE Monitor installer: per user, no administrator rights.
;
; Built by `python packaging/build.py --installer` (which passes the version), or by hand:
;   iscc /DAppVersion=0.1.0 /DAppNumericVersion=0.1.0.0 packaging\flare_monitor.iss
; Signed when the "signtool" sign tool is given to ISCC and Sign is defined (docs/WINDOWS.md):
;   iscc "/Ssigntool=signtool.exe sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /a $f" /DSign ...
;
; Installs dist\flare-monitor (the PyInstaller bundle) into %LOCALAPPDATA%\Programs\FLARE Monitor.
; The user's data lives elsewhere, in %LOCALAPPDATA%\flare-monitor (database, backups, reports, logs):
; the uninstaller leaves it unless the user says "Yes" to removing it (or runs it with /REMOVEDATA).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef AppNumericVersion
  #define AppNumericVersion "0.0.0.0"
#endif
#define AppName "FLARE Monitor"
#define AppExe "flare-monitor.exe"
#define AppPublisher "International Labour Organization"
#define BundleDir "..\dist\flare-monitor"
; platformdirs.user_data_dir("flare-monitor", appauthor=False, roaming=False) (flare_monitor/paths.py)
#define DataDir "{localappdata}\flare-monitor"
; QSettings of the app (organisation and application name "FLARE Monitor", ui/app.py)
#define SettingsKey "Software\FLARE Monitor"

[Setup]
; Never change the AppId: it ties upgrades and the uninstaller to earlier versions.
AppId={{6F0B6A52-3D0E-4C8B-9A51-2F7C1D4E8B39}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductVersion={#AppNumericVersion}
VersionInfoDescription={#AppName} installer
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\resources\icons\flare-monitor.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\dist\installer
OutputBaseFilename=FLARE-Monitor-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Closes a running FLARE Monitor (Restart Manager) before its files are replaced or removed.
CloseApplications=yes
RestartApplications=no
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[CustomMessages]
english.RemoveDataQuestion=Also remove your FLARE Monitor data?%n%nThe folder %1 holds your database, its backups, the reports you generated and the logs.%n%nChoose No (recommended) to keep them for a later installation.
spanish.RemoveDataQuestion=¿Eliminar también sus datos de FLARE Monitor?%n%nLa carpeta %1 contiene su base de datos, sus copias de seguridad, los informes generados y los registros.%n%nElija No (recomendado) para conservarlos para una instalación posterior.
french.RemoveDataQuestion=Supprimer aussi vos données FLARE Monitor ?%n%nLe dossier %1 contient votre base de données, ses sauvegardes, les rapports produits et les journaux.%n%nChoisissez Non (recommandé) pour les garder pour une installation ultérieure.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: no library of the previous version may stay behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
var
  RemoveData: Boolean;

function DataFolder(): String;
begin
  Result := ExpandConstant('{#DataDir}');
end;

function RemoveDataRequested(): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), '/REMOVEDATA') = 0 then
      Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usUninstall then
  begin
    // Asked before anything is removed; a silent uninstall keeps the data unless /REMOVEDATA is given.
    RemoveData := RemoveDataRequested();
    if (not RemoveData) and (not UninstallSilent()) and DirExists(DataFolder()) then
      RemoveData := MsgBox(FmtMessage(CustomMessage('RemoveDataQuestion'), [DataFolder()]),
        mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  end;
  if (CurUninstallStep = usPostUninstall) and RemoveData then
  begin
    DelTree(DataFolder(), True, True, True);
    RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, '{#SettingsKey}');
  end;
end;
