// use declarations importing from items declared in the same function.
fn parse(cmd: &str) -> u8 {
    #[derive(Debug, Clone, Copy, PartialEq)]
    enum Verb {
        Get,
        Put,
        Del,
    }
    use Verb::{Del, Get, Put};

    mod codes {
        pub const GET: u8 = 1;
        pub const PUT: u8 = 2;
    }
    use codes::*;

    let v = match cmd.len() {
        3 => Get,
        4 => Put,
        _ => Del,
    };
    match v {
        Get => GET,
        Put => PUT,
        Del => 0,
    }
}

fn main() {
    println!("{} {} {}", parse("get"), parse("post"), parse("x"));
}
