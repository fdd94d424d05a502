use cursor::{Indent, Pos, Selection, Tab, HOME};

fn describe(p: Pos) -> &'static str {
    match p {
        HOME => "start of buffer",
        Pos { line: 0, .. } => "first line",
        Pos { col: 0, .. } => "line start",
        _ => "somewhere",
    }
}

fn indent_name(i: Indent) -> &'static str {
    match i {
        cursor::NO_INDENT => "flat",
        Indent(1..=3) => "shallow",
        Indent(Tab::WIDTH) => "one tab",
        Indent(Tab::HARD) => "hard tab",
    }
}

fn depth(i: Indent) -> u8 {
    match i {
        cursor::NO_INDENT => 0,
        Indent(1..=8) => 1,
        Indent(9..=16) => 2,
    }
}

fn is_empty(s: Selection) -> bool {
    match s {
        cursor::EMPTY => true,
        _ => s.start == s.end,
    }
}

fn main() {
    let here = Pos { line: 3, col: 0 };
    println!("{} {}", describe(HOME), describe(here));
    println!("{} {}", indent_name(Indent(4)), Tab::stops(Indent(16)));
    println!("{}", depth(Indent(12)));
    println!("{}", is_empty(Selection { start: here, end: here }));
}
