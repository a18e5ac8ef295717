"""The installer files: the PyInstaller spec, installer/build-linux, the NSIS script and the CI
workflow. Fast checks always; the real build (minutes) only with TPADESK_BUILD_TEST=1."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "tpadesk.spec"
BUILD_LINUX = INSTALLER / "build-linux"
NSIS = INSTALLER / "windows" / "tpadesk.nsi"
WORKFLOW = ROOT / ".github" / "workflows" / "desktop-build.yml"


def _spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text("utf-8"), filename=str(SPEC))


def _spec_constant(name: str) -> object:
    for node in _spec_tree().body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not assigned in {SPEC.name}")


def test_spec_is_valid_python() -> None:
    compile(SPEC.read_text("utf-8"), str(SPEC), "exec")


def test_spec_builds_one_folder_program_named_tpadesk() -> None:
    text = SPEC.read_text("utf-8")
    assert "COLLECT(" in text, "a one-folder build ends in COLLECT"
    assert "exclude_binaries=True" in text
    assert re.search(r'_exe\("tpadesk", True\)', text)
    assert 'name="tpadesk"' in text
    assert '"pyproject.toml"' in text and '["project"]["version"]' in text


def _resource_folders_read_by_the_app() -> set[str]:
    """Folder names the code reads from the `resources` package."""
    found: set[str] = set()
    patterns = [
        re.compile(r'files\("resources"\)\s*/\s*"([\w-]+)"'),
        re.compile(r'_resource_dir\("([\w-]+)"\)'),
    ]
    for package in ("app", "offline", "ui"):
        for path in (ROOT / package).rglob("*.py"):
            text = path.read_text("utf-8")
            for pattern in patterns:
                found.update(pattern.findall(text))
    return found


def test_every_resource_folder_is_in_the_spec_datas() -> None:
    listed = _spec_constant("RESOURCE_DIRS")
    assert isinstance(listed, tuple)
    on_disk = {p.name for p in (ROOT / "resources").iterdir()
               if p.is_dir() and not p.name.startswith(("_", "."))}
    read = _resource_folders_read_by_the_app()
    assert read, "the scan found no resource reads: update the patterns in this test"
    missing = (on_disk | read) - set(listed)
    assert not missing, f"resource folders not collected by the spec: {sorted(missing)}"
    for name in ("payers", "hcx", "fonts", "translations", "icons"):
        assert name in listed
    # the datas loop really uses the list, at the same place under the bundle
    assert 'f"resources/{name}"' in SPEC.read_text("utf-8")
    assert '"resources"' in SPEC.read_text("utf-8")  # the package itself is a hidden import


def test_spec_keeps_the_qt_plugins_the_desk_needs_and_excludes_unused_qt() -> None:
    plugins = _spec_constant("QT_PLUGINS")
    assert isinstance(plugins, dict)
    assert {"qxcb", "qoffscreen", "qwindows", "qcocoa"} <= plugins["platforms"]
    assert "qjpeg" in plugins["imageformats"]
    text = SPEC.read_text("utf-8")
    for module in ("QtQml", "QtQuick", "Qt3DCore", "QtWebEngineCore", "QtMultimedia"):
        assert f'"{module}"' in text
    for needed in ("fhir.resources.R4B", "keyring.backends", "uharfbuzz", "sqlcipher3",
                   "zxingcpp", "pillow_heif", "keyring.backends.Windows"):
        assert needed in text


def test_no_qt_module_the_desk_imports_is_excluded() -> None:
    unused = _spec_constant("UNUSED_QT_MODULES")
    assert isinstance(unused, tuple)
    imported: set[str] = set()  # import statements; importlib.import_module("PySide6.X") is
    for path in (ROOT / "ui").rglob("*.py"):  # an optional module (ui/camera.py: Multimedia)
        text = path.read_text("utf-8")
        imported.update(re.findall(r"^\s*(?:from|import) PySide6\.(Qt\w+)", text, re.M))
        for names in re.findall(r"^\s*from PySide6 import ([\w, ()\n]+)", text, re.M):
            imported.update(re.findall(r"Qt\w+", names))
    assert {"QtCore", "QtGui", "QtWidgets"} <= imported
    wrongly_excluded = imported & set(unused)
    assert not wrongly_excluded, f"ui/ imports Qt modules the spec excludes: {wrongly_excluded}"
    if "QtPrintSupport" in imported:
        plugins = _spec_constant("QT_PLUGINS")
        assert isinstance(plugins, dict)
        assert "cupsprintersupport" in plugins.get("printsupport", set())


def test_build_linux_is_executable_and_valid_bash() -> None:
    assert os.access(BUILD_LINUX, os.X_OK), "installer/build-linux must be executable"
    bash = shutil.which("bash")
    assert bash is not None
    result = subprocess.run([bash, "-n", str(BUILD_LINUX)], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr
    text = BUILD_LINUX.read_text("utf-8")
    assert "set -euo pipefail" in text
    assert "--smoke-test" in text and "dpkg-deb" in text


def _uninstall_section(text: str) -> str:
    match = re.search(r'^Section "Uninstall"(.*?)^SectionEnd', text, re.M | re.S)
    assert match, "the NSIS script has no uninstaller section"
    return match.group(1)


def test_nsis_uninstaller_keeps_the_users_data() -> None:
    text = NSIS.read_text("utf-8")
    assert "RequestExecutionLevel admin" in text and "$PROGRAMFILES64" in text
    assert "SetShellVarContext all" in text  # per-machine: all users' Start menu
    assert "$SMPROGRAMS" in text and "CreateShortcut" in text
    assert "WriteUninstaller" in text
    body = _uninstall_section(text)
    assert "KEEP USER DATA" in body
    commands = [line.strip() for line in body.splitlines()
                if line.strip() and not line.strip().startswith(";")]
    for line in commands:
        lowered = line.lower()
        assert "appdata" not in lowered and "tpadesk\\" not in lowered.replace(
            "software\\tpadesk", ""), f"the uninstaller touches user data: {line}"
        if lowered.startswith("rmdir /r"):
            assert '$instdir\\_internal"' in lowered, f"recursive delete outside _internal: {line}"
    assert 'RMDir "$INSTDIR"' in body  # non-recursive: only an empty program folder goes


def test_workflow_yaml_parses() -> None:
    yaml = pytest.importorskip("yaml")
    doc = yaml.safe_load(WORKFLOW.read_text("utf-8"))
    assert isinstance(doc, dict)
    # PyYAML reads the bare key `on` as True (YAML 1.1); GitHub reads it as "on"
    assert "on" in doc or True in doc
    job = doc["jobs"]["build"]
    assert set(job["strategy"]["matrix"]["os"]) == {"windows-latest", "macos-latest"}
    runs = "\n".join(step.get("run", "") for step in job["steps"])
    assert "installer/tpadesk.spec" in runs and "--smoke-test" in runs


@pytest.mark.slow
@pytest.mark.timeout(3600)
@pytest.mark.skipif(os.environ.get("TPADESK_BUILD_TEST") != "1",
                    reason="runs installer/build-linux (PyInstaller build + .deb, several "
                           "minutes); set TPADESK_BUILD_TEST=1 to run it")
@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("dpkg-deb") is None,
                    reason="installer/build-linux needs Linux with dpkg-deb")
def test_build_linux_builds_and_smoke_tests_the_frozen_desk() -> None:
    result = subprocess.run([str(BUILD_LINUX)], cwd=ROOT, capture_output=True, text=True,
                            check=False, timeout=3500)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert "smoke test: ok" in result.stdout
    assert (ROOT / "dist" / "tpadesk" / "tpadesk").exists()
    assert list((ROOT / "dist").glob("tpadesk_*.deb"))
