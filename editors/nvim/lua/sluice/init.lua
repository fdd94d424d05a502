-- Neovim client for sluice's language server (`sluice lsp --stdio`).
--
-- Works on Neovim 0.7+: `vim.lsp.start` (0.8+) already reuses one client per
-- (name, root_dir); on 0.7 the same is done here with `vim.lsp.start_client`
-- and `vim.lsp.buf_attach_client`. Only APIs present in 0.7 are used outside
-- the version checks (no vim.fs, no LspAttach, no autocmd `data` on 0.7).

local M = {}
local uv = vim.uv or vim.loop  -- vim.loop is deprecated from 0.10 on

local defaults = {
  cmd = nil,            -- full command list; default {path, 'lsp', '--stdio'}
  path = nil,           -- the sluice executable; default: `sluice` from PATH
  filetypes = { 'rust' },
  log_file = nil,       -- server log file (--log-file)
  log_level = nil,      -- trace|debug|info|warn|error|off; default warn without log_file
  on_attach = nil,      -- function(client, bufnr), e.g. for keymaps
}

local config = vim.deepcopy(defaults)
local clients_by_root = {}  -- 0.7 only: root_dir -> client id
local last_status = nil
local last_status_client = nil
local reported_missing = false

local function notify_error(message)
  vim.notify('sluice: ' .. message, vim.log.levels.ERROR)
end

-- The command to start the server, or nil (after one notification) when the
-- executable cannot be found.
local function server_cmd()
  local cmd
  if config.cmd then
    cmd = vim.deepcopy(config.cmd)
  else
    local exe = config.path or vim.fn.exepath('sluice')
    if exe == nil or exe == '' or vim.fn.executable(exe) ~= 1 then
      if not reported_missing then
        reported_missing = true
        notify_error((config.path and ('executable not found: ' .. config.path)
          or 'executable `sluice` not found in PATH')
          .. "; set it with require('sluice').setup{ path = '/path/to/sluice' }")
      end
      return nil
    end
    cmd = { exe, 'lsp', '--stdio' }
  end
  if config.log_file then vim.list_extend(cmd, { '--log-file', config.log_file }) end
  -- Without a log file the server logs to stderr, which Neovim copies into
  -- its lsp.log as [ERROR] lines: keep that to real warnings by default.
  local level = config.log_level or (not config.log_file and 'warn') or nil
  if level then vim.list_extend(cmd, { '--log-level', level }) end
  return cmd
end

local function is_file(path)
  local stat = uv.fs_stat(path)
  return stat ~= nil and stat.type == 'file'
end

-- Whether a Cargo.toml declares a workspace ([workspace] or [workspace.*]).
local function declares_workspace(manifest)
  local file = io.open(manifest, 'r')
  if not file then return false end
  for line in file:lines() do
    if line:match('^%s*%[workspace[%]%.]') then
      file:close()
      return true
    end
  end
  file:close()
  return false
end

local function parent_dir(dir)
  local parent = vim.fn.fnamemodify(dir, ':h')
  if parent == dir then return nil end
  return parent
end

-- The root for a file: the nearest ancestor whose Cargo.toml declares a
-- [workspace] (cargo stops at the nearest one too), else the nearest ancestor
-- with a Cargo.toml, else the file's own directory (sluice then checks the
-- file on its own).
function M.root_dir(file)
  local start = vim.fn.fnamemodify(file, ':p:h')
  local nearest_package = nil
  local dir = start
  for _ = 1, 256 do  -- bounded: a path cannot be deeper than this in practice
    if dir == nil then break end
    local manifest = dir .. '/Cargo.toml'
    if is_file(manifest) then
      if declares_workspace(manifest) then return dir end
      nearest_package = nearest_package or dir
    end
    dir = parent_dir(dir)
  end
  return nearest_package or start
end

local function on_status(_, params, ctx)
  last_status = params
  last_status_client = ctx and ctx.client_id
  local opts = { pattern = 'SluiceStatus', modeline = false }
  if vim.fn.has('nvim-0.8') == 1 then opts.data = { client_id = last_status_client, status = params } end
  vim.api.nvim_exec_autocmds('User', opts)
end

-- The last `sluice/serverStatus` params ({health, quiescent, message?}), or nil.
function M.status()
  return last_status
end

local function on_init(client)
  -- sluice both pushes diagnostics and answers pulls. Neovim 0.10+ pulls on
  -- its own when the server advertises diagnosticProvider and shows pulled
  -- and pushed diagnostics in different namespaces, i.e. every diagnostic
  -- twice. Push alone covers every Neovim version, so drop the pull side.
  client.server_capabilities.diagnosticProvider = nil
end

-- on_exit(code, signal, client_id): forget the client and its status.
local function on_exit(_, _, client_id)
  vim.schedule(function()
    for root, id in pairs(clients_by_root) do
      if id == client_id then clients_by_root[root] = nil end
    end
    if last_status_client == client_id then
      last_status = nil
      last_status_client = nil
      vim.api.nvim_exec_autocmds('User', { pattern = 'SluiceStatus', modeline = false })
    end
  end)
end

local function client_config(cmd, root)
  return {
    name = 'sluice',
    cmd = cmd,
    root_dir = root,
    handlers = { ['sluice/serverStatus'] = on_status },
    on_init = on_init,
    on_attach = config.on_attach,
    on_exit = on_exit,
  }
end

-- Neovim 0.7: one client per root, reused for every buffer under it.
local function attach_with_start_client(bufnr, cmd, root)
  local id = clients_by_root[root]
  local client = id and vim.lsp.get_client_by_id(id)
  if not client or client.is_stopped() then
    id = vim.lsp.start_client(client_config(cmd, root))
    if not id then return notify_error('could not start ' .. table.concat(cmd, ' ')) end
    clients_by_root[root] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
end

-- Attaches the server of the buffer's root to a buffer (starting it if needed).
function M.attach(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local name = vim.api.nvim_buf_get_name(bufnr)
  if name == '' or name:match('^%a[%w+.-]*://') then return end  -- not a local file
  if vim.bo[bufnr].buftype ~= '' then return end
  local cmd = server_cmd()
  if not cmd then return end
  local root = M.root_dir(name)
  if vim.lsp.start then
    vim.lsp.start(client_config(cmd, root), { bufnr = bufnr })
  else
    attach_with_start_client(bufnr, cmd, root)
  end
end

function M.setup(opts)
  config = vim.tbl_deep_extend('force', vim.deepcopy(defaults), opts or {})
  if opts and opts.filetypes then config.filetypes = opts.filetypes end  -- replace, not merge
  reported_missing = false
  local group = vim.api.nvim_create_augroup('sluice', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = config.filetypes,
    callback = function(args) M.attach(args.buf) end,
  })
  -- Buffers opened before setup() ran (e.g. setup called lazily).
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) and vim.tbl_contains(config.filetypes, vim.bo[bufnr].filetype) then
      M.attach(bufnr)
    end
  end
end

return M
