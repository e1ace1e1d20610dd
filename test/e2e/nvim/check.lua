-- Driver of test/e2e/neovim.test.ts (not for users): with article-lens.lua loaded and the seed article as
-- the current buffer, asks the server for a hover and the document symbols, then opens the fixture with an
-- unattributed quote and collects its diagnostics and code actions. Writes JSON to $ARTICLE_LENS_OUT, quits.
local out = { nvim = tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch, errors = {} }

local function err(msg) table.insert(out.errors, msg) end

local function client_for(buf)
  for _, c in pairs(vim.lsp.buf_get_clients(buf)) do
    if c.name == 'article-lens' then return c end
  end
end

local function ready(buf)
  return vim.wait(20000, function()
    local c = client_for(buf)
    return c ~= nil and c.server_capabilities ~= nil and next(c.server_capabilities) ~= nil
  end, 100)
end

local function find(buf, needle)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local s = line:find(needle, 1, true)
    if s then
      local _, utf16 = vim.str_utfindex(line, s + 1) -- LSP positions count UTF-16 code units
      return { line = i - 1, character = utf16 }
    end
  end
end

local function request(buf, method, params)
  local res, e = vim.lsp.buf_request_sync(buf, method, params, 10000)
  if not res then err(method .. ': ' .. tostring(e)); return nil end
  for _, r in pairs(res) do
    if r.error then err(method .. ': ' .. vim.inspect(r.error)) end
    if r.result then return r.result end
  end
end

-- A vim.diagnostic back in LSP form (0-based rows, byte columns → UTF-16), as code actions need it.
local function to_lsp(buf, d)
  local function pos(row, col)
    local line = vim.api.nvim_buf_get_lines(buf, row, row + 1, false)[1] or ''
    local _, u16 = vim.str_utfindex(line, math.min(col, #line))
    return { line = row, character = u16 }
  end
  return {
    range = { start = pos(d.lnum, d.col), ['end'] = pos(d.end_lnum or d.lnum, d.end_col or d.col) },
    message = d.message, source = d.source, code = d.code, severity = d.severity,
  }
end

local function run()
  local seed = vim.api.nvim_get_current_buf()
  out.seed_filetype = vim.bo[seed].filetype
  if not ready(seed) then err('the article-lens client did not attach to the seed buffer (filetype ' .. out.seed_filetype .. ')'); return end
  local uri = vim.uri_from_bufnr(seed)
  local pos = find(seed, 'Petro arrived')
  if not pos then err('"Petro arrived" not found in the seed'); return end
  -- The server may still be analysing: retry an empty hover for a few seconds.
  for _ = 1, 20 do
    local h = request(seed, 'textDocument/hover', { textDocument = { uri = uri }, position = pos })
    if h and h.contents then
      local c = h.contents
      out.hover = type(c) == 'string' and c or c.value or vim.fn.json_encode(c)
      break
    end
    vim.wait(250)
  end
  local symbols = request(seed, 'textDocument/documentSymbol', { textDocument = { uri = uri } }) or {}
  out.symbols = {}
  local function walk(list)
    for _, s in ipairs(list) do
      table.insert(out.symbols, { name = s.name, kind = s.kind })
      if s.children then walk(s.children) end
    end
  end
  walk(symbols)

  -- The fixture: a pushed diagnostic and its quick fixes.
  local fixture = os.getenv('ARTICLE_LENS_FIXTURE')
  if fixture then
    vim.cmd('edit ' .. vim.fn.fnameescape(fixture))
    local buf = vim.api.nvim_get_current_buf()
    out.fixture_filetype = vim.bo[buf].filetype
    if not ready(buf) then err('the client did not attach to the fixture buffer'); return end
    vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 100)
    out.diagnostics = {}
    local lsp_diags = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      table.insert(out.diagnostics, { message = d.message, source = d.source, code = d.code, severity = d.severity, lnum = d.lnum })
      table.insert(lsp_diags, to_lsp(buf, d))
    end
    if #lsp_diags > 0 then
      local actions = request(buf, 'textDocument/codeAction', {
        textDocument = { uri = vim.uri_from_bufnr(buf) },
        range = lsp_diags[1].range,
        context = { diagnostics = lsp_diags },
      }) or {}
      out.actions = {}
      for _, a in ipairs(actions) do table.insert(out.actions, a.title) end
    end
  end
end

local ok, e = pcall(run)
if not ok then err(tostring(e)) end
local f = assert(io.open(assert(os.getenv('ARTICLE_LENS_OUT'), 'ARTICLE_LENS_OUT is not set'), 'w'))
f:write(vim.fn.json_encode(out))
f:close()
vim.cmd('qa!')
