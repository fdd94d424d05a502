-- Driven by tests/nvim/e2e.sh (which prepares the workspace and the
-- environment); runs inside `nvim --headless -u NONE`. Every step either
-- passes or ends Neovim with `cquit 1` after printing what it saw.

local bin = os.getenv('SLUICE_E2E_BIN')
local tmp = os.getenv('SLUICE_E2E_TMP')
local ws = tmp .. '/ws'
local main_rs = ws .. '/src/main.rs'
local error_line = 3  -- 0-based: `    let x: i32 = "text";`

local function say(text)
  io.stdout:write('nvim_e2e: ' .. text .. '\n')
  io.stdout:flush()
end

-- Lists the sluice clients attached to a buffer, on 0.7 and on 0.10+.
local function buf_clients(bufnr)
  local found = {}
  local all = vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = bufnr }) or vim.lsp.buf_get_clients(bufnr)
  for _, client in pairs(all) do
    if client.name == 'sluice' then table.insert(found, client) end
  end
  return found
end

local function dump_state()
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    say(('buffer %d %s: %d client(s); diagnostics: %s'):format(bufnr, vim.api.nvim_buf_get_name(bufnr),
      #buf_clients(bufnr), vim.inspect(vim.diagnostic.get(bufnr))))
  end
  say('last sluice/serverStatus: ' .. vim.inspect(require('sluice').status()))
  local messages = vim.fn.execute('messages')
  if messages ~= '' then say(':messages:\n' .. messages) end
end

local function fail(text)
  say('FAIL: ' .. text)
  pcall(dump_state)
  vim.cmd('cquit 1')
end

local function check(condition, text)
  if not condition then fail(text) end
  return condition
end

-- Waits up to `ms` for `predicate`, processing events (LSP messages) meanwhile.
local function wait_for(ms, predicate, what)
  local ok = vim.wait(ms, predicate, 20)
  return check(ok, ('timed out after %d ms waiting for %s'):format(ms, what))
end

local function run()
  vim.opt.runtimepath:prepend(os.getenv('SLUICE_E2E_PLUGIN'))
  vim.cmd('filetype on')  -- -u NONE leaves filetype detection off
  local sluice = require('sluice')

  -- Root detection, without starting anything.
  local roots = {
    { main_rs, ws },
    { tmp .. '/multi/crates/a/src/lib.rs', tmp .. '/multi' },
    { tmp .. '/multi/nested/b/src/lib.rs', tmp .. '/multi/nested' },
    { tmp .. '/lone/x.rs', tmp .. '/lone' },
  }
  for _, case in ipairs(roots) do
    local got = sluice.root_dir(case[1])
    if not check(got == case[2], ('root_dir(%s) = %s, expected %s'):format(case[1], got, case[2])) then return end
  end

  local status_events = 0
  vim.api.nvim_create_autocmd('User', {
    pattern = 'SluiceStatus',
    callback = function() status_events = status_events + 1 end,
  })
  sluice.setup({ path = bin, log_file = os.getenv('SLUICE_E2E_LOG'), log_level = 'debug' })

  vim.cmd('edit ' .. vim.fn.fnameescape(main_rs))
  local bufnr = vim.api.nvim_get_current_buf()
  if not check(vim.bo[bufnr].filetype == 'rust', 'filetype is ' .. vim.bo[bufnr].filetype) then return end
  if not wait_for(5000, function() return #buf_clients(bufnr) == 1 end, 'the sluice client to attach') then return end
  local client = buf_clients(bufnr)[1]
  if not check(client.config.root_dir == ws, 'client root_dir is ' .. tostring(client.config.root_dir)) then return end

  local function type_error()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.code == 'E0308' and d.lnum == error_line then return d end
    end
  end
  if not wait_for(20000, function() return type_error() ~= nil end, 'E0308 on line ' .. (error_line + 1)) then return end
  local d = type_error()
  if not check(d.col == 17 and d.end_lnum == error_line and d.end_col == 23 and d.severity == vim.diagnostic.severity.ERROR,
    'unexpected E0308 diagnostic: ' .. vim.inspect(d)) then return end
  if not check(#vim.diagnostic.get(bufnr) == 1, 'expected exactly one diagnostic') then return end
  say('saw ' .. d.code .. ' at ' .. (d.lnum + 1) .. ':' .. (d.col + 1) .. ': ' .. d.message:gsub('\n', ' | '))

  -- A second buffer of the same crate reuses the client; switching back to
  -- main.rs (kept loaded: 'hidden' is on by default) keeps that one client.
  vim.cmd('edit ' .. vim.fn.fnameescape(ws .. '/src/util.rs'))
  local util_buf = vim.api.nvim_get_current_buf()
  if not wait_for(5000, function() return #buf_clients(util_buf) == 1 end, 'util.rs to attach') then return end
  if not check(buf_clients(util_buf)[1].id == client.id, 'util.rs got a second client') then return end
  vim.cmd('buffer ' .. bufnr)
  if not wait_for(5000, function() return #buf_clients(bufnr) == 1 end, 'main.rs to keep its client') then return end
  if not check(buf_clients(bufnr)[1].id == client.id, 'main.rs got a second client') then return end

  -- Fix the error in the buffer only; the server must analyse the buffer.
  vim.api.nvim_buf_set_lines(bufnr, error_line, error_line + 1, false, { '    let x: i32 = 5;' })
  if not wait_for(10000, function() return #vim.diagnostic.get(bufnr) == 0 end, 'the diagnostics to clear') then return end
  if not check(vim.bo[bufnr].modified, 'the buffer should still be unsaved') then return end

  local status = sluice.status()
  if not check(status ~= nil and status.health == 'ok' and status_events > 0,
    ('status() = %s after %d SluiceStatus events'):format(vim.inspect(status), status_events)) then return end
  if not wait_for(10000, function()
    local s = sluice.status()
    return s ~= nil and s.quiescent == true
  end, 'a quiescent server status') then return end

  vim.lsp.stop_client(client.id)
  if not wait_for(5000, function() return sluice.status() == nil end, 'the server to exit (status reset)') then return end
  say('ok: E0308 reported, cleared after the unsaved fix; root ' .. ws .. '; ' .. status_events .. ' status events')
  vim.cmd('qall!')
end

local ok, err = pcall(run)
if not ok then fail('error: ' .. tostring(err)) end
