// A config derived from a base with `..base`; the base is used afterwards,
// first as a whole, then field by field.
#[derive(Debug)]
struct Limits {
    max_conn: u32,
    max_body: u32,
}

#[derive(Debug)]
struct Logging {
    level: u8,
}

#[derive(Debug)]
struct ServerConfig {
    port: u16,
    limits: Limits,
    logging: Logging,
    workers: u8,
}

impl ServerConfig {
    fn defaults() -> ServerConfig {
        ServerConfig {
            port: 8080,
            limits: Limits { max_conn: 100, max_body: 1 << 20 },
            logging: Logging { level: 2 },
            workers: 4,
        }
    }

    fn summary(&self) -> u32 {
        self.port as u32 + self.workers as u32
    }
}

fn main() {
    let base = ServerConfig::defaults();
    let admin = ServerConfig { port: 9090, ..base };
    println!("{}", admin.summary());
    println!("base summary {}", base.summary());
    println!("base limits {:?}", base.limits);
    println!("base logging {}", base.logging.level);
    println!("base port {}", base.port);
}
