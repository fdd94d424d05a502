// lints: non_upper_case_globals non_snake_case
#![warn(non_snake_case)]

static max_count: u32 = 10;
const defaultName: &str = "x";

#[allow(non_camel_case_types)]
enum log_level {
    info,
    Warn_Level,
}

struct HTTPServer {
    Port: u16,
}

impl HTTPServer {
    const defaultPort: u16 = 80;
    fn StartUp(&self) -> u16 {
        let ServerPort = self.Port;
        ServerPort
    }
}

fn Main_Loop(Count: u32) -> u32 {
    Count + max_count
}

mod Utils {
    pub fn ok() {}
}

fn main() {
    let s = HTTPServer { Port: HTTPServer::defaultPort };
    println!("{} {}", s.StartUp(), Main_Loop(1));
    let _l = log_level::info;
    let _m = log_level::Warn_Level;
    Utils::ok();
    println!("{}", defaultName);
}
