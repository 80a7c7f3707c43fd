-- Headless Neovim (0.7-compatible) as a second real LSP client of dist/server.js.
-- Run by scripts/e2e/neovim.mjs:
--   nvim --headless -u NONE -i NONE -n -c 'luafile test/e2e/neovim/probe.lua'
-- with PROBE_NODE, PROBE_SERVER, PROBE_FILE, PROBE_ROOT, PROBE_OUT (and PROBE_TIMEOUT_MS) set.
-- Opens the report, waits for the client to initialise and for pushed diagnostics, asks for the
-- document symbols and for a hover on the first 一、 heading, writes everything as JSON to PROBE_OUT.
-- 0.7 has no vim.lsp.start: vim.lsp.start_client + vim.lsp.buf_attach_client.

local env = function(name)
  local v = os.getenv(name)
  if v == nil or v == '' then error('probe.lua: ' .. name .. ' is not set') end
  return v
end

local out = {}
local timeout = tonumber(os.getenv('PROBE_TIMEOUT_MS') or '') or 20000
local timings = {}
local start = vim.loop.hrtime()
local function mark(name) timings[name] = math.floor((vim.loop.hrtime() - start) / 1e6) end

local function write_result()
  out.timings_ms = timings
  local f = assert(io.open(os.getenv('PROBE_OUT'), 'w'))
  f:write(vim.fn.json_encode(out))
  f:close()
end

local ok, err = pcall(function()
  local node, server, file, root = env('PROBE_NODE'), env('PROBE_SERVER'), env('PROBE_FILE'), env('PROBE_ROOT')
  env('PROBE_OUT')

  local raw = {} -- the publishDiagnostics params as sent, by URI
  local client_id = vim.lsp.start_client({
    name = 'report-review',
    cmd = { node, server, '--stdio' },
    root_dir = root,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(e, result, ctx, config)
        if result and result.uri then raw[result.uri] = result.diagnostics end
        return vim.lsp.handlers['textDocument/publishDiagnostics'](e, result, ctx, config)
      end,
    },
  })
  if not client_id then error('vim.lsp.start_client returned nil') end

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].modifiable = false -- read-only use
  if not vim.lsp.buf_attach_client(bufnr, client_id) then error('buf_attach_client failed') end

  local client = vim.lsp.get_client_by_id(client_id)
  if not vim.wait(timeout, function() return client.initialized == true end, 50) then
    error('the client did not initialise within ' .. timeout .. ' ms')
  end
  mark('initialized')
  out.server_name = client.server_info and client.server_info.name or vim.NIL

  if not vim.wait(timeout, function() return #vim.diagnostic.get(bufnr) > 0 end, 50) then
    error('no diagnostics within ' .. timeout .. ' ms')
  end
  mark('diagnostics')
  out.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(out.diagnostics, {
      lnum = d.lnum, col = d.col, severity = d.severity, source = d.source or vim.NIL,
      message = d.message,
      code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or vim.NIL,
    })
  end
  out.raw_diagnostics = raw[vim.uri_from_bufnr(bufnr)] or vim.NIL

  local uri = vim.uri_from_bufnr(bufnr)
  local res, rerr = client.request_sync('textDocument/documentSymbol', { textDocument = { uri = uri } }, timeout, bufnr)
  if not res then error('documentSymbol: ' .. tostring(rerr)) end
  if res.err then error('documentSymbol: ' .. vim.inspect(res.err)) end
  mark('documentSymbol')
  out.symbols = {}
  for _, s in ipairs(res.result or {}) do
    table.insert(out.symbols, { name = s.name, kind = s.kind, children = s.children and #s.children or 0, range = s.range })
  end

  -- The first top-level heading (一、…): line index is 0-based, character 0.
  local line
  for i, text in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    if text:sub(1, #'一、') == '一、' then line = i - 1 break end
  end
  if not line then error('no line starting with 一、 in ' .. file) end
  out.hover_position = { line = line, character = 0 }
  local hres, herr = client.request_sync('textDocument/hover',
    { textDocument = { uri = uri }, position = { line = line, character = 0 } }, timeout, bufnr)
  if not hres then error('hover: ' .. tostring(herr)) end
  if hres.err then error('hover: ' .. vim.inspect(hres.err)) end
  mark('hover')
  out.hover = hres.result or vim.NIL

  vim.lsp.stop_client(client_id)
  vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
end)

if not ok then out.error = tostring(err) end
local wok, werr = pcall(write_result)
if not wok then io.stderr:write('probe.lua: could not write the result: ' .. tostring(werr) .. '\n') end
vim.cmd(ok and wok and 'qall!' or 'cquit! 1')
