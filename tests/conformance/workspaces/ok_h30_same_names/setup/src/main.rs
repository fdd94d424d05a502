// An installer that holds both configs; a local module is also named `config`.
mod config;

use disk_config as disk;
use net::Config as NetConfig;

fn main() {
    let n = NetConfig { mode: net::Mode::Static, ..NetConfig::DEFAULT };
    let d = disk::Config { size_gb: 4, ..disk::Config::DEFAULT };
    println!("net {} mtu {} ok={}", n.describe(), n.mtu, net::validate(&n));
    println!("disk {:?} {} GB ok={}", d.mode, d.size_gb, disk::validate(&d));
    let plan = config::Config::merge(n, d);
    println!("{}", plan.summary());
    println!("min {}", disk_config::layout::MIN_GB);
}
