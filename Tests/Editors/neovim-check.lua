-- Driven by scripts/neovim-check.sh in a copy of examples/ whose M-101 names two owners:
-- the diagnostic arrives, go to definition on its theme lands on T-payments, fixing the owner
-- clears it; a theme id broken in another buffer shows in M-101 and goes when fixed; a re-date
-- gets its replans entry from the code action; a rename changes both buffers.
local function fail(message) io.stderr:write("neovim-check: FAILED: " .. message .. "\n"); vim.cmd("cquit 1") end
local function diagnostics() return vim.diagnostic.get(0) end

if not vim.wait(15000, function() return #diagnostics() > 0 end, 50) then fail("no diagnostics arrived") end
local lines = vim.api.nvim_buf_get_lines(0, 0, -1, false)
local owner
for index, line in ipairs(lines) do if line:match("^owner:") then owner = index - 1 end end
local first = diagnostics()[1]
if #diagnostics() ~= 1 or first.code ~= "single-owner" or first.lnum ~= owner or first.col ~= 7 then
  fail(string.format("expected one single-owner at %d:7, got %s at %d:%d", owner, tostring(first.code), first.lnum, first.col))
end
io.stdout:write("neovim-check: single-owner shown at the owner value\n")

-- Go to definition on `theme: T-...` (the line that starts with "theme:").
local row
for index, line in ipairs(lines) do if line:match("^theme:") then row = index - 1 end end
local params = { textDocument = vim.lsp.util.make_text_document_params(), position = { line = row, character = 8 } }
local replies = vim.lsp.buf_request_sync(0, "textDocument/definition", params, 5000) or {}
local uri
for _, reply in pairs(replies) do if reply.result and reply.result[1] then uri = reply.result[1].uri end end
if not uri or not uri:match("/roadmap/themes/") then fail("definition did not lead to a theme: " .. tostring(uri)) end
io.stdout:write("neovim-check: definition leads to " .. uri:match("[^/]+$") .. "\n")

-- Fix the owner in the buffer: the diagnostic goes.
for index, line in ipairs(lines) do
  if line:match("^owner:") then vim.api.nvim_buf_set_lines(0, index - 1, index, false, { "owner: frank" }) end
end
if not vim.wait(15000, function() return #diagnostics() == 0 end, 50) then fail("the fixed owner still shows") end
io.stdout:write("neovim-check: fixing the owner clears it\n")

local function find(buffer, pattern)
  for index, line in ipairs(vim.api.nvim_buf_get_lines(buffer, 0, -1, false)) do
    if line:match(pattern) then return index - 1, line end
  end
end
local function codes(buffer)
  local found = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(buffer)) do table.insert(found, diagnostic.code) end
  table.sort(found)
  return table.concat(found, ",")
end

-- Cross-file: the theme's id broken in its own buffer shows in M-101's; fixed, it goes.
local milestone = vim.api.nvim_get_current_buf()
vim.cmd("edit roadmap/themes/T-payments.md")
local theme = vim.api.nvim_get_current_buf()
if not vim.wait(5000, function() return #vim.lsp.get_active_clients() > 0 and vim.lsp.buf_is_attached(theme, 1) end, 50) then
  fail("the theme buffer is not attached")
end
local id_row = find(theme, "^id:")
vim.api.nvim_buf_set_lines(theme, id_row, id_row + 1, false, { "id: T-paymentz" })
if not vim.wait(15000, function() return codes(milestone):match("dangling%-link") ~= nil end, 50) then
  fail("the broken theme id did not show in M-101: " .. codes(milestone))
end
vim.api.nvim_buf_set_lines(theme, id_row, id_row + 1, false, { "id: T-payments" })
if not vim.wait(15000, function() return codes(milestone) == "" end, 50) then
  fail("the fixed theme id still shows in M-101: " .. codes(milestone))
end
io.stdout:write("neovim-check: a theme id broken in another buffer shows in M-101, and goes\n")

-- A committed milestone re-dated: replan-without-reason, and the code action adds the entry.
vim.cmd("buffer " .. milestone)
local due_row = find(milestone, "^due:")
vim.api.nvim_buf_set_lines(milestone, due_row, due_row + 1, false, { "due: 2027-04-30" })
if not vim.wait(15000, function() return codes(milestone) == "replan-without-reason" end, 50) then
  fail("the re-date was not flagged: " .. codes(milestone))
end
local flagged = vim.diagnostic.get(milestone)[1]
local action_params = {
  textDocument = vim.lsp.util.make_text_document_params(milestone),
  range = { start = { line = flagged.lnum, character = flagged.col }, ["end"] = { line = flagged.end_lnum, character = flagged.end_col } },
  context = { diagnostics = { flagged.user_data.lsp } },
}
local applied = false
for _, reply in pairs(vim.lsp.buf_request_sync(milestone, "textDocument/codeAction", action_params, 5000) or {}) do
  for _, action in ipairs(reply.result or {}) do
    if not applied and action.title:match("replans") and action.edit then
      vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")
      applied = true
    end
  end
end
if not applied then fail("no replans code action for " .. vim.inspect(action_params.context)) end
if not find(milestone, "^  %- {date: %d+%-%d+%-%d+, from: 2027%-03%-19, to: 2027%-04%-30, reason:") then
  fail("the replans entry is not in the buffer")
end
if not vim.wait(15000, function() return codes(milestone) == "" end, 50) then
  fail("the replans entry did not clear the diagnostic: " .. codes(milestone))
end
io.stdout:write("neovim-check: the replans code action adds the entry and clears the diagnostic\n")

-- Rename the theme from its link in M-101: both buffers change.
local theme_row = find(milestone, "^theme:")
local rename_params = {
  textDocument = vim.lsp.util.make_text_document_params(milestone),
  position = { line = theme_row, character = 9 }, newName = "T-billing",
}
for _, reply in pairs(vim.lsp.buf_request_sync(milestone, "textDocument/rename", rename_params, 5000) or {}) do
  if reply.result then vim.lsp.util.apply_workspace_edit(reply.result, "utf-16") end
end
local _, link = find(milestone, "^theme:")
local _, own = find(theme, "^id:")
if link ~= "theme: T-billing" or own ~= "id: T-billing" then
  fail("rename left " .. tostring(link) .. " / " .. tostring(own))
end
io.stdout:write("neovim-check: rename changed the link and the theme's id\n")
vim.cmd("qa!")
