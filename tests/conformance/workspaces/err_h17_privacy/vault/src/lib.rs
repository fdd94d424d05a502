mod secrets;
pub mod locker;

pub use locker::Locker;
use locker::Key;

const MASTER: u32 = 0xBEEF;
pub(crate) static OWNER: &str = "ops";

pub fn checksum(v: u32) -> u32 {
    v ^ MASTER ^ secrets::salt()
}

pub fn master_key() -> Key {
    Key::make(MASTER)
}

pub fn owner() -> &'static str {
    OWNER
}
