// A small command-line argument parser: flags, options with values, positional args, `--`.
use std::collections::HashMap;
use std::env;

#[derive(Debug, Default)]
pub struct Args {
    pub flags: Vec<String>,
    pub options: HashMap<String, String>,
    pub positional: Vec<String>,
}

#[derive(Debug, PartialEq)]
pub enum ArgError {
    MissingValue(String),
    Unknown(String),
}

const TAKES_VALUE: &[&str] = &["output", "jobs", "o", "j"];
const KNOWN_FLAGS: &[&str] = &["verbose", "help", "v", "h", "quiet"];

pub fn parse<I>(args: I) -> Result<Args, ArgError>
where
    I: IntoIterator,
    I::Item: Into<String>,
{
    let mut out = Args::default();
    let mut iter = args.into_iter().map(Into::into).peekable();
    while let Some(arg) = iter.next() {
        if arg == "--" {
            out.positional.extend(iter.by_ref());
            break;
        }
        let name = if let Some(long) = arg.strip_prefix("--") {
            long.to_string()
        } else if let Some(short) = arg.strip_prefix('-').filter(|s| !s.is_empty()) {
            short.to_string()
        } else {
            out.positional.push(arg);
            continue;
        };
        if let Some((k, v)) = name.split_once('=') {
            out.options.insert(k.to_string(), v.to_string());
        } else if TAKES_VALUE.contains(&name.as_str()) {
            let value = iter.next().ok_or_else(|| ArgError::MissingValue(name.clone()))?;
            out.options.insert(name, value);
        } else if KNOWN_FLAGS.contains(&&*name) {
            out.flags.push(name);
        } else {
            return Err(ArgError::Unknown(name));
        }
    }
    Ok(out)
}

fn main() {
    let parsed = parse(["-v", "--output", "a.out", "--jobs=4", "main.rs", "--", "--not-a-flag"]);
    println!("{parsed:#?}");
    println!("{:?}", parse(vec!["--output"]));
    println!("{:?}", parse(vec![String::from("--bogus")]));
    let real = parse(env::args().skip(1));
    if let Ok(a) = real {
        println!("{} positional", a.positional.len());
    }
}
