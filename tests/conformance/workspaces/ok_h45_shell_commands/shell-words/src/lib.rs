// Command words and byte markers understood by the mini shell.
pub mod commands {
    pub const QUIT: &str = "quit";
    pub const HELP: &str = "help";
    pub const LIST: &str = "ls";
    pub const ECHO: &str = "echo";
}

pub mod markers {
    pub const SHEBANG: &[u8] = b"#!";
    pub const COMMENT: &[u8] = b"//";
}

pub const MAX_ARGS: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Exit,
    ShowHelp,
    List,
    Print,
    Unknown,
}

pub fn is_blank(line: &str) -> bool {
    line.is_empty() || line == " "
}
