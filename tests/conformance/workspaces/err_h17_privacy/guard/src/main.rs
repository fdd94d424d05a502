mod audit;

use vault::secrets::salt;
use vault::{checksum, Key, Locker};

fn main() {
    let mut front = Locker::new("front", 1234);
    let ok = front.try_open(1111);
    println!("{} open: {} (code {})", front.label, ok, front.code);
    if !front.verify(1234) {
        front.force();
    }
    let sum = checksum(vault::MASTER) + salt();
    println!("{} {}", sum, vault::OWNER);
    audit::report(&front);
}
