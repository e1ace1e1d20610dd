-- Article Lens in Neovim's built-in LSP client (Neovim 0.7 or later; no plugins needed).
-- Use: copy into your init.lua, or `:luafile /path/to/article-lens.lua`, and point ARTICLE_LENS_SERVER
-- (or the default below) at the built server: `npm run build` makes dist/server.js.
-- Then: K = hover (who is this?), :lua vim.lsp.buf.document_symbol() = the dated events,
-- diagnostics appear inline, :lua vim.lsp.buf.code_action() offers "Attribute to …".
local server = os.getenv('ARTICLE_LENS_SERVER') or vim.fn.expand('~/article-lens/dist/server.js')

local group = vim.api.nvim_create_augroup('article_lens', { clear = true })

-- Filetype: *.article, and *.txt files whose first line is " date YYYY-MM-DD".
vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
  group = group,
  pattern = { '*.article', '*.txt' },
  callback = function(args)
    local first = vim.api.nvim_buf_get_lines(args.buf, 0, 1, false)[1] or ''
    if args.file:match('%.article$') or first:match('^%s*date %d%d%d%d%-%d%d%-%d%d') then
      vim.bo[args.buf].filetype = 'newsarticle'
    end
  end,
})

-- Start (or reuse) the server for every news article buffer.
vim.api.nvim_create_autocmd('FileType', {
  group = group,
  pattern = 'newsarticle',
  callback = function(args)
    local config = {
      name = 'article-lens',
      cmd = { 'node', server, '--stdio' },
      root_dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(args.buf), ':p:h'),
      get_language_id = function() return 'news-article' end, -- the id VS Code uses
      settings = { articleLens = {} }, -- e.g. { hover = { enabled = true } }
    }
    if vim.lsp.start then -- Neovim 0.8+
      vim.lsp.start(config, { bufnr = args.buf })
    else -- Neovim 0.7: one client for all article buffers
      if not _G.article_lens_client or vim.lsp.client_is_stopped(_G.article_lens_client) then
        _G.article_lens_client = vim.lsp.start_client(config)
      end
      vim.lsp.buf_attach_client(args.buf, _G.article_lens_client)
    end
  end,
})
