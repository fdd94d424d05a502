// lints: non_upper_case_globals non_snake_case
// Configuration globals and parameters named like variables; one constant explicitly allowed.
static appName: &str = "ledger";
const default_port: u16 = 8080;
#[allow(non_upper_case_globals)]
const legacy_timeout: u32 = 30;

struct Server {
    port: u16,
}

impl Server {
    const maxClients: u32 = 64;

    fn Start(&self, LogLevel: u8) -> u32 {
        println!("{} on {} (log {})", appName, self.port, LogLevel);
        Self::maxClients + legacy_timeout
    }
}

fn main() {
    let s = Server { port: default_port };
    println!("{}", s.Start(2));
}
