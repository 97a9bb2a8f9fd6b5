"""`rmlint lsp` under the captured capabilities of real editors (pytest-lsp): VS Code, Neovim and Emacs.

Each client opens a copy of examples/ in which M-101 names two owners, reads the diagnostic in the
encoding it negotiated, goes to the theme's definition, renames the theme across files, and sees the
diagnostic go once the owner is fixed. pytest-lsp's checks warn (an error here) when a result uses
something the client did not declare.

Run: RMLINT=.build/release/rmlint python3 -m pytest Tests/Editors/test_rmlint_lsp.py
"""
import os
import shutil
import subprocess
import sys
import tempfile

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RMLINT = os.path.abspath(os.environ.get("RMLINT", os.path.join(ROOT, ".build", "release", "rmlint")))
CLIENTS = ["visual-studio-code", "neovim", "emacs"]


def workspace():
    folder = tempfile.mkdtemp(prefix="rmlint-lsp-")
    shutil.copytree(os.path.join(ROOT, "examples"), folder, dirs_exist_ok=True)
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@t"}
    for command in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "examples"]):
        subprocess.run(["git", *command], cwd=folder, check=True, env=env)
    return folder


FOLDER = workspace()


@pytest_lsp.fixture(params=CLIENTS, config=ClientServerConfig(server_command=[RMLINT, "lsp"]))
async def client(request, lsp_client: LanguageClient):
    params = types.InitializeParams(
        capabilities=client_capabilities(request.param), root_uri="file://" + FOLDER,
        workspace_folders=[types.WorkspaceFolder(uri="file://" + FOLDER, name="examples")])
    # What an editor does with the server's requests: accept the watchers it registers.
    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams):
        return None

    await lsp_client.initialize_session(params)
    yield
    await lsp_client.shutdown_session()


def milestone():
    path = os.path.join(FOLDER, "roadmap", "milestones", "M-101.md")
    with open(path, encoding="utf-8") as handle:
        return "file://" + path, handle.read()


async def open_document(client, uri, text, version=1):
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="markdown", version=version, text=text)))


@pytest.mark.asyncio
async def test_diagnostic_definition_and_fix(client: LanguageClient):
    uri, text = milestone()
    await open_document(client, uri, text.replace("owner: frank\n", "owner: frank, bob\n"))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    diagnostics = client.diagnostics[uri]
    assert [d.code for d in diagnostics] == ["single-owner"]
    owner_line = text.split("\n").index("owner: frank")
    assert diagnostics[0].range.start == types.Position(line=owner_line, character=7)

    theme_line = next(i for i, line in enumerate(text.split("\n")) if line.startswith("theme:"))
    result = await client.text_document_definition_async(types.DefinitionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=theme_line, character=9)))
    targets = result if isinstance(result, list) else [result]
    assert targets and targets[0].uri.endswith("/roadmap/themes/T-payments.md")

    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert list(client.diagnostics[uri]) == []


@pytest.mark.asyncio
async def test_rename_changes_every_link(client: LanguageClient):
    uri, text = milestone()
    await open_document(client, uri, text)
    theme_line = next(i for i, line in enumerate(text.split("\n")) if line.startswith("theme:"))
    edit = await client.text_document_rename_async(types.RenameParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=theme_line, character=9),
        new_name="T-billing"))
    # Versioned documentChanges for a client that declared them (VS Code), else changes.
    if edit.document_changes:
        by_uri = {change.text_document.uri: change for change in edit.document_changes}
        assert by_uri[uri].text_document.version == 1, "the open document's version"
        edits = {key: change.edits for key, change in by_uri.items()}
    else:
        edits = edit.changes or {}
    files = sorted(key.rsplit("/roadmap/", 1)[-1] for key in edits)
    assert "themes/T-payments.md" in files and "milestones/M-101.md" in files
    assert all(change.new_text == "T-billing" for changes in edits.values() for change in changes)


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-q"]))
