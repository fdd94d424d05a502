// Moving a non-Copy field out of &self.
#[derive(Debug)]
struct Config {
    retries: u32,
}

#[derive(Debug)]
struct Client {
    config: Config,
    id: u32,
}

impl Client {
    fn config(&self) -> Config {
        self.config
    }

    fn id(&self) -> u32 {
        self.id
    }

    fn into_config(self) -> Config {
        self.config
    }
}

fn main() {
    let c = Client { config: Config { retries: 3 }, id: 7 };
    let cfg = c.config();
    println!("{:?} {}", cfg, c.id());
    let owned = c.into_config();
    println!("{}", owned.retries);
}
