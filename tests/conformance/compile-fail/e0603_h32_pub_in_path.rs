pub mod net {
    pub mod tcp {
        pub(in crate::net) fn handshake() -> bool {
            true
        }
        pub(super) struct Conn {
            pub(crate) port: u16,
            pub(in crate::net) seq: u32,
        }
        pub fn connect() -> u16 {
            let c = Conn { port: 80, seq: 0 };
            c.port + c.seq as u16
        }
    }
    pub fn check() -> bool {
        let c = tcp::Conn { port: 1, seq: 2 };
        tcp::handshake() && c.seq > 0
    }
}

fn main() {
    println!("{}", net::check());
    println!("{}", net::tcp::connect());
    println!("{}", net::tcp::handshake());
    let c = net::tcp::Conn { port: 3, seq: 4 };
    println!("{}", c.port);
}
