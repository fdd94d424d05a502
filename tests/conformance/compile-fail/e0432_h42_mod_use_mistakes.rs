// use mistakes: importing a name that does not exist, and a path that skips a module.
mod network {
    pub mod server {
        pub fn listen(port: u16) -> bool {
            port > 1024
        }
    }

    pub mod client {
        pub fn connect(host: &str) -> usize {
            host.len()
        }
    }
}

// mistake 1: the function is called listen
use network::server::serve;
use network::client;

fn main() {
    println!("{}", client::connect("example.org"));
    println!("{}", serve(8080));
    // mistake 2: listen lives in network::server
    println!("{}", network::listen(80));
}
