; Inno Setup 6 script: a per-user install of the onedir bundle, no administrator rights.
;   1. bash scripts/build.sh            (on Windows, in Git Bash; makes dist\agent-assist)
;   2. iscc /DAppVersion=0.1.0 packaging\windows\agent-assist.iss
;      -> dist\AgentAssist-0.1.0-setup.exe
; Uninstalling keeps the user's settings, index and trained shop model unless the user says
; otherwise when asked (or /PURGEDATA is given to a silent uninstall).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef DistDir
  #define DistDir "..\..\dist"
#endif

[Setup]
; Never change AppId: updates and uninstall find the installed copy by it.
AppId={{6E0C7C1B-3F9A-4C59-9D38-5A8B2F0A7E11}
AppName=Agent Assist
AppVersion={#AppVersion}
AppPublisher=AgentAssist
; Per user: installs into %LOCALAPPDATA%\Programs, asks for no elevation.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
DefaultDirName={autopf}\Agent Assist
DefaultGroupName=Agent Assist
DisableProgramGroupPage=yes
OutputDir={#DistDir}
OutputBaseFilename=AgentAssist-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; An update closes the running sidebar (Restart Manager) and starts it again afterwards.
CloseApplications=yes
RestartApplications=yes
UninstallDisplayIcon={app}\agent-assist.exe
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "autostart"; Description: "Start Agent Assist when I sign in"; Flags: unchecked

[InstallDelete]
; An update replaces the whole bundle: no library of the previous version may linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\agent-assist\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Agent Assist"; Filename: "{app}\agent-assist.exe"
Name: "{autoprograms}\Agent Assist self-test"; Filename: "{cmd}"; Parameters: "/k ""{app}\assist.exe"" self-test"; WorkingDir: "{app}"
Name: "{userstartup}\Agent Assist"; Filename: "{app}\agent-assist.exe"; Tasks: autostart

[Run]
Filename: "{app}\agent-assist.exe"; Description: "Start Agent Assist"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Files the app writes inside its own folder (none expected; Python caches just in case).
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[Code]
// The user's data lives apart from the program (platformdirs, %LOCALAPPDATA%\AgentAssist):
// settings, the search index, logs and the shop's trained model. Kept unless asked.
function ShouldPurge(): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), '/PURGEDATA') = 0 then
      Result := True;
  if (not Result) and (not UninstallSilent) then
    Result := MsgBox('Also delete your Agent Assist settings, search index and the shop''s ' +
                     'trained model?' + #13#10 + 'Choose No to keep them for a later install.',
                     mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and ShouldPurge() then
  begin
    DelTree(ExpandConstant('{localappdata}\AgentAssist'), True, True, True);
    DelTree(ExpandConstant('{userappdata}\AgentAssist'), True, True, True);
  end;
end;
