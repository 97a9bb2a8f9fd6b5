-- rmlint lsp in Neovim 0.7+ (the README's snippet; RMLINT names the binary under test).
local rmlint
vim.api.nvim_create_autocmd("FileType", { pattern = { "markdown", "yaml" }, callback = function(args)
  rmlint = rmlint or vim.lsp.start_client({
    name = "rmlint", cmd = { vim.env.RMLINT or "rmlint", "lsp" }, root_dir = vim.fn.getcwd(),
  })
  vim.lsp.buf_attach_client(args.buf, rmlint)
end })
