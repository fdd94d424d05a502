// Server settings: a new field was added to the struct but not to the literal,
// and another literal uses a field name that the struct never had.
#[derive(Debug)]
struct ServerConfig {
    host: &'static str,
    port: u16,
    workers: u8,
    tls: bool,
}

fn main() {
    let dev = ServerConfig { host: "localhost", port: 8080, workers: 2 };
    let prod = ServerConfig { host: "0.0.0.0", port: 443, workers: 16, tls: true, timeout: 30 };
    println!("{:?}\n{:?}", dev, prod);
}
