// A clean program that relies on lint attributes at every level to stay silent.
#![allow(dead_code)]
#![deny(unused_mut)]
#![warn(nonstandard_style)]

mod legacy_api {
    #![allow(non_snake_case, non_upper_case_globals)]
    pub const defaultPort: u16 = 8080;
    pub fn OpenSocket(port: u16) -> u16 {
        port + 1
    }
}

#[allow(non_camel_case_types)]
#[derive(Debug, Clone, Copy, PartialEq)]
enum conn_state {
    Idle,
    Open(u16),
}

struct Server {
    port: u16,
    spare: u32,
}

#[allow(unused_variables)]
impl Server {
    fn start(&self, verbose: bool) -> conn_state {
        conn_state::Open(legacy_api::OpenSocket(self.port))
    }
    fn never_used(&self) -> u32 {
        self.spare
    }
}

fn count_open(states: &[conn_state]) -> usize {
    let mut n = 0;
    for s in states {
        #[allow(unused_variables)]
        let label = "checked";
        if let conn_state::Open(_) = s {
            n += 1;
        }
    }
    n
}

fn main() {
    let server = Server { port: legacy_api::defaultPort, spare: 0 };
    let states = [server.start(true), conn_state::Idle, server.start(false)];
    #[allow(unused_parens)]
    let open = (count_open(&states));
    println!("{:?} open={}", states, open);
    match states[1] {
        conn_state::Idle => println!("second idle"),
        #[allow(unreachable_patterns)]
        conn_state::Idle | conn_state::Open(_) => println!("other"),
    }
}
