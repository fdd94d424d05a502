// lints: unconditional_recursion
// Configuration getters that call themselves instead of reading the const.
const DEFAULT_PORT: u16 = 8080;
const MAX_CONN: u32 = 256;

struct Config {
    port: u16,
    max_conn: u32,
    depth: u32,
}

impl Config {
    const TIMEOUT_MS: u64 = 1500;

    fn port(&self) -> u16 {
        if self.port == 0 { self.port() } else { self.port }
    }

    fn max_conn(&self) -> u32 {
        if self.max_conn == 0 {
            return Config::max_conn(self);
        }
        self.max_conn().min(MAX_CONN)
    }

    fn timeout(&self) -> u64 {
        let t = self.timeout();
        t.max(Self::TIMEOUT_MS)
    }

    fn nesting(&self, level: u32) -> u32 {
        if level >= self.depth {
            return level;
        }
        self.nesting(level + 1)
    }
}

fn default_port() -> u16 {
    let p = default_port();
    if p == 0 { DEFAULT_PORT } else { p }
}

fn count_down(n: u32) -> u32 {
    let rest = count_down(n - 1);
    if n == 0 { 0 } else { rest + 1 }
}

fn spin(n: u32) -> u32 {
    loop {
        if n > 3 {
            return spin(n - 1);
        }
    }
}

fn main() {
    let c = Config { port: 0, max_conn: 10, depth: 4 };
    println!("{} {} {} {}", c.port(), c.max_conn(), c.timeout(), c.nesting(0));
    println!("{} {} {}", default_port(), count_down(3), spin(2));
}
