// Building a config struct from outside its module.
mod settings {
    pub mod net {
        #[derive(Debug)]
        pub struct Endpoint {
            pub host: u32,
            pub port: u16,
            retries: u8,
        }

        impl Endpoint {
            pub fn local(port: u16) -> Endpoint {
                Endpoint { host: 0x7f000001, port, retries: 3 }
            }
        }

        pub mod tls {
            pub fn secure(port: u16) -> super::Endpoint {
                // A child module can see private fields of its ancestors' types.
                super::Endpoint { host: 1, port, retries: 5 }
            }
        }
    }
}

fn main() {
    let a = settings::net::Endpoint::local(8080);
    let b = settings::net::tls::secure(443);
    let c = settings::net::Endpoint { host: 2, port: 22, retries: 1 };
    println!("{:?} {:?} {:?}", a, b, c);
}
