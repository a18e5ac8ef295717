; TPA Desk: per-machine Windows installer (NSIS 3, Unicode).
;
;   makensis /DVERSION=0.1.0 /DSOURCE=..\..\dist\tpadesk installer\windows\tpadesk.nsi
;
; SOURCE is the PyInstaller one-folder build (pyinstaller installer\tpadesk.spec on Windows:
; dist\tpadesk\tpadesk.exe = console / command line, dist\tpadesk\tpadesk-desk.exe = the desk
; without a console window). Installs into "Program Files\TPA Desk" for all users, adds a
; Start-menu shortcut and an entry in Apps & features, and puts an uninstaller next to the
; program.
;
; The user's data is NEVER removed: each Windows user's desk lives in %LOCALAPPDATA%\TPADesk
; (the encrypted store desk.db, desk.json, keyslots.json, training-sandbox\) and the store key
; in that user's Credential Manager (service "TPA Desk"). The uninstaller deletes only the
; files it installed under $INSTDIR, its shortcuts and its registry keys.

Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef SOURCE
  !define SOURCE "..\..\dist\tpadesk"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\tpadesk-${VERSION}-setup.exe"
!endif

!define APPNAME "TPA Desk"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\TPADesk"

Name "${APPNAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APPNAME}"
InstallDirRegKey HKLM "Software\TPADesk" "InstallDir"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
BrandingText "${APPNAME} ${VERSION}"

!define MUI_ICON "..\assets\tpadesk.ico"
!define MUI_UNICON "..\assets\tpadesk.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\tpadesk-desk.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Open TPA Desk (starts in training mode)"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Function .onInit
  SetShellVarContext all
  SetRegView 64
FunctionEnd

Function un.onInit
  SetShellVarContext all
  SetRegView 64
FunctionEnd

Section "TPA Desk" SecMain
  SectionIn RO
  ; An upgrade replaces the program folder's files; the data folder is elsewhere and untouched
  ; (the desk migrates the store when it next opens it).
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${SOURCE}\*.*"
  File "..\assets\tpadesk.ico"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APPNAME}"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk" "$INSTDIR\tpadesk-desk.exe" "" \
    "$INSTDIR\tpadesk.ico" 0
  CreateShortcut "$SMPROGRAMS\${APPNAME}\Uninstall ${APPNAME}.lnk" "$INSTDIR\uninstall.exe"

  WriteRegStr HKLM "Software\TPADesk" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTKEY}" "Publisher" "TPA Desk"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\tpadesk.ico"
  WriteRegStr HKLM "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  ; KEEP USER DATA: never remove $LOCALAPPDATA\TPADesk (nor any user's AppData) and never
  ; touch the Credential Manager; only what this installer put under $INSTDIR goes.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\tpadesk.exe"
  Delete "$INSTDIR\tpadesk-desk.exe"
  Delete "$INSTDIR\tpadesk.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  Delete "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk"
  Delete "$SMPROGRAMS\${APPNAME}\Uninstall ${APPNAME}.lnk"
  RMDir "$SMPROGRAMS\${APPNAME}"

  DeleteRegKey HKLM "${UNINSTKEY}"
  DeleteRegKey HKLM "Software\TPADesk"
SectionEnd
