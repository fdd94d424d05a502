// The never type `!` in return position and diverging expressions in value position.
use std::process;

fn fail(msg: &str) -> ! {
    eprintln!("fatal: {msg}");
    process::exit(1)
}

fn forever() -> ! {
    loop {
        std::thread::park();
    }
}

fn parse_or_die(s: &str) -> u32 {
    match s.parse() {
        Ok(n) => n,
        Err(_) => fail("not a number"),
    }
}

fn pick(flag: Option<bool>) -> &'static str {
    let value = match flag {
        Some(true) => "yes",
        Some(false) => return "no",
        None => panic!("no flag"),
    };
    value
}

fn loop_value(items: &[i32]) -> i32 {
    let x: i32 = if items.is_empty() { unreachable!("empty") } else { items[0] };
    let y = if x > 0 { x } else { todo!() };
    let z: u8 = loop {
        break 3;
    };
    y + z as i32
}

trait Handler {
    fn handle(&self) -> Result<u32, std::convert::Infallible>;
}

fn never_arg(_f: fn() -> !) {}

fn main() {
    println!("{} {} {}", parse_or_die("12"), pick(Some(true)), loop_value(&[4]));
    let _unused: fn() -> ! = forever;
    never_arg(forever);
    let r: Result<u8, std::convert::Infallible> = Ok(1);
    let Ok(v) = r;
    let closure = || -> ! { panic!() };
    let _ = closure;
    println!("{v}");
}
