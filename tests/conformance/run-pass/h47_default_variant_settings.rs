// Editor settings built from derived defaults; the #[default] variants are
// only ever constructed by the derived Default impls.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
enum Indent {
    Tabs,
    #[default]
    Spaces,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
enum LogLevel {
    Error,
    Warn,
    #[default]
    Info,
    Debug,
}

#[derive(Debug, Clone, Copy, Default)]
struct Editor {
    indent: Indent,
    width: u8,
    log: LogLevel,
    line_numbers: bool,
}

impl Editor {
    fn indent_str(&self) -> &'static str {
        match self.indent {
            Indent::Tabs => "\t",
            Indent::Spaces => "    ",
        }
    }

    fn verbose(&self) -> bool {
        self.log >= LogLevel::Debug
    }
}

fn main() {
    let base = Editor::default();
    let tabbed = Editor { indent: Indent::Tabs, width: 100, ..base };
    println!("{:?}", base);
    println!("[{}] [{}]", base.indent_str(), tabbed.indent_str());
    println!("{} {}", base.verbose(), tabbed.width);
    println!("{}", base.line_numbers);
    let levels = [LogLevel::Error, LogLevel::Warn, LogLevel::Debug];
    for l in levels {
        println!("{:?} louder than default: {}", l, l < LogLevel::default());
    }
}
