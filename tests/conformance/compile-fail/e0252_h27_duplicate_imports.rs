// Config loader pulls `Config` and `load` from two modules.
mod file_cfg {
    #[derive(Debug, Clone, Copy)]
    pub struct Config {
        pub retries: u8,
    }
    pub fn load() -> Config {
        Config { retries: 3 }
    }
}

mod env_cfg {
    #[derive(Debug, Clone, Copy)]
    pub struct Config {
        pub retries: u8,
        pub verbose: bool,
    }
    pub fn load() -> Config {
        Config { retries: 1, verbose: true }
    }
}

use env_cfg::Config;
use env_cfg::load as load_env;
use file_cfg::Config;
use file_cfg::{load, load as load_env};
use file_cfg::Settings;

fn main() {
    let a = load();
    let b = load_env();
    let merged = Config { retries: a.retries.max(b.retries) };
    println!("{:?}", merged);
}
