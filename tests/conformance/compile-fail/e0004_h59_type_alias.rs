mod net {
    #[derive(Debug, Clone, Copy)]
    pub enum Proto {
        Tcp,
        Udp,
        Icmp,
    }
}

use net::Proto as P;
type Port = u16;

fn default_port(p: P) -> Port {
    match p {
        P::Tcp => 80,
        P::Udp => 53,
    }
}

fn well_known(port: Port) -> bool {
    match port {
        0..=1023 => true,
    }
}

fn main() {
    println!("{}", default_port(P::Icmp));
    println!("{}", well_known(8080));
}
