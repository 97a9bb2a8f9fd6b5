-- Driven by scripts/neovim-check.sh in a copy of examples/ whose M-101 names two owners:
-- the diagnostic arrives, go to definition on its theme lands on T-payments, fixing the owner clears it.
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
vim.cmd("qa!")
