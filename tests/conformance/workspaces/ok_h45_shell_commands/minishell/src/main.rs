use shell_words::commands::{self, QUIT};
use shell_words::{markers, Action, MAX_ARGS};

fn parse(word: &str) -> Action {
    match word {
        QUIT => Action::Exit,
        commands::HELP => Action::ShowHelp,
        commands::LIST | "dir" => Action::List,
        shell_words::commands::ECHO => Action::Print,
        _ => Action::Unknown,
    }
}

fn line_kind(prefix: &[u8]) -> &'static str {
    match prefix {
        markers::SHEBANG => "interpreter line",
        markers::COMMENT => "comment",
        _ => "command",
    }
}

fn main() {
    let script = ["help", "ls", "dir", "echo", "frobnicate", "quit"];
    let mut args = [""; MAX_ARGS];
    for (i, word) in script.iter().enumerate() {
        let action = parse(word);
        if i < MAX_ARGS {
            args[i] = word;
        }
        println!("{:>10} -> {:?}", word, action);
        if action == Action::Exit {
            break;
        }
    }
    println!("{:?} blank={}", args, shell_words::is_blank(""));
    println!("{} / {}", line_kind(b"#!"), line_kind(b"ls"));
}
