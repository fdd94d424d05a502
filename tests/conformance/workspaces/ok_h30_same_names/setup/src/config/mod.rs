mod score;

use disk_config::{Config as DiskConfig, Mode};
use net::Config as NetConfig;

pub struct Config {
    net: NetConfig,
    disk: DiskConfig,
}

impl Config {
    pub fn merge(net: NetConfig, disk: DiskConfig) -> Config {
        Config { net, disk }
    }

    pub fn summary(&self) -> u32 {
        let table = if self.disk.mode == Mode::Gpt { 2 } else { 1 };
        score::points(self.net.mode) * 10 + table
    }
}
